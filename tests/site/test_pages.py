"""The generated pages: content, links, reproducibility, exports (no browser)."""

from __future__ import annotations

import filecmp
import json
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import feedparser
import pytest

from scraper.corpus import load_corpus
from templates import analysis, data
from templates.context import unique_slugs
from templates.render import render_site
from tests.conftest import ROOT, build_project, copy_project
from tests.site.conftest import make_article


class _Links(HTMLParser):
    """Collects href/src targets, element ids and heading levels of one page."""

    def __init__(self) -> None:
        super().__init__()
        self.targets: list[str] = []
        self.ids: set[str] = set()
        self.headings: list[int] = []
        self._in_article = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if found.get("id"):
            self.ids.add(found["id"] or "")
        for key in ("href", "src"):
            if found.get(key):
                self.targets.append(found[key] or "")
        if tag == "article":
            self._in_article = True
        if self._in_article and re.fullmatch(r"h[1-6]", tag):
            self.headings.append(int(tag[1]))


def _parse(page: Path) -> _Links:
    parser = _Links()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser


def _resolve(site: Path, page: Path, target: str) -> tuple[Path, str]:
    parts = urlsplit(target)
    base = site.resolve() if parts.path.startswith("/") else page.parent
    path = (base / unquote(parts.path).lstrip("/")).resolve() if parts.path else page
    if path.is_dir() or not parts.path or parts.path.endswith("/"):
        path = path / "index.html" if path != page else page
    return path, parts.fragment


def test_every_internal_link_and_anchor_resolves(built_site: Path) -> None:
    pages = sorted(built_site.rglob("*.html"))
    parsed = {p.resolve(): _parse(p) for p in pages}
    broken = []
    for page, links in parsed.items():
        for target in links.targets:
            if urlsplit(target).scheme or target.startswith(("//", "mailto:")):
                continue
            path, fragment = _resolve(built_site, page, target)
            if not path.exists():
                broken.append(f"{page.relative_to(built_site.resolve())}: {target}")
            elif fragment and path.suffix == ".html" and fragment not in parsed[path].ids:
                broken.append(f"{page.relative_to(built_site.resolve())}: #{fragment}")
    assert len(parsed) >= 10
    assert broken == []


def test_headings_go_down_one_level_at_a_time(built_site: Path) -> None:
    for page in built_site.rglob("index.html"):
        levels = _parse(page).headings
        if not levels:
            continue
        assert levels[0] == 1, page
        assert all(b - a <= 1 for a, b in zip(levels, levels[1:])), (page, levels)


