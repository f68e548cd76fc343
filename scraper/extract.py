"""Article pages: decode the bytes, then read title, body and date with per-source CSS selectors
or, without them, trafilatura (favor_precision) followed by Netral's own clean-up.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import datetime

import trafilatura
from bs4 import BeautifulSoup, Tag
from charset_normalizer import from_bytes
from lxml import html as lxml_html

from scraper.lead import drop_captions, drop_site_chrome, recover_lead
from scraper.text import clean_paragraphs, join_paragraphs, normalize_space, one_line

_CHARSET = re.compile(rb"""charset=["']?([\w.:-]+)""", re.I)
_TITLE_SEPARATORS = re.compile(r"\s+(?:[-|–—·»«~]|::)\s+|(?<=\.com):\s+")
_META_DATES = (
    ("meta", {"property": "article:published_time"}),
    ("meta", {"name": "pubdate"}), ("meta", {"name": "publishdate"}),
    ("meta", {"itemprop": "datePublished"}), ("meta", {"name": "dc.date"}),
    ("meta", {"name": "publish-date"}), ("meta", {"name": "date"}),
)
_SITE_PART = re.compile(r"\.(com|id|net)\b|\bonline\b|^\w+news$|\b(website|situs|portal|laman) resmi\b|"
                        r"^pemerintah (kabupaten|kota|provinsi)\b", re.I)
_URL_DATE = re.compile(r"/(20\d{2})/(\d{1,2})/(\d{1,2})/")
_DROP_TAGS = ("script", "style", "noscript", "iframe", "form", "button", "figure", "aside")
TITLE_ELEMENT_WORDS = (3, 30)
# A search or login form is a small part of a page; ASP.NET's one <form> is all of it.
FORM_PAGE_SHARE = 0.5
# A headline that names the page type, not the story: "Detail Berita - BKPSDM Kota Palu".
_GENERIC_TITLE = re.compile(r"^((detail|baca|read|lihat|isi)\s+)?(berita|artikel|news|post|"
                            r"informasi|kabar|warta|publikasi|rilis)(\s+(terkini|daerah|utama|"
                            r"detail|lengkap|pers))?$", re.I)
# Headings whose class marks the story's title in themes that keep <h1> for the logo.
_TITLE_CLASS = re.compile(r"(^|[\s_-])(post|entry|article|news|berita|detail|item)?[_-]?"
                          r"(title|judul|headline)([\s_-]|$)", re.I)
_NOT_STORY = re.compile(r"widget|sidebar|footer|menu|related|popular|terkait|terpopuler|"
                        r"section|block|comment|komentar", re.I)
# A date printed under the headline: "Selasa, 6 Februari 2024 | 10:15 WIB", "05/11/2024 08:40",
# "October 21, 2024", "2024-09-18 10:05:00", with the time that follows it, if any.
_HIJRI_PART = r"\s*[/|,–-]?\s*\d{1,2}\s+[a-z' -]{3,20}?\s+1[34]\d{2}\s*h\b\.?"
_HIJRI = re.compile(_HIJRI_PART, re.I)
_MONTH = r"(?:jan|feb|mar|apr|mei|may|jun|jul|agu|agt|ags|aug|sep|okt|oct|nov|des|dec)[a-z]*\.?"
_VISIBLE_DATE = re.compile(
    r"(?<![\d/.-])(?:\d{1,2}\s+" + _MONTH + r"\s+\d{4}|" + _MONTH + r"\s+\d{1,2},?\s+\d{4}|"
    r"\d{1,2}[/-]\d{1,2}[/-]\d{4}|\d{4}-\d{2}-\d{2})(?![\d/])"
    # The Hijri date some sites print between the date and the time: "Rabu, 16 Oktober 2024 /
    # 13 Rabiulakhir 1446 H 09:12 WIB".
    r"(?:" + _HIJRI_PART + r")?"
    r"(?:\s*(?:[,|•·–-]|pukul|jam|at)?\s*\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\b\.?)?"
    r"(?:\s*(?:wib|wita|wit)\b)?)?",
    re.I)
