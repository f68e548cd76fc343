"""Feeds: bozo feeds whose entries parse are used; broken bodies give a reason."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from scraper.feeds import Entry, FeedError, parse_feed, read_sitemap
from scraper.links import find_links, looks_like_article
from scraper.urls import canonical_url, url_id

FIXTURES = Path(__file__).resolve().parent / "fixtures"
REAL = FIXTURES / "real-news"


@pytest.mark.parametrize("site", ["antara", "detik", "kapanlagi", "republika"])
def test_real_feeds_with_a_stray_newline_still_parse(site: str) -> None:
    body = (REAL / site / f"{site}-mainpage.html").read_bytes()
    assert body.startswith(b"\n")
    expected = json.loads((REAL / "expected.json").read_text())[f"{site}/{site}-mainpage.html"]
    entries = parse_feed(body, {"content-type": "application/rss+xml"})
    urls = [e.url for e in entries]
    assert urls[: len(expected["first_urls"])] == expected["first_urls"]


@pytest.mark.parametrize("name,count", [("phpmu_rss.xml", 1), ("codeigniter_rss.xml", 2),
                                        ("wordpress_rss.xml", 1), ("bom_whitespace_rss.xml", 1)])
def test_synthetic_cms_feeds(name: str, count: int) -> None:
    entries = parse_feed((FIXTURES / "synthetic-feeds" / name).read_bytes())
    assert len(entries) >= count
    assert all(e.url.startswith("http") for e in entries)
    assert all("&nbsp;" not in (e.title or "") for e in entries)


def test_feed_titles_become_plain_text_and_relative_links_absolute() -> None:
    body = b"""<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>
<title>Berita</title><link>https://www.contohkab.go.id</link>
<item><title><![CDATA[<strong>Netralitas ASN</strong>: Sekda Terbitkan <i>SE</i>]]></title>
<link>/berita/1234-sekda-terbitkan-se</link></item>
<item><title>Pilkada&nbsp;2024:   ASN Dilarang
      Berpose Jari</title><link>detail/77</link></item>