def test_same_corpus_gives_a_byte_identical_site(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    first = build_project(copy_project(tmp_path / "a"))
    second_dir = tmp_path / "b"
    second_dir.mkdir()
    second = build_project(copy_project(second_dir))
    cmp = filecmp.dircmp(first, second)
    assert _differences(cmp) == []
    assert (first / "sitemap.xml.gz").read_bytes() == (second / "sitemap.xml.gz").read_bytes()
    assert (first / "search" / "search_index.json").is_file()


def _differences(cmp: filecmp.dircmp) -> list[str]:  # type: ignore[type-arg]
    out = cmp.left_only + cmp.right_only + cmp.funny_files
    out += [f for f in cmp.common_files
            if Path(cmp.left, f).read_bytes() != Path(cmp.right, f).read_bytes()]
    for sub in cmp.subdirs.values():
        out += _differences(sub)
    return out


def test_pages_show_points_with_basis_sanction_and_sources(built_site: Path) -> None:
    html = (built_site / "boleh-dilarang" / "index.html").read_text(encoding="utf-8")
    for point in data.guidance():
        assert f'id="{point["id"]}"' in html
        assert point["sources"][0].split("//")[1][:20] in html
    assert "Hukuman disiplin berat" in html and "PP 94/2021" in html
    home = (built_site / "index.html").read_text(encoding="utf-8")
    assert "Yang dilarang" in home and "cek-pesan/" in home
    assert "Data terakhir diperbarui" in home


def test_quotes_are_found_in_the_corpus_and_link_to_their_source(tmp_path: Path) -> None:
    article = make_article(9, "Imbauan Bupati", "Pembukaan acara. ASN dilarang memberi like dan "
                           "share konten calon di media sosial. Penutup.", "Kota Uji")
    quotes = analysis.find_quotes([article], data.guidance())
    assert [q.text for q in quotes["media-sosial"]] == [
        "ASN dilarang memberi like dan share konten calon di media sosial."]
    assert all(not q for pid, q in quotes.items() if pid != "media-sosial")
    render_site([article], tmp_path)
    page = (tmp_path / "boleh-dilarang.md").read_text(encoding="utf-8")
    assert "(https://contoh.go.id/berita/9)" in page


@pytest.mark.parametrize("sentence, kind", [
    ("ASN tidak boleh ikut kampanye.", "dilarang"),
    ("Jangan sebarkan foto pose jari.", "dilarang"),
    ("ASN diperbolehkan hadir mendengar visi misi.", "boleh"),
    ("Bupati membuka rapat koordinasi.", None),
])
def test_polarity_of_rule_sentences(sentence: str, kind: str | None) -> None:
    assert analysis.polarity(sentence) == kind


@pytest.mark.parametrize("text, expected", [
    ("sesuai UU No. 20 Tahun 2023 tentang ASN", ["uu-20-2023"]),
    ("UU 20/2023 dan PP 94/2021", ["uu-20-2023", "pp-94-2021"]),
    ("Perbawaslu Nomor 7 Tahun 2022", ["perbawaslu-7-2022"]),
    ("Peraturan Pemerintah (PP) Nomor 42 Tahun 2004", ["pp-42-2004"]),
    ("Undang-Undang Nomor 5 Tahun 2014", ["uu-5-2014"]),
    ("Surat Keputusan Bersama (SKB) tentang netralitas tahun 2022", ["skb-2022"]),
    ("pada tahun 2023 tidak ada aturan", []),
])
def test_regulation_mentions_are_normalised(text: str, expected: list[str]) -> None:
    assert analysis.regulation_mentions(text) == expected


def test_regulation_page_lists_citing_articles(built_site: Path) -> None:
    articles, _ = load_corpus(ROOT / "corpus")
    citing = analysis.citing_articles(articles)
    html = (built_site / "dasar-hukum" / "index.html").read_text(encoding="utf-8")
    assert citing, "the shipped corpus cites regulations"
    for reg_id, found in citing.items():
        for article in found:
            assert f"#{article.id}" in html, (reg_id, article.id)
    assert "KASN" in html and "BKN" in html


def test_news_pages_by_region_and_month(built_site: Path) -> None:
    articles, _ = load_corpus(ROOT / "corpus")
    regions = {a.region for a in articles if a.region}
    slugs = unique_slugs(sorted(regions))
    for region in regions:
        page = built_site / "berita" / "wilayah" / slugs[region] / "index.html"
        assert region in page.read_text(encoding="utf-8")
    html = (built_site / "berita" / "index.html").read_text(encoding="utf-8")
    assert html.count('class="netral-digest"') == len(articles)
    assert '<svg' in html and "<desc" in html and "Jumlah artikel per bulan" in html


def test_atom_feed_and_json_export(built_site: Path) -> None:
    articles, _ = load_corpus(ROOT / "corpus")
    feed = feedparser.parse((built_site / "feed.xml").read_bytes())
    assert not feed.bozo
    assert {e.title for e in feed.entries} == {a.title for a in articles}
    export = json.loads((built_site / "data" / "korpus.json").read_text(encoding="utf-8"))
    assert export["count"] == len(articles)
    assert sorted(a["id"] for a in export["articles"]) == sorted(a.id for a in articles)


def test_excluded_articles_stay_out(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    keep = make_article(1, "Tetap tampil", "Isi.", "Kota A")
    drop = make_article(2, "Dikecualikan redaksi", "Isi.", "Kota B")
    monkeypatch.setattr("templates.render.excluded_ids", lambda: frozenset({drop.id}))
    render_site([keep, drop], tmp_path)
    news = (tmp_path / "berita" / "index.md").read_text(encoding="utf-8")
    assert "Tetap tampil" in news and "Dikecualikan" not in news
    assert not (tmp_path / "berita" / "wilayah" / "kota-b.md").exists()


def test_slugs_stay_unique() -> None:
    assert unique_slugs(["Kota A", "kota-a", "Kota  A"]) == {
        "Kota A": "kota-a", "kota-a": "kota-a-2", "Kota  A": "kota-a-3"}


def test_tentang_lists_sources_and_checker_limits(built_site: Path) -> None:
    html = (built_site / "tentang" / "index.html").read_text(encoding="utf-8")
    assert "Pemerintah Kabupaten Batang" in html
    assert "tidak tahu apakah sebuah berita benar" in html
