"""Article links on a listing (index) page: the source's `links` selector, or a generic guess."""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

from bs4 import BeautifulSoup

from scraper.feeds import Entry
from scraper.urls import canonical_url, same_host

_NOT_ARTICLE = re.compile(
    r"/(tag|tags|kategori|category|categories|page|halaman|search|cari|login|author|penulis|"
    r"indeks|index|feed|rss|wp-admin|wp-login)(/|$)|\.(jpe?g|png|gif|pdf|docx?|xlsx?|zip|mp4)$",
    re.I,
)
# Article URLs carry an id (…/13058, ?id=13058, berita24130-…) or a long slug (a-b-c-d).
_ARTICLE_LIKE = re.compile(r"\d{3,}|[a-z0-9]+(-[a-z0-9]+){3,}", re.I)


def looks_like_article(url: str) -> bool:
    """Heuristic for generic discovery: an id or a long slug, and not a tag/category page."""
    parts = urlsplit(url)
    target = parts.path + ("?" + parts.query if parts.query else "")
    return bool(_ARTICLE_LIKE.search(target)) and not _NOT_ARTICLE.search(parts.path)


def find_links(html_text: str, page_url: str, selector: str | None) -> list[Entry]:
    """Unique article links of a listing page, in page order, as absolute canonical URLs."""
    soup = BeautifulSoup(html_text, "lxml")
    anchors = soup.select(selector) if selector else soup.find_all("a", href=True)
    seen = {canonical_url(page_url)}
    entries: list[Entry] = []
    for anchor in anchors:
        href = anchor.get("href") if anchor.name == "a" else None
        if not isinstance(href, str) or href.startswith(("#", "mailto:", "javascript:")):
            continue
        url = canonical_url(urljoin(page_url, href))
        if url in seen or not url.startswith("http") or not same_host(url, page_url):
            continue
        if selector or looks_like_article(url):
            seen.add(url)
            entries.append(Entry(url, anchor.get_text(" ", strip=True) or None))
    return entries
