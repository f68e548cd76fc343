"""Bad or hostile input never crashes the checker, and results stay well-formed (hypothesis)."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

import checker
from tests.checker.conftest import ROOT

LEVELS = {"aman", "hati-hati", "jangan"}
ALPHABET = st.characters(codec="utf-8") | st.sampled_from(list("kafir aseng coblos 02 !?.@$#\n\u200b𝓟ＡΑа"))


def assert_well_formed(text: str, result: dict[str, Any]) -> None:
    assert set(result) == {"level", "score", "categories", "findings"}
    assert result["level"] in LEVELS and 0 <= result["score"] <= 100
    assert result["score"] == max(c["score"] for c in result["categories"].values())
    for f in result["findings"]:
        assert 0 <= f["start"] < f["end"] <= len(text)
        assert text[f["start"]:f["end"]] == f["matched"]
    json.dumps(result)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=200))
def test_any_text_gives_well_formed_result(text: str) -> None:
    assert_well_formed(text, checker.check(text))


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=60), st.integers(min_value=2, max_value=20))
def test_repetition_keeps_findings_proportional(text: str, times: int) -> None:
    # Work grows with the input: n copies give at most n times the findings of one copy, plus
    # the matches that straddle the seams (bounded by the number of seams times a constant).
    one = len(checker.check(text)["findings"])
    many = len(checker.check((text + "\n") * times)["findings"])
    assert many <= times * (one + 8)


WORDS = st.sampled_from(["coblos", "nomor", "urut", "02", "2", "pilih", "salam", "dua", "jari",
                         "usir", "cina", "kafir", "sebarkan", "sebelum", "dihapus", "jangan",
                         "#coblosno2", "k a f i r", "ayo", "menangkan", "dan", ",", ".",
                         "relawan", "prabowo", "gibran", "anies", "sandi", "balik", "sana", "ke",
                         "meja", "dana", "kampanye", "jokowi", "maruf"])


def assert_matches_sorted(text: str) -> None:
    # find() relies on hits arriving by start and growing end, and no longer sorts them.
    from checker.engine import prepare
    from checker.normalize import tokenize

    p = prepare(checker.load_rules())
    tokens, _, _ = tokenize(text, p.confusables, p.leet, p.cache)
    for parts in p.index.find(tokens).values():
        for spans in parts.values():
            assert spans == sorted(spans), text


@settings(max_examples=200, deadline=None)
@given(st.lists(WORDS, max_size=40))
def test_matches_come_out_sorted(words: list[str]) -> None:
    assert_matches_sorted(" ".join(words))


def test_phrases_of_several_lengths_at_one_start_come_out_sorted() -> None:
    # Phrases of 2, 3 and 4 words that begin at the same token ("relawan anies sandi").
    for text in ("Kemarin relawan Anies-Sandi datang ke balai desa.", "Balik sana ke Cina!",
                 "Ada dana kampanye Jokowi-Maruf katanya", "Duduk di meja nomor 9 ya"):
        assert_matches_sorted(text)


def test_empty_whitespace_emoji_control() -> None:
    for text in ["", "   \n\t", "😀" * 50, "\x00\x01\x1b[31m\x7f", "\ud800"[:0]]:
        result = checker.check(text)
        assert result["level"] == "aman" and result["findings"] == []


def test_one_megabyte_message() -> None:
    text = ("Selamat pagi rekan-rekan, ayo coblos 02! sebarkan. " * 20_000)[:1_000_000]
    result = checker.check(text)
    assert result["level"] == "jangan"
    assert_well_formed(text, result)


def test_pathological_runs() -> None:
    for text in ["a " * 100_000, "!" * 200_000, "a.a.a." * 50_000, "kafir" * 50_000, "9" * 100_000]:
        assert_well_formed(text, checker.check(text))


def test_cli_survives_invalid_utf8_and_control_bytes() -> None:
    data = b"\xff\xfe\x00ayo \xc3 coblos 02\x1b!!!"
    proc = subprocess.run([sys.executable, "-m", "netral", "check", "--json", "-"], input=data,
                          capture_output=True, cwd=ROOT, check=False, timeout=60)
    assert proc.returncode == 1
    assert json.loads(proc.stdout)["level"] == "jangan"


def test_cli_usage_errors() -> None:
    proc = subprocess.run([sys.executable, "-m", "netral", "check"], capture_output=True,
                          cwd=ROOT, check=False, timeout=60)
    assert proc.returncode == 2 and "berikan teks" in proc.stderr.decode()
