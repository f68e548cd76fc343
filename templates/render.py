"""Render the corpus into Markdown under docs/ and copy the checker assets beside it.

Generated files start with GENERATED_MARK; a file without it is hand-written and is never
overwritten (the build stops with an error naming it instead).
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

from scraper.corpus import Article, atomic_write_text
from templates import exports
from templates.context import build_context
from templates.data import excluded_ids
from templates.environment import make_environment

GENERATED_MARK = "<!-- Dihasilkan oleh 'netral build' dari korpus. Jangan diedit: perubahan akan hilang. -->"
# page template -> output path inside docs/
PAGES = {"pages/beranda.md.j2": "index.md", "pages/berita.md.j2": "berita/index.md",
         "pages/boleh-dilarang.md.j2": "boleh-dilarang.md", "pages/sanksi.md.j2": "sanksi.md",
         "pages/dasar-hukum.md.j2": "dasar-hukum.md", "pages/tentang.md.j2": "tentang.md"}
REGION_TEMPLATE = "pages/wilayah.md.j2"
REGION_DIR = "berita/wilayah"
CHECKER_ASSETS = ("engine.js", "ui.js")


class RenderError(RuntimeError):
    """Rendering would overwrite a hand-written page, or a template failed."""


def _guarded_write(path: Path, text: str) -> None:
    if path.exists() and not path.read_text(encoding="utf-8").startswith(GENERATED_MARK):
        raise RenderError(f"{path} ditulis tangan; 'netral build' tidak akan menimpanya. "
                          "Pindahkan atau ganti nama berkas itu.")
    if not path.exists() or path.read_text(encoding="utf-8") != text:
        atomic_write_text(path, text)


def copy_checker_assets(docs_dir: Path) -> list[Path]:
    """Copy the checker's JS and its compiled rules (as an ES module) into docs/assets/checker."""
    web = resources.files("checker").joinpath("web")
    out_dir = docs_dir / "assets" / "checker"
    written = []
    for name in CHECKER_ASSETS:
        written.append(out_dir / name)
        _write_if_changed(written[-1], web.joinpath(name).read_text(encoding="utf-8"))
    rules = json.loads(resources.files("checker").joinpath("rules.json").read_text("utf-8"))
    # An ES module, not a fetched JSON file: the page's CSP forbids every connection.
    module = "export default " + json.dumps(rules, ensure_ascii=False, sort_keys=True) + ";\n"
    written.append(out_dir / "rules.js")
    _write_if_changed(written[-1], module)
    return written


def _write_if_changed(path: Path, text: str) -> None:
    if not path.exists() or path.read_text(encoding="utf-8") != text:
        atomic_write_text(path, text)


def render_site(articles: list[Article], docs_dir: Path,
                corpus_dir: Path | None = None) -> list[Path]:
    """Render every generated page and export into ``docs_dir``; return the paths written.

    Articles listed in templates/data/exclusions.yml are left out. Stale region pages from an
    earlier build are removed (only generated ones).
    """
    excluded = excluded_ids()
    articles = [a for a in articles if a.id not in excluded]
    env = make_environment()
    context = {**build_context(articles, corpus_dir), "generated_mark": GENERATED_MARK}
    written = []
    for template, rel in PAGES.items():
        written.append(docs_dir / rel)
        _guarded_write(written[-1], env.get_template(template).render(**context))
    written += _render_regions(env, context, docs_dir)
    written += _write_exports(context, docs_dir)
    written += copy_checker_assets(docs_dir)
    return written


def _render_regions(env: Any, context: dict[str, Any], docs_dir: Path) -> list[Path]:
    """One page per region; generated region pages no longer in the corpus are deleted."""
    out_dir = docs_dir / REGION_DIR
    written = []
    for name, group in context["regions"]:
        path = out_dir / f"{context['region_slugs'][name]}.md"
        page = env.get_template(REGION_TEMPLATE).render(**context, region=name, group=group)
        _guarded_write(path, page)
        written.append(path)
    for stale in sorted(set(out_dir.glob("*.md")) - set(written)):
        if stale.read_text(encoding="utf-8").startswith(GENERATED_MARK):
            stale.unlink()
    return written


def _write_exports(context: dict[str, Any], docs_dir: Path) -> list[Path]:
    """The Atom feed and the JSON export of the corpus."""
    articles = context["articles"]
    feed = docs_dir / "feed.xml"
    _write_if_changed(feed, exports.atom_feed(articles, context["summaries"],
                                              context["last_update"] or "1970-01-01T00:00:00Z"))
    dump = docs_dir / "data" / "korpus.json"
    _write_if_changed(dump, exports.corpus_json(articles))
    return [feed, dump]
