"""Lead recovery: trafilatura (favor_precision) drops an opening paragraph that sits as bare text
with <br> line breaks directly inside the article container (kompas, kapanlagi); put it back.
"""

from __future__ import annotations

import copy
import re

from lxml import html as lxml_html

from scraper.text import CAPTION_MAX_WORDS, normalize_space

MIN_LEAD_WORDS = 12
_CAPTION_CLASS = re.compile(r"caption|foto-?ket|ket-?foto|keterangan-?foto|photo-?credit", re.I)


def drop_captions(tree: lxml_html.HtmlElement) -> None:
    """Remove photo captions (<figcaption>, caption-classed elements of at most
    CAPTION_MAX_WORDS words): a caption is never the story, nor its lead."""
    for node in tree.xpath("//figcaption | //*[@class]"):
        if ((node.tag == "figcaption" or _CAPTION_CLASS.search(node.get("class", "")))
                and len(node.text_content().split()) <= CAPTION_MAX_WORDS):
            node.drop_tree()


# The site's own banner: <div id="masthead">, class="site-header|site-branding|topbar">. Its
# name and motto ("KANTOR KEMENTERIAN AGAMA KABUPATEN JOMBANG") are never the story.
_CHROME = re.compile(r"(^|[\s_-])(masthead|site-?header|site-?branding|top-?bar|header-?top)"
                     r"($|[\s_-])", re.I)
CHROME_MAX_WORDS = 60


def drop_site_chrome(tree: lxml_html.HtmlElement) -> None:
    """Remove the site banner (id or class masthead, site-header, site-branding, topbar) when
    it is short and holds no <h1>: a theme may wrap the story's headline in a header block."""
    for node in tree.xpath("//*[@id or @class]"):
        marks = f"{node.get('id', '')} {node.get('class', '')}"
        if node.getparent() is None:
            continue
        if (_CHROME.search(marks) and not node.xpath(".//h1")
                and len(node.text_content().split()) <= CHROME_MAX_WORDS):
            node.drop_tree()


_ANCHOR_CHARS = 40
_BLOCKS = ("div", "td", "article", "section", "p", "span")


def _anchor(paragraph: str) -> str:
    return normalize_space(paragraph)[:_ANCHOR_CHARS]


def _deepest_with(tree: lxml_html.HtmlElement, anchor: str) -> lxml_html.HtmlElement | None:
    best = None
    for element in tree.iter(*_BLOCKS):
        if anchor in normalize_space(element.text_content()):
            best = element  # document order: later matches are nested deeper
    return best


def _lines(element: lxml_html.HtmlElement) -> list[str]:
    clone = copy.deepcopy(element)
    for br in clone.iter("br"):
        br.tail = "\n" + (br.tail or "")
    for block in clone.iter("p", "div", "li", "h1", "h2", "h3"):
        block.tail = "\n" + (block.tail or "")
    return [normalize_space(line) for line in clone.text_content().split("\n")]


def recover_lead(html_text: str, paragraphs: list[str]) -> list[str]:
    """Prose lines found just before the first extracted paragraph, in its container."""
    if not paragraphs:
        return []
    anchor = _anchor(paragraphs[0])
    try:
        tree = lxml_html.fromstring(html_text)
    except (ValueError, TypeError):
        return []
    for bad in tree.iter("script", "style", "noscript"):
        bad.drop_tree()
    drop_captions(tree)
    element = _deepest_with(tree, anchor)
    if element is None:
        return []
    container = element.getparent() if element.tag in ("p", "span") else element
    lead: list[str] = []
    for line in _lines(container if container is not None else element):
        if anchor in line:
            break
        if len(re.findall(r"\w+", line)) >= MIN_LEAD_WORDS and line[-1:] in ".!?\"”'":
            lead.append(line)
    return lead
