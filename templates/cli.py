"""`netral build` and `netral serve`: render the corpus into docs/, then run MkDocs Material."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

from datetime import datetime

from scraper.corpus import Article, load_corpus
from templates.render import RenderError, render_site

BUILD_DESCRIPTION = """\
Bangun situs panduan netralitas ASN dari korpus berita, tanpa jaringan.

Langkahnya: baca korpus (corpus/articles/**.json) -> tulis halaman Markdown ke docs/
(halaman tulisan tangan tidak pernah ditimpa) -> jalankan 'mkdocs build --strict' ke site/."""

BUILD_EPILOG = """\
contoh:
  netral build                         # korpus bawaan -> site/
  netral build --corpus /data/korpus   # korpus lain
  netral build --no-mkdocs             # hanya tulis Markdown ke docs/
  python -m http.server -d site 8000   # lalu buka http://127.0.0.1:8000/"""


def build_parser() -> argparse.ArgumentParser:
    """The argparse parser for `netral build`."""
    parser = argparse.ArgumentParser(
        prog="netral build", description=BUILD_DESCRIPTION, epilog=BUILD_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--project-dir", type=Path, default=Path("."), metavar="DIR",
                        help="folder berisi mkdocs.yml dan docs/ (bawaan: folder ini)")
    parser.add_argument("--corpus", type=Path, default=None, metavar="DIR",
                        help="folder korpus (bawaan: <project-dir>/corpus)")
    parser.add_argument("--site-dir", type=Path, default=None, metavar="DIR",
                        help="folder keluaran situs (bawaan: <project-dir>/site)")
    parser.add_argument("--no-mkdocs", action="store_true",
                        help="hanya tulis halaman Markdown, jangan jalankan MkDocs")
    return parser


def source_date_epoch(articles: list[Article]) -> str:
    """The corpus's newest fetch time as SOURCE_DATE_EPOCH: MkDocs stamps the sitemap (and its
    gzip header) with it instead of the clock, so the same corpus gives a byte-identical site."""
    newest = max(a.fetched_at for a in articles)
    return str(int(datetime.fromisoformat(newest).timestamp()))


def run_mkdocs(project_dir: Path, site_dir: Path, epoch: str | None = None) -> int:
    """Run `mkdocs build --strict` for the project; return its exit code."""
    cmd = [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet",
           "--config-file", str(project_dir / "mkdocs.yml"), "--site-dir", str(site_dir.resolve())]
    # Material prints a multi-line end-of-life banner on every build; keep the build log readable.
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    if epoch:
        env["SOURCE_DATE_EPOCH"] = epoch
    return subprocess.run(cmd, check=False, env=env).returncode


def build(project_dir: Path, corpus_dir: Path, site_dir: Path, *, mkdocs: bool = True) -> int:
    """Render and build; progress on stderr; return the exit code (0 ok, 1 failed)."""
    started = time.monotonic()
    articles, errors = load_corpus(corpus_dir)
    for err in errors:
        sys.stderr.write(f"peringatan: dilewati: {err}\n")
    if not articles:
        sys.stderr.write(f"netral build: tidak ada artikel yang valid di {corpus_dir}\n")
        return 1
    try:
        written = render_site(articles, project_dir / "docs", corpus_dir)
    except RenderError as exc:
        sys.stderr.write(f"netral build: {exc}\n")
        return 1
    sys.stderr.write(f"{len(articles)} artikel -> {len(written)} berkas di {project_dir / 'docs'}\n")
    if not mkdocs:
        return 0
    code = run_mkdocs(project_dir, site_dir, source_date_epoch(articles))
    if code != 0:
        sys.stderr.write("netral build: mkdocs gagal (lihat pesan di atas)\n")
        return 1
    sys.stderr.write(f"situs siap di {site_dir} ({time.monotonic() - started:.1f} dtk)\n")
    return 0


def main(argv: list[str] | None = None) -> int:
    """Entry point of `netral build`."""
    args = build_parser().parse_args(argv)
    project = args.project_dir
    if not (project / "mkdocs.yml").is_file():
        sys.stderr.write(f"netral build: {project / 'mkdocs.yml'} tidak ada; jalankan dari "
                         "folder proyek atau beri --project-dir\n")
        return 2
    return build(project, args.corpus or project / "corpus", args.site_dir or project / "site",
                 mkdocs=not args.no_mkdocs)


def serve_main(argv: list[str] | None = None) -> int:
    """Entry point of `netral serve` (local preview with live reload)."""
    parser = argparse.ArgumentParser(
        prog="netral serve",
        description="Pratinjau situs di komputer sendiri. Halaman dirender ulang saat korpus atau "
                    "data kurasi (templates/data/*.yml) berubah, dan peramban memuat ulang otomatis.",
        epilog="contoh:\n  netral serve\n  netral serve --addr 127.0.0.1:8001",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--addr", default="127.0.0.1:8000", help="alamat:port (bawaan: %(default)s)")
    args = parser.parse_args(argv)
    project = Path(".")
    if build(project, project / "corpus", project / "site", mkdocs=False) != 0:
        return 1
    from templates.serve import serve

    return serve(project, project / "corpus", args.addr)
