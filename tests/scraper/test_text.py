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


@pytest.mark.parametrize("furniture", [
    "Terakhir diperbarui: Selasa, 05 November 2024 - 09:12 WITA",
    "Ilustrasi: Kepala BKD saat memberikan pengarahan kepada pengelola kepegawaian.",
    "- Undana Buka Program Beasiswa Anak PetaniRabu, 20 Nov 2024 16:05",
])
def test_update_lines_captions_and_dated_related_items_are_dropped(furniture: str) -> None:
    assert clean_paragraphs([_STORY, furniture, "Rapat ditutup pukul 12.00."]) == \
        [_STORY, "Rapat ditutup pukul 12.00."]


@pytest.mark.parametrize("credit", [" (tribun-bali.com/putu arya wiguna)",
                                    " (prb/adpimprov kaltim)"])
def test_a_site_or_desk_credit_closing_the_last_paragraph_is_cut(credit: str) -> None:
    assert clean_paragraphs([_STORY, "Stiker itu dicopot petugas." + credit]) == \
        [_STORY, "Stiker itu dicopot petugas."]


@pytest.mark.parametrize("furniture", [
    "— Pemkab Klaten (@pemkabklaten) October 1, 2024", "- 1482 reads", "1.204 kali dibaca",
    "Tag: bawaslu, pilkada-2024, kepala-desa",
    "Ilustrasi - Kantor Bawaslu Kabupaten Tulungagung. ANTARA/HO-Bawaslu Tulungagung",
])
def test_embeds_counters_tags_and_dash_captions_are_dropped(furniture: str) -> None:
    assert clean_paragraphs([_STORY, furniture, "Rapat ditutup pukul 12.00."]) == \
        [_STORY, "Rapat ditutup pukul 12.00."]
