"""The Jinja2 environment used for every generated page."""

from __future__ import annotations

from jinja2 import Environment, PackageLoader, StrictUndefined

from templates import filters


def make_environment() -> Environment:
    """StrictUndefined (a missing field fails loudly) and escape-by-default through finalize."""
    env = Environment(
        loader=PackageLoader("templates", "."),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
        auto_reload=False,  # templates do not change during a build; saves a stat per include
        finalize=filters.escape_markdown,
    )
    env.filters.update(md_url=filters.md_url, tanggal=filters.tanggal,
                       excerpt=filters.excerpt, slug=filters.slug)
    return env
