"""Render the corpus into Markdown under docs/ and copy the checker assets beside it.

Generated files start with GENERATED_MARK; a file without it is hand-written and is never
overwritten (the build stops with an error naming it instead).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from scraper.corpus import Article, atomic_write_text
from templates.environment import make_environment

GENERATED_MARK = "<!-- Dihasilkan oleh 'netral build' dari korpus. Jangan diedit: perubahan akan hilang. -->"
# page template -> output path inside docs/
PAGES = {"pages/beranda.md.j2": "index.md", "pages/berita.md.j2": "berita/index.md"}
CHECKER_ASSETS = ("engine.js", "ui.js")


class RenderError(RuntimeError):
    """Rendering would overwrite a hand-written page, or a template failed."""


@dataclass(frozen=True, slots=True)
class SiteContext:
    """Everything templates may use; derived from the corpus only (no build clock)."""

    articles: list[Article]

    @property
    def last_update(self) -> str | None:
        """Newest fetch time in the corpus: the 'last updated' shown to readers."""
        return max((a.fetched_at for a in self.articles), default=None)

    def as_template_vars(self) -> dict[str, Any]:
        """Variables handed to every template."""
        return {"articles": self.articles, "last_update": self.last_update,
                "generated_mark": GENERATED_MARK}


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


def render_site(articles: list[Article], docs_dir: Path) -> list[Path]:
    """Render every generated page into ``docs_dir``; return the paths written."""
    env = make_environment()
    context = SiteContext(articles).as_template_vars()
    written = []
    for template, rel in PAGES.items():
        text = env.get_template(template).render(**context)
        path = docs_dir / rel
        _guarded_write(path, text)
        written.append(path)
    written += copy_checker_assets(docs_dir)
    return written
