"""HTTP validators (ETag/Last-Modified) per URL, in state files committed beside the corpus.

``<corpus>/state/<source_id>.json`` maps URL -> {etag, last_modified}. They are written
atomically, and only for URLs whose content reached the corpus, so a fresh clone revalidates
instead of downloading everything again and a killed run never hides an unsaved article.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from scraper.corpus import atomic_write_text, dumps


@dataclass(frozen=True, slots=True)
class Validators:
    """What the server sent to identify a version of a URL."""

    etag: str | None = None
    last_modified: str | None = None

    def request_headers(self) -> dict[str, str]:
        """The conditional-GET headers for these validators."""
        headers = {}
        if self.etag:
            headers["If-None-Match"] = self.etag
        if self.last_modified:
            headers["If-Modified-Since"] = self.last_modified
        return headers

    @classmethod
    def from_headers(cls, headers: dict[str, str] | None) -> Validators | None:
        """Validators from (lower-cased) response headers, or None when there are none."""
        headers = headers or {}
        etag, modified = headers.get("etag"), headers.get("last-modified")
        return cls(etag, modified) if etag or modified else None


def state_path(corpus_dir: Path, source_id: str) -> Path:
    """Where a source's validators live."""
    return Path(corpus_dir) / "state" / f"{source_id}.json"


def load_state(corpus_dir: Path, source_id: str) -> dict[str, Validators]:
    """A source's validators; a missing or damaged file just means no validators."""
    path = state_path(corpus_dir, source_id)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {url: Validators(v.get("etag"), v.get("last_modified"))
            for url, v in data.items() if isinstance(v, dict)}


def save_state(corpus_dir: Path, source_id: str, state: dict[str, Validators]) -> None:
    """Write a source's validators atomically (stable JSON)."""
    data = {url: {k: v for k, v in (("etag", val.etag), ("last_modified", val.last_modified)) if v}
            for url, val in sorted(state.items())}
    atomic_write_text(state_path(corpus_dir, source_id), dumps(data))
