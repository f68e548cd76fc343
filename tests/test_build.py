"""`netral build`: the shipped corpus becomes a strict, offline MkDocs Material site."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from templates.render import GENERATED_MARK, RenderError, render_site
from scraper.corpus import load_corpus
from tests.conftest import ROOT

EXTERNAL_RESOURCE = re.compile(r"""<(?:script|img|link|iframe|source)\b[^>]*(?:src|href)=["']?(?:https?:)?//""", re.I)


def test_site_has_the_core_pages(built_site: Path) -> None:
    for rel in ("index.html", "berita/index.html", "cek-pesan/index.html"):
        assert (built_site / rel).is_file(), rel
    home = (built_site / "index.html").read_text(encoding="utf-8")
    assert 'lang="id"' in home
    assert "Jelang Tahun Politik, ASN Tak Boleh Memihak" in home


def test_no_page_loads_anything_from_another_host(built_site: Path) -> None:
    for page in built_site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert not EXTERNAL_RESOURCE.search(html), page
        assert "fonts.googleapis" not in html and "fonts.gstatic" not in html, page


def test_checker_page_has_csp_and_the_fixed_elements(built_site: Path) -> None:
    html = (built_site / "cek-pesan" / "index.html").read_text(encoding="utf-8")
    assert "connect-src 'none'" in html
    assert 'id="pesan"' in html and 'id="hasil"' in html
    assert (built_site / "assets" / "checker" / "rules.js").is_file()


def test_render_refuses_to_overwrite_a_hand_written_page(tmp_path: Path) -> None:
    articles, _ = load_corpus(ROOT / "corpus")
    (tmp_path / "index.md").write_text("# Tulisan tangan\n", encoding="utf-8")
    with pytest.raises(RenderError, match="index.md"):
        render_site(articles, tmp_path)
    assert (tmp_path / "index.md").read_text(encoding="utf-8") == "# Tulisan tangan\n"


def test_generated_pages_carry_the_marker(tmp_path: Path) -> None:
    articles, _ = load_corpus(ROOT / "corpus")
    written = render_site(articles, tmp_path)
    md = [p for p in written if p.suffix == ".md"]
    assert md and all(p.read_text(encoding="utf-8").startswith(GENERATED_MARK) for p in md)
