"""Accuracy of the checker against two baselines on labelled data (`netral check --evaluate`).

For each category the labelled set (checker.datasets) is split 70/30, stratified, with a fixed
seed. All three systems are scored on the same test part: the checker (a category counts as
positive when it is flagged), a naive keyword list, and TF-IDF + logistic regression trained on
the train part. Then the same three systems, with the same trained baseline, are scored on our
own red-team messages (checker.datasets.redteam_sets): once on the held-out sets alone, no rule
ever changed because of them, and once on all sets plus the safe messages. Our own safe messages
give the checker's false-alarm rate.
"""

from __future__ import annotations

import json
import math
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import checker
from checker.datasets import (DEFAULT_DATA, HELD_OUT, SETS, Labelled, read_jsonl, redteam_sets,
                              safe_messages)

SEED = 20240214
TEST_SHARE = 0.3
WORD = re.compile(r"\w+")
# The naive baseline: the words a first attempt would list (party and candidate names; kafir,
# cina, aseng; sebarkan, viral). Whole-word, case-insensitive.
KEYWORDS = {
    "politik": {"prabowo", "jokowi", "anies", "ganjar", "gibran", "mahfud", "muhaimin", "capres",
                "cawapres", "pilpres", "pemilu", "partai", "gerindra", "pdip", "golkar", "nasdem",
                "pkb", "pks", "demokrat", "coblos", "kampanye", "caleg", "paslon"},
    "sara": {"kafir", "cina", "china", "aseng", "asing", "pki", "komunis", "kristen", "islam",
             "yahudi", "arab", "pribumi", "tionghoa", "antek", "babi"},
    "hoaks": {"sebarkan", "viralkan", "viral", "hoax", "hoaks", "waspada", "bagikan", "segera",
              "penting", "share", "darurat", "heboh"},
}


def metrics(truth: list[int], pred: list[int]) -> dict[str, float]:
    """Precision, recall and F1 of the positive class, and the Matthews correlation, rounded to
    3 decimals.

    F1 depends on how many positives the set holds: where positives are the majority (the hoaks
    set is 76 % hoaxes) flagging everything already scores a high F1. The Matthews correlation
    does not reward that: it is 0 for flagging everything or at random and 1 for a perfect system.
    """
    tp = sum(1 for t, p in zip(truth, pred) if t and p)
    fp = sum(1 for t, p in zip(truth, pred) if p and not t)
    fn = sum(1 for t, p in zip(truth, pred) if t and not p)
    tn = len(truth) - tp - fp - fn
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    denom = math.sqrt((tp + fp) * (tp + fn) * (tn + fp) * (tn + fn))
    mcc = (tp * tn - fp * fn) / denom if denom else 0.0
    return {"precision": round(prec, 3), "recall": round(rec, 3), "f1": round(f1, 3),
            "mcc": round(mcc, 3)}


def keyword_predict(category: str, texts: list[str]) -> list[int]:
    """The naive keyword baseline."""
    words = KEYWORDS[category]
    return [int(any(w in words for w in WORD.findall(t.lower()))) for t in texts]


def flag_rates(truth: list[int], pred: list[int]) -> dict[str, float]:
    """Share of positives and of negatives a system flags: for hoax wording, the issue's
    "wording rates" (how much more often the wording fires on hoaxes than on valid text)."""
    pos = [p for t, p in zip(truth, pred) if t]
    neg = [p for t, p in zip(truth, pred) if not t]
    return {"positives": round(sum(pos) / len(pos), 3) if pos else 0.0,
            "negatives": round(sum(neg) / len(neg), 3) if neg else 0.0}


def checker_predict(category: str, texts: list[str]) -> list[int]:
    """1 when the checker flags ``category`` for the text."""
    return [int(checker.check(t)["categories"][category]["flagged"]) for t in texts]


Predictor = Callable[[list[str]], list[int]]


