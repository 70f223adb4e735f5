"""The readers: HTML pages, RSS and Atom feeds, CSV and TSV, globs, directories, standard input and
URLs (against a local server only), each bad input one error naming it. Every file is written here;
the sentences are made up for these tests."""

from __future__ import annotations

import http.server
import io
import json
import re
import socket
import sys
import threading
import time
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest

from stormpetrel.ingest import CsvColumns, InputError, read, web
from stormpetrel.model import Document

PARAGRAPHS = [
    "The harbour authority of Port Avel announced on Tuesday that it would close the northern pier to "
    "cargo ships for three weeks while engineers repair the sea wall damaged in last month's storm.",
    "Shipping companies said the closure would delay deliveries of grain and fuel to the island, and the "
    "chamber of commerce asked the regional government to open the southern terminal at night.",
    "The transport minister told reporters that the repairs could not wait, because a second storm in the "
    "autumn could bring down a larger part of the wall and put the whole harbour out of use.",
    "Fishermen, who use the same pier, were promised a temporary berth near the lighthouse until the work "
    "is finished.",
]
ARTICLE = "\n".join(f"<p>{p}</p>" for p in PARAGRAPHS)
NAV = "Home | World | Sport | Weather | Subscribe to our newsletter"
FOOTER = "Copyright Harbour Gazette Media Group. All rights reserved. Privacy policy and cookie settings"

PAGE = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Port Avel closes northern pier for repairs | Harbour Gazette</title>
<meta property="og:title" content="Port Avel closes northern pier for repairs">
<meta property="og:url" content="https://www.harbour-gazette.example/news/pier-closure">
<link rel="canonical" href="https://www.harbour-gazette.example/news/pier-closure">
<meta property="article:published_time" content="2024-06-04T09:30:00+02:00">
</head>
<body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav>
<div class="banner">{NAV}</div></header>
<main><article>
<h1>Port Avel closes northern pier for repairs</h1>
<p class="byline">By a staff reporter</p>
{ARTICLE}
</article>
<aside class="related"><h3>Most read</h3><ul><li><a href="/a">Ten recipes for a rainy weekend</a></li>
<li><a href="/b">Local team wins the cup again</a></li></ul></aside></main>
<footer><p>{FOOTER}</p><p><a href="/about">About us</a> <a href="/contact">Contact</a></p></footer>
</body>
</html>
"""

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
<title>Harbour Gazette: World</title>
<link>https://harbour-gazette.example/world</link>
<description>World news from the harbour</description>
<item>
<title>Ministers meet over river dispute</title>
<link>https://harbour-gazette.example/world/river-talks</link>
<guid isPermaLink="false">hg-2024-0611-river</guid>
<pubDate>Tue, 11 Jun 2024 22:30:00 -0500</pubDate>
<description>&lt;p&gt;Short summary only.&lt;/p&gt;</description>
<content:encoded><![CDATA[<p>The water ministers of the two river states met on Tuesday to discuss the new dam.</p>
<p>They agreed to share flow data <b>every week</b> and to meet again in the autumn.</p>
<script>track('river');</script>]]></content:encoded>
</item>
<item>
<title>Border crossing reopens</title>
<link>https://harbour-gazette.example/world/border</link>
<pubDate>Wed, 12 Jun 2024 08:00:00 +0000</pubDate>
<description>&lt;p&gt;The northern border crossing reopened to trucks on Wednesday
after a week of talks.&lt;/p&gt;</description>
</item>
</channel>
</rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title type="text">Lakeside Daily</title>
<link href="https://lakeside.example/"/>
<id>urn:uuid:6d1f7d7e-0000-4000-8000-lakeside</id>
<updated>2024-03-02T10:00:00Z</updated>
<entry>
<title>Council votes to rebuild the old bridge</title>
<link rel="alternate" href="https://lakeside.example/bridge"/>
<id>tag:lakeside.example,2024:bridge</id>
<published>2024-03-01T23:15:00+01:00</published>
<updated>2024-03-02T08:00:00Z</updated>
<content type="html">&lt;p&gt;The town council voted on Friday to rebuild the old bridge.&lt;/p&gt;
&lt;p&gt;Work starts in May.&lt;/p&gt;</content>
</entry>
<entry>
<title type="html">Teachers &lt;em&gt;end&lt;/em&gt; strike</title>
<link href="https://lakeside.example/strike"/>
<id>tag:lakeside.example,2024:strike</id>
<updated>2024-03-02T09:00:00Z</updated>
<summary type="text">Teachers ended their strike after the province offered a new contract.</summary>
</entry>
</feed>
"""

