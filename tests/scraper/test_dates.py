"""Indonesian dates: the forms the regional sites print; unparseable is None, never today."""

from __future__ import annotations

from datetime import datetime

import pytest

from scraper.dates import WIB, has_time, parse_date, to_iso

BASE = datetime(2024, 9, 1, 12, 0, tzinfo=WIB)

TABLE = [
    ("Senin (2/10/2023)", "2023-10-02T00:00:00+07:00"),
    ("Selasa (27/8)", "2024-08-27T00:00:00+07:00"),
    ("Selasa(17/09/2024)", "2024-09-17T00:00:00+07:00"),
    ("Selasa, (12/03/2019)", "2019-03-12T00:00:00+07:00"),
    ("Senin (13/05)", "2024-05-13T00:00:00+07:00"),
    ("16 Oktober 2023", "2023-10-16T00:00:00+07:00"),
    ("Kamis, 05 November 2015 | 11:13 WIB", "2015-11-05T11:13:00+07:00"),
    ("RABU, 18 SEPTEMBER 2024 | 10:58 WIB", "2024-09-18T10:58:00+07:00"),
    ("Jum'at, 17 November 2023", "2023-11-17T00:00:00+07:00"),
    ("Jum’at, 17 November 2023", "2023-11-17T00:00:00+07:00"),
    ("Sabtu, 1 Juni 2024 10:00 WITA", "2024-06-01T09:00:00+07:00"),
    ("Sabtu, 1 Juni 2024 11:00 WIT", "2024-06-01T09:00:00+07:00"),
    ("Minggu (14/2/2016) malam WIB", "2016-02-14T00:00:00+07:00"),
    ("Kamis, 05/11/2015 09:25 WIB", "2015-11-05T09:25:00+07:00"),
    ("2024-11-18 08:15:00", "2024-11-18T08:15:00+07:00"),  # naive CMS time means WIB
    ("05 Agustus 2019", "2019-08-05T00:00:00+07:00"),
    ("Ahad, 3 Maret 2024", "2024-03-03T00:00:00+07:00"),
    ("Maret 30, 2015", "2015-03-30T00:00:00+07:00"),
    ("Mon, 30 Sep 2024 03:15:00 +0000", "2024-09-30T10:15:00+07:00"),
]


@pytest.mark.parametrize("text,expected", TABLE)
def test_indonesian_forms(text: str, expected: str) -> None:
    found = parse_date(text, BASE)
    assert found is not None
    assert found.isoformat() == expected


def test_year_less_date_after_reference_goes_to_previous_year() -> None:
    found = parse_date("Selasa (27/12)", datetime(2024, 1, 5, tzinfo=WIB))
    assert found is not None and found.date().isoformat() == "2023-12-27"


@pytest.mark.parametrize("text", ["", "   ", "bukan tanggal", "Oleh Redaksi", None,
                                  "Senin (31/2/2024)"])
def test_unparseable_is_none_never_today(text: str | None) -> None:
    assert parse_date(text, BASE) is None


def test_precision_and_iso() -> None:
    assert has_time("Kamis, 05 November 2015 | 11:13 WIB")
    assert not has_time("16 Oktober 2023")
    value = parse_date("16 Oktober 2023", BASE)
    assert value is not None and to_iso(value, True) == "2023-10-16T00:00:00+07:00"