_SITE_CLASS = re.compile(r"site-?(name|title|brand)|logo|brand|masthead", re.I)
_RDFA_DATE = re.compile(r"^(schema:)?(datePublished|dateCreated)$|^dc:(date|created|issued)$")
_XML_DECLARATION = re.compile(r"^\ufeff?\s*<\?xml[^>]*\?>")
_HAS_TIME = re.compile(r"\d{1,2}[:.]\d{2}\s*(wib|wita|wit)?\s*$", re.I)
_LONE_TIME = re.compile(r"^(pukul\s*)?\d{1,2}[:.]\d{2}(:\d{2})?(\s*(wib|wita|wit)\b)?", re.I)
_UPDATED = re.compile(r"diperbarui|diperbaharui|pembaruan|updated|update terakhir", re.I)
TITLE_OCCURRENCES = 3
VISIBLE_DATE_LINES = 12  # lines read after the headline, before the story begins
DATE_ABOVE_SIBLINGS = 1  # the element right before the headline's ("<ul class=post-meta>" above an h3)
META_MAX_WORDS = 40
PROSE_MIN_WORDS = 12
SHORT_EXTRACTION_WORDS = 150  # below this much prose, check whether trafilatura kept it all
PROSE_WORDS = 25


class PageError(ValueError):
    """The page has no readable article; the message is the report's reason."""


@dataclass(frozen=True, slots=True)
class Extracted:
    """What a page says: title, paragraphs and the date strings found in markup, best first.

    Dates printed in the body ("Senin (2/10/2023)") are read from ``text`` by the caller.
    """

    title: str
    paragraphs: list[str]
    dates: list[str] = field(default_factory=list)
    # A date printed just above the headline: used only after the feed's date, since a top bar
    # with today's date can sit there on small pages.
    dates_above: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        """Body in the corpus form (paragraphs separated by a blank line)."""
        return join_paragraphs(self.paragraphs)


def decode_html(body: bytes, headers: dict[str, str]) -> str:
    """UTF-8 first (pages often declare a wrong charset), then the declared one, then a guess."""
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = _CHARSET.search(headers.get("content-type", "").encode()) or _CHARSET.search(body[:4096])
    if declared:
        try:
            return body.decode(declared.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            pass
    best = from_bytes(body).best()
    return str(best) if best is not None else body.decode("cp1252", "replace")


def _meta(soup: BeautifulSoup, **attrs: str) -> str | None:
    tag = soup.find("meta", attrs=attrs)
    content = tag.get("content") if tag else None
    return content.strip() if isinstance(content, str) and content.strip() else None


def clean_title(title: str, site_name: str | None) -> str:
    """Drop the site name and its separator from a headline."""
    title = one_line(title)
    if site_name and site_name.lower() in title.lower() and title.lower() != site_name.lower():
        parts = [p for p in _TITLE_SEPARATORS.split(title) if site_name.lower() not in p.lower()]
        title = " - ".join(parts) or title
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) > 1:
        kept = [p for p in parts if not _SITE_PART.search(p)]
        title = " - ".join(kept) or title
    return title.strip()


def _is_generic(title: str) -> bool:
    return bool(_GENERIC_TITLE.match(_TITLE_SEPARATORS.split(normalize_space(title))[0]))


def _is_site_heading(node: Tag, soup: BeautifulSoup) -> bool:
    """An <h1> that is the site's name, not the story's: classed as such ("site-name", "logo")
    or repeating the site part of <title> ("Headline | Pemerintah Kabupaten X")."""
    classes = " ".join(node.get("class") or []) + " " + " ".join(node.parent.get("class") or []) \
        + " " + (node.parent.get("id") or "")
    if _SITE_CLASS.search(classes):
        return True
    text = one_line(node.get_text(" ")).casefold()
    parts = _TITLE_SEPARATORS.split(one_line(soup.title.get_text(" "))) if soup.title else []
    if len(parts) > 1 and text in {p.casefold() for p in parts[1:]}:
        return True
    # Blogger's <h1 class="title"><a href="https://site/">Site</a></h1>: a heading whose link
    # goes to the home page names the site.
    links = node.find_all("a", href=True)
    return len(links) == 1 and _is_home_link(links[0]["href"])


def _is_home_link(href: str) -> bool:
    """"/", "./", "https://site.id", "https://www.site.id/" or "…/index.php": the home page."""
    path = re.sub(r"^(https?:)?//[^/]+", "", href.strip())
    return path in {"", "/", "./", "/index.php", "/index.html"}


def _title_heading(soup: BeautifulSoup) -> str | None:
    """The first h1-h4 whose class says it is the story's title (not a widget's)."""
    for node in soup.find_all(["h1", "h2", "h3", "h4"]):
        classes = " ".join(node.get("class") or [])
        marked = _TITLE_CLASS.search(classes) or node.get("itemprop") == "headline"
        if marked and not _NOT_STORY.search(classes) and not _is_site_heading(node, soup):
            text = node.get_text(" ", strip=True)
            if text:  # a logo heading holds only an image
                return text
    return None


def _printed(phrase: str, body: str) -> bool:
    """``phrase`` appears in ``body`` (from _body_text) as whole words."""
    return re.search(r"(?<!\w)" + re.escape(normalize_space(phrase).casefold()) + r"(?!\w)",
                     body) is not None


