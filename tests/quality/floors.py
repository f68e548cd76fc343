"""Pinned accuracy floors (tests/quality/baseline.json) and the only way to move them: up.

`python -m tests.quality.floors --raise` measures the checker and raises any floor that the
current measurement beats (rounded down to 0.01); it never lowers one. Every change is appended to
the file's history, and the tests check that the history never goes down.
"""

from __future__ import annotations

import json
import math
import os
import sys
from datetime import date
from pathlib import Path
from typing import Any

from checker.datasets import SETS
from checker.evaluate import checker_predict, metrics, split

BASELINE = Path(__file__).with_name("baseline.json")
ROOT = Path(__file__).resolve().parents[2]
METRICS = ("precision", "recall", "f1")


def data_dir() -> Path:
    """Where the shared labelled data lives (NETRAL_DATA, else ../shared/data)."""
    return Path(os.environ.get("NETRAL_DATA", ROOT.parent / "shared" / "data"))


def load() -> dict[str, Any]:
    """The pinned floors and their history."""
    return json.loads(BASELINE.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def measure_category(category: str, data: Path) -> dict[str, float]:
    """The checker's precision/recall/F1 on the test part of one category's set."""
    _, test = split(SETS[category](data))
    return metrics([y for _, y in test], checker_predict(category, [t for t, _ in test]))


def raised(floors: dict[str, Any], measured: dict[str, dict[str, float]]) -> dict[str, Any]:
    """New floors: each the max of the old one and the measurement rounded down to 0.01."""
    out = json.loads(json.dumps(floors))
    for cat, values in measured.items():
        for m in METRICS:
            out[cat][m] = max(out[cat][m], math.floor(values[m] * 100) / 100)
    return out


def main(argv: list[str] | None = None) -> int:
    """Raise floors from a fresh measurement (needs the shared data)."""
    args = sys.argv[1:] if argv is None else argv
    if "--raise" not in args:
        sys.stdout.write(__doc__ or "")
        return 2
    base = load()
    measured = {c: measure_category(c, data_dir()) for c in SETS}
    new = raised(base["floors"], measured)
    if new != base["floors"]:
        base["history"].append({"date": date.today().isoformat(), "floors": new})
        base["floors"] = new
        BASELINE.write_text(json.dumps(base, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
