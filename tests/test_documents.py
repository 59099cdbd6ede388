"""Reading articles from folders, files, JSON Lines, stdin and saved pages; cleaning their text."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import socket
from pathlib import Path

import pytest

from frontlog.jobs import documents
from frontlog.jobs.documents import (
    DEFAULT_MAX_BYTES,
    DocumentError,
    clean_text,
    count_inputs,
    iter_articles,
    load_boilerplate,
    parse_published,
)
from frontlog.model.records import Article

SHARED = Path(__file__).parents[2] / "shared"

BODY = (
    "Government forces shelled the village of Northfield on Monday, killing three civilians, "
    "a local council said.\n\nRebels answered with mortar fire on an army post near the river, "
    "the council added.\n"
)


def write_article(folder: Path, doc_id: str, text: str = BODY, meta: dict | str | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{doc_id}.txt"
    path.write_text(f"Headline for {doc_id}\n\n{text}", encoding="utf-8")
    if meta is not None:
        raw = meta if isinstance(meta, str) else json.dumps(meta)
        (folder / f"{doc_id}.meta.json").write_text(raw, encoding="utf-8")
    return path


def jsonl_line(**fields: object) -> str:
    return json.dumps(fields) + "\n"


def split(items: list) -> tuple[list[Article], list[DocumentError]]:
    articles = [item for item in items if isinstance(item, Article)]
    errors = [item for item in items if isinstance(item, DocumentError)]
    assert len(articles) + len(errors) == len(items)
    return articles, errors


def read(*inputs: object, **kwargs: object) -> tuple[list[Article], list[DocumentError]]:
    return split(list(iter_articles([str(name) for name in inputs], **kwargs)))


# ---------------------------------------------------------------------------------------------
# Good inputs


def test_folder_with_txt_and_meta_sorted_and_recursive(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    write_article(docs, "b-2", meta={"published": "2015-11-10", "title": "T2", "url": "http://x/2"})
    write_article(docs, "a-1", meta={"published": "2015-11-09T22:30:00+03:00", "source": "Wire", "extra": 1})
    write_article(docs / "sub", "c-3")  # no meta: published stays unknown
    (docs / "notes.md").write_text("not an article", encoding="utf-8")  # ignored in folders
    (docs / ".hidden.txt").write_text("editor backup", encoding="utf-8")

    articles, errors = read(docs)

    assert errors == []
    assert [a.id for a in articles] == ["a-1", "b-2", "c-3"]
    first = articles[0]
    assert first.published == dt.date(2015, 11, 9)  # the date as written, not moved to UTC
    assert first.source == "Wire" and first.title is None
    assert first.text.startswith("Headline for a-1\n")
    assert first.path == str(docs / "a-1.txt")
    assert articles[1].title == "T2" and articles[1].url == "http://x/2"
    assert articles[2].published is None


def test_txt_given_directly_reads_sibling_meta(tmp_path: Path) -> None:
    path = write_article(tmp_path, "solo", meta={"doc_id": "other-name", "published": "10 November 2015"})
    [article], errors = read(path)
    assert errors == []
    assert article.id == "solo"  # a disagreeing doc_id is ignored: the file name is the id
    assert article.published == dt.date(2015, 11, 10)


def test_encodings_bom_crlf_nfc(tmp_path: Path) -> None:
    decomposed = "Cafe\u0301 owners fled the town.\r\nSecond line.\r\n"
    (tmp_path / "enc.txt").write_bytes(b"\xef\xbb\xbf" + decomposed.encode("utf-8"))
    [article], errors = read(tmp_path / "enc.txt", clean=False)
    assert errors == []
    assert article.text == "Caf\u00e9 owners fled the town.\nSecond line.\n"


def test_cp1252_fallback_for_mostly_ascii_text(tmp_path: Path) -> None:
    text = "The army said the town was \u201csecured\u201d on Friday. " * 20
    (tmp_path / "win.txt").write_bytes(text.encode("cp1252"))
    [article], errors = read(tmp_path / "win.txt")
    assert errors == []
    assert "\u201csecured\u201d" in article.text


def test_jsonl_file(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_text(
        jsonl_line(id="j1", text="Clashes in the north.", published="2016-02-09", url="http://x/j1")
        + "\n"  # blank lines are skipped
        + jsonl_line(id="j2", text="Protest in the capital.", published="Nov 10, 2015", source="Wire"),
        encoding="utf-8",
    )
    articles, errors = read(path)
    assert errors == []
    assert [(a.id, a.published) for a in articles] == [
        ("j1", dt.date(2016, 2, 9)),
        ("j2", dt.date(2015, 11, 10)),
    ]
    assert articles[0].url == "http://x/j1" and articles[1].source == "Wire"
    assert articles[1].path == f"{path}:3"


def test_stdin_jsonl() -> None:
    stdin = io.StringIO(jsonl_line(id="s1", text="An airstrike hit a market.", published="2024-05-07T10:00Z"))
    [article], errors = read("-", stdin=stdin)
    assert errors == []
    assert (article.id, article.published, article.path) == ("s1", dt.date(2024, 5, 7), "<stdin>:1")


HTML_PAGE = """<!DOCTYPE html>
<html><head>
<meta charset="utf-8">
<title>Militia seizes river crossing</title>
<meta property="article:published_time" content="2016-03-29T08:15:00+00:00">
<link rel="canonical" href="https://news.example.org/2016/03/crossing">
</head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article>
<h1>Militia seizes river crossing</h1>
<p>A local militia seized the main river crossing outside the town of Eastbridge on Monday after a
night of fighting with army units, residents said.</p>
<p>Two soldiers were killed and several were captured, according to a statement from the militia,
which said it would keep the crossing open for civilians.</p>
</article>
<footer>Copyright 2016 Example News</footer>
</body></html>
"""


def test_html_page_read_offline_with_trafilatura(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("reading a saved page must not touch the network")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    (tmp_path / "page-1.html").write_text(HTML_PAGE, encoding="utf-8")

    [article], errors = read(tmp_path)

    assert errors == []
    assert article.id == "page-1"
    assert article.title == "Militia seizes river crossing"
    assert article.published == dt.date(2016, 3, 29)
    assert article.text.splitlines()[0] == "Militia seizes river crossing"
    assert "seized the main river crossing" in article.text
    assert "Two soldiers were killed" in article.text
    assert "Home" not in article.text and "Copyright" not in article.text
    assert article.url == "https://news.example.org/2016/03/crossing"


def test_html_meta_file_overrides_page(tmp_path: Path) -> None:
    (tmp_path / "page-2.htm").write_text(HTML_PAGE, encoding="utf-8")
    (tmp_path / "page-2.meta.json").write_text(json.dumps({"published": "2016-03-30"}), encoding="utf-8")
    [article], errors = read(tmp_path)
    assert errors == []
    assert article.published == dt.date(2016, 3, 30)
    assert article.title == "Militia seizes river crossing"


def test_same_inputs_same_output(tmp_path: Path) -> None:
    for n in range(5):
        write_article(tmp_path / f"d{n % 2}", f"doc-{n}", meta={"published": f"2020-01-0{n + 1}"})
    (tmp_path / "x.jsonl").write_text(jsonl_line(id="doc-0", text="dup"), encoding="utf-8")
    first = list(iter_articles([str(tmp_path)]))
    second = list(iter_articles([str(tmp_path)]))
    assert first == second
    assert [getattr(item, "id", None) for item in first] == [
        "doc-0",
        "doc-2",
        "doc-4",
        "doc-1",
        "doc-3",
        None,
    ]


def test_count_inputs(tmp_path: Path) -> None:
    write_article(tmp_path / "docs", "a", meta={"published": "2020-01-01"})
    write_article(tmp_path / "docs", "b")
    (tmp_path / "docs" / "p.html").write_text(HTML_PAGE, encoding="utf-8")
    (tmp_path / "batch.jsonl").write_text(
        jsonl_line(id="1", text="x") + jsonl_line(id="2", text="y") + json.dumps({"id": "3", "text": "z"}),
        encoding="utf-8",
    )
    assert count_inputs([str(tmp_path / "docs"), str(tmp_path / "batch.jsonl")]) == 6
    assert count_inputs([str(tmp_path / "docs"), "-"]) is None
    assert count_inputs([str(tmp_path / "missing")]) == 1


# ---------------------------------------------------------------------------------------------
# Bad inputs: one DocumentError each, naming the file (and line), and the good article still read


def _bad_empty(folder: Path) -> str:
    (folder / "bad.txt").write_bytes(b"")
    return "bad.txt: empty file: nothing to extract"


def _bad_blank(folder: Path) -> str:
    (folder / "bad.txt").write_text("  \n\n \n", encoding="utf-8")
    return "bad.txt: empty file: nothing to extract"


def _bad_binary_nul(folder: Path) -> str:
    (folder / "bad.txt").write_bytes(b"GIF89a\x00\x01\x02" + bytes(range(256)) * 4)
    return "bad.txt: binary file, not an article: remove it or convert to text"


def _bad_binary_controls(folder: Path) -> str:
    (folder / "bad.txt").write_bytes(bytes([1, 2, 3, 4, 5, 6, 7, 8]) * 100 + b"some text")
    return "bad.txt: binary file"


def _bad_utf8(folder: Path) -> str:
    # Mostly non-ASCII bytes: a legacy Cyrillic page, not a Windows file with a few curly quotes.
    (folder / "bad.txt").write_bytes(b"Ab " + "Войска вошли в город.".encode("cp1251"))
    return "bad.txt: not valid UTF-8 at byte 3: re-save as UTF-8"


def _bad_meta_json(folder: Path) -> str:
    write_article(folder, "bad", meta='{"published": "2015-11-10"\n "title": "x"}')
    return "bad.meta.json: malformed JSON (Expecting ',' delimiter at line 2): fix or delete the meta file"


def _bad_meta_not_object(folder: Path) -> str:
    write_article(folder, "bad", meta='["2015-11-10"]')
    return "bad.meta.json: not a JSON object"


def _bad_published(folder: Path) -> str:
    write_article(folder, "bad", meta={"published": "last Tuesday"})
    return "bad.meta.json: unknown published date format 'last Tuesday'"


def _bad_html(folder: Path) -> str:
    (folder / "bad.html").write_text(
        "<html><head><title>x</title></head><body></body></html>", encoding="utf-8"
    )
    return "bad.html: no article text found in the page"


def _orphan_meta(folder: Path) -> str:
    (folder / "bad.meta.json").write_text('{"published": "2015-11-10"}', encoding="utf-8")
    return "bad.meta.json: meta file without bad.txt or bad.html beside it"


def _bad_jsonl_not_json(folder: Path) -> str:
    good = "".join(jsonl_line(id=f"j{n}", text="Clashes.") for n in range(6))
    (folder / "bad.jsonl").write_text(good + "{id: 7}\n", encoding="utf-8")
    return "bad.jsonl: line 7: not JSON (Expecting property name enclosed in double quotes)"


def _bad_jsonl_no_id(folder: Path) -> str:
    (folder / "bad.jsonl").write_text(jsonl_line(text="Clashes in the north."), encoding="utf-8")
    return 'bad.jsonl: line 1: no "id"'


def _bad_jsonl_no_text(folder: Path) -> str:
    (folder / "bad.jsonl").write_text(
        jsonl_line(id="j1", text="fine") + jsonl_line(id="j2", body="wrong key"), encoding="utf-8"
    )
    return "bad.jsonl: line 2: no \"text\" for 'j2'"


def _bad_jsonl_published(folder: Path) -> str:
    (folder / "bad.jsonl").write_text(jsonl_line(id="j1", text="x", published="2015/11/10"), encoding="utf-8")
    return "bad.jsonl: line 1: unknown published date format '2015/11/10'"


def _bad_jsonl_not_utf8(folder: Path) -> str:
    (folder / "bad.jsonl").write_bytes(b'{"id": "j1", "text": "\xd0\xe0\xe1\xee\xf2\xe0"}\n')
    return "bad.jsonl: line 1: not valid UTF-8 at byte 22: re-save as UTF-8"


def _duplicate_id(folder: Path) -> str:
    (folder / "zz.jsonl").write_text(jsonl_line(id="good", text="Same id again."), encoding="utf-8")
    return "zz.jsonl: line 1: duplicate article id 'good' (first read from"


BAD_INPUTS = [
    _bad_empty,
    _bad_blank,
    _bad_binary_nul,
    _bad_binary_controls,
    _bad_utf8,
    _bad_meta_json,
    _bad_meta_not_object,
    _bad_published,
    _bad_html,
    _orphan_meta,
    _bad_jsonl_not_json,
    _bad_jsonl_no_id,
    _bad_jsonl_no_text,
    _bad_jsonl_published,
    _bad_jsonl_not_utf8,
    _duplicate_id,
]


@pytest.mark.parametrize("make_bad", BAD_INPUTS, ids=lambda f: f.__name__.strip("_"))
def test_bad_input_gives_one_error_and_reading_goes_on(tmp_path: Path, make_bad) -> None:
    folder = tmp_path / "in"
    write_article(folder, "good", meta={"published": "2015-11-10"})
    write_article(folder, "zzz-last")
    expected = make_bad(folder)

    articles, errors = read(folder)

    assert len(errors) == 1, [str(e) for e in errors]
    message = str(errors[0])
    assert message.startswith(str(folder) + "/"), message
    assert message[len(str(folder)) + 1 :].startswith(expected), message
    assert "\n" not in message
    assert {"good", "zzz-last"} <= {a.id for a in articles}
    assert not any(a.id == "bad" for a in articles)  # skipped, never read without its date


def test_missing_path(tmp_path: Path) -> None:
    write_article(tmp_path, "good")
    articles, errors = read(tmp_path / "nope", tmp_path / "good.txt")
    assert [a.id for a in articles] == ["good"]
    assert [str(e) for e in errors] == [f"{tmp_path / 'nope'}: no such file or folder: check the path"]


def test_jsonl_line_without_id_gets_no_made_up_id(tmp_path: Path) -> None:
    path = tmp_path / "b.jsonl"
    path.write_text(jsonl_line(text="one") + jsonl_line(id="", text="two") + jsonl_line(id=5, text="three"))
    articles, errors = read(path)
    assert [a.id for a in articles] == ["5"]
    assert [(e.path, e.line) for e in errors] == [(str(path), 1), (str(path), 2)]


def test_stdin_bad_line_names_stdin_and_line() -> None:
    stdin = io.StringIO(jsonl_line(id="a", text="ok") + "not json\n" + jsonl_line(id="a", text="again"))
    articles, errors = read("-", stdin=stdin)
    assert [a.id for a in articles] == ["a"]
    assert [(e.path, e.line) for e in errors] == [("<stdin>", 2), ("<stdin>", 3)]
    assert str(errors[0]).startswith("<stdin>: line 2: not JSON (Expecting value)")
    assert "duplicate article id 'a'" in str(errors[1])


def test_document_error_format() -> None:
    error = DocumentError("articles/x.meta.json", "malformed JSON (Expecting ',' at line 3): fix it")
    assert str(error) == "articles/x.meta.json: malformed JSON (Expecting ',' at line 3): fix it"
    assert str(DocumentError("a.jsonl", "not JSON (x)", 7)) == "a.jsonl: line 7: not JSON (x)"
    assert (error.path, error.line) == ("articles/x.meta.json", None)


# ---------------------------------------------------------------------------------------------
# Size limits


def test_big_file_refused_from_stat_and_accepted_with_raised_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sentence = "Artillery fire hit the eastern district again overnight, residents said.\n"
    big = tmp_path / "big.txt"
    with big.open("w", encoding="utf-8") as fh:
        fh.write("Shelling goes on\n")
        fh.write(sentence * (20_000_000 // len(sentence) + 1))
    assert big.stat().st_size > 20_000_000

    reads: list[tuple[str, int]] = []
    real_read = documents._read_bytes

    def spy(path: Path, limit: int) -> bytes:
        reads.append((path.name, limit))
        return real_read(path, limit)

    monkeypatch.setattr(documents, "_read_bytes", spy)

    articles, errors = read(big)
    assert articles == []
    assert [str(e) for e in errors] == [
        f"{big}: 20.0 MB is above the 5.0 MB limit: raise it with --max-bytes or split the file"
    ]
    assert reads == []  # refused from its size alone, never read

    # A raised byte limit reads the file, but never lets through more than the language model reads.
    articles, errors = read(big, max_bytes=25_000_000, clean=False)
    assert articles == []
    assert len(errors) == 1 and "above the 1,000,000 the language model reads: split the article" in str(errors[0])


def test_big_jsonl_read_by_line_and_long_line_refused(tmp_path: Path) -> None:
    path = tmp_path / "archive.jsonl"
    line_text = "x" * 900
    with path.open("w", encoding="utf-8") as fh:
        for n in range(30):
            fh.write(jsonl_line(id=f"a{n}", text=line_text))
        huge = jsonl_line(id="huge", text="y" * 5000)
        fh.write(huge)
        fh.write(jsonl_line(id="after", text="still read"))
    max_bytes = 2000
    assert path.stat().st_size > max_bytes  # the file as a whole may be above the limit

    articles, errors = read(path, max_bytes=max_bytes)

    assert len(articles) == 31 and articles[-1].id == "after"
    assert [(e.line, e.message) for e in errors] == [
        (31, f"{len(huge)} bytes is above the 2000 bytes limit: raise it with --max-bytes or split the line")
    ]


def test_default_max_bytes() -> None:
    assert DEFAULT_MAX_BYTES == 5_000_000


# ---------------------------------------------------------------------------------------------
# Dates


@pytest.mark.parametrize(
    "value",
    [
        "2015-11-10",
        "2015-11-10T12:00",
        "2015-11-10T12:00:00Z",
        "2015-11-10T23:30:00-05:00",
        "2015-11-10 08:00:00",
        "10 November 2015",
        "10 Nov 2015",
        "Nov 10, 2015",
        "Nov. 10, 2015",
        "November 10, 2015",
        "Tuesday, 10 November 2015",
        dt.date(2015, 11, 10),
        dt.datetime(2015, 11, 10, 9, 0),
    ],
)
def test_parse_published_accepts(value: object) -> None:
    assert parse_published(value, "x.meta.json") == dt.date(2015, 11, 10)


@pytest.mark.parametrize("value", [None, "", "  "])
def test_parse_published_absent(value: object) -> None:
    assert parse_published(value, "x.meta.json") is None


@pytest.mark.parametrize(
    "value", ["10/11/2015", "2015/11/10", "yesterday", "2015-13-01", "Nov 2015", 20151110]
)
def test_parse_published_rejects_naming_the_value(value: object) -> None:
    with pytest.raises(DocumentError) as info:
        parse_published(value, "x.meta.json")
    assert info.value.path == "x.meta.json"
    assert repr(value) in str(info.value)


# ---------------------------------------------------------------------------------------------
# Boilerplate


def test_clean_text_cuts_comment_section_and_keeps_body() -> None:
    text = (
        "Rebels take hill town\n\n"
        "Rebel fighters took the hill town of Westmoor on Sunday after a day of clashes, a monitor said.\n\n"
        "The army withdrew to positions south of the town, the monitor added.\n\n"
        "Comments 3\n"
        "reader99 02 March 2016, 10:12\n\n"
        "The army shelled my street yesterday and nobody reports it.\n"
    )
    cleaned = clean_text(text)
    assert cleaned == (
        "Rebels take hill town\n\n"
        "Rebel fighters took the hill town of Westmoor on Sunday after a day of clashes, a monitor said.\n\n"
        "The army withdrew to positions south of the town, the monitor added."
    )


@pytest.mark.parametrize(
    "header",
    ["Latest comments", "12 comments", "Reader comments", "Leave a comment", "9 Responses", "Comments (4)"],
)
def test_clean_text_comment_headers_end_the_article(header: str) -> None:
    text = f"Title\n{BODY}\n{header}\nA reader says the militia burned the market.\n"
    cleaned = clean_text(text)
    assert "militia burned" not in cleaned
    assert "Rebels answered with mortar fire" in cleaned


def test_clean_text_comment_link_above_the_body_does_not_cut_it() -> None:
    text = f"Title\nShare\nComments 2\n{BODY}"
    cleaned = clean_text(text)
    assert cleaned.startswith("Title\n")
    assert "Government forces shelled" in cleaned and "Rebels answered" in cleaned
    assert "Comments 2" not in cleaned and "Share" not in cleaned


def test_clean_text_drops_captions_teasers_and_bylines() -> None:
    junk = [
        "Soldiers stand guard at a checkpoint outside the city on Tuesday (AFP)",
        "Smoke rises over the eastern districts after air strikes [Reuters]",
        "Displaced families wait at the crossing (Jane Roe/AFP via Getty Images)",
        "Photo: Smoke over the old city",
        "Image: A damaged bridge",
        "Photos: Life in the besieged town",
        "Agency staff's picture",
        "Related video: Drone footage of the front line",
        "READ MORE: Why the northern front matters",
        "Read more:",
        "ANALYSIS: Who controls the border now?",
        "Share",
        "Advertisement",
        "Last update: Monday 4 April 2016 10:02 UTC",
        "This is an archived article and the information in the article may be outdated.",
        "By Jane Doe",
        "By Jane Doe and John Smith, Associated Press",
        "Jane Doe | Example.com Contributor | Updated: Mar 3, 2016",
        "(Reporting by Jane Doe; Editing by John Smith)",
    ]
    kept = [
        "By Tuesday, the army had retaken the town, officials said.",
        "Troops entered the town, according to the Syrian Arab News Agency (SANA)",
        "Rebels said the attack was carried out by the army (Reuters reported).",
        "Share prices fell in Damascus after the fighting.",
        "Comments by the governor suggested the town had fallen.",
        "The militia said it had killed the commander of the Brigade (a claim the army denied).",
    ]
    text = "Headline stays\n\n" + "\n\n".join(f"{j}\n\n{k}" for j, k in zip(junk, kept * 4, strict=False))
    cleaned = clean_text(text)
    lines = set(cleaned.split("\n"))
    for line in junk:
        assert line not in lines, line
    for line in kept:
        assert line in lines, line
    assert cleaned.split("\n")[0] == "Headline stays"


def test_clean_text_drops_bare_read_link_lines_inside_the_body() -> None:
    # A "READ:" line is another story's headline; read as a sentence it became an act at a place the headline
    # names. Three wars' teasers, and body sentences that begin like them but are prose.
    junk = [
        "READ: Shelling of Kharkiv maternity ward a war crime, says UN envoy",
        "Read: Mortars hit Timbuktu market as jihadists close in",
        "Also see: Rebels say they downed a helicopter over Kidal",
    ]
    kept = [
        "Readers of the rebel statement said it claimed the shelling of Goma.",
        "Reading from a statement, the spokesman said troops shelled rebel positions near Bunia.",
        "Read together, the reports suggest the mortar fire came from the west.",
    ]
    text = "Headline stays\n\n" + "\n\n".join(f"{j}\n\n{k}" for j, k in zip(junk, kept, strict=True))
    lines = set(clean_text(text).split("\n"))
    for line in junk:
        assert line not in lines, line
    for line in kept:
        assert line in lines, line


def test_clean_text_keeps_headline_paragraphs_and_strips_widgets() -> None:
    text = (
        "Share\n\n\n\nFirst paragraph.\n\n\n\nXinhua, May 4, 2016 Adjust font size:\nDuplicate.\nDuplicate.\n"
    )
    # The first line is the headline and is never dropped, whatever it looks like.
    assert clean_text(text) == "Share\n\nFirst paragraph.\n\nXinhua, May 4, 2016\nDuplicate."


def test_clean_text_risk_disclosure_ends_article() -> None:
    text = f"Title\n{BODY}\nRisk Disclosure: Trading in instruments involves high risks.\nMore legal text.\n"
    cleaned = clean_text(text)
    assert "Risk Disclosure" not in cleaned and "legal text" not in cleaned
    assert cleaned.endswith("the council added.")


def test_users_can_extend_boilerplate(tmp_path: Path) -> None:
    extra = tmp_path / "boilerplate.txt"
    extra.write_text("# my site's furniture\n^Listen to this article$\n[end]\n(?i)^more from the front$\n")
    rules = load_boilerplate([documents.PACKAGE_DATA / "boilerplate.txt", extra])
    text = f"Title\nListen to this article\n{BODY}\nMore from the front\nOther story.\n"
    cleaned = clean_text(text, rules)
    assert "Listen to this article" not in cleaned and "Other story" not in cleaned
    assert "Rebels answered" in cleaned


def test_bad_user_pattern_is_reported_with_line(tmp_path: Path) -> None:
    extra = tmp_path / "boilerplate.txt"
    extra.write_text("# ok\n^fine$\n^(broken$\n")
    with pytest.raises(DocumentError) as info:
        load_boilerplate([extra])
    assert (info.value.path, info.value.line) == (str(extra), 3)


# ---------------------------------------------------------------------------------------------
# The shared gold articles


def test_gold_articles_read_cleanly_with_meta_dates() -> None:
    folders = sorted(SHARED.glob("gold/*/docs"))
    if not folders:
        pytest.skip(
            f"no gold articles: {SHARED}/gold/*/docs is absent (the shared folder sits beside the repo)"
        )

    items = list(iter_articles([str(folder) for folder in folders]))
    articles, errors = split(items)

    assert errors == []
    assert count_inputs([str(folder) for folder in folders]) == len(articles)
    metas = sorted(path for folder in folders for path in folder.glob("*.meta.json"))
    assert len(articles) == len(metas) > 0
    comment_header = re.compile(r"^Comments?\s*\(?\d+\)?$|^\d+\s+(Comments|Responses)$|^Latest comments$")
    for article in articles:
        meta = json.loads(Path(article.path).with_name(f"{article.id}.meta.json").read_text(encoding="utf-8"))
        assert article.published == dt.date.fromisoformat(meta["published"]), article.id
        cleaned = clean_text(article.text)
        first_line = next(line.strip() for line in article.text.splitlines() if line.strip())
        assert cleaned.splitlines()[0] == first_line, article.id
        assert not any(comment_header.match(line) for line in cleaned.splitlines()), article.id
        # Body kept: every evidence sentence of the article's gold events survives cleaning.
        gold = Path(article.path).parents[1] / "gold" / f"{article.id}.jsonl"
        if gold.is_file():
            flat = " ".join(cleaned.split())
            for event_line in gold.read_text(encoding="utf-8").splitlines():
                for sentence in json.loads(event_line).get("evidence", []):
                    assert " ".join(sentence.split()) in flat, (article.id, sentence)


def test_dask_partitions_read_what_the_local_reader_reads(tmp_path: Path) -> None:
    """The Dask engine's partitions (`plan` + `read_part`) give the articles and input errors `iter_articles`
    gives, in the same order: a folder with an article and its meta, a meta file without its article, a
    bad file, a JSON Lines file, and a meta file named by itself."""
    from dataclasses import asdict

    from frontlog.jobs.dask_engine import plan, read_part

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(BODY, encoding="utf-8")
    (folder / "a.meta.json").write_text('{"published": "2024-03-04"}', encoding="utf-8")
    (folder / "b.meta.json").write_text('{"published": "2024-03-05"}', encoding="utf-8")  # no b.txt
    (folder / "c.txt").write_bytes(b"\x00\x01 not text")
    (folder / "d.txt").write_text(BODY.replace("Monday", "Tuesday"), encoding="utf-8")
    lines = tmp_path / "more.jsonl"
    lines.write_text(json.dumps({"id": "j1", "text": BODY}) + "\nnot json\n", encoding="utf-8")
    inputs = [str(folder), str(lines), str(folder / "a.meta.json")]

    def seen(items) -> list:
        return [asdict(i) if isinstance(i, Article) else (i.path, i.message, i.line) for i in items]

    local = seen(iter_articles(inputs))
    dask = seen(item for part in plan(inputs, part_articles=2) for item in read_part(part))
    assert dask == local
    assert [x[1] for x in local if isinstance(x, tuple)] == [
        "meta file without b.txt or b.html beside it: rename or delete it",
        *[x[1] for x in local if isinstance(x, tuple)][1:3],
        "this is a meta file: pass its .txt article (or the folder)",
    ]