def _title_element(soup: BeautifulSoup) -> str | None:
    """No heading at all (an ASP.NET portal's <span class="judul_berita">): the first span, div,
    td, font or b whose class or id says it is the story's title."""
    for node in soup.find_all(["span", "div", "td", "font", "b", "strong"]):
        marks = " ".join(node.get("class") or []) + " " + re.sub(r"^.*_", "", node.get("id") or "")
        if _TITLE_CLASS.search(marks) and not _NOT_STORY.search(marks) \
                and not _is_site_heading(node, soup):
            text = one_line(node.get_text(" "))
            if TITLE_ELEMENT_WORDS[0] <= len(text.split()) <= TITLE_ELEMENT_WORDS[1]:
                return text
    return None


def _body_text(soup: BeautifulSoup) -> str:
    """The page's visible text, folded for comparison (no scripts, styles or <head>)."""
    root = soup.body or soup
    strings = (s for s in root.find_all(string=True)
               if s.parent is not None and s.parent.name not in ("script", "style", "noscript"))
    return one_line(" ".join(strings)).casefold()


def find_title(soup: BeautifulSoup, selector: str | None) -> str:
    """Headline from the selector, og:title, h1, a title-class heading or <title>, without the
    site name; a generic one ("Detail Berita") is passed over."""
    site = _meta(soup, property="og:site_name")
    node = soup.select_one(selector) if selector else None
    if node:
        return clean_title(node.get_text(" ", strip=True), site)
    h1 = soup.h1 if soup.h1 and not _is_site_heading(soup.h1, soup) else None
    if site is None and soup.h1 is not None and h1 is None:  # the site's name, from its <h1>
        site = one_line(soup.h1.get_text(" ")) or None
    og = _meta(soup, property="og:title")
    headings = [h for h in (h1.get_text(" ", strip=True) if h1 else None, _title_heading(soup))
                if h]
    page = soup.title.get_text(" ", strip=True) if soup.title else None
    candidates = [c for c in (og, *headings, page) if c]
    if not (og or headings) or all(_is_generic(clean_title(c, site)) for c in candidates):
        candidates.append(_title_element(soup) or "")
    # The headline readers see wins over og:title, which is often an SEO rewrite ("older
    # wording", a shorter form): an <h1> or title-class heading of five words or more that is
    # not generic and not the site's name.
    shown = next((h for h in headings if len(h.split()) >= 5 and not _is_generic(h)
                  and (not site or one_line(h).casefold() != site.casefold())), None)
    if shown is None and og and page:
        shown = _printed_title(soup, og, page, site)
    found = [c for c in [shown, *candidates] if c]
    title = next((c for c in found if not _is_generic(c) and not _is_generic(clean_title(c, site))),
                 found[0] if found else "")
    # "Headline - Bawaslu Kabupaten Sumbawa": the page's own heading shows where the headline ends.
    for heading in (normalize_space(h) for h in headings):
        rest = normalize_space(title)[len(heading):]
        if normalize_space(title).startswith(heading) and _TITLE_SEPARATORS.match(rest):
            return clean_title(heading, site)
    return clean_title(title, site)


def _printed_title(soup: BeautifulSoup, og: str, page: str, site: str | None) -> str | None:
    """No story heading (a table layout prints it in <b> or <font>): the <title> headline is the
    one readers see when it is printed on the page and og:title's wording is not."""
    og, page = clean_title(og, site), clean_title(page, site)
    if og.casefold() in page.casefold() or len(page.split()) < 5 or _is_generic(page):
        return None
    body = _body_text(soup)
    return page if _printed(page, body) and not _printed(og, body) else None


def _date_in(line: str) -> str | None:
    """The visible date in ``line`` with its time, the Hijri date between them left out."""
    match = _VISIBLE_DATE.search(line)
    if not match or _UPDATED.search(line[:match.start()]):
        return None
    return normalize_space(_HIJRI.sub(" ", match.group(0)))


def visible_dates(soup: BeautifulSoup, title: str) -> tuple[str | None, str | None]:
    """(below, above): the date printed in the byline under the headline, and one printed in
    the element just before the headline's, each with its time if shown.

    Only a few lines after the headline are read, up to the first line of prose, and above it
    only its previous siblings: the top bar (today's date), sidebars and dates inside the story
    are never taken. An "updated" line is passed over for the publication date.
    """
    key = normalize_space(title).casefold()[:60]
    if not key:
        return None, None
    # One line per text node; a headline wrapped over source lines stays one line.
    lines = [line for line in (one_line(t) for t in (soup.body or soup).get_text("\u2029")
                               .split("\u2029")) if line]
    # The headline may appear first in a breadcrumb or a "you are here" line, followed by menus:
    # each of its first few occurrences is tried.
    starts = [i for i, line in enumerate(lines) if key in line.casefold()][:TITLE_OCCURRENCES]
    if not starts:
        return None, None
    below = next((found for start in starts if (found := _date_below(lines, start))), None)
    return below, _date_above(soup, key)


