"""`netral check --evaluate` on a tiny hand-written data directory (no shared data needed)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from checker.cli import main
from checker.evaluate import evaluate, metrics

POLITIK = ["Ayo coblos 02 bapak ibu", "Prabowo dan Gibran kampanye di Solo", "Dukunglah Ganjar Mahfud",
           "Koalisi Gerindra dan Golkar menguat", "PDIP umumkan caleg", "Anies kunjungi pasar"]
LAIN = ["Harga cabai naik di pasar", "Timnas menang 2-0", "Ponsel baru dirilis", "Artis menikah",
        "Rupiah menguat sore ini", "Liga 1 dimulai pekan depan"]


def write_jsonl(path: Path, rows: list[dict[str, object]]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")


@pytest.fixture()
def data(tmp_path: Path) -> Path:
    rows = [{"text": t, "labels": {"political": 1}} for t in POLITIK]
    rows += [{"text": t, "labels": {"political": 0}} for t in LAIN]
    write_jsonl(tmp_path / "detik_headlines_5cat_dedup.jsonl", rows * 3)
    write_jsonl(tmp_path / "pilpres2019_tweets.jsonl", [{"text": "Salam dua jari #2019GantiPresiden"}])
    return tmp_path


def test_metrics_are_correct() -> None:
    assert metrics([1, 1, 0, 0], [1, 0, 1, 0]) == {"precision": 0.5, "recall": 0.5, "f1": 0.5,
                                                    "mcc": 0.0}
    assert metrics([0, 0], [0, 0]) == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "mcc": 0.0}
    assert metrics([1, 1, 0, 0], [1, 1, 0, 0])["mcc"] == 1.0
    assert metrics([1, 1, 0, 0], [0, 0, 1, 1])["mcc"] == -1.0
    # tp 2, fp 1, fn 1, tn 2: (4 - 1) / sqrt(3 * 3 * 3 * 3) = 1/3
    assert metrics([1, 1, 1, 0, 0, 0], [1, 1, 0, 1, 0, 0])["mcc"] == 0.333


def test_flag_all_reference_has_high_f1_but_zero_mcc_on_a_positive_heavy_set() -> None:
    truth = [1] * 8 + [0] * 2
    m = metrics(truth, [1] * 10)
    assert m["f1"] == 0.889 and m["mcc"] == 0.0


def test_report_has_three_systems_and_skips_missing_sets(data: Path) -> None:
    report = evaluate(data)
    pol = report["categories"]["politik"]
    assert set(pol) >= {"checker", "keyword", "tfidf_lr", "flag_all", "n_test", "positives"}
    assert pol["checker"]["precision"] == 1.0
    assert pol["flag_all_rates"] == {"positives": 1.0, "negatives": 1.0}
    assert pol["flag_all"]["mcc"] == 0.0
    assert report["categories"]["sara"] is None and report["categories"]["hoaks"] is None
    assert report["safe_messages"]["n"] >= 100


def test_cli_evaluate_prints_table(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--evaluate", "--data", str(data)]) == 0
    out = capsys.readouterr().out
    assert "tfidf_lr" in out and "keyword" in out and "flag_all" in out and "dilewati" in out
    assert "MCC" in out
    assert main(["--evaluate", "--json", "--data", str(data)]) == 0
    assert json.loads(capsys.readouterr().out)["categories"]["politik"]["n_test"] > 0


def test_flag_rates_split_positives_and_negatives() -> None:
    from checker.evaluate import flag_rates

    assert flag_rates([1, 1, 1, 1, 0, 0], [1, 1, 0, 0, 1, 0]) == {"positives": 0.5, "negatives": 0.5}
    assert flag_rates([1, 0, 0, 0], [1, 0, 0, 0]) == {"positives": 1.0, "negatives": 0.0}


def test_general_probe_skips_political_rows_and_counts_flags(
        data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = [{"text": "Dasar kafir, usir semua orang Cina dari kampung!"},
            {"text": "Warung tahu ini enak dan murah, pelayannya ramah."},
            {"text": "Presiden meresmikan bendungan; dasar kafir kalian semua"}]  # political: left out
    write_jsonl(data / "indonlu_smsa.jsonl", rows)
    probe = evaluate(data)["general_probe"]
    assert probe["n"] == 2
    assert probe["sara"] == {"flagged": 1, "rate": 0.5}
    assert probe["hoaks"]["flagged"] == 0
    assert main(["--evaluate", "--data", str(data)]) == 0
    assert "IndoNLU SmSA, 2 baris" in capsys.readouterr().out


def test_general_probe_is_none_without_its_file(data: Path) -> None:
    assert evaluate(data)["general_probe"] is None


def test_redteam_sample_takes_risky_rows_of_the_category_and_ordinary_rows() -> None:
    from checker.datasets import HELD_OUT, redteam_sets
    from checker.evaluate import redteam_sample

    held = [row for name, rows in redteam_sets().items() if name in HELD_OUT for row in rows]
    texts, truth = redteam_sample("sara", held_out_only=True)
    assert sum(truth) == sum(r["expect"] == "flag" and r["category"] == "sara" for r in held) > 0
    assert len(truth) - sum(truth) == sum(r["expect"] == "aman" for r in held)
    news = {r["text"] for r in held if r["expect"] == "hati-hati-ok"}
    assert news and news.isdisjoint(texts)
    everything, _ = redteam_sample("sara", held_out_only=False)
    assert set(texts) < set(everything)


def test_report_scores_the_red_team_messages_with_the_same_baseline(
        data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    transfer = evaluate(data)["categories"]["politik"]["transfer"]
    assert set(transfer) == {"held_out", "all"}
    for group in transfer.values():
        assert {"checker", "keyword", "tfidf_lr", "flag_all"} <= set(group)
        assert group["positives"] > 0 and group["n_test"] > group["positives"]
    assert transfer["all"]["n_test"] > transfer["held_out"]["n_test"]
    assert main(["--evaluate", "--data", str(data)]) == 0
    assert "disisihkan" in capsys.readouterr().out
