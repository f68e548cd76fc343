"""The built site in Debian Chromium: pages render, the checker works, nothing leaves 127.0.0.1."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

pytestmark = pytest.mark.browser


def test_home_page_renders_and_stays_local(page, site_url: str) -> None:  # type: ignore[no-untyped-def]
    requested: list[str] = []
    page.on("request", lambda req: requested.append(req.url))
    page.goto(site_url + "/")
    assert "netralitas ASN" in page.locator("h1").first.inner_text()
    assert page.locator("text=Jelang Tahun Politik").count() >= 1
    hosts = {urlsplit(u).hostname for u in requested if not u.startswith("data:")}
    assert hosts == {"127.0.0.1"}, requested


@pytest.mark.parametrize("message, level", [
    ("Selamat pagi, rapat koordinasi dimulai pukul 09.00 di aula.", "aman"),
    ("Ayo coblos nomor urut 2 tanggal 14 Februari!", "jangan"),
])
def test_checker_page_scores_in_browser_without_network(page, site_url: str,  # type: ignore[no-untyped-def]
                                                        message: str, level: str) -> None:
    page.goto(site_url + "/cek-pesan/")
    page.wait_for_load_state("networkidle")
    after_load: list[str] = []
    page.on("request", lambda req: after_load.append(req.url))
    page.fill("#pesan", message)
    page.click("#periksa")
    result = page.locator("[data-level]")
    result.wait_for()
    assert result.get_attribute("data-level") == level
    assert after_load == []


def test_checker_page_matches_python_engine(page, site_url: str) -> None:  # type: ignore[no-untyped-def]
    import checker

    text = "AYO Coblos 02!!! Sebarkan sebelum dihapus"
    page.goto(site_url + "/cek-pesan/")
    js = page.evaluate(
        """async (t) => {
            const m = await import('../assets/checker/engine.js');
            const r = (await import('../assets/checker/rules.js')).default;
            return m.check(t, r);
        }""", text)
    assert js == checker.check(text)
