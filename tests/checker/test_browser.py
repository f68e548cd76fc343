"""The checker in Debian Chromium: shared vectors, the Cek Pesan page, no network, no HTML injection."""

from __future__ import annotations

from typing import Any

import pytest

import checker
from tests.checker.conftest import load_vectors
from tests.vectors.make_vectors import project

pytestmark = pytest.mark.browser

RUN_ALL = """async (texts) => {
    const m = await import('../assets/checker/engine.js');
    const r = (await import('../assets/checker/rules.js')).default;
    return texts.map((t) => m.check(t, r));
}"""


def open_checker(page: Any, site_url: str) -> list[str]:
    """Open Cek Pesan; return a list that collects every request made after load."""
    page.goto(site_url + "/cek-pesan/")
    page.wait_for_load_state("networkidle")
    requests: list[str] = []
    page.on("request", lambda req: requests.append(req.url))
    return requests


def test_vectors_in_chromium_equal_python(page: Any, site_url: str) -> None:
    vectors = load_vectors()
    open_checker(page, site_url)
    results = page.evaluate(RUN_ALL, [v["text"] for v in vectors])
    for vector, result in zip(vectors, results, strict=True):
        assert project(result) == vector["expect"], vector["description"]
        assert result == checker.check(vector["text"])


def test_page_shows_level_highlights_basis_and_advice(page: Any, site_url: str) -> None:
    requests = open_checker(page, site_url)
    page.fill("#pesan", "Ayo coblos nomor urut 2! Sebarkan sebelum dihapus!!!")
    result = page.locator("#hasil[data-level]")
    result.wait_for()
    assert result.get_attribute("data-level") == "jangan"
    assert "Jangan diteruskan" in result.inner_text()
    marks = page.locator("#hasil mark").all_inner_texts()
    assert "Ayo coblos" in marks and "Sebarkan" in marks
    text = result.inner_text()
    assert "Dasar: PP 94/2021" in text and "Sebaiknya:" in text
    assert "cekfakta.com" in text and "bukan bukti" in text
    assert requests == []


def test_safe_message_is_aman(page: Any, site_url: str) -> None:
    open_checker(page, site_url)
    page.fill("#pesan", "Selamat Hari Raya Nyepi bagi umat Hindu.")
    page.click("#periksa")
    assert page.locator("#hasil").get_attribute("data-level") == "aman"
    assert page.locator("#hasil mark").count() == 0


def test_long_text_waits_for_a_pause_and_lists_few_words(page: Any, site_url: str) -> None:
    open_checker(page, site_url)
    groups = ["Cina", "Tionghoa", "Kristen", "Islam", "Hindu", "Batak", "Jawa", "Sunda", "Madura",
              "Papua", "Dayak", "Bugis"]
    text = " ".join(f"Usir orang {g} dari sini." for g in groups) * 100  # > 20,000 code points
    assert len(text) > 20_000
    page.fill("#pesan", text)
    result = page.locator("#hasil")
    assert result.get_attribute("data-level") is None  # not re-checked on the keystroke itself
    page.locator("#hasil[data-level]").wait_for()
    assert result.get_attribute("data-level") == "jangan"
    for line in page.locator(".netral-words").all_inner_texts():
        assert line.count('"') <= 16, line  # at most 8 quoted words per explanation
    assert "lainnya" in " ".join(page.locator(".netral-words").all_inner_texts())


def test_user_text_is_never_parsed_as_html(page: Any, site_url: str) -> None:
    open_checker(page, site_url)
    hostile = '<img src=x onerror="window.pwned=1"> coblos 02 <b>tebal</b>'
    page.fill("#pesan", hostile)
    page.locator("#hasil[data-level]").wait_for()
    assert page.locator("#hasil img, #hasil b").count() == 0
    assert page.evaluate("window.pwned === undefined")
    assert "<img src=x" in page.locator(".netral-preview").inner_text()


def test_page_forbids_connections(page: Any, site_url: str) -> None:
    open_checker(page, site_url)
    csp = page.locator('meta[http-equiv="Content-Security-Policy"]').get_attribute("content")
    assert "connect-src 'none'" in csp
    blocked = page.evaluate("""async () => {
        try { await fetch('/'); return false; } catch (e) { return true; }
    }""")
    assert blocked


def test_weightiest_finding_comes_first_with_a_category_summary(page: Any, site_url: str) -> None:
    open_checker(page, site_url)
    # The hoax wording comes first in the text; the call to vote weighs more and is listed first.
    page.fill("#pesan", "Info A1 dari orang dalam!!! Besok wajib coblos 02 ya. Sebarkan sebelum dihapus")
    page.locator("#hasil[data-level]").wait_for()
    cards = page.locator("#hasil .netral-finding").all_inner_texts()
    assert cards[0].startswith("Politik praktis"), cards
    rules = checker.load_rules()["rules"]
    shown = [next(r["weight"] for r in rules if r["message"] in card) for card in cards]
    assert shown == sorted(shown, reverse=True)
    summary = page.locator("#hasil .netral-categories").inner_text()
    assert "Politik praktis: jangan diteruskan" in summary and "Gaya hoaks:" in summary
    assert "SARA" not in summary
