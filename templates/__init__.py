"""Netral templates: turn the corpus into Markdown pages, then into an MkDocs Material site."""

from __future__ import annotations

from templates.render import render_site

__all__ = ["render_site"]
