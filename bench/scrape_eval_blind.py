"""Whole-article quality on the blind page sets (run by hand): per set, how many of its pages
get each field right and how many get every field right.

Each set of 16 pages was written by a helper that saw no code, in the shapes of Indonesian
regional government and news sites, with a hand-written answer (expected.json). Scored as a
national outlet would be (no region or province from the source), with the crawl date fixed.

    python bench/scrape_eval_blind.py [-v]
"""

from __future__ import annotations

import json
import sys
from datetime import datetime, timezone
from pathlib import Path

from scraper.articles import build_article
from scraper.config import Source
from scraper.evaluate import FIELDS, article_checks
from scraper.extract import PageError
from scraper.feeds import Entry
from scraper.relevance import load_rule

BLIND = Path(__file__).resolve().parents[1] / "tests" / "scraper" / "fixtures" / "blind-pages"
CRAWL = datetime(2024, 12, 1, 12, 0, tzinfo=timezone.utc)


def score_set(directory: Path, verbose: bool = False) -> dict[str, int]:
    """Pages right per field, and pages right in every field ("all"), for one set."""
    expected = json.loads((directory / "expected.json").read_text(encoding="utf-8"))
    source = Source(id="blind", name="Blind", region=None, province=None,
                    feed="https://example.invalid/feed")
    rule = load_rule()
    totals = dict.fromkeys((*FIELDS, "all"), 0)
    for name, answer in sorted(expected.items()):
        try:
            built = build_article(source, Entry(answer["url"]), (directory / name).read_bytes(),
                                  {}, rule, CRAWL)
            art = built.article
            checks = article_checks(answer, art.title, art.published, art.region, art.text)
        except PageError:
            checks = dict.fromkeys(FIELDS, False)
        for field, ok in checks.items():
            totals[field] += ok
        totals["all"] += all(checks.values())
        if verbose:
            print(directory.name, name, [f for f, ok in checks.items() if not ok], file=sys.stderr)
    return totals


def main() -> int:
    report = {d.name: score_set(d, "-v" in sys.argv) for d in sorted(BLIND.iterdir()) if d.is_dir()}
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