<item><title>Sudah absolut</title><link>https://lain.go.id/x/1</link></item>
</channel></rss>"""
    entries = parse_feed(body, base="https://www.contohkab.go.id/rss/berita.xml")
    assert [(e.url, e.title) for e in entries] == [
        ("https://www.contohkab.go.id/berita/1234-sekda-terbitkan-se",
         "Netralitas ASN: Sekda Terbitkan SE"),
        ("https://www.contohkab.go.id/rss/detail/77", "Pilkada 2024: ASN Dilarang Berpose Jari"),
        ("https://lain.go.id/x/1", "Sudah absolut")]


def test_empty_link_falls_back_to_a_guid_that_is_an_address() -> None:
    body = (b"<?xml version='1.0'?><rss version='2.0'><channel><title>t</title>"
            b"<item><title>a</title><link></link><guid isPermaLink='true'>https://a.go.id/berita/1"
            b"</guid></item><item><title>b</title><link> </link><guid>kode-123</guid></item>"
            b"</channel></rss>")
    assert [e.url for e in parse_feed(body)] == ["https://a.go.id/berita/1"]


def test_truncated_feed_keeps_items_whose_link_is_complete() -> None:
    item = b"<item><title>Berita %d</title><link>https://a.go.id/berita/%d-judul</link></item>"
    whole = b"<?xml version='1.0'?><rss version='2.0'><channel><title>t</title>" + b"".join(
        item % (i, i) for i in range(3))
    cut_in_link = whole[: whole.rfind(b"-judul")]  # the download stopped inside the 3rd link
    assert [e.url for e in parse_feed(cut_in_link)] == [
        "https://a.go.id/berita/0-judul", "https://a.go.id/berita/1-judul"]
    assert len(parse_feed(whole)) == 3  # unclosed channel, but every item is whole


def test_empty_feed_served_as_html_is_empty_not_an_error() -> None:
    body = b"<?xml version='1.0'?><rss version='2.0'><channel><title>t</title></channel></rss>"
    assert parse_feed(body, {"content-type": "text/html; charset=utf-8"}) == []


@pytest.mark.parametrize("body", [b"", b"<html><body><h1>502 Bad Gateway</h1></body></html>",
                                  b"<<rss>> &&& ini bukan <xml"])
def test_unusable_bodies_raise_feed_error(body: bytes) -> None:
    with pytest.raises(FeedError):
        parse_feed(body)


def test_sitemap() -> None:
    body = (b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            b"<url><loc>https://a.go.id/berita/123-asn-netral</loc><lastmod>2024-09-30</lastmod>"
            b"</url></urlset>")
    entries = read_sitemap(body).entries
    assert [(e.url, e.published) for e in entries] == [
        ("https://a.go.id/berita/123-asn-netral", "2024-09-30")]
    with pytest.raises(FeedError):
        read_sitemap(b"<urlset><url>")


def test_news_sitemap_gzip_and_index() -> None:
    import gzip

    from scraper.feeds import pick_child_sitemaps, read_sitemap

    news = (b"<urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9' "
            b"xmlns:news='http://www.google.com/schemas/sitemap-news/0.9'><url>"
            b"<loc>https://a.go.id/berita/9-asn</loc><news:news><news:title>ASN &amp; Pilkada"
            b"</news:title><news:publication_date>2024-11-20T09:30:00+07:00</news:publication_date>"
            b"</news:news></url></urlset>")
    for body in (news, gzip.compress(news)):
        assert read_sitemap(body).entries == [
            Entry("https://a.go.id/berita/9-asn", "ASN & Pilkada", "2024-11-20T09:30:00+07:00")]
    with pytest.raises(FeedError):  # a gzip bomb stops at the limit
        read_sitemap(gzip.compress(b"<urlset>" + b" " * 2_000_000 + b"</urlset>"), limit=1_000_000)
    index = read_sitemap(b"<sitemapindex><sitemap><loc>https://a.go.id/tag-sitemap.xml</loc>"
                         b"</sitemap><sitemap><loc>https://a.go.id/post-sitemap2.xml</loc><lastmod>"
                         b"2024-11-02</lastmod></sitemap><sitemap><loc>https://a.go.id/post-sitemap1"
                         b".xml</loc><lastmod>2024-01-02</lastmod></sitemap></sitemapindex>")
    assert index.entries == []
    assert [c.url.rsplit("/", 1)[1] for c in pick_child_sitemaps(index.children, 1)] == [
        "post-sitemap2.xml"]


@pytest.mark.parametrize("url,canonical", [
    ("https://a.go.id/berita/1-x?utm_source=fb&utm_medium=x#komentar", "https://a.go.id/berita/1-x"),
    ("https://jateng.tribunnews.com/amp/2024/11/21/asn-netral",
     "https://jateng.tribunnews.com/2024/11/21/asn-netral"),
    ("https://amp.kompas.com/regional/read/2023/asn?page=2", "https://kompas.com/regional/read/2023/asn?page=2"),
    ("https://berita.batangkab.go.id/?p=1&id=13058", "https://berita.batangkab.go.id/?p=1&id=13058"),
    ("HTTPS://A.GO.ID:443/x", "https://a.go.id/x"),
])
def test_canonical_urls(url: str, canonical: str) -> None:
    assert canonical_url(url) == canonical
    assert url_id(url) == url_id(canonical)


def test_generic_link_discovery_keeps_articles_only() -> None:
    page = """<a href="/kategori/pemerintahan/">Kategori</a> <a href="/berita/12345-asn-netral">A</a>
    <a href="/berita/12345-asn-netral?utm_source=x">A lagi</a> <a href="https://lain.go.id/1234">Luar</a>
    <a href="/asn-diminta-jaga-netralitas-pilkada">B</a> <a href="/kontak">Kontak</a>"""
    urls = [e.url for e in find_links(page, "https://a.go.id/berita", None)]
    assert urls == ["https://a.go.id/berita/12345-asn-netral",
                    "https://a.go.id/asn-diminta-jaga-netralitas-pilkada"]
    assert not looks_like_article("https://a.go.id/tag/asn-netral-pilkada-2024")
