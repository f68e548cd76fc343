"""Paragraph clean-up: credit lines and counters that close an article."""

from __future__ import annotations

import pytest

from scraper.text import clean_paragraphs

_STORY = "Bawaslu meminta seluruh perangkat desa menjaga netralitas selama masa kampanye Pilkada."


@pytest.mark.parametrize("closing", [
    "(Admin: Kasi Pemerintahan)", "(Kontributor: Fahmi / Editor: Nurul)",
    "Humas SMA Negeri 2 Wonosari", "Tim Publikasi Desa Sibetan", "- Dibaca 517 kali",
])
def test_closing_credits_and_counters_are_dropped(closing: str) -> None:
    assert clean_paragraphs([_STORY, "Kegiatan ditutup dengan doa bersama.", closing]) == \
        [_STORY, "Kegiatan ditutup dengan doa bersama."]


def test_a_story_line_that_starts_like_a_credit_stays() -> None:
    story = [_STORY, "Humas Pemkab akan mengumumkan hasil evaluasi pekan depan."]
    assert clean_paragraphs(story) == story  # a sentence, not a credit
    assert clean_paragraphs(["Humas SMA Negeri 2 Wonosari"]) == ["Humas SMA Negeri 2 Wonosari"]
