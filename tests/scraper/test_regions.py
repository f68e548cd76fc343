"""Region tagging: the registry holds 38 provinces and 514 kabupaten/kota; datelines resolve."""

from __future__ import annotations

import pytest

from scraper.regions import counts, lookup, lookup_seat, lookup_town, place_from_dateline


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


def test_dateline_naming_a_regency_seat() -> None:
    # A kecamatan that is a regency's seat stands for its kabupaten, when the name is unique.
    bulungan = place_from_dateline("TANJUNG SELOR – ASN Bulungan dilarang memakai mobil dinas")
    assert bulungan is not None
    assert (bulungan.region, bulungan.province) == ("Kabupaten Bulungan", "Kalimantan Utara")
    assert place_from_dateline("Kepanjen (ANTARA) - Bupati").region == "Kabupaten Malang"  # type: ignore[union-attr]
    # "Soreang" names two kecamatan: only the source's province settles it.
    assert lookup_town("Soreang") is None
    assert lookup_town("Soreang", "Jawa Barat").region == "Kabupaten Bandung"  # type: ignore[union-attr]
    assert lookup_town("Kepanjen", "Jawa Barat") is None  # not in the source's province
    assert place_from_dateline("Humas – Rapat koordinasi") is None


@pytest.mark.parametrize("text,region", [
    ("SIGLI – Penjabat Bupati", "Kabupaten Pidie"),  # kecamatan "Kota Sigli"
    ("BATURAJA – Camat", "Kabupaten Ogan Komering Ulu"),  # Baturaja Timur and Barat, one kabupaten
    ("SOLO – Wali Kota", "Kota Surakarta"),  # the everyday name
])
def test_datelines_naming_towns_by_their_everyday_names(text: str, region: str) -> None:
    place = place_from_dateline(text)
    assert place is not None and place.region == region


def test_generic_words_and_shared_town_names_are_not_places() -> None:
    assert place_from_dateline("KOTA – Rapat") is None  # a kecamatan "Kota" exists, in Kediri
    assert place_from_dateline("GONDANG – Warga") is None  # five kecamatan "Gondang"


@pytest.mark.parametrize("text,region", [
    ("SUNGGUMINASA – Bawaslu", "Kabupaten Gowa"),  # a kelurahan, the seat
    ("Sumbawa Besar – Kapolres", "Kabupaten Sumbawa"),  # no unit carries the name
    ("AMLAPURA – Perbekel", "Kabupaten Karangasem"),
    ("Wonosari – Guru", "Kabupaten Gunungkidul"),  # kecamatan in five kabupaten, seat of one
    ("Sumber - Enam kuwu", "Kabupaten Cirebon"),  # kecamatan in three, seat of Cirebon's
    ("TANJUNGPINANG (KS) – Pemko", "Kota Tanjung Pinang"),  # written without the space
    ("KBRN, Kupang: Badan Pengawas", "Kota Kupang"),  # RRI's colon
    ("Kab. Pati - Bawaslu", "Kabupaten Pati"), ("Kab Bekasi – Bupati", "Kabupaten Bekasi"),
    ("TRIBUN-BALI.COM, SINGARAJA - Seorang guru", "Kabupaten Buleleng"),  # a hyphenated outlet
])
def test_datelines_naming_regency_seats_and_joined_names(text: str, region: str) -> None:
    place = place_from_dateline(text)
    assert place is not None and place.region == region


def test_a_seat_outside_the_source_province_is_not_taken() -> None:
    assert lookup_seat("Wonosari", "Jawa Tengah") is None
    diy = lookup_seat("Wonosari", "Daerah Istimewa Yogyakarta")
    assert diy is not None and diy.region == "Kabupaten Gunungkidul"
