"""HTML pages: the article's main text (trafilatura, favouring precision over recall, so that
navigation, footers and comments stay out), with its title, date and URL; and a small tag stripper
for the HTML fragments that feeds carry."""

from __future__ import annotations

import codecs
import logging
import re
from collections.abc import Iterator
from datetime import datetime
from html.parser import HTMLParser

from stormpetrel.ingest.common import EMPTY, InputError, accept, host, is_binary, iso_date
from stormpetrel.model import Document

for _name in ("trafilatura", "htmldate", "courlan"):  # they report pages they discard; we say it once
    logging.getLogger(_name).addHandler(logging.NullHandler())

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)


def declared_charset(raw: bytes) -> str | None:
    """The encoding an HTML page declares in a ``<meta>`` tag, when Python knows it."""
    m = _CHARSET.search(raw[:4096])
    return _codec(m[1].decode("ascii")) if m else None


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode(name: str, raw: bytes, charset: str | None = None) -> str | InputError:
    """HTML bytes as text: UTF-8, else the encoding the server (``charset``) or the page declares."""
    if is_binary(raw):
        return InputError(name, "looks binary (it has NUL bytes), not an HTML page")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        bad = exc.start
    tried = []
    for enc in (_codec(charset), declared_charset(raw)):
        if enc and enc not in tried and enc != "utf-8":
            tried.append(enc)
            try:
                return raw.decode(enc)
            except UnicodeDecodeError:
                continue
    also = f", nor {' or '.join(tried)} as it declares" if tried else " and declares no other encoding"
    return InputError(name, f"is not UTF-8 (bad byte at offset {bad}){also}")


def page(
    name: str, raw: bytes, published: str | None, url: str | None = None, charset: str | None = None
) -> Iterator[Document | InputError]:
    """One document: the page's main text. Its id is ``name``; its url the page's canonical URL (or
    ``url``); its source that URL's host; its date the page's own, else ``published``."""
    html = decode(name, raw, charset)
    if isinstance(html, InputError):
        yield html
        return
    if not html.strip():
        yield InputError(name, EMPTY)
        return
    import trafilatura

    try:
        found = trafilatura.bare_extraction(
            html,
            url=url,
            favor_precision=True,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            date_extraction_params={
                "original_date": True,
                "extensive_search": False,
                "max_date": datetime.now().strftime("%Y-%m-%d"),
            },
        )
    except Exception as exc:  # a page that breaks the extractor is a bad input, not a crash
        yield InputError(name, f"the HTML could not be parsed ({type(exc).__name__}: {exc})")
        return
    text = (getattr(found, "text", None) or "").strip() if found is not None else ""
    if not text:
        yield InputError(name, "no article text could be extracted from the HTML")
        return
    page_url = found.url or url
    title = " ".join((found.title or "").split()) or None
    yield accept(name, Document(name, text, iso_date(found.date) or published, title, page_url, host(page_url)))


_BLOCK = {
    "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "figcaption", "figure",
    "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol",
    "p", "pre", "section", "table", "td", "th", "tr", "ul",
}
_SKIP = {"script", "style", "noscript", "template", "iframe", "object", "svg", "head"}


class _Stripper(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[list[str]] = [[]]
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in _SKIP:
            self.skip += 1
        elif tag in _BLOCK or tag == "br":
            self.paragraphs.append([])

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK:
            self.paragraphs.append([])

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.paragraphs[-1].append(data)


def strip_tags(html: str) -> str:
    """The text of an HTML fragment: one paragraph a block (``<p>``, ``<div>``, ``<li>``, ``<br>``...),
    blank lines between them, scripts and styles dropped, entities decoded."""
    parser = _Stripper()
    parser.feed(html)
    parser.close()
    paragraphs = (" ".join("".join(p).split()) for p in parser.paragraphs)
    return "\n\n".join(p for p in paragraphs if p)
