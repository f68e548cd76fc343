"""Feeds and sitemaps: bytes in, article links out. feedparser reads feeds given as bytes.

A "bozo" feed whose entries parse is still used (the real Indonesian feeds start with a stray
newline; phpmu feeds use HTML entities undefined in XML). A feed is usable when feedparser
recognised a version or found entries; an HTML error page or an empty body is not.
"""

from __future__ import annotations

import html
import io
import re
import zlib
from dataclasses import dataclass
from urllib.parse import urljoin

import feedparser
from bs4 import BeautifulSoup
from lxml import etree


SITEMAP_MAX_BYTES = 50_000_000  # the sitemap protocol's own limit for an uncompressed file


class FeedError(ValueError):
    """The body is not a usable feed or sitemap; the message is the report's reason."""


@dataclass(frozen=True, slots=True)
class Entry:
    """One discovered article link, with what the listing said about it."""

    url: str
    title: str | None = None
    published: str | None = None


def parse_feed(body: bytes, headers: dict[str, str] | None = None,
               base: str | None = None) -> list[Entry]:
    """Entries of an RSS/Atom feed; raises FeedError when nothing usable parses.

    ``base`` is the URL the feed was fetched from: relative item links ("/berita/12-judul", as
    some regional CMSes emit) are resolved against it. An item cut off by a truncated download
    is kept only when its link element was complete (feedparser sets a link on its end tag).
    """
    parsed = feedparser.parse(io.BytesIO(body.lstrip()), response_headers=headers or {})
    entries = [_entry(e, base) for e in parsed.entries if _link(e)]
    if entries:
        return entries
    if parsed.get("version") and (not parsed.bozo or isinstance(parsed.bozo_exception,
                                                                feedparser.NonXMLContentType)):
        return []  # a well-formed feed that is empty right now (maybe served as text/html)
    if parsed.bozo:
        raise FeedError(f"bukan feed yang valid ({type(parsed.bozo_exception).__name__})")
    raise FeedError("bukan feed (mungkin halaman HTML)")


def plain_title(title: str) -> str | None:
    """A feed title as plain text: tags of CDATA titles dropped, entities (also the HTML-only
    ones such as &nbsp;) decoded, every run of whitespace one space."""
    if "<" in title:
        title = BeautifulSoup(title, "html.parser").get_text()
    return " ".join(html.unescape(title).split()) or None


def _link(raw: feedparser.FeedParserDict) -> str:
    """The item's link; when <link> is empty, a <guid> that is a web address (some CMSes put
    the article URL only there)."""
    link = (raw.get("link") or "").strip()
    guid = (raw.get("id") or "").strip()
    return link or (guid if guid.startswith(("http://", "https://")) else "")


def _entry(raw: feedparser.FeedParserDict, base: str | None) -> Entry:
    link = _link(raw)
    return Entry(urljoin(base, link) if base else link, plain_title(raw.get("title", "")),
                 raw.get("published") or raw.get("updated"))


@dataclass(frozen=True, slots=True)
class Sitemap:
    """A sitemap's article links, or, for a sitemap index, the sitemaps it lists."""

    entries: list[Entry]
    children: list[Entry]


def _gunzip(body: bytes, limit: int) -> bytes:
    """A gzipped sitemap (sitemap.xml.gz served as a file), inflated up to ``limit`` bytes."""
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(body, limit)
    except zlib.error:
        raise FeedError("sitemap .gz rusak (terpotong?); coba lagi nanti atau pakai sitemap "
                        "tanpa .gz di sources.yml") from None
    if inflater.unconsumed_tail:
        raise FeedError(f"sitemap .gz terlalu besar setelah dibuka (> {limit} bita); pakai "
                        "sitemap per bagian (post-sitemap) di sources.yml")
    return out


def read_sitemap(body: bytes, limit: int = SITEMAP_MAX_BYTES) -> Sitemap:
    """<url> entries of a sitemap (a news sitemap's title and publication date when given, else
    <lastmod>) and the <sitemap> children of a sitemap index; raises FeedError on bad XML."""
    if body[:2] == b"\x1f\x8b":
        body = _gunzip(body, limit)
    try:
        root = etree.fromstring(body.lstrip(), parser=etree.XMLParser(resolve_entities=False))
    except etree.XMLSyntaxError as exc:
        raise FeedError(f"XML sitemap rusak ({exc.msg})") from None
    entries = []
    for node in root.iter("{*}url"):
        loc = node.findtext("{*}loc")
        if loc and loc.strip():
            title = node.findtext(".//{*}news/{*}title")
            published = node.findtext(".//{*}news/{*}publication_date") or node.findtext("{*}lastmod")
            entries.append(Entry(loc.strip(), plain_title(title) if title else None, published))
    children = [Entry(loc.strip(), None, node.findtext("{*}lastmod"))
                for node in root.iter("{*}sitemap") if (loc := node.findtext("{*}loc")) and loc.strip()]
    return Sitemap(entries, children)


_ARTICLE_SITEMAP = re.compile(r"post|berita|news|artikel|article|warta", re.I)


def pick_child_sitemaps(children: list[Entry], limit: int) -> list[Entry]:
    """The sitemaps of an index worth reading: those named for posts or news when there are any
    (not pages, tags or authors), newest <lastmod> first, at most ``limit``."""
    named = [c for c in children if _ARTICLE_SITEMAP.search(c.url.rsplit("/", 1)[-1])]
    ranked = sorted(named or children, key=lambda c: c.published or "", reverse=True)
    return ranked[:limit]
