"""`netral scrape` against the local fixture site: the corpus is filled correctly, a second run
revalidates with ETags, and every record stays loadable."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

from scraper.cli import main
from scraper.corpus import load_corpus
from scraper.runner import REPORT_NAME
from scraper.state import load_state
from tests.scraper.conftest import SITE as SITE_FIXTURES
from tests.scraper.conftest import Site, good_sources, write_sources


def _run(site: Site, tmp_path: Path, *extra: str) -> tuple[int, dict]:
    sources = write_sources(tmp_path / "sources.yml", good_sources(site.base))
    corpus = tmp_path / "corpus"
    code = main(["--sources", str(sources), "--corpus", str(corpus), "--delay", "0", *extra])
    report = json.loads((corpus / REPORT_NAME).read_text(encoding="utf-8"))
    return code, report


def _by_title(corpus: Path) -> dict[str, object]:
    articles, errors = load_corpus(corpus)
    assert errors == []
    return {a.title: a for a in articles}


def test_first_run_fills_the_corpus(site: Site, tmp_path: Path) -> None:
    code, report = _run(site, tmp_path)
    assert code == 0 and report["ok"]
    arts = _by_title(tmp_path / "corpus")
    batang = arts["ASN Batang Diminta Jaga Netralitas Jelang Pilkada 2024"]
    assert batang.url == f"{site.base}/batang/?p=1&id=13058"  # utm_* and fragment dropped
    assert batang.published == "2024-09-30T00:00:00+07:00"  # from the body, not the header
    assert batang.published_precision == "date"
    assert (batang.region, batang.province) == ("Kabupaten Batang", "Jawa Tengah")
    assert batang.text.count("Penjabat Bupati Batang menegaskan") == 1  # repeat kept once
    for junk in ("BACA JUGA", "Editor:", "Dibaca", "Facebook"):
        assert junk not in batang.text
    # The Tribun copy of the same story is grouped, not stored twice.
    assert [s.source_id for s in batang.also_published] == ["tribun-jateng"]
    assert batang.also_published[0].url.endswith("/2024/09/30/asn-batang-diminta-jaga-"
                                                 "netralitas-jelang-pilkada-2024")
    assert not any(a.source_id == "tribun-jateng" for a in arts.values())


def test_region_from_dateline_dates_from_feed_and_body(site: Site, tmp_path: Path) -> None:
    _run(site, tmp_path)
    arts = _by_title(tmp_path / "corpus")
    radar = arts["ASN Kota Pekalongan Diingatkan Netral di Pilkada"]
    assert (radar.region, radar.province) == ("Kota Pekalongan", "Jawa Tengah")
    assert radar.published == "2024-08-27T10:15:00+07:00"  # naive CMS feed time means WIB
    sekda = arts["Sekda Minta ASN Tidak Unggah Dukungan Paslon"]
    assert sekda.region == "Kabupaten Batang"
    now = datetime.now(timezone.utc)
    year = now.year if (now.month, now.day) >= (5, 13) else now.year - 1
    assert sekda.published == f"{year}-05-13T00:00:00+07:00"  # "Senin (13/05)": crawl year


def test_non_utf8_page_and_page_without_date(site: Site, tmp_path: Path) -> None:
    _run(site, tmp_path)
    arts = _by_title(tmp_path / "corpus")
    cp1252 = arts["Bupati Ingatkan Larangan Kampanye bagi ASN"]
    assert "“Jangan sampai ada ASN yang berpihak,”" in cp1252.text
    undated = arts["Netralitas ASN Dipantau Tanpa Tanggal"]
    assert undated.published is None


def test_report_says_why_kept_or_skipped(site: Site, tmp_path: Path) -> None:
    _, report = _run(site, tmp_path)
    batang = next(s for s in report["sources"] if s["id"] == "pemkab-batang")
    assert batang["counts"]["new"] == 3 and batang["counts"]["skipped"] == 1
    outcomes = {a["url"].rsplit("=", 1)[-1]: a for a in batang["articles"]}
    assert outcomes["13059"]["outcome"] == "skipped"
    assert "asn" in outcomes["13059"]["reason"]
    assert outcomes["13058"]["reason"].startswith("cocok")
    assert "tanggal tidak ditemukan" in outcomes["13060"]["reason"]
    assert report["totals"]["syndicated"] == 1


def test_second_run_revalidates_and_downloads_little(site: Site, tmp_path: Path) -> None:
    _, first = _run(site, tmp_path)
    before = {p: p.read_bytes() for p in (tmp_path / "corpus" / "articles").rglob("*.json")}
    state = load_state(tmp_path / "corpus", "pemkab-batang")
    assert state[f"{site.base}/batang/"].etag
    code, second = _run(site, tmp_path)
    assert code == 0
    assert site.conditional["/batang/"] == 1 and site.conditional["/radar/feed"] == 1
    assert second["bytes_downloaded"] <= 0.05 * first["bytes_downloaded"] + 200  # robots.txt
    after = {p: p.read_bytes() for p in (tmp_path / "corpus" / "articles").rglob("*.json")}
    assert after == before


def test_changed_listing_refetches_pages_conditionally(site: Site, tmp_path: Path) -> None:
    _run(site, tmp_path)
    index = (Path(__file__).parent / "fixtures" / "site" / "batang-index.html").read_bytes()
    site.overrides["/batang/"] = index.replace(b"</div>", b"<!-- baru --></div>", 1)
    code, report = _run(site, tmp_path)
    batang = next(s for s in report["sources"] if s["id"] == "pemkab-batang")
    assert code == 0
    assert batang["counts"]["unchanged"] == 4  # every page answered 304
    assert sum(n for path, n in site.conditional.items() if path.startswith("/batang/?")) == 4


def test_json_flag_prints_the_report(site: Site, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    code, _ = _run(site, tmp_path, "--json", "--source", "pemkab-batang")
    out = json.loads(capsys.readouterr().out)
    assert code == 0 and [s["id"] for s in out["sources"]] == ["pemkab-batang"]


def test_sitemap_source_without_selectors(site: Site, tmp_path: Path) -> None:
    sources = write_sources(tmp_path / "sources.yml", [
        {"id": "bawaslu-jateng", "name": "Bawaslu Jawa Tengah", "region": None,
         "province": "Jawa Tengah", "sitemap": f"{site.base}/sitemap.xml", "delay": 0}])
    corpus = tmp_path / "corpus"
    assert main(["--sources", str(sources), "--corpus", str(corpus)]) == 0
    arts = _by_title(corpus)
    radar = arts["ASN Kota Pekalongan Diingatkan Netral di Pilkada"]
    assert radar.source_id == "bawaslu-jateng" and radar.region == "Kota Pekalongan"
    assert radar.published == "2024-08-27T00:00:00+07:00"  # the sitemap's <lastmod>
    assert len(arts) == 2


def test_feed_with_relative_links_served_as_html(site: Site, tmp_path: Path) -> None:
    # Some regional CMSes emit root- or path-relative item links and serve the feed as text/html.
    site.overrides["/radar/feed"] = (
        b"<?xml version='1.0'?><rss version='2.0'><channel><title>Radar</title>"
        b"<item><title>a</title><link>/radar/read/1001/asn-kota-pekalongan-diingatkan-netral</link>"
        b"</item><item><title>b</title><link>read/1002/sekda-minta-asn-tidak-unggah-dukungan-paslon"
        b"</link></item></channel></rss>")
    sources = write_sources(tmp_path / "sources.yml", [good_sources(site.base)[1]])
    corpus = tmp_path / "corpus"
    assert main(["--sources", str(sources), "--corpus", str(corpus)]) == 0
    arts = _by_title(corpus)
    assert sorted(a.url for a in arts.values()) == [
        f"{site.base}/radar/read/1001/asn-kota-pekalongan-diingatkan-netral",
        f"{site.base}/radar/read/1002/sekda-minta-asn-tidak-unggah-dukungan-paslon"]


def test_sitemap_index_reads_its_newest_post_sitemaps(site: Site, tmp_path: Path) -> None:
    import gzip

    urlset = (SITE_FIXTURES / "sitemap.xml").read_bytes().replace(b"{base}", site.base.encode())
    site.overrides["/sitemap_index.xml"] = (
        b"<?xml version='1.0'?><sitemapindex xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
        b"<sitemap><loc>/page-sitemap.xml</loc><lastmod>2024-11-01</lastmod></sitemap>"
        b"<sitemap><loc>/post-sitemap1.xml.gz</loc><lastmod>2024-10-01</lastmod></sitemap>"
        b"<sitemap><loc>/post-sitemap2.xml</loc><lastmod>2024-09-01</lastmod></sitemap>"
        b"</sitemapindex>", "application/xml")
    site.overrides["/post-sitemap1.xml.gz"] = (gzip.compress(urlset), "application/x-gzip")
    sources = write_sources(tmp_path / "sources.yml", [
        {"id": "bawaslu-jateng", "name": "Bawaslu Jawa Tengah", "region": None,
         "province": "Jawa Tengah", "sitemap": f"{site.base}/sitemap_index.xml", "delay": 0}])
    corpus = tmp_path / "corpus"
    code = main(["--sources", str(sources), "--corpus", str(corpus)])
    assert len(_by_title(corpus)) == 2  # both articles, from the gzipped post sitemap
    assert site.hits["/page-sitemap.xml"] == 0  # pages, tags and authors are not read
    report = json.loads((corpus / REPORT_NAME).read_text(encoding="utf-8"))
    listing = report["sources"][0]["listings"]
    assert any("post-sitemap2.xml" in line and "404" in line for line in listing)  # said, not fatal
    assert code == 0
