"""Additive corpus updates: new, updated or unchanged records, and syndication grouping.

A story carried by several sites is stored once (the first copy seen) and lists the other
sites in ``also_published``. Nothing here deletes a record; every write is atomic.
"""

from __future__ import annotations

import dataclasses
import re
import threading
from pathlib import Path

from scraper.corpus import (Article, CorpusError, Syndication, article_path, load_corpus,
                            read_article, write_article)

MIN_TITLE_KEY = 20


def story_key(title: str) -> str | None:
    """Normalised headline used to recognise one story on several sites."""
    key = re.sub(r"[^0-9a-z]+", " ", title.casefold()).strip()
    return key if len(key) >= MIN_TITLE_KEY else None


def _content(article: Article) -> dict[str, object]:
    data = article.to_dict()
    data.pop("fetched_at", None)
    return data


class CorpusStore:
    """The corpus during one run; thread-safe."""

    def __init__(self, corpus_dir: Path) -> None:
        self.corpus_dir = Path(corpus_dir)
        self._lock = threading.Lock()
        self._stories: dict[str, Path] = {}
        articles, _errors = load_corpus(self.corpus_dir)
        for article in articles:
            key = story_key(article.title)
            if key:
                self._stories.setdefault(key, article_path(self.corpus_dir, article))

    def exists(self, article_id: str, source_id: str) -> bool:
        """True when the article already has a record."""
        return (self.corpus_dir / "articles" / source_id / f"{article_id}.json").exists()

    def save(self, article: Article) -> str:
        """Add or update a record; returns new, updated, unchanged or syndicated."""
        with self._lock:
            path = article_path(self.corpus_dir, article)
            if path.exists():
                return self._update(path, article)
            primary = self._stories.get(story_key(article.title) or "")
            if primary is not None and primary.parent.name != article.source_id:
                return self._syndicate(primary, article)
            write_article(self.corpus_dir, article)
            if key := story_key(article.title):
                self._stories.setdefault(key, path)
            return "new"

    def _update(self, path: Path, article: Article) -> str:
        try:
            old = read_article(path)
        except CorpusError:
            old = None
        if old is not None:
            article = dataclasses.replace(article, also_published=old.also_published)
            if _content(old) == _content(article):
                return "unchanged"
        write_article(self.corpus_dir, article)
        return "updated"

    def _syndicate(self, primary: Path, article: Article) -> str:
        try:
            main = read_article(primary)
        except CorpusError:
            write_article(self.corpus_dir, article)
            return "new"
        if article.url in {s.url for s in main.also_published}:
            return "unchanged"
        extra = Syndication(article.url or "", article.source_id, article.source_name)
        also = tuple(sorted((*main.also_published, extra), key=lambda s: (s.source_id, s.url)))
        write_article(self.corpus_dir, dataclasses.replace(main, also_published=also))
        return "syndicated"
