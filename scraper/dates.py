"""Indonesian publication dates: normalise the forms regional sites print, then dateparser.

Pure functions: the reference time (feed or crawl date) is passed in, never read from the clock,
so a date without a year takes the year of the reference and an unparseable date is None.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

import dateparser

WIB = timezone(timedelta(hours=7))
_ZONES = {"wib": "+0700", "wita": "+0800", "wit": "+0900"}
_DAY = r"(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad)"
# "Senin (2/10/2023)", "Selasa(27/8)", "Selasa, (12/03/2019)": in-body day name + numeric date.
_DAY_PAREN = re.compile(_DAY + r"\s*,?\s*\((\d{1,2})/(\d{1,2})(?:/(\d{2,4}))?\)", re.I)
_NUMERIC = re.compile(r"\b(\d{1,2})[/-](\d{1,2})[/-](\d{4})\b")
_PART_OF_DAY = re.compile(r"\b(pagi|siang|sore|malam|dini hari)\b", re.I)
_ZONE = re.compile(r"\b(wib|wita|wit)\b", re.I)
_SETTINGS = {
    "DATE_ORDER": "DMY", "TIMEZONE": "Asia/Jakarta", "RETURN_AS_TIMEZONE_AWARE": True,
    "PREFER_DAY_OF_MONTH": "first", "PREFER_DATES_FROM": "past",
}


def _normalise(text: str) -> str:
    """Fix what dateparser trips on: Jum'at, times of day, '|' separators, zone names."""
    text = re.sub(r"jum['’`]at", "Jumat", text, flags=re.I)
    text = _PART_OF_DAY.sub(" ", text)
    text = re.sub(r"[|•·]", " ", text)
    text = re.sub(r"(\d)\.(\d{2})\b", r"\1:\2", text)  # "10.30 WIB"
    text = _ZONE.sub(lambda m: _ZONES[m.group(1).lower()], text)
    return re.sub(r"\s+", " ", text).strip(" ,-–")


def _year(raw: str | None, base: datetime) -> int:
    if raw is None:
        return base.year
    year = int(raw)
    return year + 2000 if year < 100 else year


def parse_day_paren(text: str, base: datetime) -> datetime | None:
    """The in-body form 'Senin (2/10/2023)'; without a year the reference year is used."""
    match = _DAY_PAREN.search(text)
    if not match:
        return None
    day, month, year = match.groups()
    try:
        found = datetime(_year(year, base), int(month), int(day), tzinfo=WIB)
    except ValueError:
        return None
    if year is None and found > base + timedelta(days=1):
        # "Selasa (27/12)" read in January belongs to the year before.
        found = found.replace(year=found.year - 1)
    return found


def parse_date(text: str | None, base: datetime) -> datetime | None:
    """Parse one date string as printed by an Indonesian site; None when it is not a date."""
    if not text or not text.strip():
        return None
    found = parse_day_paren(text, base)
    if found:
        return found
    cleaned = _normalise(text)
    numeric = _NUMERIC.search(cleaned)
    if numeric and not re.search(r"\d:\d", cleaned):
        day, month, year = (int(g) for g in numeric.groups())
        try:
            return datetime(year, month, day, tzinfo=WIB)
        except ValueError:
            return None
    settings = dict(_SETTINGS, RELATIVE_BASE=base.replace(tzinfo=None))
    try:
        parsed = dateparser.parse(cleaned, languages=["id", "en"], settings=settings)
    except (ValueError, OverflowError):
        return None
    return parsed


def has_time(text: str) -> bool:
    """True when the printed date carries a time of day (else precision is 'date')."""
    return bool(re.search(r"\d{1,2}[:.]\d{2}", text)) or "T" in text and ":" in text


def to_iso(value: datetime, precision_date: bool) -> str:
    """ISO 8601 with offset; a date-only value is midnight WIB of that day."""
    if precision_date:
        local = value.astimezone(WIB) if value.tzinfo else value.replace(tzinfo=WIB)
        return local.replace(hour=0, minute=0, second=0, microsecond=0).isoformat()
    return value.isoformat()
