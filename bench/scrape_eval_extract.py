"""Body-text extraction quality on the real Indonesian fixture pages (run by hand).

Metric: the Zyte article-extraction-benchmark scoring, re-implemented: word 4-gram shingles,
per-page TP/FP/FN normalised to sum 1, precision and recall averaged over pages, F1 of the means.
Expected bodies come from shared/fixtures/real-news/expected.json (machine output of the upstream
site scrapers, anpandu/indonesian-news-scraper, MIT).

    python bench/scrape_eval_extract.py [FIXTURES_DIR]
"""

from __future__ import annotations

import json
import re
import statistics
import sys
from collections import Counter
from pathlib import Path

import trafilatura

from scraper.extract import decode_html, extract_article

DEFAULT_DIR = Path(__file__).resolve().parents[2] / "shared" / "fixtures" / "real-news"
_WORD = re.compile(r"\w+")


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    """Counts of word n-grams (a text shorter than n is one shingle)."""
    words = _WORD.findall(text or "")
    return Counter(tuple(words[i:i + n]) for i in range(max(1, len(words) - n + 1)) if words)


def page_scores(expected: str, predicted: str) -> tuple[float, float, float]:
    """Normalised (tp, fp, fn) of one page."""
    truth, pred = shingles(expected), shingles(predicted)
    tp = sum((truth & pred).values())
    fp = sum((pred - truth).values())
    fn = sum((truth - pred).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def summarise(scores: list[tuple[float, float, float]]) -> dict[str, float]:
    """Mean precision and recall over pages, and their F1."""
    def ratio(a: float, b: float, other: float) -> float:
        return 1.0 if b == other == 0 else (0.0 if a == b == 0 else a / (a + b))
    precision = statistics.mean(ratio(tp, fp, fn) for tp, fp, fn in scores if tp + fp > 0)
    recall = statistics.mean(ratio(tp, fn, fp) for tp, fp, fn in scores if tp + fn > 0)
    return {"precision": precision, "recall": recall,
            "f1": 2 * precision * recall / (precision + recall)}


def trafilatura_only(body: bytes) -> str:
    """The baseline: trafilatura with favor_precision, nothing else."""
    return trafilatura.extract(decode_html(body, {}), favor_precision=True) or ""


def netral(body: bytes, url: str) -> str:
    """Netral's extractor without per-source selectors (the generic path)."""
    return extract_article(decode_html(body, {}), url, {}).text


def evaluate(directory: Path) -> dict[str, dict[str, float]]:
    """Score both extractors on every single-article page with an expected body."""
    expected = json.loads((directory / "expected.json").read_text(encoding="utf-8"))
    results: dict[str, list[tuple[float, float, float]]] = {"trafilatura": [], "netral": []}
    for name, item in sorted(expected.items()):
        if "content" not in item:
            continue
        body = (directory / name).read_bytes()
        results["trafilatura"].append(page_scores(item["content"], trafilatura_only(body)))
        results["netral"].append(page_scores(item["content"], netral(body, item.get("url", ""))))
        if "-v" in sys.argv:
            print(name, [round(r[-1][0], 3) for r in results.values()], file=sys.stderr)
    return {name: summarise(s) | {"pages": len(s)} for name, s in results.items()}


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    print(json.dumps(evaluate(Path(args[0]) if args else DEFAULT_DIR), indent=2))
