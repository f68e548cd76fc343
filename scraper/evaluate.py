"""Body-text extraction quality: the Zyte article-extraction-benchmark metric, re-implemented.

Word 4-gram shingles; per page TP/FP/FN normalised to sum 1 (long pages weigh no more than short
ones); precision and recall averaged over pages; F1 of the two means. Pure functions.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter

_WORD = re.compile(r"\w+")
Scores = tuple[float, float, float]


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    """Counts of word n-grams (a text shorter than n is one shingle)."""
    words = _WORD.findall(text or "")
    if not words:
        return Counter()
    return Counter(tuple(words[i:i + n]) for i in range(max(1, len(words) - n + 1)))


def page_scores(expected: str, predicted: str) -> Scores:
    """Normalised (tp, fp, fn) of one page."""
    truth, pred = shingles(expected), shingles(predicted)
    tp = sum((truth & pred).values())
    fp = sum((pred - truth).values())
    fn = sum((truth - pred).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def _ratio(hit: float, miss: float, other: float) -> float:
    if miss == other == 0:
        return 1.0
    return 0.0 if hit == miss == 0 else hit / (hit + miss)


def summarise(scores: list[Scores]) -> dict[str, float]:
    """Mean precision and recall over pages, and their F1."""
    precision = statistics.mean(_ratio(tp, fp, fn) for tp, fp, fn in scores if tp + fp > 0)
    recall = statistics.mean(_ratio(tp, fn, fp) for tp, fp, fn in scores if tp + fn > 0)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}
