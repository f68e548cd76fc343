"""Golden Markdown: the pages rendered from the hostile test corpus, byte for byte.

Refresh deliberately: NETRAL_REFRESH_GOLDENS=1 python -m pytest tests/site/test_golden.py
"""

from __future__ import annotations

from pathlib import Path

from templates.render import render_site
from tests.conftest import ROOT
from tests.site.conftest import hostile_articles

GOLDEN = ROOT / "tests" / "golden" / "site"
# Tentang lists scraper/sources.yml, which the scraper's editors change: covered by test_pages.
VOLATILE = {"tentang.md"}


def test_rendered_markdown_matches_goldens(tmp_path: Path, refresh_goldens: bool) -> None:
    written = render_site(hostile_articles(), tmp_path)
    pages = {p.relative_to(tmp_path).as_posix(): p.read_text(encoding="utf-8")
             for p in written if p.suffix in {".md", ".xml"} and p.name not in VOLATILE}
    if refresh_goldens:
        for rel, text in pages.items():
            (GOLDEN / rel).parent.mkdir(parents=True, exist_ok=True)
            (GOLDEN / rel).write_text(text, encoding="utf-8")
    expected = {p.relative_to(GOLDEN).as_posix(): p.read_text(encoding="utf-8")
                for p in GOLDEN.rglob("*") if p.is_file()}
    assert sorted(pages) == sorted(expected)
    for rel, text in pages.items():
        assert text == expected[rel], f"{rel} differs from its golden (see module docstring)"
