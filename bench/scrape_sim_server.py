"""Simulated regional sites for bench/bench_scrape.py: one asyncio process listening on N
loopback addresses (127.1.x.y), each a site with robots.txt, an RSS feed and article pages,
answering after a fixed latency and honouring If-None-Match (304).

    python bench/scrape_sim_server.py HOSTS ARTICLES LATENCY_MS PORT
"""

from __future__ import annotations

import asyncio
import hashlib
import sys

DATELINES = ["Batang", "KOTA PEKALONGAN", "Palembang", "Banyuasin", "Semarang", "Kendal"]


def address(i: int) -> str:
    """The loopback address of simulated host number i."""
    return f"127.1.{i // 250}.{i % 250 + 1}"


def article_page(host: int, n: int) -> bytes:
    """An article page of ~5 KB in the shape of a regional government site."""
    place = DATELINES[(host + n) % len(DATELINES)]
    filler = " ".join(f"Paragraf penjelasan {k} tentang aturan netralitas pegawai." for k in range(8))
    paras = "".join(f"<p>{filler} Bagian {k} dari berita nomor {n}.</p>" for k in range(6))
    html = (f"<!DOCTYPE html><html lang='id'><head><meta charset='utf-8'>"
            f"<title>ASN Diminta Netral Jelang Pilkada {host}-{n} | Pemda {host}</title></head>"
            f"<body><header>Senin, 23 November 2026</header><nav><a href='/'>Beranda</a></nav>"
            f"<article><h1>ASN Diminta Netral Jelang Pilkada {host}-{n}</h1>"
            f"<p>{place} - Aparatur Sipil Negara (ASN) diminta menjaga netralitas selama Pilkada, "
            f"Senin (30/9/2024), dalam apel pagi.</p>{paras}"
            f"<p>BACA JUGA: Berita lain</p></article><footer>Dibaca: 120 kali</footer></body></html>")
    return html.encode()


def feed(host: int, articles: int, port: int) -> bytes:
    """An RSS feed listing the host's articles."""
    items = "".join(
        f"<item><title>ASN Diminta Netral Jelang Pilkada {host}-{n}</title>"
        f"<link>http://{address(host)}:{port}/berita/{n}/asn-diminta-netral</link>"
        f"<pubDate>Mon, 30 Sep 2024 0{n % 10}:00:00 +0700</pubDate></item>"
        for n in range(articles))
    return (f"\n<?xml version='1.0' encoding='UTF-8'?><rss version='2.0'><channel>"
            f"<title>Pemda {host}</title>{items}</channel></rss>").encode()


def respond(status: str, body: bytes, ctype: str, etag: str | None) -> bytes:
    """A complete HTTP/1.1 keep-alive response."""
    head = [f"HTTP/1.1 {status}", f"Content-Type: {ctype}", f"Content-Length: {len(body)}"]
    if etag:
        head.append(f"ETag: {etag}")
    return ("\r\n".join(head) + "\r\n\r\n").encode() + body


def route(host: int, path: str, inm: str | None, articles: int, port: int) -> bytes:
    """The response for one request."""
    if path == "/robots.txt":
        return respond("200 OK", b"User-agent: *\nDisallow: /admin/\n", "text/plain", None)
    if path == "/feed.xml":
        body, ctype = feed(host, articles, port), "application/rss+xml"
    elif path.startswith("/berita/"):
        body, ctype = article_page(host, int(path.split("/")[2])), "text/html; charset=utf-8"
    else:
        return respond("404 Not Found", b"", "text/plain", None)
    etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
    if inm == etag:
        return respond("304 Not Modified", b"", ctype, etag)
    return respond("200 OK", body, ctype, etag)


async def serve(host: int, articles: int, latency: float, port: int,
                reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    """Serve one keep-alive connection."""
    try:
        while True:
            head = await reader.readuntil(b"\r\n\r\n")
            lines = head.decode("latin-1").split("\r\n")
            path = lines[0].split(" ")[1]
            headers = {l.split(":", 1)[0].lower(): l.split(":", 1)[1].strip()
                       for l in lines[1:] if ":" in l}
            await asyncio.sleep(latency)
            writer.write(route(host, path, headers.get("if-none-match"), articles, port))
            await writer.drain()
    except (asyncio.IncompleteReadError, ConnectionError, IndexError):
        pass
    finally:
        writer.close()


async def main(hosts: int, articles: int, latency: float, port: int) -> None:
    """Listen on every simulated host and serve forever."""
    for i in range(hosts):
        def handler(r: asyncio.StreamReader, w: asyncio.StreamWriter, i: int = i) -> asyncio.Future:
            return serve(i, articles, latency, port, r, w)
        await asyncio.start_server(handler, address(i), port, backlog=64)
    print("ready", flush=True)
    await asyncio.Event().wait()


if __name__ == "__main__":
    h, a, ms, p = (int(x) for x in sys.argv[1:5])
    asyncio.run(main(h, a, ms / 1000, p))
