"""Canonical article URLs: one story, one URL, one id (no utm_*, fragments or AMP variants)."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from scraper.corpus import article_id

_TRACKING = re.compile(r"^(utm_|fbclid$|gclid$|mc_|_ga$|ref$|amp$|output$)", re.I)
_AMP_PATH = re.compile(r"(^/amp(?=/)|/amp/?$|\.amp(?=\.html?$))", re.I)
_AMP_HOST = re.compile(r"^(amp|m)\.", re.I)


def canonical_url(url: str, base: str | None = None) -> str:
    """Absolute URL without tracking parameters, fragment, AMP prefix/suffix or default port."""
    parts = urlsplit(urljoin(base or url, url.strip()))
    host = _AMP_HOST.sub("", parts.hostname or "")
    if parts.port and parts.port not in (80, 443):
        host = f"{host}:{parts.port}"
    path = _AMP_PATH.sub("", parts.path) or "/"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
             if not _TRACKING.match(k)]
    return urlunsplit((parts.scheme.lower(), host.lower(), path, urlencode(query), ""))


def url_id(url: str) -> str:
    """The corpus id of a URL: article_id of its canonical form."""
    return article_id(canonical_url(url))


def same_host(url: str, other: str) -> bool:
    """True when both URLs point at the same host (ignoring an amp./m. prefix)."""
    return urlsplit(canonical_url(url)).netloc == urlsplit(canonical_url(other)).netloc
