"""Documents from a URL the user gives: fetched with the standard library, then read as a feed,
an HTML page or plain text by its content type (or, when the server does not say, its first bytes).

This is the only place the readers touch the network, and only for an ``http://`` or ``https://``
input."""

from __future__ import annotations

import http.client
import socket
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass

from stormpetrel import __version__
from stormpetrel.ingest import feeds, pages, text
from stormpetrel.ingest.common import EMPTY, InputError, is_binary, sniff, too_large
from stormpetrel.model import Document

TIMEOUT = 20.0  # seconds, for connecting, for each read, and for the whole body
USER_AGENT = f"stormpetrel/{__version__} (political event coding from news; Python urllib)"
ACCEPT = (
    "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, "
    "application/xml;q=0.9, text/xml;q=0.9, text/plain;q=0.8, */*;q=0.1"
)
FEED_TYPES = {"application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+xml",
              "application/xml", "text/xml"}
HTML_TYPES = {"text/html", "application/xhtml+xml"}
TEXT_TYPES = {"text/plain"}
UNSAID_TYPES = {"", "application/octet-stream", "binary/octet-stream"}


def is_url(value: str) -> bool:
    return value[:8].lower().startswith(("http://", "https://"))


@dataclass(frozen=True)
class Response:
    url: str  # after redirects
    body: bytes
    content_type: str  # "" when the server does not say
    charset: str | None
    header: str | None  # the Content-Type header as sent


def fetch(url: str, max_bytes: int) -> Response | InputError:
    """The body of ``url`` (redirects followed), at most ``max_bytes``, or why not."""
    request = urllib.request.Request(
        url, headers={"User-Agent": USER_AGENT, "Accept": ACCEPT, "Accept-Encoding": "identity"}
    )
    deadline = time.monotonic() + TIMEOUT
    try:
        with urllib.request.build_opener().open(request, timeout=TIMEOUT) as resp:
            length = resp.headers.get("Content-Length", "")
            if length.strip().isdigit() and int(length) > max_bytes:
                return InputError(url, too_large(int(length), max_bytes))
            chunks, size = [], 0
            while True:
                if time.monotonic() > deadline:
                    return InputError(url, f"timed out (no whole answer after {TIMEOUT:g} s)")
                chunk = resp.read(min(1 << 16, max_bytes + 1 - size))
                if not chunk:
                    break
                chunks.append(chunk)
                size += len(chunk)
                if size > max_bytes:
                    return InputError(url, too_large(None, max_bytes))
            header = resp.headers.get("Content-Type")
            return Response(
                resp.geturl() or url,
                b"".join(chunks),
                resp.headers.get_content_type().lower() if header else "",
                resp.headers.get_content_charset(),
                header,
            )
    except urllib.error.HTTPError as exc:
        exc.close()
        return InputError(url, f"HTTP error {exc.code} ({exc.reason})")
    except urllib.error.URLError as exc:
        return InputError(url, f"cannot be fetched ({_reason(exc.reason)})")
    except TimeoutError:
        return InputError(url, f"timed out (no answer within {TIMEOUT:g} s)")
    except (OSError, http.client.HTTPException, ValueError) as exc:
        return InputError(url, f"cannot be fetched ({_reason(exc)})")


def _reason(reason: object) -> str:
    if isinstance(reason, TimeoutError):
        return f"timed out after {TIMEOUT:g} s"
    if isinstance(reason, ConnectionRefusedError):
        return "connection refused"
    if isinstance(reason, socket.gaierror):
        return f"unknown host ({reason.strerror or reason})"
    if isinstance(reason, OSError) and reason.strerror:
        return reason.strerror
    return " ".join(str(reason).split()) or type(reason).__name__


def kind(resp: Response) -> str | None:
    """``feed``, ``html`` or ``text``: by content type, and by the first bytes where the server
    does not say or says something loose; None for anything else."""
    sniffed = sniff(resp.body)
    ctype = resp.content_type
    if ctype in FEED_TYPES:
        return "feed"
    if ctype in HTML_TYPES:
        return "feed" if sniffed == "feed" else "html"
    if ctype in TEXT_TYPES:
        return "feed" if sniffed == "feed" else "text"
    if ctype in UNSAID_TYPES:
        if sniffed in ("feed", "html"):
            return sniffed
        return None if is_binary(resp.body) else "text"
    return None


def read_url(url: str, published: str | None, max_bytes: int) -> Iterator[Document | InputError]:
    """The documents at ``url``: a feed's entries, a page's article, or a text. Ids are the URL
    given (with ``#N`` for a feed's Nth entry without an id of its own); sources are web hosts
    (for a feed, its title)."""
    resp = fetch(url, max_bytes)
    if isinstance(resp, InputError):
        yield resp
        return
    if not resp.body.strip():
        yield InputError(url, EMPTY)
        return
    found = kind(resp)
    if found == "feed":
        yield from feeds.entries(url, resp.body, published, url=resp.url, content_type=resp.header)
    elif found == "html":
        yield from pages.page(url, resp.body, published, url=resp.url, charset=resp.charset)
    elif found == "text":
        yield from _text(url, resp, published)
    else:
        said = resp.content_type or "no content type"
        yield InputError(url, f"is not a supported type ({said}; expected an HTML page, an RSS or Atom feed or text)")


def _text(url: str, resp: Response, published: str | None) -> Iterator[Document | InputError]:
    if resp.charset and resp.charset.lower().replace("_", "-") not in ("utf-8", "utf8", "us-ascii", "ascii"):
        try:
            body = resp.body.decode(resp.charset).encode("utf-8")
        except (LookupError, UnicodeDecodeError):
            body = resp.body
    else:
        body = resp.body
    yield from text.document(url, body, published, url=resp.url)
