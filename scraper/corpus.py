"""The on-disk corpus: one stable JSON file per article, validated on load, written atomically.

Layout: ``<corpus>/articles/<source_id>/<id>.json``. The id is the first 16 hex digits of the
SHA-256 of the canonical URL, so the same article always lands in the same file and git diffs
stay small. Machines write this JSON; nothing here ever deletes a record.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

SCHEMA_VERSION = 1
REQUIRED_FIELDS = (
    "schema", "id", "url", "source_id", "source_name", "title", "published",
    "region", "province", "text", "fetched_at",
)
_SOURCE_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_ARTICLE_ID = re.compile(r"^[0-9a-f]{16}$")


class CorpusError(ValueError):
    """A corpus file that cannot be used; the message names the file and the field."""


@dataclass(frozen=True, slots=True)
class Syndication:
    """Another site that carried the same story."""

    url: str
    source_id: str
    source_name: str


@dataclass(frozen=True, slots=True)
class Article:
    """One corpus record. ``published`` is None when the date is unknown, never a guess."""

    id: str
    url: str | None
    source_id: str
    source_name: str
    title: str
    published: str | None
    region: str | None
    province: str | None
    text: str
    fetched_at: str
    schema: int = SCHEMA_VERSION
    published_precision: str | None = None
    note: str | None = None
    also_published: tuple[Syndication, ...] = field(default=())

    @property
    def paragraphs(self) -> list[str]:
        """Body paragraphs (the text keeps them separated by a blank line)."""
        return [p for p in self.text.split("\n\n") if p.strip()]

    @property
    def published_dt(self) -> datetime | None:
        """``published`` as an aware datetime, or None."""
        return datetime.fromisoformat(self.published) if self.published else None

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape; optional fields are left out when empty."""
        data = asdict(self)
        data["also_published"] = [asdict(s) for s in self.also_published]
        for key in ("published_precision", "note", "also_published"):
            if not data[key]:
                del data[key]
        return data


def article_id(canonical_url: str) -> str:
    """Stable id of an article: 16 hex digits of the SHA-256 of its canonical URL."""
    return hashlib.sha256(canonical_url.encode("utf-8")).hexdigest()[:16]


def dumps(data: dict[str, Any]) -> str:
    """Stable pretty JSON: sorted keys, UTF-8 text, two-space indent, trailing newline."""
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def atomic_write_text(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file and ``os.replace``.

    A reader (or a run killed with SIGKILL) sees either the old file or the new one, never half.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def article_path(corpus_dir: Path, article: Article) -> Path:
    """Where an article's file lives inside the corpus."""
    return corpus_dir / "articles" / article.source_id / f"{article.id}.json"


def write_article(corpus_dir: Path, article: Article) -> bool:
    """Write an article atomically; return False when the file already holds exactly this."""
    path = article_path(corpus_dir, article)
    text = dumps(article.to_dict())
    if path.exists() and path.read_text(encoding="utf-8") == text:
        return False
    atomic_write_text(path, text)
    return True


def _fail(path: Path, field_name: str, problem: str) -> CorpusError:
    return CorpusError(f"{path}: kolom '{field_name}' {problem}")


def _check_str(path: Path, data: dict[str, Any], key: str, *, nullable: bool) -> None:
    value = data.get(key)
    if value is None and nullable:
        return
    if not isinstance(value, str) or (not nullable and not value.strip()):
        raise _fail(path, key, "harus berupa teks" + ("" if nullable else " yang tidak kosong"))


def _check_datetime(path: Path, data: dict[str, Any], key: str, *, nullable: bool) -> None:
    value = data.get(key)
    if value is None and nullable:
        return
    try:
        parsed = datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        parsed = None
    if parsed is None or parsed.tzinfo is None:
        raise _fail(path, key, f"harus tanggal ISO 8601 dengan zona waktu (sekarang: {value!r})")


def validate(path: Path, data: Any) -> Article:
    """Turn one parsed JSON object into an Article, or raise CorpusError naming the field."""
    if not isinstance(data, dict):
        raise CorpusError(f"{path}: isi berkas harus objek JSON")
    for key in REQUIRED_FIELDS:
        if key not in data:
            raise _fail(path, key, "wajib ada")
    if data["schema"] != SCHEMA_VERSION:
        raise _fail(path, "schema", f"harus {SCHEMA_VERSION} (sekarang: {data['schema']!r})")
    if not isinstance(data["id"], str) or not _ARTICLE_ID.match(data["id"]):
        raise _fail(path, "id", "harus 16 digit heksadesimal dari hash URL kanonis")
    if not isinstance(data["source_id"], str) or not _SOURCE_ID.match(data["source_id"]):
        raise _fail(path, "source_id", "harus kebab-case, mis. 'pemkab-batang'")
    for key in ("source_name", "title", "text"):
        _check_str(path, data, key, nullable=False)
    for key in ("url", "region", "province"):
        _check_str(path, data, key, nullable=True)
    if data["url"] is None and not data.get("note"):
        raise _fail(path, "note", "wajib menjelaskan mengapa 'url' kosong")
    _check_datetime(path, data, "published", nullable=True)
    _check_datetime(path, data, "fetched_at", nullable=False)
    syndicated = data.get("also_published") or []
    if not isinstance(syndicated, list) or not all(isinstance(s, dict) for s in syndicated):
        raise _fail(path, "also_published", "harus daftar objek {url, source_id, source_name}")
    try:
        also = tuple(Syndication(s["url"], s["source_id"], s["source_name"]) for s in syndicated)
    except KeyError as exc:
        raise _fail(path, "also_published", f"setiap entri wajib punya {exc}") from None
    return Article(
        id=data["id"], url=data["url"], source_id=data["source_id"],
        source_name=data["source_name"], title=data["title"], published=data["published"],
        region=data["region"], province=data["province"], text=data["text"],
        fetched_at=data["fetched_at"], schema=data["schema"],
        published_precision=data.get("published_precision"), note=data.get("note"),
        also_published=also,
    )


def read_article(path: Path) -> Article:
    """Load and validate one article file."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise CorpusError(f"{path}: bukan teks UTF-8") from None
    except json.JSONDecodeError as exc:
        raise CorpusError(f"{path}: JSON rusak di baris {exc.lineno} kolom {exc.colno}") from None
    return validate(path, data)


def iter_article_files(corpus_dir: Path) -> Iterator[Path]:
    """Every article file in a stable order; temporary files of a killed write are skipped."""
    yield from sorted((corpus_dir / "articles").glob("*/*.json"))


def load_corpus(corpus_dir: Path) -> tuple[list[Article], list[CorpusError]]:
    """Load every article; a bad file is reported and does not stop the others from loading."""
    articles: list[Article] = []
    errors: list[CorpusError] = []
    for path in iter_article_files(Path(corpus_dir)):
        try:
            articles.append(read_article(path))
        except CorpusError as exc:
            errors.append(exc)
    articles.sort(key=lambda a: (a.published or "", a.id), reverse=True)
    return articles, errors
