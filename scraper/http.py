"""Polite HTTP: one session, honest User-Agent, timeouts, retries, robots.txt, per-host delay,
size cap, content-type checks and conditional GET. Every failure becomes a FetchResult error
with a reason in Bahasa Indonesia; nothing here raises per URL.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from urllib.parse import urlsplit

import requests
from protego import Protego
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from scraper.config import Defaults
from scraper.state import Validators

RETRY_STATUSES = (429, 500, 502, 503, 504)
FEED_TYPES = ("xml", "rss", "atom")
HTML_TYPES = ("html",)
_CHUNK = 64 * 1024


@dataclass(frozen=True, slots=True)
class FetchResult:
    """One fetch: ok with a body, not_modified (304), or an error with a reason."""

    url: str
    status: int | None = None
    body: bytes = b""
    headers: dict[str, str] | None = None
    error: str | None = None
    not_modified: bool = False

    @property
    def ok(self) -> bool:
        """True when the response can be used (a 200 with a body, or a 304)."""
        return self.error is None


def make_session(defaults: Defaults) -> requests.Session:
    """The run's one session: UA with contact URL and retries on 429/5xx only."""
    session = requests.Session()
    session.headers.update({
        "User-Agent": defaults.user_agent,
        "Accept-Language": "id-ID,id;q=0.9,en;q=0.5",
    })
    retry = Retry(
        total=defaults.retries, connect=0, read=0, redirect=5, other=0,
        status=defaults.retries, backoff_factor=0.5, backoff_max=30,
        status_forcelist=RETRY_STATUSES, allowed_methods=("GET", "HEAD"),
        respect_retry_after_header=True, raise_on_status=False,
    )
    # One pool per host keeps connections alive across a host's requests (hundreds of hosts).
    adapter = HTTPAdapter(max_retries=retry, pool_connections=1024, pool_maxsize=4)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    session.max_redirects = 5
    return session


def _reason(exc: Exception) -> str:
    """A short Indonesian reason for a transport failure."""
    text = str(exc)
    if isinstance(exc, requests.exceptions.SSLError) or "SSL" in text:
        return "galat TLS/SSL"
    if isinstance(exc, requests.exceptions.TooManyRedirects):
        return "pengalihan berputar (redirect loop)"
    if isinstance(exc, requests.exceptions.Timeout) or "timed out" in text:
        return "waktu habis (timeout)"
    if any(m in text for m in ("Name or service not known", "NameResolution", "getaddrinfo",
                               "Failed to resolve", "name resolution")):
        return "nama host tidak ditemukan (DNS)"
    if "Connection refused" in text or "Errno 111" in text:
        return "koneksi ditolak"
    if isinstance(exc, requests.exceptions.RetryError):
        return "gagal setelah beberapa kali coba (429/5xx)"
    return f"galat jaringan ({type(exc).__name__})"


def _type_ok(content_type: str, expect: tuple[str, ...]) -> bool:
    kind = content_type.split(";")[0].strip().lower()
    return not kind or any(word in kind for word in expect)


class HostThrottle:
    """Per-host minimum spacing between requests (thread-safe)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._next: dict[str, float] = {}

    def wait(self, host: str, delay: float) -> None:
        """Block until ``delay`` seconds have passed since the host's last request."""
        with self._lock:
            now = time.monotonic()
            start = max(now, self._next.get(host, 0.0))
            self._next[host] = start + delay
        if start > now:
            time.sleep(start - now)