def tfidf_model(train: Labelled) -> Predictor:
    """TF-IDF (word 1-2 grams) + logistic regression trained on ``train``, as a predictor."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)
    model = LogisticRegression(max_iter=1000, class_weight="balanced")
    model.fit(vec.fit_transform([t for t, _ in train]), [y for _, y in train])
    return lambda texts: [int(x) for x in model.predict(vec.transform(texts))]


def tfidf_predict(train: Labelled, texts: list[str]) -> list[int]:
    """Predictions of the TF-IDF + LR baseline trained on ``train``."""
    return tfidf_model(train)(texts)


def split(rows: Labelled) -> tuple[Labelled, Labelled]:
    """Stratified train/test split with a fixed seed."""
    from sklearn.model_selection import train_test_split

    train, test = train_test_split(rows, test_size=TEST_SHARE, random_state=SEED,
                                   stratify=[y for _, y in rows])
    return list(train), list(test)


def score(category: str, texts: list[str], truth: list[int],
          tfidf: Predictor | None) -> dict[str, Any]:
    """Every system's metrics and flag rates on one labelled sample; the baselines only when the
    trained TF-IDF predictor is given."""
    preds = {"checker": checker_predict(category, texts)}
    if tfidf is not None:
        preds["keyword"] = keyword_predict(category, texts)
        preds["tfidf_lr"] = tfidf(texts)
        preds["flag_all"] = [1] * len(texts)  # reference: what F1 the share of positives gives
    out: dict[str, Any] = {"n_test": len(texts), "positives": sum(truth)}
    for system, pred in preds.items():
        out[system] = metrics(truth, pred)
        out[f"{system}_rates"] = flag_rates(truth, pred)
    return out


def redteam_sample(category: str, held_out_only: bool) -> tuple[list[str], list[int]]:
    """Red-team messages as a labelled sample for one category: risky rows of that category are
    positives, ordinary (``aman``) rows negatives; news rows (``hati-hati-ok``) and risky rows of
    other categories are left out. With ``held_out_only`` False our 257 safe messages join the
    negatives."""
    texts: list[str] = []
    truth: list[int] = []
    for name, rows in redteam_sets().items():
        if held_out_only and name not in HELD_OUT:
            continue
        for row in rows:
            if row["expect"] == "aman" or (row["expect"] == "flag"
                                           and row.get("category") == category):
                texts.append(row["text"])
                truth.append(int(row["expect"] == "flag"))
    if not held_out_only:
        safe = [r["text"] for r in safe_messages()]
        texts += safe
        truth += [0] * len(safe)
    return texts, truth


def evaluate_category(category: str, rows: Labelled, baselines: bool = True) -> dict[str, Any]:
    """Scores on the test part of one category's set and, with the same trained baseline, on
    our own red-team messages: the held-out sets alone, and all sets with the safe messages."""
    train, test = split(rows) if baselines else ([], rows)
    tfidf = tfidf_model(train) if baselines else None
    out = score(category, [t for t, _ in test], [y for _, y in test], tfidf)
    out["transfer"] = {group: score(category, *redteam_sample(category, group == "held_out"),
                                    tfidf)
                       for group in ("held_out", "all")}
    return out


def evaluate_safe() -> dict[str, Any]:
    """How many of our own ordinary messages the checker flags (target: at most 3 %)."""
    rows = safe_messages()
    flagged = [r["id"] for r in rows if checker.check(r["text"])["level"] != "aman"]
    return {"n": len(rows), "flagged": len(flagged), "rate": round(len(flagged) / len(rows), 4),
            "flagged_ids": flagged}


# General-domain text (IndoNLU SmSA reviews and comments). Rows that talk about politics are left
# out by these words (whole-word, lowercase); a sara or hoaks flag on the rest is a false alarm.
POLITICAL_WORDS = frozenset(KEYWORDS["politik"] | {
    "presiden", "wapres", "pilkada", "dpr", "dprd", "politik", "politisi", "demokrasi", "kpu",
    "bawaslu", "koalisi", "oposisi", "jokowi", "ahok", "sandi", "sandiaga", "amin", "maruf",
    "pilgub", "menteri", "gubernur", "pemerintah", "rezim"})


def evaluate_probe(data: Path) -> dict[str, Any] | None:
    """Flag rates on general-domain text with no political word (None when the file is absent)."""
    path = data / "indonlu_smsa.jsonl"
    if not path.exists():
        return None
    texts = [r["text"] for r in read_jsonl(path)]
    texts = [t for t in texts if POLITICAL_WORDS.isdisjoint(WORD.findall(t.lower()))]
    results = [checker.check(t)["categories"] for t in texts]
    out: dict[str, Any] = {"n": len(texts)}
    for category in ("sara", "hoaks"):
        flagged = sum(1 for r in results if r[category]["flagged"])
        out[category] = {"flagged": flagged, "rate": round(flagged / len(texts), 4) if texts else 0.0}
    return out


def evaluate(data: Path = DEFAULT_DATA, baselines: bool = True) -> dict[str, Any]:
    """The whole report; categories are skipped (None) when ``data`` lacks their files."""
    report: dict[str, Any] = {"data": str(data), "seed": SEED, "test_share": TEST_SHARE,
                              "categories": {}, "safe_messages": evaluate_safe()}
    for category, load in SETS.items():
        try:
            rows = load(data)
        except OSError:
            report["categories"][category] = None
            continue
        report["categories"][category] = evaluate_category(category, rows, baselines)
    report["general_probe"] = evaluate_probe(data)
    return report


HEADER = (f"{'kategori':<9} {'sistem':<10} {'presisi':>8} {'recall':>7} {'F1':>6} {'MCC':>6}"
          f"  {'ditandai: positif / negatif':>27}  n uji (positif)")


def table_rows(category: str, res: dict[str, Any]) -> list[str]:
    """One line per system of a `score` result."""
    lines = []
    for system in ("checker", "keyword", "tfidf_lr", "flag_all"):
        if system in res:
            m, r = res[system], res[f"{system}_rates"]
            lines.append(f"{category:<9} {system:<10} {m['precision']:>8.3f} {m['recall']:>7.3f} "
                         f"{m['f1']:>6.3f} {m['mcc']:>6.3f}  {r['positives'] * 100:11.1f} % / "
                         f"{r['negatives'] * 100:5.1f} %  {res['n_test']} ({res['positives']})")
    return lines


def format_report(report: dict[str, Any]) -> str:
    """A plain-text table (Bahasa Indonesia headings) of an evaluation report."""
    lines = [f"Evaluasi pemeriksa (data: {report['data']}, uji {int(report['test_share'] * 100)} %,"
             f" seed {report['seed']})", "", HEADER]
    for cat, res in report["categories"].items():
        lines += table_rows(cat, res) if res else [f"{cat:<9} (data tidak ditemukan, dilewati)"]
    lines += ["", "MCC (korelasi Matthews) tidak terpengaruh banyaknya positif: 0 = setara menandai "
              "semua atau acak; flag_all = menandai semua teks (acuan)."]
    held = ", ".join(sorted(HELD_OUT))
    for group, title in (
            ("held_out", f"Pesan red-team yang disisihkan ({held}: tidak ada aturan yang diubah "
                         "karenanya); baseline dilatih pada bagian latih yang sama"),
            ("all", "Semua set red-team + pesan aman sendiri (sebagian besar set dipakai "
                    "mengembangkan aturan: menguntungkan checker)")):
        results = {c: r["transfer"][group] for c, r in report["categories"].items() if r}
        if results:
            lines += ["", title, HEADER]
            for cat, res in results.items():
                lines += table_rows(cat, res)
    probe = report.get("general_probe")
    if probe:
        lines += ["", f"Teks umum tanpa kata politik (IndoNLU SmSA, {probe['n']} baris): ditandai "
                  f"sara {probe['sara']['flagged']} ({probe['sara']['rate'] * 100:.1f} %), "
                  f"hoaks {probe['hoaks']['flagged']} ({probe['hoaks']['rate'] * 100:.1f} %)"]
    safe = report["safe_messages"]
    lines += ["", f"Pesan aman buatan sendiri: {safe['flagged']} dari {safe['n']} ditandai "
              f"({safe['rate'] * 100:.1f} %, batas 3 %)"]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    """`python -m checker.evaluate [--data DIR] [--json]`."""
    args = sys.argv[1:] if argv is None else argv
    data = Path(args[args.index("--data") + 1]) if "--data" in args else DEFAULT_DATA
    report = evaluate(data)
    if "--json" in args:
        sys.stdout.write(json.dumps(report, ensure_ascii=False, indent=2, sort_keys=True) + "\n")
    else:
        sys.stdout.write(format_report(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
