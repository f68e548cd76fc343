"""The `netral` command: help in Bahasa Indonesia with examples, exit codes, check's JSON."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from netral import main

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "netral", *args], input=stdin,
                          capture_output=True, cwd=ROOT, check=False)


@pytest.mark.parametrize("sub", ["scrape", "build", "check", "serve"])
def test_every_subcommand_has_help_with_examples(sub: str) -> None:
    proc = run(sub, "--help")
    assert proc.returncode == 0
    assert "contoh" in proc.stdout.decode()


@pytest.mark.parametrize("sub", ["scrape", "build", "check", "serve"])
def test_help_has_no_english_argparse_furniture(sub: str) -> None:
    out = run(sub, "--help").stdout.decode()
    assert "penggunaan:" in out and "opsi:" in out
    assert "show this help" not in out and "usage:" not in out


def test_bad_option_error_is_indonesian() -> None:
    proc = run("build", "--tidak-ada")
    assert proc.returncode == 2
    assert "argumen tidak dikenal" in proc.stderr.decode()


def test_unknown_subcommand_is_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["terbang"]) == 2
    assert "tidak dikenal" in capsys.readouterr().err


def test_check_json_shape() -> None:
    proc = run("check", "--json", "Ayo coblos nomor urut 2 ya!")
    assert proc.returncode == 1
    result = json.loads(proc.stdout)
    assert set(result) == {"level", "score", "categories", "findings"}
    assert result["level"] in {"aman", "hati-hati", "jangan"}
    assert set(result["categories"]) == {"politik", "sara", "hoaks"}
    for cat in result["categories"].values():
        assert set(cat) == {"score", "flagged"} and 0 <= cat["score"] <= 100
    f = result["findings"][0]
    assert set(f) == {"rule", "category", "start", "end", "matched", "message", "basis"}
    assert "Ayo coblos nomor urut 2 ya!"[f["start"]:f["end"]] == f["matched"]


def test_check_text_output_groups_by_rule_weightiest_first(capsys: pytest.CaptureFixture[str]) -> None:
    import checker

    text = "Info A1 dari orang dalam!!! Besok wajib coblos 02 ya. Sebarkan, sebarkan sebelum dihapus"
    assert main(["check", text]) == 1
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0].startswith("JANGAN DITERUSKAN (skor ")
    assert "Politik praktis: jangan diteruskan" in lines[1] and "Gaya hoaks:" in lines[1]
    entries = [line for line in lines if line.startswith("- ")]
    assert entries[0].startswith('- Politik praktis: "wajib coblos"'), entries
    # one entry per rule that fired, each word once, ordered by weight
    result = checker.check(text)
    weights = {r["id"]: r["weight"] for r in checker.load_rules()["rules"]}
    fired = {f["rule"] for f in result["findings"]}
    assert len(entries) == len(fired)
    by_message = {r["message"]: r["id"] for r in checker.load_rules()["rules"] if r["id"] in fired}
    shown = [weights[by_message[lines[i + 1].strip()]] for i, line in enumerate(lines)
             if line.startswith("- ")]
    assert shown == sorted(shown, reverse=True) and len(set(shown)) > 1
    assert out.count('"Sebarkan"') == 1 and '"sebarkan"' in out
    assert out.count("Sebaiknya:") == len(fired) and out.count("Dasar:") == len(fired)
    assert main(["check", "Selamat Natal dan Tahun Baru"]) == 0
    assert "Tidak ditemukan kata berisiko" in capsys.readouterr().out


def test_check_reads_stdin_and_survives_invalid_utf8() -> None:
    proc = run("check", "--json", "-", stdin=b"Selamat pagi \xff\xfe rekan-rekan")
    assert proc.returncode == 0
    assert json.loads(proc.stdout)["level"] == "aman"


def test_check_batch_keeps_order_and_ids(tmp_path: Path) -> None:
    batch = tmp_path / "in.jsonl"
    batch.write_text('{"id": "a", "text": "Selamat Natal"}\n'
                     '{"id": 2, "text": "Sebarkan sebelum dihapus!"}\n', encoding="utf-8")
    proc = run("check", "--batch", str(batch))
    assert proc.returncode == 0
    lines = [json.loads(x) for x in proc.stdout.decode().splitlines()]
    assert [x["id"] for x in lines] == ["a", 2]
    assert lines[0]["level"] == "aman" and lines[1]["level"] != "aman"


def test_check_batch_bad_line_is_clear_error_and_the_rest_still_runs(tmp_path: Path) -> None:
    batch = tmp_path / "in.jsonl"
    batch.write_bytes(b'{"id": "a"}\nnot json\n{"id": "b", "text": "caf\xe9 Ayo coblos 02"}\n')
    proc = run("check", "--batch", str(batch))
    assert proc.returncode == 2
    err = proc.stderr.decode()
    assert "baris 1" in err and "baris 2" in err and "2 baris dilewati" in err
    lines = [json.loads(x) for x in proc.stdout.decode().splitlines()]
    assert [(x.get("id"), x.get("line"), "error" in x) for x in lines] == [
        ("a", 1, True), (None, 2, True), ("b", None, False)]
    assert lines[2]["level"] == "jangan"
