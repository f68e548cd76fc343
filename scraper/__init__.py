"""Netral scraper: collects regional-government news on ASN neutrality into the corpus."""

from __future__ import annotations

from scraper.corpus import Article, CorpusError, load_corpus, write_article

__all__ = ["Article", "CorpusError", "load_corpus", "write_article"]