def _date_below(lines: list[str], start: int) -> str | None:
    """The date in the few lines after ``lines[start]``, up to the first line of prose."""
    window = lines[start + 1:start + 1 + VISIBLE_DATE_LINES]
    for i, line in enumerate(window):
        if below := _date_in(line):
            # The time in its own element after the date ("<span>Rabu, 16 Oktober 2024</span>
            # <span>09:12 WIB</span>") comes out as the next line.
            later = window[i + 1] if i + 1 < len(window) else ""
            if not _HAS_TIME.search(below) and (time := _LONE_TIME.match(later)):
                below = f"{below} {time.group(0)}"
            return below
        if len(re.findall(r"\w+", line)) > PROSE_WORDS:
            return None
    return None


def _date_above(soup: BeautifulSoup, key: str) -> str | None:
    heading = next((h for h in soup.find_all(["h1", "h2", "h3", "h4"])
                    if key in normalize_space(h.get_text(" ")).casefold()), None)
    if heading is None:
        return None
    for sibling in heading.find_previous_siblings(limit=DATE_ABOVE_SIBLINGS):
        text = normalize_space(sibling.get_text(" "))
        if len(text.split()) <= META_MAX_WORDS and (found := _date_in(text)):
            return found
    return None


def _jsonld_items(data: object) -> list[dict]:
    """The objects of a JSON-LD block: a list, an object, or an "@graph" (Yoast) of them."""
    items = data if isinstance(data, list) else [data]
    out = []
    for item in items:
        if isinstance(item, dict):
            out.append(item)
            out += _jsonld_items(item.get("@graph", []))
    return out


def _jsonld_dates(soup: BeautifulSoup) -> list[str]:
    found = []
    for script in soup.find_all("script", type="application/ld+json"):
        try:
            data = json.loads(script.string or "")
        except ValueError:
            continue
        found += [item["datePublished"] for item in _jsonld_items(data)
                  if isinstance(item.get("datePublished"), str)]
    return found


def find_dates(soup: BeautifulSoup, url: str, selector: str | None,
               byline: str | None = None) -> list[str]:
    """Date strings in priority order: selector, structured metadata, <time>, ``byline`` (the
    date under the headline, from visible_dates), URL.

    The page header is never read on its own: some sites print today's date there.
    """
    dates: list[str] = []
    node = soup.select_one(selector) if selector else None
    if node:
        dates.append(node.get("datetime") or node.get_text(" ", strip=True))
    dates += _jsonld_dates(soup)
    dates += [d for tag, attrs in _META_DATES if (d := _meta(soup, **attrs))]
    # Microdata on any element: <span itemprop="datePublished" content="2024-09-12T10:00+07:00">.
    # Blogger and other hAtom themes: <abbr class="published" title="2024-10-08T10:15:00+08:00">.
    dates += [d for node in soup.find_all(attrs={"itemprop": "datePublished"})[:1]
              if isinstance(d := node.get("content") or node.get("datetime")
                            or (node.get("title") if node.name == "abbr" else None), str)
              and d.strip()]
    dates += [a["title"] for a in soup.select("abbr.published[title]")[:1]]
    # RDFa (Drupal): <span property="schema:dateCreated" content="2024-07-03T06:20:14+00:00">
    # Rab, 07/03/2024 - 13:20</span>, whose visible date is month first.
    dates += [d for node in soup.find_all(attrs={"property": _RDFA_DATE})[:1]
              if isinstance(d := node.get("content"), str) and d.strip()]
    dates += [t["datetime"] for t in soup.find_all("time", datetime=True)[:1]]
    if byline:
        dates.append(byline)
    if match := _URL_DATE.search(url):
        dates.append("{}-{:0>2}-{:0>2}".format(*match.groups()))
    return [d for d in dates if d]


def _selector_paragraphs(soup: BeautifulSoup, selector: str) -> list[str]:
    node = soup.select_one(selector)
    if node is None:
        raise PageError(f"selektor isi '{selector}' tidak menemukan apa pun")
    for tag in node.find_all(_DROP_TAGS):
        tag.decompose()
    blocks = node.find_all(["p", "li", "h2", "h3", "blockquote"]) or [node]
    return [b.get_text(" ", strip=True) for b in blocks]


