"""Labelled evaluation sets for the checker, read from a data directory (default ../shared/data).

Rows are never copied into the repository (see ../shared/data/README.md); only our own safe
messages ship with the package (checker/data/safe_messages.jsonl).
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

DEFAULT_DATA = Path("../shared/data")
Labelled = list[tuple[str, int]]


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """All records of a JSON Lines file."""
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _dedupe(rows: Labelled) -> Labelled:
    """First label wins for duplicate texts (ibrohim2019 has 146 duplicates)."""
    seen: dict[str, int] = {}
    for text, label in rows:
        seen.setdefault(text, label)
    return list(seen.items())


def sara_set(data: Path) -> Labelled:
    """ibrohim2019: positive when HS_Religion or HS_Race."""
    rows = read_jsonl(data / "ibrohim2019_multilabel_hs.jsonl")
    return _dedupe([(r["text"], int(bool(r["labels"]["HS_Religion"] or r["labels"]["HS_Race"])))
                    for r in rows])


def politik_set(data: Path) -> Labelled:
    """detik headlines (Politik vs the other four categories) plus pilpres2019 tweets."""
    rows = [(r["text"], int(r["labels"]["political"]))
            for r in read_jsonl(data / "detik_headlines_5cat_dedup.jsonl")]
    rows += [(r["text"], 1) for r in read_jsonl(data / "pilpres2019_tweets.jsonl")]
    return _dedupe(rows)


def hoaks_set(data: Path) -> Labelled:
    """pratiwi2017 (Hoax vs Valid) plus the false-news claims (hoax 1/0)."""
    rows = []
    for name in ("pratiwi2017_hoax600.jsonl", "indonesia_false_news_latih.jsonl"):
        rows += [(r["text"], int(r["labels"]["hoax"])) for r in read_jsonl(data / name)]
    return _dedupe(rows)


SETS = {"politik": politik_set, "sara": sara_set, "hoaks": hoaks_set}


def safe_messages() -> list[dict[str, str]]:
    """Our own ordinary messages an ASN receives; the checker should flag at most 3 %."""
    text = resources.files("checker").joinpath("data/safe_messages.jsonl").read_text("utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


# Red-team sets: realistic forwarded messages in our own wording (checker/data/redteam), each row
# {"id", "text", "expect": "flag" | "aman" | "hati-hati-ok", "category", "why"}. All but the first
# were written blind by helpers that saw neither the rules nor the earlier sets. Rules were fixed
# from the misses of most sets; HELD_OUT names the sets no rule was ever changed from, the honest
# measure of messages the rules have never seen. A set leaves HELD_OUT the moment a rule is
# changed because of it.
# Set 35 left it when a spaced-letter change was narrowed after it broke one of its messages; set
# 50 when a word list was narrowed ("mi") after it cost one of its messages.
HELD_OUT = frozenset({"redteam_set28.jsonl", "redteam_set29.jsonl", "redteam_set30.jsonl",
                      "redteam_set34.jsonl", "redteam_set36.jsonl", "redteam_set40.jsonl",
                      "redteam_set41.jsonl", "redteam_set45.jsonl", "redteam_set46.jsonl",
                      "redteam_set51.jsonl", "redteam_set55.jsonl", "redteam_set56.jsonl",
                      "redteam_set60.jsonl", "redteam_set61.jsonl"})


def redteam_sets() -> dict[str, list[dict[str, Any]]]:
    """Every red-team set by file name, in name order."""
    folder = resources.files("checker").joinpath("data/redteam")
    return {entry.name: [json.loads(line) for line in entry.read_text("utf-8").splitlines()
                         if line.strip()]
            for entry in sorted(folder.iterdir(), key=lambda e: e.name)
            if entry.name.endswith(".jsonl")}
