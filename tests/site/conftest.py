"""Fixtures for the guidance-site tests: a hostile corpus and a site built from it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from scraper.corpus import Article, article_id, write_article
from tests.conftest import ROOT, build_project, copy_project, serve_dir

HOSTILE_TITLE = ('<script>alert(1)</script> [x](javascript:alert(2)) {{ 7*7 }} | a | b | '
                 '`kode` <img src=x onerror=alert(3)>')
HOSTILE_TEXT = (
    "Dilarang <script>document.body.dataset.pwned='1'</script> ikut kampanye.\n\n"
    "<img src=x onerror=\"alert('img')\"> [klik](javascript:alert('md')) {% raw %} {{ config }}\n\n"
    "| kolom | tabel |\n| --- | --- |\n| <b id=\"injected\">x</b> | `y` |\n\n"
    "<a id=\"injected-link\" href=\"javascript:alert(4)\">tautan</a> ``` pagar ```")
# Only affixed forms: the Indonesian search must still find this article's region page.
SEARCH_TEXT = ("Para pegawai tidak berkampanye dan tidak ada acara yang dikampanyekan di kantor. "
               "Camat menegaskan pegawai tidak berpihak.")
SEARCH_REGION = "Kabupaten Ujiantara"


def make_article(n: int, title: str, text: str, region: str | None, **extra: object) -> Article:
    """A valid corpus record for tests."""
    url = f"https://contoh.go.id/berita/{n}"
    fields = {"id": article_id(url), "url": url, "source_id": "pemkab-contoh",
              "source_name": "Pemkab Contoh", "title": title, "published": None,
              "region": region, "province": "Jawa Tengah", "text": text,
              "fetched_at": "2026-11-20T08:00:00+00:00"}
    return Article(**{**fields, **extra})  # type: ignore[arg-type]


def hostile_articles() -> list[Article]:
    """Hostile titles and bodies, plus one article for the search test."""
    return [
        make_article(1, HOSTILE_TITLE, HOSTILE_TEXT, "Kota <b>Jahat</b> | x",
                     published="2024-01-05T10:00:00+07:00"),
        make_article(2, "Judul biasa `backtick` | pipa", HOSTILE_TITLE, None),
        make_article(3, "Pegawai diingatkan soal pemilu", SEARCH_TEXT, SEARCH_REGION,
                     published="2024-02-01T09:00:00+07:00"),
    ]


@pytest.fixture(scope="session")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site built from the hostile corpus (with the shipped articles left out)."""
    corpus = tmp_path_factory.mktemp("hostile-corpus")
    for article in hostile_articles():
        write_article(corpus, article)
    project = copy_project(tmp_path_factory.mktemp("hostile-project"), corpus)
    return build_project(project)


@pytest.fixture(scope="session")
def hostile_url(hostile_site: Path) -> Iterator[str]:
    """Base URL of the hostile site on 127.0.0.1."""
    yield from serve_dir(hostile_site)


@pytest.fixture(scope="session")
def root() -> Path:
    """The repository root."""
    return ROOT


@pytest.fixture(scope="session")
def refresh_goldens() -> bool:
    """Set NETRAL_REFRESH_GOLDENS=1 to rewrite tests/golden/site/ deliberately (then review the
    diff and commit it); otherwise golden tests compare and fail on any difference."""
    import os

    return os.environ.get("NETRAL_REFRESH_GOLDENS") == "1"