def _generic_paragraphs(html_text: str, url: str) -> list[str]:
    tree = lxml_html.fromstring(html_text)
    drop_captions(tree)
    drop_site_chrome(tree)
    text = trafilatura.extract(tree, url=url or None, favor_precision=True,
                               include_comments=False, include_tables=False) or ""
    if not text.strip():  # old regional CMSes lay the whole page out in tables
        return _densest_block(BeautifulSoup(html_text, "lxml"))
    lines = text.split("\n")
    # trafilatura may keep only part of a story laid out in cells and <br>s: when what it kept
    # is short and the densest block holds at least twice its prose, that block is the story.
    # (A second parse, so only for short extractions: most pages never pay for it.)
    kept = _prose_words(lines)
    if kept < SHORT_EXTRACTION_WORDS:
        dense = _densest_block(BeautifulSoup(html_text, "lxml"))
        if _prose_words(dense) >= 2 * kept:
            return dense
    return lines


def _prose_words(lines: list[str]) -> int:
    return sum(len(line.split()) for line in lines if len(line.split()) >= PROSE_MIN_WORDS)


def _drop_furniture(soup: BeautifulSoup) -> None:
    """Remove scripts, forms, buttons and asides; but an ASP.NET page wraps everything in one
    <form id="aspnetForm">: a form holding most of the page's words is unwrapped instead."""
    total = len((soup.body or soup).get_text(" ").split())
    for tag in soup.find_all(_DROP_TAGS):
        if tag.parent is None:
            continue  # inside a tag removed already
        if tag.name == "form" and len(tag.get_text(" ").split()) > FORM_PAGE_SHARE * total:
            tag.unwrap()
        else:
            tag.decompose()


def _densest_block(soup: BeautifulSoup) -> list[str]:
    """The paragraphs of the element holding the most prose: the words of its <p> children of
    at least PROSE_MIN_WORDS words (a layout table's content cell, not its menus)."""
    _drop_furniture(soup)
    words: dict[int, int] = {}
    parents = {}
    for para in soup.find_all("p"):
        count = len(para.get_text(" ", strip=True).split())
        if count >= PROSE_MIN_WORDS and para.parent is not None:
            words[id(para.parent)] = words.get(id(para.parent), 0) + count
            parents[id(para.parent)] = para.parent
    if not words:
        return _densest_leaf(soup)
    best = parents[max(words, key=words.__getitem__)]
    return [b.get_text(" ", strip=True) for b in best.find_all(["p", "li", "blockquote"])]


def _densest_leaf(soup: BeautifulSoup) -> list[str]:
    """Pages with no <p> at all (a nagari site in <td>s, <font>s and <br>s): the prose lines of
    the leaf cells or divs (no block inside) that share a table or parent, taking the group with
    the most prose (lines of at least PROSE_MIN_WORDS words), in page order."""
    for br in soup.find_all("br"):
        br.replace_with("\u2028")  # line breaks are <br>s; newlines in the source are spaces
    groups: dict[int, list[str]] = {}
    for node in soup.find_all(["td", "div"]):
        if node.find(["td", "div", "table", "p"]):
            continue  # not a leaf block
        lines = [line for line in (one_line(t) for t in node.get_text(" ").split("\u2028"))
                 if len(line.split()) >= PROSE_MIN_WORDS]
        owner = node.find_parent("table") if node.name == "td" else node.parent
        groups.setdefault(id(owner), []).extend(lines)
    return max(groups.values(), key=_prose_words, default=[])


def extract_article(html_text: str, url: str, selectors: dict[str, str]) -> Extracted:
    """Title, cleaned paragraphs and candidate dates of one article page."""
    # An XHTML page's "<?xml … encoding=…?>" line: the text is decoded already, and lxml refuses
    # a str that still declares an encoding.
    html_text = _XML_DECLARATION.sub("", html_text, count=1)
    soup = BeautifulSoup(html_text, "lxml")
    if "body" in selectors:
        raw = _selector_paragraphs(soup, selectors["body"])
    else:
        raw = _generic_paragraphs(html_text, url)
    title = find_title(soup, selectors.get("title"))
    if "body" not in selectors:
        raw = recover_lead(html_text, clean_paragraphs(raw)) + raw
    paragraphs = [p for p in clean_paragraphs(raw) if p.casefold() != title.casefold()]
    below, above = visible_dates(soup, title) if "date" not in selectors else (None, None)
    dates = find_dates(soup, url, selectors.get("date"), below)
    return Extracted(title, paragraphs, dates, [above] if above else [])


