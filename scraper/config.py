"""Load and validate scraper/sources.yml into frozen records; a bad entry names file, id and field."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

_SOURCE_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_SELECTOR_KEYS = ("links", "title", "date", "body")
_URL_KEYS = ("feed", "index", "sitemap")
DEFAULT_USER_AGENT = "netral-bot/0.1 (+https://github.com/netral-asn/netral; pemantau netralitas ASN)"


class SourceConfigError(ValueError):
    """sources.yml cannot be used; the message names the file, the source id and the field."""


@dataclass(frozen=True, slots=True)
class Defaults:
    """Politeness settings shared by every source unless a source overrides them."""

    delay: float = 5.0
    timeout: float = 30.0
    connect_timeout: float = 5.0
    max_bytes: int = 5_000_000
    user_agent: str = DEFAULT_USER_AGENT
    retries: int = 3
    max_articles: int = 50


@dataclass(frozen=True, slots=True)
class Source:
    """One configured site: where to find article links and how to read its pages."""

    id: str
    name: str
    region: str | None
    province: str | None
    feed: str | None = None
    index: str | None = None
    sitemap: str | None = None
    selectors: dict[str, str] = field(default_factory=dict)
    delay: float | None = None

    @property
    def host(self) -> str:
        """host:port of the first configured URL: the unit of politeness."""
        url = self.feed or self.index or self.sitemap or ""
        return urlsplit(url).netloc.lower()


@dataclass(frozen=True, slots=True)
class Config:
    """The whole file: defaults plus sources, in file order."""

    path: str
    defaults: Defaults
    sources: tuple[Source, ...]


def default_sources_path() -> Path:
    """The sources.yml shipped inside the scraper package."""
    return Path(str(resources.files("scraper").joinpath("sources.yml")))


def _fail(path: str, sid: str, key: str, problem: str) -> SourceConfigError:
    return SourceConfigError(f"{path}: sumber '{sid}': kolom '{key}' {problem}")


def _number(path: str, sid: str, key: str, value: Any, kind: type) -> Any:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
        raise _fail(path, sid, key, "harus angka tidak negatif")
    return kind(value)


def _parse_defaults(path: str, raw: Any) -> Defaults:
    if raw is None:
        return Defaults()
    if not isinstance(raw, dict):
        raise _fail(path, "defaults", "defaults", "harus berupa pemetaan")
    base = Defaults()
    values: dict[str, Any] = {}
    for key, value in raw.items():
        if key not in Defaults.__slots__:  # type: ignore[attr-defined]
            raise _fail(path, "defaults", key, "tidak dikenal")
        if key == "user_agent":
            if not isinstance(value, str) or "http" not in value:
                raise _fail(path, "defaults", key, "harus teks dengan URL kontak")
            values[key] = value
        else:
            values[key] = _number(path, "defaults", key, value, type(getattr(base, key)))
    return Defaults(**values)


def _text(path: str, sid: str, raw: dict[str, Any], key: str, required: bool) -> str | None:
    value = raw.get(key)
    if value is None and not required:
        return None
    if not isinstance(value, str) or not value.strip():
        raise _fail(path, sid, key, "wajib berupa teks yang tidak kosong")
    return value.strip()


def _url(path: str, sid: str, raw: dict[str, Any], key: str) -> str | None:
    value = _text(path, sid, raw, key, required=False)
    if value is not None and urlsplit(value).scheme not in {"http", "https"}:
        raise _fail(path, sid, key, f"harus URL http(s) (sekarang: {value!r})")
    return value


def _selectors(path: str, sid: str, raw: Any) -> dict[str, str]:
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise _fail(path, sid, "selectors", "harus pemetaan {links, title, date, body}")
    for key, value in raw.items():
        if key not in _SELECTOR_KEYS:
            raise _fail(path, sid, f"selectors.{key}", "tidak dikenal (links, title, date, body)")
        if not isinstance(value, str) or not value.strip():
            raise _fail(path, sid, f"selectors.{key}", "harus selektor CSS berupa teks")
    return dict(raw)


def _parse_source(path: str, raw: Any, position: int) -> Source:
    if not isinstance(raw, dict):
        raise _fail(path, f"#{position}", "sources", "setiap sumber harus berupa pemetaan")
    sid = raw.get("id")
    if not isinstance(sid, str) or not _SOURCE_ID.match(sid):
        raise _fail(path, f"#{position}", "id", "wajib kebab-case, mis. 'pemkab-batang'")
    urls = {key: _url(path, sid, raw, key) for key in _URL_KEYS}
    if not any(urls.values()):
        raise _fail(path, sid, "feed", "minimal satu dari feed, index atau sitemap wajib ada")
    delay = raw.get("delay")
    return Source(
        id=sid, name=_text(path, sid, raw, "name", required=True) or sid,
        region=_text(path, sid, raw, "region", required=False),
        province=_text(path, sid, raw, "province", required=False),
        selectors=_selectors(path, sid, raw.get("selectors")),
        delay=None if delay is None else _number(path, sid, "delay", delay, float), **urls,
    )


def parse_config(path: str, data: Any) -> Config:
    """Validate parsed YAML into a Config, or raise SourceConfigError."""
    if not isinstance(data, dict) or not isinstance(data.get("sources"), list):
        raise _fail(path, "-", "sources", "wajib berupa daftar sumber")
    sources = tuple(_parse_source(path, raw, i) for i, raw in enumerate(data["sources"], 1))
    seen: set[str] = set()
    for source in sources:
        if source.id in seen:
            raise _fail(path, source.id, "id", "dipakai lebih dari sekali")
        seen.add(source.id)
    return Config(path, _parse_defaults(path, data.get("defaults")), sources)


def load_config(path: Path | None = None) -> Config:
    """Read and validate a sources file (the shipped one by default)."""
    path = path or default_sources_path()
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise SourceConfigError(f"{path}: tidak bisa dibaca ({exc.strerror})") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" baris {mark.line + 1}" if mark else ""
        raise SourceConfigError(f"{path}: YAML rusak{where}") from None
    return parse_config(str(path), data)
