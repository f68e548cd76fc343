"""Body-text extraction quality on the real Indonesian fixture pages (run by hand).

Compares trafilatura alone (favor_precision=True) with Netral's generic extractor (trafilatura
plus lead recovery and clean-up) using scraper.evaluate (the Zyte benchmark metric). Expected
bodies: real-news/expected.json (anpandu/indonesian-news-scraper, MIT; machine output).

    python bench/scrape_eval_extract.py [FIXTURES_DIR] [-v]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import trafilatura

from scraper.evaluate import Scores, page_scores, summarise
from scraper.extract import decode_html, extract_article

DEFAULT_DIR = Path(__file__).resolve().parents[1] / "tests" / "scraper" / "fixtures" / "real-news"


def trafilatura_only(body: bytes) -> str:
    """The baseline: trafilatura with favor_precision, nothing else."""
    return trafilatura.extract(decode_html(body, {}), favor_precision=True) or ""


def netral(body: bytes, url: str) -> str:
    """Netral's extractor without per-source selectors (the generic path)."""
    return extract_article(decode_html(body, {}), url, {}).text


def evaluate(directory: Path, verbose: bool = False) -> dict[str, dict[str, float]]:
    """Score both extractors on every article page that has an expected body."""
    expected = json.loads((directory / "expected.json").read_text(encoding="utf-8"))
    results: dict[str, list[Scores]] = {"trafilatura": [], "netral": []}
    for name, item in sorted(expected.items()):
        if "content" not in item:
            continue
        body = (directory / name).read_bytes()
        results["trafilatura"].append(page_scores(item["content"], trafilatura_only(body)))
        results["netral"].append(page_scores(item["content"], netral(body, item.get("url", ""))))
        if verbose:
            print(name, [round(r[-1][0], 3) for r in results.values()], file=sys.stderr)
    return {name: summarise(s) | {"pages": len(s)} for name, s in results.items()}


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    print(json.dumps(evaluate(Path(args[0]) if args else DEFAULT_DIR, "-v" in sys.argv), indent=2))
