"""Body-text extraction quality: the Zyte article-extraction-benchmark metric, re-implemented.

Word 4-gram shingles; per page TP/FP/FN normalised to sum 1 (long pages weigh no more than short
ones); precision and recall averaged over pages; F1 of the two means. Pure functions, and the
whole-article checks of the blind page sets (title, date, region, first and last paragraph,
wanted sentences, clutter kept out); score_set alone reads a set from disk and counts them.
"""

from __future__ import annotations

import json
import re
import statistics
import sys
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

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


# Whole-article checks on a page with a hand-written answer (tests/scraper/fixtures/blind-pages):
# the fields a reader of the corpus relies on, each right or wrong.
FIELDS = ("title", "date", "region", "first", "last", "include", "exclude")


def article_checks(expected: dict, title: str, published: str | None, region: str | None,
                   text: str) -> dict[str, bool]:
    """Which fields of one extracted article match ``expected`` (the blind sets' format).

    A published time is right when it is the same instant as the local time shown, read as WIB,
    WITA or WIT (the corpus stores times in WIB); a day-only answer needs the same day.
    """
    paras = text.split("\n\n") if text else [""]
    want = expected["published"]
    if want is None or published is None:
        date_ok = want is None and published is None
    else:
        same_day = published[:10] == want[:10]
        if len(want) <= 10:
            date_ok = same_day
        else:
            hours = int(want[11:13]) - int(published[11:13])
            date_ok = same_day and published[14:16] == want[14:16] and 0 <= hours <= 2
    return {
        "title": title.strip() == expected["title"].strip(),
        "date": date_ok,
        "region": _same_region(region, expected.get("dateline_place")),
        "first": paras[0].startswith(expected["first_paragraph_starts"].strip()[:30]),
        "last": paras[-1].rstrip().endswith(expected["last_paragraph_ends"].strip()[-30:]),
        "include": all(s in text for s in expected["must_include"]),
        "exclude": not any(s in text for s in expected["must_exclude"]),
    }


def _same_region(got: str | None, want: str | None) -> bool:
    """Equal names, spelled with or without a space ("Kota Tanjung Pinang" is the registry's
    spelling of Kota Tanjungpinang)."""
    if got is None or want is None:
        return got is want
    return got.replace(" ", "").casefold() == want.replace(" ", "").casefold()


# Blind sets are scored as a national outlet would be (no region from the source), crawled after
# every article's date.
BLIND_CRAWL = datetime(2024, 12, 1, 12, 0, tzinfo=timezone.utc)


def score_set(directory: Path, verbose: bool = False) -> dict[str, int]:
    """Pages right per field, and pages right in every field ("all"), for one blind set
    (pages plus expected.json)."""
    from scraper.articles import build_article
    from scraper.config import Source
    from scraper.extract import PageError
    from scraper.feeds import Entry
    from scraper.relevance import load_rule

    expected = json.loads((directory / "expected.json").read_text(encoding="utf-8"))
    source = Source(id="blind", name="Blind", region=None, province=None,
                    feed="https://example.invalid/feed")
    rule = load_rule()
    totals = dict.fromkeys((*FIELDS, "all"), 0)
    for name, answer in sorted(expected.items()):
        try:
            built = build_article(source, Entry(answer["url"]), (directory / name).read_bytes(),
                                  {}, rule, BLIND_CRAWL)
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


# Feeds and sitemaps with a hand-written answer (tests/scraper/fixtures/blind-feeds): a file is
# right when it yields exactly the expected article URLs (canonical form), each with its title
# and the same instant (within a second) or, for a day-only date, the same day; a sitemap
# index, its child sitemaps; a file that is not a feed, a FeedError.
FEED_CRAWL = datetime(2024, 11, 1, 12, 0, tzinfo=timezone.utc)


def feed_problems(body: bytes, answer: dict) -> list[str]:
    """What one feed or sitemap file gets wrong against its answer (empty when right)."""
    from scraper.dates import has_time, parse_date
    from scraper.feeds import FeedError, parse_feed, read_sitemap
    from scraper.urls import canonical_url

    kind, base = answer.get("kind", "feed"), answer["base_url"]
    problems: list[str] = []
    try:
        if kind in ("sitemap", "sitemapindex"):
            sitemap = read_sitemap(body)
            entries = sitemap.entries
            if kind == "sitemapindex":
                want = sorted(canonical_url(c) for c in answer.get("children", []))
                got = sorted(canonical_url(c.url, base) for c in sitemap.children)
                if want != got:
                    problems.append(f"children {got} want {want}")
        else:
            entries = parse_feed(body, {}, base=base)
    except FeedError as exc:
        return [] if kind == "not_a_feed" else [f"FeedError {exc}"]
    if kind == "not_a_feed":
        return [f"not a feed, yet {len(entries)} entries"]
    wanted = {canonical_url(item["url"]): item for item in answer["items"]}
    found: dict[str, Any] = {}
    for entry in entries:
        found.setdefault(canonical_url(entry.url, base), entry)
    for url, item in wanted.items():
        entry = found.get(url)
        if entry is None:
            problems.append(f"missing {url}")
            continue
        if item.get("title") is not None and (entry.title or "") != item["title"]:
            problems.append(f"title {entry.title!r} want {item['title']!r}")
        got_dt = parse_date(entry.published, FEED_CRAWL) if entry.published else None
        want_dt = datetime.fromisoformat(item["published"]) if item.get("published") else None
        if (got_dt is None) != (want_dt is None):
            problems.append(f"date {entry.published!r} want {item.get('published')}")
        elif got_dt and want_dt:
            day_only = len(item["published"]) <= 10 or not has_time(entry.published or "")
            same = (got_dt.date() == want_dt.date() if day_only
                    else abs((got_dt - want_dt.replace(tzinfo=want_dt.tzinfo or got_dt.tzinfo))
                             .total_seconds()) < 1)
            if not same:
                problems.append(f"date {entry.published!r} want {item['published']}")
    extra = sorted(url for url in found if url not in wanted)
    if extra:
        problems.append(f"extra {extra[:3]}")
    return problems


def score_feed_set(directory: Path, verbose: bool = False) -> dict[str, int]:
    """Files right, out of all, for one blind feed set (files plus expected.json)."""
    expected = json.loads((directory / "expected.json").read_text(encoding="utf-8"))
    right = 0
    for name, answer in sorted(expected.items()):
        problems = feed_problems((directory / name).read_bytes(), answer)
        right += not problems
        if verbose and problems:
            print(directory.name, name, problems[:4], file=sys.stderr)
    return {"right": right, "files": len(expected)}
