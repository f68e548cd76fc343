"""The polite fetcher against a real local server: robots.txt, retries, delays, validators."""

from __future__ import annotations

import pytest

from scraper.config import Defaults
from scraper.http import HTML_TYPES, FEED_TYPES, Fetcher, HostThrottle
from scraper.state import Validators
from tests.scraper.conftest import Site

UA = "netral-test/0.1 (+https://example.invalid/kontak)"


def _fetcher(**overrides: object) -> Fetcher:
    values = {"delay": 0.0, "timeout": 2.0, "connect_timeout": 1.0, "retries": 2,
              "user_agent": UA, "max_bytes": 1_000_000}
    values.update(overrides)
    return Fetcher(Defaults(**values))  # type: ignore[arg-type]


def test_robots_wildcards_and_crawl_delay(site: Site) -> None:
    site.robots = "User-agent: *\nDisallow: /*?s=\nDisallow: /*.pdf$\nCrawl-delay: 0.2\n"
    fetcher = _fetcher()
    blocked = fetcher.fetch(f"{site.base}/batang/?s=asn", 0, None, HTML_TYPES)
    assert blocked.error == "dilarang oleh robots.txt"
    pdf = fetcher.fetch(f"{site.base}/berkas/surat-edaran.pdf", 0, None, HTML_TYPES)
    assert pdf.error == "dilarang oleh robots.txt"
    assert site.hits["/berkas/surat-edaran.pdf"] == 0 and site.hits["/batang/"] == 0
    assert fetcher.host_delay(f"{site.base}/batang/", 0.05) == pytest.approx(0.2)
    assert fetcher.host_delay(f"{site.base}/batang/", 1.0) == pytest.approx(1.0)
    assert fetcher.fetch(f"{site.base}/batang/", 0, None, HTML_TYPES).ok
    assert site.hits["/robots.txt"] == 1  # cached for the run
    assert site.user_agents == {UA}


def test_robots_disallow_all_for_our_agent(site: Site) -> None:
    site.robots = "User-agent: netral-test\nDisallow: /\n\nUser-agent: *\nAllow: /\n"
    result = _fetcher().fetch(f"{site.base}/batang/", 0, None, HTML_TYPES)
    assert result.error == "dilarang oleh robots.txt"


def test_missing_robots_allows_everything(site: Site) -> None:
    site.robots = ""
    assert _fetcher().fetch(f"{site.base}/batang/", 0, None, HTML_TYPES).ok


def test_retries_on_503_and_429_honouring_retry_after(site: Site) -> None:
    result = _fetcher().fetch(f"{site.base}/flaky", 0, None, FEED_TYPES)
    assert result.ok and result.status == 200
    assert site.hits["/flaky"] == 3


@pytest.mark.parametrize("code", ["404", "410"])
def test_never_retries_other_4xx(site: Site, code: str) -> None:
    result = _fetcher().fetch(f"{site.base}/fault/{code}", 0, None, HTML_TYPES)
    assert result.error == f"HTTP {code}"
    assert site.hits[f"/fault/{code}"] == 1


def test_500_is_retried_then_reported(site: Site) -> None:
    result = _fetcher(retries=1).fetch(f"{site.base}/fault/500", 0, None, HTML_TYPES)
    assert result.error == "HTTP 500" and site.hits["/fault/500"] == 2


def test_conditional_get_gets_304(site: Site) -> None:
    fetcher = _fetcher()
    first = fetcher.fetch(f"{site.base}/batang/", 0, None, HTML_TYPES)
    validators = Validators.from_headers(first.headers)
    assert validators is not None and validators.etag and validators.last_modified
    second = fetcher.fetch(f"{site.base}/batang/", 0, validators, HTML_TYPES)
    assert second.ok and second.not_modified and second.body == b""


def test_size_cap_with_declared_length(site: Site) -> None:
    result = _fetcher(max_bytes=100).fetch(f"{site.base}/batang/", 0, None, HTML_TYPES)
    assert result.error is not None and "terlalu besar" in result.error


def test_host_throttle_spaces_one_host_not_others() -> None:
    throttle = HostThrottle()
    throttle.wait("a", 30.0)
    # A second host does not wait for the first one's delay; the same host would.
    throttle.wait("b", 30.0)
    assert throttle._next["a"] - throttle._next["b"] < 1.0
    assert throttle._next["a"] > 0
