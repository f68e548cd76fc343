"""A real HTTP server on 127.0.0.1 in the shape of the regional sites, with scripted faults."""

from __future__ import annotations

import hashlib
import socket
import threading
import time
from collections import Counter
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SITE = FIXTURES / "site"
ROBOTS = "User-agent: *\nDisallow: /*?s=\nDisallow: /*.pdf$\n"
HTML = "text/html; charset=utf-8"
RSS = "application/rss+xml"
HUGE_BYTES = 30 * 1024 * 1024

STATIC = {
    "/radar/feed": ("radar-feed.xml", RSS),
    "/radar/read/1001/asn-kota-pekalongan-diingatkan-netral": ("radar-1001.html", HTML),
    "/radar/read/1002/sekda-minta-asn-tidak-unggah-dukungan-paslon": ("radar-1002.html", HTML),
    "/tribun/feed": ("tribun-feed.xml", RSS),
    "/sitemap.xml": ("sitemap.xml", "application/xml"),
    "/2024/09/30/asn-batang-diminta-jaga-netralitas-jelang-pilkada-2024":
        ("tribun-syndicated.html", HTML),
}


class Site:
    """The server's shared state: base URL, request counts, robots.txt, page overrides."""

    def __init__(self) -> None:
        self.base = ""
        self.hits: Counter[str] = Counter()
        self.robots = ROBOTS
        self.overrides: dict[str, bytes | tuple[bytes, str]] = {}  # body, or (body, type)
        self.flaky: Counter[str] = Counter()
        self.conditional: Counter[str] = Counter()
        self.user_agents: set[str] = set()


def _render(site: Site, name: str) -> bytes:
    return (SITE / name).read_bytes().replace(b"{base}", site.base.encode())


class Handler(BaseHTTPRequestHandler):
    site: Site

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass

    def _send(self, status: int, body: bytes = b"", ctype: str = HTML,
              headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (timeout test)

    def _static(self, body: bytes, ctype: str) -> None:
        etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        if self.headers.get("If-None-Match") == etag:
            self.site.conditional[self.path] += 1
            self.send_response(304)
            self.send_header("ETag", etag)
            self.end_headers()
            return
        self._send(200, body, ctype, {"ETag": etag,
                                      "Last-Modified": "Mon, 30 Sep 2024 03:00:00 GMT"})

    def do_GET(self) -> None:  # noqa: N802 - http.server API
        parts = urlsplit(self.path)
        self.site.hits[parts.path] += 1
        self.site.user_agents.add(self.headers.get("User-Agent", ""))
        if parts.path == "/robots.txt":
            return self._send(200, self.site.robots.encode(), "text/plain")
        if self.path in self.site.overrides:  # keyed by path and query
            override = self.site.overrides[self.path]
            body, ctype = override if isinstance(override, tuple) else (override, HTML)
            return self._static(body, ctype)
        if parts.path == "/batang/":
            page = parse_qs(parts.query).get("id", ["index"])[0]
            return self._static(_render(self.site, f"batang-{page}.html"), "text/html")
        if parts.path in STATIC:
            name, ctype = STATIC[parts.path]
            return self._static(_render(self.site, name), ctype)
        if parts.path.startswith("/fault/"):
            return self._fault(parts.path[len("/fault/"):])
        if parts.path == "/flaky":
            return self._flaky()
        self._send(404, b"<h1>Halaman tidak ditemukan</h1>")

    def _fault(self, name: str) -> None:
        if name in {"404", "410", "500", "503"}:
            return self._send(int(name), b"<h1>galat</h1>")
        if name == "429":
            return self._send(429, b"terlalu banyak", "text/plain", {"Retry-After": "0"})
        if name == "loop":
            return self._send(302, b"", headers={"Location": "/fault/loop"})
        if name == "slow":
            time.sleep(3)
            return self._send(200, b"<rss></rss>", RSS)
        if name == "huge":
            return self._huge()
        if name == "html-feed":
            return self._send(200, b"<html><body><h1>502 Bad Gateway</h1></body></html>", HTML)
        if name == "empty":
            return self._send(200, b"", RSS)
        if name == "badxml":
            return self._send(200, b"<<rss>> &&& ini bukan <xml", RSS)
        if name == "pdf":
            return self._send(200, b"%PDF-1.4", "application/pdf")
        self._send(404, b"")

    def _huge(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", RSS)
        self.end_headers()
        chunk = b"<!-- " + b"x" * 65000 + b" -->"
        try:
            for _ in range(HUGE_BYTES // len(chunk) + 1):
                self.wfile.write(chunk)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def _flaky(self) -> None:
        """503, then 429 with Retry-After: 1, then the page."""
        self.site.flaky["/flaky"] += 1
        step = self.site.flaky["/flaky"]
        if step == 1:
            return self._send(503, b"sibuk")
        if step == 2:
            return self._send(429, b"pelan-pelan", headers={"Retry-After": "1"})
        self._send(200, b"<rss version='2.0'><channel><title>ok</title></channel></rss>", RSS)


def start_site() -> tuple[Site, ThreadingHTTPServer]:
    """Start a server on a free port; returns its state and the server."""
    site = Site()
    handler = type("SiteHandler", (Handler,), {"site": site})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return site, server


@pytest.fixture()
def site() -> Iterator[Site]:
    """A fresh fixture site for one test."""
    state, server = start_site()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()


def closed_port() -> int:
    """A local port nothing listens on (connection refused)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def write_sources(path: Path, sources: list[dict[str, object]], **defaults: object) -> Path:
    """A sources.yml for tests: tiny timeouts, one retry, no delay."""
    import yaml

    base = {"delay": 0, "timeout": 1, "connect_timeout": 1, "max_bytes": 1_000_000,
            "retries": 1, "user_agent": "netral-test/0.1 (+https://example.invalid/kontak)"}
    base.update(defaults)
    path.write_text(yaml.safe_dump({"defaults": base, "sources": sources}, allow_unicode=True),
                    encoding="utf-8")
    return path


def good_sources(base: str) -> list[dict[str, object]]:
    """The three well-behaved sources of the fixture site."""
    return [
        {"id": "pemkab-batang", "name": "Pemerintah Kabupaten Batang",
         "region": "Kabupaten Batang", "province": "Jawa Tengah", "index": f"{base}/batang/",
         "selectors": {"links": ".daftar-berita a", "body": ".isi-berita"}},
        {"id": "radar-pekalongan", "name": "Radar Pekalongan", "region": None,
         "province": "Jawa Tengah", "feed": f"{base}/radar/feed"},
        {"id": "tribun-jateng", "name": "Tribun Jateng", "region": None,
         "province": "Jawa Tengah", "feed": f"{base}/tribun/feed"},
    ]