FRENCH = (
    "Le gouvernement a présenté mercredi un projet de loi sur la protection du littoral. Selon la ministre, "
    "les communes devront reculer les constructions menacées par la montée des eaux, mais les maires "
    "demandent une aide de l'État pour indemniser les propriétaires et reloger les familles concernées."
)


def items(*inputs: Path | str, **kw) -> list[Document | InputError]:
    return list(read([str(i) for i in inputs], **kw))


def docs_of(result: list) -> list[Document]:
    return [r for r in result if isinstance(r, Document)]


def errors_of(result: list) -> list[InputError]:
    return [r for r in result if isinstance(r, InputError)]


def only_error(result: list, name: str) -> InputError:
    assert len(result) == 1 and isinstance(result[0], InputError), result
    err = result[0]
    assert err.input == name and name in str(err) and "\n" not in str(err)
    return err


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


@pytest.fixture(autouse=True)
def no_network_unless_asked(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Outside the URL tests, any connection fails the test: files never reach the network."""
    if "server" in request.fixturenames:
        monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")
        monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
        return

    def refuse(*args, **kwargs):
        raise AssertionError(f"a reader tried to use the network: {args}")

    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)


# --- HTML ---------------------------------------------------------------------------------------


def test_html_main_text_without_boilerplate(tmp_path: Path) -> None:
    p = write(tmp_path / "pier.html", PAGE)
    [doc] = items(p, published="2020-01-01")
    assert isinstance(doc, Document)
    assert doc.id == str(p)
    for para in PARAGRAPHS:
        assert para in doc.text
    for junk in ("Subscribe", "Copyright", "Ten recipes", "Contact", "Weather"):
        assert junk not in doc.text
    assert doc.title == "Port Avel closes northern pier for repairs"
    assert doc.published == "2024-06-04"  # the page's own date wins over the default
    assert doc.url == "https://www.harbour-gazette.example/news/pier-closure"
    assert doc.source == "harbour-gazette.example"


def test_html_without_date_or_url_takes_the_default_date(tmp_path: Path) -> None:
    bare = f"<html><head><title>Pier</title></head><body><article>{ARTICLE}</article></body></html>"
    p = write(tmp_path / "bare.htm", bare)
    [doc] = items(p, published="2024-06-05")
    assert isinstance(doc, Document)
    assert (doc.published, doc.url, doc.source) == ("2024-06-05", None, None)
    assert PARAGRAPHS[0] in doc.text


def test_html_in_the_encoding_it_declares(tmp_path: Path) -> None:
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body>'
        f"<article>{ARTICLE}<p>The mayor of Saint-Étienne-sur-Mer welcomed the decision.</p></article>"
        "</body></html>"
    )
    p = write(tmp_path / "cp1252.html", page.encode("cp1252"))
    [doc] = items(p)
    assert isinstance(doc, Document) and "Saint-Étienne-sur-Mer" in doc.text


def test_html_not_utf8_and_declaring_nothing(tmp_path: Path) -> None:
    page = f"<html><body><article>{ARTICLE}<p>Saint-Étienne</p></article></body></html>"
    p = write(tmp_path / "latin.html", page.encode("latin-1"))
    assert "not UTF-8" in only_error(items(p), str(p)).problem


@pytest.mark.parametrize(
    "content",
    [
        "<html><body><div><script>var pier = 1;</script></div></body></html>",
        "<<<>>> </div></span> <p></p> <!-- nothing -->",
        "<html><head><title>Gallery</title></head><body><img src='pier.jpg'><img src='wall.jpg'></body></html>",
    ],
    ids=["script-only", "tag-soup", "images-only"],
)
def test_html_that_yields_no_text(tmp_path: Path, content: str) -> None:
    p = write(tmp_path / "broken.html", content)
    assert "no article text" in only_error(items(p), str(p)).problem


# --- feeds --------------------------------------------------------------------------------------


def test_rss_one_document_an_item(tmp_path: Path) -> None:
    p = write(tmp_path / "world.rss", RSS)
    first, second = items(p, published="2000-01-01")
    assert isinstance(first, Document) and isinstance(second, Document)
    # the guid is the id; an item without one is the file's Nth entry
    assert (first.id, second.id) == ("hg-2024-0611-river", f"{p}#2")
    # content:encoded before the description; tags and scripts stripped, one paragraph a <p>
    assert first.text == (
        "The water ministers of the two river states met on Tuesday to discuss the new dam.\n\n"
        "They agreed to share flow data every week and to meet again in the autumn."
    )
    assert second.text == "The northern border crossing reopened to trucks on Wednesday after a week of talks."
    assert (first.title, second.title) == ("Ministers meet over river dispute", "Border crossing reopens")
    assert first.url == "https://harbour-gazette.example/world/river-talks"
    # the date as the feed wrote it (22:30 at UTC-5 is the next day in UTC)
    assert (first.published, second.published) == ("2024-06-11", "2024-06-12")
    assert first.source == second.source == "Harbour Gazette: World"


def test_atom_one_document_an_entry(tmp_path: Path) -> None:
    p = write(tmp_path / "lakeside.atom", ATOM)
    first, second = items(p)
    assert isinstance(first, Document) and isinstance(second, Document)
    assert (first.id, second.id) == ("tag:lakeside.example,2024:bridge", "tag:lakeside.example,2024:strike")
    assert first.text == "The town council voted on Friday to rebuild the old bridge.\n\nWork starts in May."
    assert second.text == "Teachers ended their strike after the province offered a new contract."
    assert (first.title, second.title) == ("Council votes to rebuild the old bridge", "Teachers end strike")
    assert (first.url, second.url) == ("https://lakeside.example/bridge", "https://lakeside.example/strike")
    assert (first.published, second.published) == ("2024-03-01", "2024-03-02")  # published, else updated
    assert first.source == second.source == "Lakeside Daily"


def test_xml_that_is_not_a_feed(tmp_path: Path) -> None:
    p = write(tmp_path / "config.xml", '<?xml version="1.0"?><settings><pier open="no"/></settings>')
    assert "not an RSS or Atom feed" in only_error(items(p), str(p)).problem


def test_feed_with_no_entries_and_entry_without_text(tmp_path: Path) -> None:
    empty = write(tmp_path / "empty.rss", '<rss version="2.0"><channel><title>Quiet</title></channel></rss>')
    assert "no entries" in only_error(items(empty), str(empty)).problem
    blank = write(tmp_path / "blank.rss", re.sub(r"<description>&lt;p&gt;The northern.*?</description>", "", RSS,
                                                 flags=re.S))
    result = items(blank)
    assert [type(r).__name__ for r in result] == ["Document", "InputError"]
    assert result[1].input == f"{blank}#2" and "no text" in result[1].problem


def test_non_english_feed_entry_is_an_error_the_others_read(tmp_path: Path) -> None:
    p = write(tmp_path / "mixed.rss", RSS.replace("Short summary only.", FRENCH).replace(
        "<content:encoded>", "<nothing>").replace("</content:encoded>", "</nothing>"))
    result = items(p)
    assert [type(r).__name__ for r in result] == ["InputError", "Document"]
    assert result[0].input == f"{p}#1" and result[0].problem.startswith("not English (")


# --- CSV and TSV --------------------------------------------------------------------------------


def test_csv_default_columns(tmp_path: Path) -> None:
    p = write(tmp_path / "articles.csv", (
        "id,published,title,url,text,extra\n"
        'a1,2024-06-03,Pier closes,https://www.example.org/pier,"The harbour closed the pier.\n\nShips wait.",x\n'
        ",2024/6/4,,,The minister visited the port.,y\n"
        "\n"
        "a3,not a date,Blank,,   ,z\n"
        "a4,,,,Fishermen got a new berth.,w\n"
    ))
    result = items(p, published="2024-01-01")
    docs, errors = docs_of(result), errors_of(result)
    assert [d.id for d in docs] == ["a1", f"{p}#2", "a4"]
    assert docs[0].text == "The harbour closed the pier.\n\nShips wait."
    assert (docs[0].title, docs[0].url) == ("Pier closes", "https://www.example.org/pier")
    assert docs[0].source == "example.org"
    assert [d.published for d in docs] == ["2024-06-03", "2024-06-04", "2024-01-01"]  # YYYY/M/D normalised
    assert [(e.input, "text" in e.problem) for e in errors] == [(f"{p}#3", True)]  # the blank row is not counted


def test_tsv_custom_columns(tmp_path: Path) -> None:
    p = write(tmp_path / "articles.tsv", (
        "Key\tBody\tDate\tHeadline\tLink\n"
        "k1\tThe council approved the bridge.\t2023/12/9\tBridge approved\thttps://lakeside.example/b\n"
        "k2\tTeachers ended the strike.\t\t\t\n"
    ))
    cols = CsvColumns(text="body", published="date", title="headline", url="link", id="key")
    first, second = items(p, columns=cols, published="2023-12-31")
    assert isinstance(first, Document) and isinstance(second, Document)
    assert (first.id, first.text, first.published, first.title) == (
        "k1", "The council approved the bridge.", "2023-12-09", "Bridge approved")
    assert (first.url, first.source) == ("https://lakeside.example/b", "lakeside.example")
    assert (second.id, second.published, second.title, second.url) == ("k2", "2023-12-31", None, None)


def test_csv_without_the_text_column(tmp_path: Path) -> None:
    p = write(tmp_path / "wrong.csv", "id,headline,body\n1,Pier,The pier closed.\n2,Port,The port opened.\n")
    err = only_error(items(p), str(p))
    assert '"text"' in err.problem and "id, headline, body" in err.problem
    err = only_error(items(p, columns=CsvColumns(text="content")), str(p))
    assert '"content"' in err.problem


def test_csv_header_only_and_empty(tmp_path: Path) -> None:
    header = write(tmp_path / "header.csv", "id,text\n")
    assert "empty" in only_error(items(header), str(header)).problem
    empty = write(tmp_path / "empty.csv", "")
    assert "empty" in only_error(items(empty), str(empty)).problem


def test_csv_not_utf8_stops_that_file_only(tmp_path: Path) -> None:
    p = write(tmp_path / "latin.csv", b"id,text\n1,The pier closed.\n2,Caf\xe9 owners protested.\n3,More.\n")
    after = write(tmp_path / "z.txt", "The port reopened.")
    result = items(p, after)
    assert [type(r).__name__ for r in result] == ["Document", "InputError", "Document"]
    assert result[1].input == str(p) and "not UTF-8" in result[1].problem


def test_record_above_the_cap(tmp_path: Path) -> None:
    big = "The harbour was busy. " * 10
    csv_file = write(tmp_path / "big.csv", f"text\nShort one.\n{big}\nAnother short one.\n")
    result = items(csv_file, max_bytes=100)
    assert [type(r).__name__ for r in result] == ["Document", "InputError", "Document"]
    assert result[1].input == f"{csv_file}#2"
    assert "too large" in result[1].problem and "100" in result[1].problem
    jsonl = write(tmp_path / "big.jsonl", "\n".join(json.dumps({"text": t}) for t in ("Short.", big, "Short.")))
    result = items(jsonl, max_bytes=100)
    assert [type(r).__name__ for r in result] == ["Document", "InputError", "Document"]
    assert result[1].input == f"{jsonl}:2" and "too large" in result[1].problem


def test_jsonl_line_far_above_the_cap_is_skipped_without_reading_it_whole(tmp_path: Path) -> None:
    p = tmp_path / "huge-line.jsonl"
    with p.open("wb") as f:
        f.write(b'{"text": "The first line is fine."}\n{"text": "')
        f.write(b"x" * 3_000_000)
        f.write(b'"}\n{"text": "The last line is fine too."}\n')
    tracemalloc.start()
    try:
        result = items(p, max_bytes=1000)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert [type(r).__name__ for r in result] == ["Document", "InputError", "Document"]
    assert result[1].input == f"{p}:2" and "too large" in result[1].problem
    assert peak < 1_000_000  # the 3 MB line never in memory


# --- size, binary, encoding, language -----------------------------------------------------------


@pytest.mark.parametrize("suffix", [".txt", ".html", ".rss", ".md"])
def test_a_50_mb_file_is_refused_by_its_size_unread(tmp_path: Path, suffix: str) -> None:
    p = tmp_path / f"huge{suffix}"
    with p.open("wb") as f:  # sparse: written in an instant, no 50 MB in memory
        f.write(b"The harbour reopened.\n")
        f.seek(50_000_000)
        f.write(b"The end.\n")
    tracemalloc.start()
    try:
        result = items(p)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    err = only_error(result, str(p))
    assert "too large" in err.problem and "50,000,009 bytes" in err.problem and "10,000,000" in err.problem
    assert peak < 1_000_000


@pytest.mark.parametrize("suffix", [".html", ".csv", ".jsonl", ".xml", ".dat"])
def test_binary_files(tmp_path: Path, suffix: str) -> None:
    p = write(tmp_path / f"blob{suffix}", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    assert "binary" in only_error(items(p), str(p)).problem


@pytest.mark.parametrize("suffix", [".html", ".csv", ".rss", ".text"])
def test_empty_files(tmp_path: Path, suffix: str) -> None:
    p = write(tmp_path / f"nothing{suffix}", "  \n\n")
    assert "empty" in only_error(items(p), str(p)).problem


def test_non_english_article(tmp_path: Path) -> None:
    p = write(tmp_path / "littoral.txt", FRENCH)
    err = only_error(items(p), str(p))
    assert err.problem.startswith("not English (")
    page = write(tmp_path / "littoral.html", f"<html><body><article><p>{FRENCH}</p><p>{FRENCH}</p></article>"
                                             "</body></html>")
    assert only_error(items(page), str(page)).problem.startswith("not English (")


def test_unknown_extension_is_text_unless_it_is_a_page(tmp_path: Path) -> None:
    notes = write(tmp_path / "notes.md", "# Pier\n\nThe pier closed on Tuesday.\n")
    saved = write(tmp_path / "saved-page", PAGE)
    first, second = items(notes, saved)
    assert first.text.startswith("# Pier") and first.source is None
    assert PARAGRAPHS[0] in second.text and "Subscribe" not in second.text


# --- globs and directories ----------------------------------------------------------------------


@pytest.fixture()
def tree(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    write(root / "b.txt", "The pier closed.")
    write(root / "a.html", PAGE)
    write(root / "notes.md", "Not read from a directory.")
    write(root / "logo.png", b"\x89PNG\x00\x00")
    write(root / ".hidden.txt", "Not read.")
    write(root / "2024" / "june" / "c.txt", "The bridge opened.")
    write(root / "2024" / "feed.rss", RSS)
    write(root / "2024" / "rows.csv", "text\nThe port reopened.\n")
    write(root / ".git" / "d.txt", "Not read.")
    return root


def test_directory_is_read_recursively_in_order(tree: Path) -> None:
    result = items(tree)
    assert all(isinstance(r, Document) for r in result), result
    assert [r.id for r in result] == [
        "hg-2024-0611-river",
        f"{tree}/2024/feed.rss#2",
        str(tree / "2024" / "june" / "c.txt"),
        f"{tree}/2024/rows.csv#1",
        str(tree / "a.html"),
        str(tree / "b.txt"),
    ]


def test_directory_with_nothing_supported(tmp_path: Path) -> None:
    write(tmp_path / "stuff" / "logo.png", b"\x89PNG")
    write(tmp_path / "stuff" / "readme.md", "Nothing to read.")
    err = only_error(items(tmp_path / "stuff"), str(tmp_path / "stuff"))
    assert "directory" in err.problem and ".html" in err.problem


def test_globs(tree: Path) -> None:
    flat = items(f"{tree}/*.txt")
    assert [r.id for r in flat] == [str(tree / "b.txt")]
    deep = items(f"{tree}/**/*.txt")
    assert [r.id for r in deep] == [str(tree / "2024" / "june" / "c.txt"), str(tree / "b.txt")]
    # every file a pattern names is read, whatever its extension: the png is an error
    both = items(f"{tree}/*.[mp][dn]*")
    assert [type(r).__name__ for r in both] == ["InputError", "Document"]
    assert both[0].input == str(tree / "logo.png")


def test_glob_matching_nothing(tmp_path: Path) -> None:
    pattern = str(tmp_path / "*.html")
    assert "no file matches" in only_error(items(pattern), pattern).problem


# --- standard input -----------------------------------------------------------------------------


def test_stdin_page_and_jsonl(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(PAGE.encode())))
    [doc] = items("-")
    assert doc.id == "<stdin>" and PARAGRAPHS[1] in doc.text and "Subscribe" not in doc.text
    lines = "\n".join(json.dumps({"id": f"n{i}", "text": f"The pier closed for the {i}th time."}) for i in range(5000))
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(lines.encode())))
    result = items("-")
    assert [d.id for d in result] == [f"n{i}" for i in range(5000)]


# --- URLs, against a server on 127.0.0.1 --------------------------------------------------------

PLAIN = "The harbour authority reopened the northern pier on Friday after three weeks of repairs."


class Handler(http.server.BaseHTTPRequestHandler):
    routes: dict[str, tuple[int, str | None, bytes]] = {
        "/news/pier": (200, "text/html; charset=utf-8", PAGE.encode()),
        "/feed": (200, "application/rss+xml", RSS.encode()),
        "/atom-unsaid": (200, None, ATOM.encode()),
        "/plain": (200, "text/plain; charset=utf-8", PLAIN.encode()),
        "/logo.png": (200, "image/png", b"\x89PNG\r\n\x1a\n\x00\x00"),
        "/french": (200, "text/html", f"<html><body><article><p>{FRENCH}</p></article></body></html>".encode()),
        "/big": (200, "text/plain", b"The pier. " * 200),
        "/empty": (200, "text/html", b""),
    }
    seen: list[dict[str, str]] = []

    def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
        Handler.seen.append(dict(self.headers))
        if self.path == "/moved":
            self.send_response(302)
            self.send_header("Location", "/news/pier")
            self.end_headers()
            return
        if self.path == "/slow":
            time.sleep(1.5)
        if self.path not in self.routes:
            self.send_error(404, "Not Found")
            return
        status, ctype, body = self.routes[self.path]
        self.send_response(status)
        if ctype:
            self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_url_html_page(server: str) -> None:
    [doc] = items(f"{server}/news/pier")
    assert isinstance(doc, Document), doc
    assert doc.id == f"{server}/news/pier"
    assert PARAGRAPHS[2] in doc.text and "Subscribe" not in doc.text
    assert doc.url == "https://www.harbour-gazette.example/news/pier-closure"  # the page's canonical URL
    assert doc.source == "harbour-gazette.example" and doc.published == "2024-06-04"
    assert Handler.seen[-1]["User-Agent"].startswith("stormpetrel/")


def test_url_redirect_followed(server: str) -> None:
    [doc] = items(f"{server}/moved")
    assert isinstance(doc, Document) and doc.id == f"{server}/moved" and PARAGRAPHS[0] in doc.text


def test_url_feeds_by_type_and_by_sniffing(server: str) -> None:
    rss = items(f"{server}/feed")
    assert [d.id for d in rss] == ["hg-2024-0611-river", f"{server}/feed#2"]
    assert {d.source for d in rss} == {"Harbour Gazette: World"}
    atom = items(f"{server}/atom-unsaid")
    assert [d.title for d in atom] == ["Council votes to rebuild the old bridge", "Teachers end strike"]


def test_url_plain_text(server: str) -> None:
    [doc] = items(f"{server}/plain", published="2024-06-21")
    assert (doc.id, doc.text, doc.published) == (f"{server}/plain", PLAIN, "2024-06-21")
    assert (doc.url, doc.source) == (f"{server}/plain", "127.0.0.1")


@pytest.mark.parametrize(
    ("path", "problem"),
    [
        ("/missing", "HTTP error 404"),
        ("/logo.png", "not a supported type (image/png"),
        ("/french", "not English ("),
        ("/empty", "empty"),
    ],
)
def test_url_failures(server: str, path: str, problem: str) -> None:
    url = f"{server}{path}"
    assert problem in only_error(items(url), url).problem


def test_url_above_the_cap(server: str) -> None:
    url = f"{server}/big"
    err = only_error(items(url, max_bytes=500), url)
    assert "too large" in err.problem and "2,000 bytes" in err.problem and "500" in err.problem


def test_url_timeout(server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(web, "TIMEOUT", 0.3)
    url = f"{server}/slow"
    assert "timed out" in only_error(items(url), url).problem


def test_url_connection_refused(server: str) -> None:  # the server fixture allows connections
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    url = f"http://127.0.0.1:{port}/news"
    assert "refused" in only_error(items(url), url).problem


def test_url_failure_does_not_stop_the_rest(server: str, tmp_path: Path) -> None:
    p = write(tmp_path / "a.txt", PLAIN)
    result = items(f"{server}/missing", p, f"{server}/plain")
    assert [type(r).__name__ for r in result] == ["InputError", "Document", "Document"]
