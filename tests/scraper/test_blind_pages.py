"""Whole-article quality on the blind page sets: per set and field, the number of pages right
may grow, never shrink quietly (bench/scrape_eval_blind.py prints the same table)."""

from __future__ import annotations

from pathlib import Path

import pytest

from scraper.evaluate import article_checks, score_set

BLIND = Path(__file__).resolve().parent / "fixtures" / "blind-pages"

# Measured 2026-11-24 (see README, "Scraper"): 16 pages in sets 1-4, 12 in sets 5-11. Sets 6 and 7
# (12 pages each) were written blind in session 12: with the scraper of fb7d9d7 5 and 0 pages
# fully right (set 7: og:title rewrites taken for the headline), after that session's fixes 11
# and 12; set 6's last miss is a date the answer leaves empty while the story's first sentence
# gives one ("Sabtu (19/10/2024)"), which the scraper keeps on purpose. Sets 8 (ministry,
# provincial and agency portals) and 9 (old and odd markup), blind for the session's second
# round: 7 and 6 fully right (set 9's XHTML page raised an error), 12 and 11 after it; set 9's
# miss is a Google Sites page whose site name, contact block and headline run together. Sets 10
# (AMP, mobile and JavaScript front-ends) and 11 (government CMS stacks), blind for the third
# round: 9 and 6 fully right, 11 and 10 after it (set 10's miss: a date only in the story's first
# sentence, kept on purpose; set 11's: an announcement page's banner and footer, and a JNews
# story that trafilatura ends at an inline related-posts box).
PINS = {
    "set1": {"title": 16, "date": 16, "region": 16, "first": 16, "last": 16, "include": 16,
             "exclude": 16, "all": 16},
    "set2": {"title": 16, "date": 16, "region": 16, "first": 16, "last": 15, "include": 16,
             "exclude": 14, "all": 14},
    "set3": {"title": 16, "date": 16, "region": 16, "first": 16, "last": 13, "include": 16,
             "exclude": 14, "all": 13},
    "set4": {"title": 15, "date": 15, "region": 15, "first": 14, "last": 15, "include": 16,
             "exclude": 15, "all": 13},
    "set5": {"title": 12, "date": 12, "region": 12, "first": 12, "last": 12, "include": 12,
             "exclude": 12, "all": 12},
    "set6": {"title": 12, "date": 11, "region": 12, "first": 12, "last": 12, "include": 12,
             "exclude": 12, "all": 11},
    "set7": {"title": 12, "date": 12, "region": 12, "first": 12, "last": 12, "include": 12,
             "exclude": 12, "all": 12},
    "set8": {"title": 12, "date": 12, "region": 12, "first": 12, "last": 12, "include": 12,
             "exclude": 12, "all": 12},
    "set9": {"title": 11, "date": 11, "region": 12, "first": 11, "last": 11, "include": 12,
             "exclude": 11, "all": 11},
    "set10": {"title": 12, "date": 11, "region": 12, "first": 12, "last": 12, "include": 12,
             "exclude": 12, "all": 11},
    "set11": {"title": 12, "date": 12, "region": 12, "first": 11, "last": 10, "include": 11,
             "exclude": 11, "all": 10},
}


@pytest.mark.parametrize("name", sorted(PINS))
def test_blind_set_counts_never_get_worse(name: str) -> None:
    got = score_set(BLIND / name)
    worse = {field: (got[field], pin) for field, pin in PINS[name].items() if got[field] < pin}
    assert not worse, worse


def test_every_blind_set_is_pinned() -> None:
    assert {d.name for d in BLIND.iterdir() if d.is_dir()} == set(PINS)


def test_checks_can_fail() -> None:
    answer = {"title": "Judul", "published": "2024-10-16T11:20", "dateline_place": "Kota Palu",
              "first_paragraph_starts": "PALU – Satu", "last_paragraph_ends": "Dua.",
              "must_include": ["Satu kalimat."], "must_exclude": ["Baca Juga"]}
    good = article_checks(answer, "Judul", "2024-10-16T10:20:00+07:00", "Kota Palu",
                          "PALU – Satu kalimat.\n\nDua.")
    assert all(good.values())  # 11:20 WITA is 10:20 WIB
    bad = article_checks(answer, "Judul Lain", "2024-10-17T00:00:00+07:00", None,
                         "Baca Juga: x\n\nTiga")
    assert not any(bad.values())
