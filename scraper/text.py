"""Pure text clean-up shared by feeds, pages and imports: paragraphs, boilerplate, duplicates."""

from __future__ import annotations

import re
import unicodedata

# Lines that are page furniture, not article text (checked on the seeds and the real fixtures).
_BOILERPLATE = re.compile(
    r"^(baca juga\b|cek berita dan artikel\b|sumber\s*:?$|editor\s*:|penulis\s*:|"
    r"tinggalkan balasan\b|alamat email anda tidak akan\b|dibaca\s*:?\s*\d|"
    r"(facebook|twitter|telegram|whatsapp|email|print|share|bagikan)$)",
    re.IGNORECASE,
)
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u3000]+")


def normalize_space(text: str) -> str:
    """NFC, non-breaking and odd spaces to one plain space, trimmed."""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text)).strip()


def is_boilerplate(line: str) -> bool:
    """True for share buttons, 'BACA JUGA' promos, comment-form and credit lines."""
    return bool(_BOILERPLATE.match(line.strip()))


def clean_paragraphs(paragraphs: list[str]) -> list[str]:
    """Normalise spaces, drop boilerplate and empty lines, keep each repeated paragraph once."""
    seen: set[str] = set()
    kept: list[str] = []
    for raw in paragraphs:
        para = normalize_space(raw)
        key = para.casefold()
        if not para or is_boilerplate(para) or key in seen:
            continue
        seen.add(key)
        kept.append(para)
    return kept


def join_paragraphs(paragraphs: list[str]) -> str:
    """The corpus text form: paragraphs separated by one blank line."""
    return "\n\n".join(paragraphs)
