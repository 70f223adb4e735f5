"""RSS and Atom feeds (feedparser): one document an entry, from its content or else its summary."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date
from email.utils import parsedate_to_datetime
from typing import Any

from stormpetrel.ingest.common import EMPTY, InputError, accept, host, is_binary, iso_date
from stormpetrel.ingest.pages import strip_tags
from stormpetrel.model import Document


def entries(
    name: str, raw: bytes, published: str | None, url: str | None = None, content_type: str | None = None
) -> Iterator[Document | InputError]:
    """One document an entry: its text (HTML stripped), title, link as url, its own date (else
    ``published``) and, as source, the feed's title. Its id is the entry's id (the RSS guid, the
    Atom id), else ``NAME#N`` for the Nth entry; an entry without text is an error naming ``NAME#N``.
    ``url`` is where the feed was fetched from: relative links resolve against it."""
    if is_binary(raw):
        yield InputError(name, "looks binary (it has NUL bytes), not an RSS or Atom feed")
        return
    if not raw.strip():
        yield InputError(name, EMPTY)
        return
    import feedparser

    headers = {}
    if url:
        headers["content-location"] = url
    if content_type:
        headers["content-type"] = content_type
    # a stream, never a string: feedparser fetches strings that look like URLs or paths
    parsed = feedparser.parse(io.BytesIO(raw), response_headers=headers, sanitize_html=True)
    if not parsed.get("version"):
        why = parsed.get("bozo_exception")
        detail = f" ({' '.join(str(why).split())})" if why else ""
        yield InputError(name, f"is not an RSS or Atom feed{detail}")
        return
    items = parsed.get("entries") or []
    if not items:
        yield InputError(name, "is a feed with no entries")
        return
    feed = parsed.get("feed") or {}
    source = _plain(feed.get("title"), feed.get("title_detail")) or host(feed.get("link")) or host(url)
    for n, entry in enumerate(items, 1):
        where = f"{name}#{n}"
        text = _text(entry)
        if not text:
            yield InputError(where, "is a feed entry with no text (no content and no summary)")
            continue
        yield accept(
            where,
            Document(
                str(entry.get("id") or "").strip() or where,
                text,
                _date(entry) or published,
                _plain(entry.get("title"), entry.get("title_detail")),
                entry.get("link") or None,
                source,
            ),
        )


def _plain(value: str | None, detail: dict[str, Any] | None) -> str | None:
    if not value:
        return None
    if "html" in ((detail or {}).get("type") or ""):
        value = strip_tags(value)
    return " ".join(value.split()) or None


def _text(entry: dict[str, Any]) -> str:
    contents = [c for c in entry.get("content") or [] if (c.get("value") or "").strip()]
    detail = contents[0] if contents else entry.get("summary_detail")
    value = (detail or {}).get("value") or entry.get("summary") or ""
    if "html" in ((detail or {}).get("type") or "text/html"):
        return strip_tags(value)
    return value.strip()


def _date(entry: dict[str, Any]) -> str | None:
    """The entry's date as the feed wrote it (the local date, not converted to UTC)."""
    for key in ("published", "updated", "created"):
        raw = entry.get(key)
        if raw:
            found = iso_date(raw)
            if found:
                return found
            try:
                return parsedate_to_datetime(raw).date().isoformat()
            except (TypeError, ValueError, IndexError):
                pass
        parsed = entry.get(f"{key}_parsed")
        if parsed:
            try:
                return date(*parsed[:3]).isoformat()
            except (TypeError, ValueError):
                pass
    return None
