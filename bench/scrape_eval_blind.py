"""Whole-article quality on the blind page sets (run by hand): per set, how many of its pages
get each field right and how many get every field right; and, per blind feed set, how many of
its feeds and sitemaps are read right.

Each set (12-16 pages) was written by a helper that saw no code, in the shapes of Indonesian
regional government and news sites, with a hand-written answer (expected.json). Scored as a
national outlet would be (no region or province from the source), with the crawl date fixed.

    python bench/scrape_eval_blind.py [-v]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from scraper.evaluate import score_feed_set, score_set

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "scraper" / "fixtures"
BLIND = FIXTURES / "blind-pages"
FEEDS = FIXTURES / "blind-feeds"


def main() -> int:
    verbose = "-v" in sys.argv
    report: dict[str, dict[str, int]] = {
        d.name: score_set(d, verbose) for d in sorted(BLIND.iterdir()) if d.is_dir()}
    report |= {f"feeds-{d.name}": score_feed_set(d, verbose)
               for d in sorted(FEEDS.iterdir()) if d.is_dir()}
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
