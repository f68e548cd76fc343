"""Machine outputs beside the pages: an Atom feed of articles and a JSON export of the corpus."""

from __future__ import annotations

import json
from xml.sax.saxutils import escape as xml_escape

from scraper.corpus import Article

FEED_LIMIT = 50
SITE_TITLE = "Netral: berita netralitas ASN"


def corpus_json(articles: list[Article]) -> str:
    """Stable JSON export: every published article in the corpus format, newest first."""
    data = {"schema": 1, "license": "Teks milik penerbit masing-masing; metadata: MIT (Netral)",
            "count": len(articles), "articles": [a.to_dict() for a in articles]}
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def _entry(article: Article, summary: str) -> str:
    link = f'<link href="{xml_escape(article.url, {chr(34): "&quot;"})}"/>' if article.url else ""
    updated = article.published or article.fetched_at
    return (f"<entry><id>urn:netral:{article.id}</id><title>{xml_escape(article.title)}</title>"
            f"{link}<updated>{updated}</updated><author><name>{xml_escape(article.source_name)}"
            f"</name></author><summary>{xml_escape(summary)}</summary></entry>")


def atom_feed(articles: list[Article], summaries: dict[str, str], updated: str) -> str:
    """Atom 1.0 feed of the newest articles; ``updated`` comes from the corpus, not the clock."""
    entries = "\n".join(_entry(a, summaries[a.id]) for a in articles[:FEED_LIMIT])
    return ('<?xml version="1.0" encoding="utf-8"?>\n'
            '<feed xmlns="http://www.w3.org/2005/Atom">'
            f"<title>{SITE_TITLE}</title><id>urn:netral:feed</id><updated>{updated}</updated>"
            '<link rel="self" href="feed.xml"/>\n' + entries + "\n</feed>\n")
