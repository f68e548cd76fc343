"""Region tagging: the registry holds 38 provinces and 514 kabupaten/kota; datelines resolve."""

from __future__ import annotations

import pytest

from scraper.regions import counts, lookup, place_from_dateline


def test_registry_is_complete() -> None:
    assert counts() == (38, 514)


@pytest.mark.parametrize("text,region,province", [
    ("KOTA PEKALONGAN – Aparatur Sipil Negara", "Kota Pekalongan", "Jawa Tengah"),
    ("Batang - Menjelang pesta demokrasi", "Kabupaten Batang", "Jawa Tengah"),
    ("Palembang – Netralitas ASN", "Kota Palembang", "Sumatera Selatan"),
    ("TRIBUNJATENG.COM, SEMARANG - Bawaslu", "Kota Semarang", "Jawa Tengah"),
    ("LHOKSEUMAWE, KOMPAS.com - Penyidik", "Kota Lhokseumawe", "Aceh"),
    ("Mataram, NTB (ANTARA News) - Sebanyak", "Kota Mataram", "Nusa Tenggara Barat"),
    ("BANYUASIN - Pemkab", "Kabupaten Banyuasin", "Sumatera Selatan"),
])
def test_datelines(text: str, region: str, province: str) -> None:
    place = place_from_dateline(text)
    assert place is not None
    assert (place.region, place.province) == (region, province)


def test_province_only_and_none() -> None:
    jakarta = place_from_dateline("Jakarta - Menteri PANRB")
    assert jakarta is not None and jakarta.region is None
    assert jakarta.province == "Daerah Khusus Ibukota Jakarta"
    assert place_from_dateline("Menjelang Pilkada, ASN diminta netral.") is None
    assert place_from_dateline("Atlantis - kota hilang") is None


def test_ambiguous_name_prefers_the_source_province() -> None:
    # "Batu" is only a kota; "Pekalongan" is both a kabupaten and a kota in Jawa Tengah.
    assert lookup("Batu").region == "Kota Batu"  # type: ignore[union-attr]
    assert lookup("Kabupaten Pekalongan").region == "Kabupaten Pekalongan"  # type: ignore[union-attr]
