"""Article pages: decode the bytes, then read title, body and date with per-source CSS selectors
or, without them, trafilatura (favor_precision) followed by Netral's own clean-up.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import datetime

import trafilatura
from bs4 import BeautifulSoup
from charset_normalizer import from_bytes
from lxml import html as lxml_html

from scraper.lead import recover_lead
from scraper.text import clean_paragraphs, join_paragraphs, normalize_space

_CHARSET = re.compile(rb"""charset=["']?([\w.:-]+)""", re.I)
_TITLE_SEPARATORS = re.compile(r"\s+[-|–—·»]\s+|(?<=\.com):\s+")
_META_DATES = (
    ("meta", {"property": "article:published_time"}),
    ("meta", {"name": "pubdate"}), ("meta", {"name": "publishdate"}),
    ("meta", {"itemprop": "datePublished"}), ("meta", {"name": "dc.date"}),
    ("meta", {"name": "publish-date"}), ("meta", {"name": "date"}),
)
_SITE_PART = re.compile(r"\.(com|id|net)\b|\bonline\b|^\w+news$", re.I)
_URL_DATE = re.compile(r"/(20\d{2})/(\d{1,2})/(\d{1,2})/")
_DROP_TAGS = ("script", "style", "noscript", "iframe", "form", "button", "figure", "aside")


class PageError(ValueError):
    """The page has no readable article; the message is the report's reason."""


@dataclass(frozen=True, slots=True)
class Extracted:
    """What a page says: title, paragraphs and the date strings found in markup, best first.

    Dates printed in the body ("Senin (2/10/2023)") are read from ``text`` by the caller.
    """

    title: str
    paragraphs: list[str]
    dates: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        """Body in the corpus form (paragraphs separated by a blank line)."""
        return join_paragraphs(self.paragraphs)


def decode_html(body: bytes, headers: dict[str, str]) -> str:
    """UTF-8 first (pages often declare a wrong charset), then the declared one, then a guess."""
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = _CHARSET.search(headers.get("content-type", "").encode()) or _CHARSET.search(body[:4096])
    if declared:
        try:
            return body.decode(declared.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            pass
    best = from_bytes(body).best()
    return str(best) if best is not None else body.decode("cp1252", "replace")


def _meta(soup: BeautifulSoup, **attrs: str) -> str | None:
    tag = soup.find("meta", attrs=attrs)
    content = tag.get("content") if tag else None
    return content.strip() if isinstance(content, str) and content.strip() else None


def clean_title(title: str, site_name: str | None) -> str:
    """Drop the site name and its separator from a headline."""
    title = normalize_space(title)
    if site_name and site_name.lower() in title.lower() and title.lower() != site_name.lower():
        parts = [p for p in _TITLE_SEPARATORS.split(title) if site_name.lower() not in p.lower()]
        title = " - ".join(parts) or title
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) > 1:
        kept = [p for p in parts if not _SITE_PART.search(p)]
        title = " - ".join(kept) or title
    return title.strip()


def find_title(soup: BeautifulSoup, selector: str | None) -> str:
    """Headline from the selector, og:title, h1 or <title>, without the site name."""
    site = _meta(soup, property="og:site_name")
    node = soup.select_one(selector) if selector else None
    candidates = [node.get_text(" ", strip=True) if node else None,
                  _meta(soup, property="og:title"),
                  soup.h1.get_text(" ", strip=True) if soup.h1 else None,
                  soup.title.get_text(" ", strip=True) if soup.title else None]
    title = next((c for c in candidates if c), "")
    return clean_title(title, site)


def _jsonld_dates(soup: BeautifulSoup) -> list[str]:
    found = []
    for script in soup.find_all("script", type="application/ld+json"):
        try:
            data = json.loads(script.string or "")
        except ValueError:
            continue
        for item in data if isinstance(data, list) else [data]:
            if isinstance(item, dict) and isinstance(item.get("datePublished"), str):
                found.append(item["datePublished"])
    return found


def find_dates(soup: BeautifulSoup, url: str, selector: str | None) -> list[str]:
    """Date strings in priority order: selector, structured metadata, <time>, URL.

    The page header is never read on its own: some sites print today's date there.
    """
    dates: list[str] = []
    node = soup.select_one(selector) if selector else None
    if node:
        dates.append(node.get("datetime") or node.get_text(" ", strip=True))
    dates += _jsonld_dates(soup)
    dates += [d for tag, attrs in _META_DATES if (d := _meta(soup, **attrs))]
    dates += [t["datetime"] for t in soup.find_all("time", datetime=True)[:1]]
    if match := _URL_DATE.search(url):
        dates.append("{}-{:0>2}-{:0>2}".format(*match.groups()))
    return [d for d in dates if d]


def _selector_paragraphs(soup: BeautifulSoup, selector: str) -> list[str]:
    node = soup.select_one(selector)
    if node is None:
        raise PageError(f"selektor isi '{selector}' tidak menemukan apa pun")
    for tag in node.find_all(_DROP_TAGS):
        tag.decompose()
    blocks = node.find_all(["p", "li", "h2", "h3", "blockquote"]) or [node]
    return [b.get_text(" ", strip=True) for b in blocks]


def _generic_paragraphs(html_text: str, url: str) -> list[str]:
    tree = lxml_html.fromstring(html_text)
    text = trafilatura.extract(tree, url=url or None, favor_precision=True,
                               include_comments=False, include_tables=False) or ""
    return text.split("\n")


def extract_article(html_text: str, url: str, selectors: dict[str, str]) -> Extracted:
    """Title, cleaned paragraphs and candidate dates of one article page."""
    soup = BeautifulSoup(html_text, "lxml")
    if "body" in selectors:
        raw = _selector_paragraphs(soup, selectors["body"])
    else:
        raw = _generic_paragraphs(html_text, url)
    title = find_title(soup, selectors.get("title"))
    if "body" not in selectors:
        raw = recover_lead(html_text, clean_paragraphs(raw)) + raw
    paragraphs = [p for p in clean_paragraphs(raw) if p.casefold() != title.casefold()]
    dates = find_dates(soup, url, selectors.get("date"))
    return Extracted(title, paragraphs, dates)


