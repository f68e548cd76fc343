"""Whole-article quality on the blind page sets (run by hand): per set, how many of its pages
get each field right and how many get every field right.

Each set (12-16 pages) was written by a helper that saw no code, in the shapes of Indonesian
regional government and news sites, with a hand-written answer (expected.json). Scored as a
national outlet would be (no region or province from the source), with the crawl date fixed.

    python bench/scrape_eval_blind.py [-v]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from scraper.evaluate import score_set

BLIND = Path(__file__).resolve().parents[1] / "tests" / "scraper" / "fixtures" / "blind-pages"


def main() -> int:
    report = {d.name: score_set(d, "-v" in sys.argv) for d in sorted(BLIND.iterdir()) if d.is_dir()}
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
