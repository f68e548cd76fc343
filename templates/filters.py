"""Pure Jinja2 filters. Scraped text is hostile: everything printed is escaped unless marked safe."""

from __future__ import annotations

import re
from datetime import datetime
from urllib.parse import urlsplit

from markupsafe import Markup

BULAN = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
         "September", "Oktober", "November", "Desember")
# Python-Markdown's backslash-escapable characters (plus "|" for tables) get a backslash; HTML
# metacharacters and "=" (setext underline) become entities, which render as the character itself.
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>&=\"'])")
_HTML_ENTITY = {"<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&#39;", "=": "&#61;"}


def escape_markdown(value: object) -> str:
    """Make any value inert inside Markdown and HTML: entities for HTML, backslashes otherwise.

    Used as the Environment's ``finalize`` so a template that forgets a filter is still safe.
    """
    if value is None:
        return ""
    if isinstance(value, Markup):
        return str(value)
    text = " ".join(str(value).split())  # no newlines: a value cannot open a block
    return _MD_SPECIAL.sub(lambda m: _HTML_ENTITY.get(m.group(1), "\\" + m.group(1)), text)


_URL_UNSAFE = re.compile(r"[^\x21-\x7e]|[<>()\"'`\\]")


def md_url(value: object) -> Markup:
    """An http(s) URL safe inside a Markdown link target, or '#' for anything else."""
    url = str(value or "")
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"} or not parts.netloc:
        return Markup("#")
    # Percent-encode (UTF-8) whatever is not printable ASCII or could end the link target.
    safe = _URL_UNSAFE.sub(lambda m: "".join(f"%{b:02X}" for b in m.group().encode("utf-8")), url)
    return Markup(safe)


def tanggal(value: str | None) -> str:
    """ISO 8601 -> '2 Oktober 2023'; None -> 'tanggal tidak diketahui'."""
    if not value:
        return "tanggal tidak diketahui"
    dt = datetime.fromisoformat(value)
    return f"{dt.day} {BULAN[dt.month - 1]} {dt.year}"


def excerpt(text: str, sentences: int = 2, limit: int = 320) -> str:
    """The first sentences of a text, cut at ``limit`` characters."""
    parts = re.split(r"(?<=[.!?])\s+", " ".join(text.split()))
    out = " ".join(parts[:sentences])
    return out if len(out) <= limit else out[: limit - 1].rsplit(" ", 1)[0] + "…"


def slug(value: str) -> str:
    """Lowercase ASCII slug for file names and anchors."""
    return re.sub(r"[^a-z0-9]+", "-", value.lower()).strip("-") or "lainnya"