class Fetcher:
    """Fetches URLs for one run; shared by all worker threads."""

    def __init__(self, defaults: Defaults, session: requests.Session | None = None) -> None:
        self.defaults = defaults
        self.session = session or make_session(defaults)
        self.throttle = HostThrottle()
        self._robots: dict[str, Protego | str] = {}
        self._robots_lock = threading.Lock()
        self._origin_locks: dict[str, threading.Lock] = {}
        self.bytes_downloaded = 0
        self.requests_made = 0
        self._count_lock = threading.Lock()

    def _count(self, nbytes: int) -> None:
        with self._count_lock:
            self.bytes_downloaded += nbytes
            self.requests_made += 1

    def host_delay(self, url: str, delay: float) -> float:
        """The delay for a host: the configured one, or robots.txt Crawl-delay when larger."""
        robots = self._robots.get(_origin(url))
        crawl = robots.crawl_delay(self.defaults.user_agent) if isinstance(robots, Protego) else None
        return max(delay, float(crawl or 0))

    def robots(self, url: str, delay: float) -> Protego | str:
        """robots.txt of the URL's host (cached per run): a parser, or an error reason.

        RFC 9309: a 4xx robots.txt allows everything; 5xx or unreachable means do not crawl.
        """
        host = _origin(url)
        with self._robots_lock:  # held only to find the origin's own lock
            lock = self._origin_locks.setdefault(host, threading.Lock())
        with lock:
            if host in self._robots:
                return self._robots[host]
            parts = urlsplit(url)
            result = self._get(f"{parts.scheme}://{parts.netloc}/robots.txt", delay, None, ("text",))
            empty = result.status == 200 and result.error == "isi kosong"
            if result.ok or empty or (result.status is not None and 400 <= result.status < 500):
                body = result.body.decode("utf-8", "replace") if result.ok else ""
                self._robots[host] = Protego.parse(body)
            else:
                self._robots[host] = f"robots.txt tidak bisa diambil: {result.error}"
            return self._robots[host]

    def fetch(self, url: str, delay: float, validators: Validators | None,
              expect: tuple[str, ...]) -> FetchResult:
        """GET ``url`` politely; honours robots.txt, the host delay and stored validators."""
        robots = self.robots(url, delay)
        if isinstance(robots, str):
            return FetchResult(url, error=robots)
        if not robots.can_fetch(url, self.defaults.user_agent):
            return FetchResult(url, error="dilarang oleh robots.txt")
        return self._get(url, self.host_delay(url, delay), validators, expect)

    def _get(self, url: str, delay: float, validators: Validators | None,
             expect: tuple[str, ...]) -> FetchResult:
        self.throttle.wait(_host(url), delay)
        headers = validators.request_headers() if validators else {}
        timeout = (self.defaults.connect_timeout, self.defaults.timeout)
        try:
            with self.session.get(url, headers=headers, timeout=timeout, stream=True) as resp:
                return self._read(url, resp, expect)
        except requests.RequestException as exc:
            self._count(0)
            return FetchResult(url, error=_reason(exc))

    def _read(self, url: str, resp: requests.Response, expect: tuple[str, ...]) -> FetchResult:
        headers = {k.lower(): v for k, v in resp.headers.items()}
        if resp.status_code == 304:
            self._count(0)
            return FetchResult(url, 304, headers=headers, not_modified=True)
        if resp.status_code != 200:
            self._count(0)
            return FetchResult(url, resp.status_code, headers=headers,
                               error=f"HTTP {resp.status_code}")
        if not _type_ok(headers.get("content-type", ""), expect):
            self._count(0)
            return FetchResult(url, 200, headers=headers,
                               error=f"jenis konten tak terduga: {headers.get('content-type')}")
        body = self._stream(resp)
        self._count(len(body or b""))
        if body is None:
            return FetchResult(url, 200, headers=headers,
                               error=f"terlalu besar (> {self.defaults.max_bytes} bita)")
        if not body.strip():
            return FetchResult(url, 200, headers=headers, error="isi kosong")
        return FetchResult(url, 200, body, headers)

    def _stream(self, resp: requests.Response) -> bytes | None:
        """The body, or None as soon as it passes max_bytes (declared or streamed)."""
        limit = self.defaults.max_bytes
        declared = resp.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            return None
        chunks: list[bytes] = []
        size = 0
        for chunk in resp.iter_content(_CHUNK):
            size += len(chunk)
            if size > limit:
                return None
            chunks.append(chunk)
        return b"".join(chunks)


def _host(url: str) -> str:
    return urlsplit(url).netloc.lower()


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc.lower()}"
