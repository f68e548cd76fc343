"""Pure functions deriving site content from the corpus: quotes, regulation mentions, groupings."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from scraper.corpus import Article

_SENTENCE = re.compile(r"(?<=[.!?…])[\"”’]?\s+(?=[\"“‘A-Z0-9])")
# Matched against lowercased text (no re.I: case-insensitive alternations are several times slower).
_NEGATIVE = re.compile(r"\b(?:dilarang|larangan|tidak boleh|tak boleh|jangan|tidak diperbolehkan|"
                       r"tidak diperkenankan|tidak dibenarkan|terlarang)\b")
_POSITIVE = re.compile(r"\b(?:diperbolehkan|dibolehkan|boleh|silakan|dipersilakan|diperkenankan)\b")
_REG_KIND = {"uu": "uu", "undang-undang": "uu", "pp": "pp", "peraturan pemerintah": "pp",
             "perbawaslu": "perbawaslu", "peraturan bawaslu": "perbawaslu", "perpres": "perpres",
             "peraturan presiden": "perpres"}
_REG_MENTION = re.compile(  # on lowercased text, like _NEGATIVE
    r"\b(uu|undang-undang|pp|peraturan pemerintah|perbawaslu|peraturan bawaslu|perpres|"
    r"peraturan presiden)\s*(?:\(\w+\)\s*)?(?:no(?:mor|\.)?\s*)?(\d{1,3})\s*"
    r"(?:/|tahun|th\.?)\s*((?:19|20)\d\d)\b")
_SKB = re.compile(r"\b(?:skb|surat keputusan bersama)\b[^.]{0,120}?\b(20\d\d)\b")
QUOTE_LIMIT = 300


@dataclass(frozen=True, slots=True)
class Quote:
    """A corpus sentence that states a guidance point."""

    point_id: str
    article: Article
    text: str


def sentences(text: str) -> list[str]:
    """Split text into sentences (paragraph breaks always end one)."""
    out = []
    for para in text.split("\n\n"):
        out += [s.strip() for s in _SENTENCE.split(" ".join(para.split())) if s.strip()]
    return out


def polarity(sentence: str) -> str | None:
    """'dilarang' when the sentence forbids, 'boleh' when it allows, None when it does neither."""
    return _polarity(sentence.lower())


def _polarity(low: str) -> str | None:
    if _NEGATIVE.search(low):
        return "dilarang"
    return "boleh" if _POSITIVE.search(low) else None


def best_point(sentence: str, points: list[dict[str, Any]]) -> str | None:
    """The point of matching kind whose keywords occur most often in the sentence."""
    low = sentence.lower()
    kind = _polarity(low)
    if kind is None:
        return None
    scored = [(sum(kw in low for kw in p["keywords"]), i) for i, p in enumerate(points)
              if p["kind"] == kind]
    hits, index = max(scored, default=(0, -1))
    return points[index]["id"] if hits else None


def find_quotes(articles: list[Article], points: list[dict[str, Any]]) -> dict[str, list[Quote]]:
    """Quotes per point id: pinned articles first, then newest first, one per article and point."""
    found: dict[str, list[Quote]] = {p["id"]: [] for p in points}
    for article in articles:
        seen: set[str] = set()
        for sentence in sentences(article.title + ".\n\n" + article.text):
            pid = best_point(sentence, points)
            if pid and pid not in seen:
                seen.add(pid)
                found[pid].append(Quote(pid, article, _clip(sentence)))
    pinned = {p["id"]: p.get("pinned") or [] for p in points}
    for pid, quotes in found.items():
        quotes.sort(key=lambda q: q.article.id not in pinned[pid])
    return found


def _clip(text: str) -> str:
    return text if len(text) <= QUOTE_LIMIT else text[: QUOTE_LIMIT - 1].rsplit(" ", 1)[0] + "…"


def regulation_mentions(text: str) -> list[str]:
    """Normalised ids of the regulations a text mentions, in order of first mention."""
    low = text.lower()
    ids = [f"{_REG_KIND[m.group(1)]}-{int(m.group(2))}-{m.group(3)}"
           for m in _REG_MENTION.finditer(low)]
    ids += [f"skb-{m.group(1)}" for m in _SKB.finditer(low)]
    return list(dict.fromkeys(ids))


def regulation_label(reg_id: str) -> str:
    """'uu-20-2023' -> 'UU 20/2023'; 'skb-2022' -> 'SKB 2022'."""
    parts = reg_id.split("-")
    kind = {"uu": "UU", "pp": "PP", "perbawaslu": "Perbawaslu", "perpres": "Perpres",
            "skb": "SKB"}[parts[0]]
    return f"{kind} {parts[1]}" if len(parts) == 2 else f"{kind} {parts[1]}/{parts[2]}"


def citing_articles(articles: list[Article]) -> dict[str, list[Article]]:
    """Articles per regulation id they mention."""
    out: dict[str, list[Article]] = defaultdict(list)
    for article in articles:
        for reg in regulation_mentions(article.title + "\n\n" + article.text):
            out[reg].append(article)
    return dict(sorted(out.items()))


def month_key(article: Article) -> str:
    """'2023-10' or 'tanpa-tanggal'."""
    return article.published[:7] if article.published else "tanpa-tanggal"


def by_month(articles: list[Article]) -> list[tuple[str, list[Article]]]:
    """Articles grouped per month, newest month first, undated last."""
    groups: dict[str, list[Article]] = defaultdict(list)
    for article in articles:
        groups[month_key(article)].append(article)
    return sorted(groups.items(), key=lambda kv: (kv[0] != "tanpa-tanggal", kv[0]), reverse=True)


def by_region(articles: list[Article]) -> list[tuple[str, list[Article]]]:
    """Articles grouped per region name (unknown region last), alphabetical."""
    groups: dict[str, list[Article]] = defaultdict(list)
    for article in articles:
        groups[article.region or "Wilayah tidak diketahui"].append(article)
    return sorted(groups.items(), key=lambda kv: (kv[0] == "Wilayah tidak diketahui", kv[0]))


def sort_articles(articles: list[Article]) -> list[Article]:
    """Newest first; undated after dated; ties by id (stable across runs)."""
    return sorted(articles, key=lambda a: (a.published is not None, a.published or "", a.id),
                  reverse=True)
