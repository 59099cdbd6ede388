"""Reading articles: folders of .txt (+ .meta.json), .html pages, JSON Lines files and stdin.

Every problem with one input is yielded as a DocumentError and reading goes on with the next
article, so one bad file never stops a batch of thousands.

Decisions:
- Text is decoded as UTF-8 (a BOM is dropped). Bytes that are not UTF-8 fall back to cp1252 only
  when they decode cleanly as cp1252 and at least 95% of the bytes are ASCII: that is the common
  "saved by a Windows editor" case (curly quotes, accents), where a wrong guess can only touch a
  few characters. Anything else (say a cp1251 Cyrillic page) is an error asking to re-save the file
  as UTF-8, because guessing would silently feed garbage to the extractor. Files starting with a
  UTF-16 BOM are decoded as UTF-16.
- Saved web pages (.html/.htm) go through trafilatura from bytes, so the page's own charset
  declaration is honoured; their date comes only from the page's metadata (meta tags, JSON-LD,
  URL), never from a search of the body text, which too often finds a comment's or a related
  story's date. A sibling <id>.meta.json overrides what trafilatura found.
- A meta file's `doc_id` that disagrees with the file name is ignored (logged): the file name is
  the id, as in the spec.
- An ISO datetime's date is the date as written; no conversion to UTC, which could move a
  publication to the previous or next day.
- iter_articles does not call clean_text: the pipeline decides when to clean, and evidence
  checks can still see the text as read.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import logging
import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, TextIO

from frontlog.knowledge.paths import PACKAGE_DATA, user_data_dir
from frontlog.model.extraction import MAX_CHARS, without_surrogates
from frontlog.model.records import Article

log = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 5_000_000
STDIN_NAME = "<stdin>"
TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl",)
META_SUFFIX = ".meta.json"
META_FIELDS = ("title", "url", "source")


class DocumentError(Exception):
    """One input that could not be read: which file (and line), what went wrong, what to do."""

    def __init__(self, path: str, message: str, line: int | None = None, internal: bool = False) -> None:
        self.path = path
        self.line = line
        self.message = message
        self.internal = internal  # frontlog's own failure (a bug to report), not a fault of the input
        super().__init__(str(self))

    def __str__(self) -> str:
        where = f"{self.path}: line {self.line}" if self.line is not None else self.path
        return f"{where}: {self.message}"

    def __repr__(self) -> str:
        return f"DocumentError({self.path!r}, {self.message!r}, line={self.line!r})"

    def __eq__(self, other: object) -> bool:
        # Value equality so that two runs over the same inputs compare equal (determinism tests).
        if not isinstance(other, DocumentError):
            return NotImplemented
        return (self.path, self.line, self.message) == (other.path, other.line, other.message)

    def __hash__(self) -> int:
        return hash((self.path, self.line, self.message))


# --------------------------------------------------------------------------------------------
# Dates

_MONTH_ABBR_DOT = re.compile(r"\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\.", re.IGNORECASE)
_WEEKDAY_PREFIX = re.compile(
    r"^(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+", re.IGNORECASE
)
# Human-written dates seen in page metadata. strptime rather than dateparser: a fixed list of
# formats is deterministic and never turns a typo into a plausible wrong date.
_HUMAN_DATE_FORMATS = ("%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y", "%B %d %Y", "%b %d %Y")


def parse_published(value: object, where: str) -> dt.date | None:
    """A publication date from metadata; None when absent; DocumentError naming the value otherwise."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        raise DocumentError(
            where, f"published {value!r} is not a date string: write it as an ISO date like 2015-11-10"
        )
    text = value.strip()
    if not text:
        return None
    parsed: dt.date | None = None
    try:
        # Python 3.11 reads ISO dates and datetimes, with "Z" or an offset, "T" or a space.
        parsed = dt.datetime.fromisoformat(text).date() if len(text) > 10 else dt.date.fromisoformat(text)
    except ValueError:
        human = _MONTH_ABBR_DOT.sub(r"\1", _WEEKDAY_PREFIX.sub("", text))
        human = re.sub(r"\s+", " ", human)
        for fmt in _HUMAN_DATE_FORMATS:
            try:
                parsed = dt.datetime.strptime(human, fmt).date()
                break
            except ValueError:
                continue
    if parsed is None:
        raise DocumentError(
            where,
            f"unknown published date format {value!r}: use an ISO date like 2015-11-10 "
            "(or '10 November 2015', 'Nov 10, 2015')",
        )
    # Not before newspapers, not after next year (a clock a little ahead is forgiven): a date out of that range is
    # a typo, and every relative date of the article would follow it.
    if not 1800 <= parsed.year <= dt.date.today().year + 1:
        raise DocumentError(where, f"published {value!r} is not a plausible publication date: fix it")
    return parsed


# --------------------------------------------------------------------------------------------
# Bytes to text


def _megabytes(size: int) -> str:
    # Bytes below 0.1 MB, where "0.0 MB" would say nothing (small limits are used in tests and pipes).
    return f"{size / 1_000_000:.1f} MB" if size >= 100_000 else f"{size} bytes"


def _too_big(size: int, max_bytes: int, what: str = "file") -> str:
    return (
        f"{_megabytes(size)} is above the {_megabytes(max_bytes)} limit: "
        f"raise it with --max-bytes or split the {what}"
    )


def _looks_binary(data: bytes) -> bool:
    """NUL bytes, or mostly control characters in the first 8 KB: not something a person wrote."""
    if b"\x00" in data:
        return True
    sample = data[:8192]
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > 0.1 * len(sample)


def _normalise(text: str) -> str:
    """One form for all inputs: no BOM, \\n line ends, NFC (so 'é' is one code point everywhere), no lone
    surrogates."""
    text = without_surrogates(text.lstrip("\ufeff"))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def _decode(data: bytes, where: str, line: int | None = None) -> str:
    """Bytes to normalised text by the module's encoding rules (see the module docstring)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return _normalise(data.decode("utf-16"))
        except UnicodeDecodeError as exc:
            raise DocumentError(
                where, f"not valid UTF-16 at byte {exc.start}: re-save as UTF-8", line
            ) from exc
    if _looks_binary(data):
        raise DocumentError(where, "binary file, not an article: remove it or convert to text", line)
    try:
        return _normalise(data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        bad_at = exc.start
    ascii_share = sum(1 for b in data if b < 128) / len(data)
    if ascii_share >= 0.95:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            pass
        else:
            log.info("%s: not UTF-8, read as cp1252 (Windows) text", where)
            return _normalise(text)
    raise DocumentError(where, f"not valid UTF-8 at byte {bad_at}: re-save as UTF-8", line)


def _read_bytes(path: Path, limit: int) -> bytes:
    """At most `limit` bytes of a file (callers stat first; the cap guards a file that grew since)."""
    with path.open("rb") as fh:
        return fh.read(limit)


def _read_checked(path: Path, max_bytes: int) -> bytes:
    """A whole file's bytes after the size and emptiness checks, which only need stat."""
    where = str(path)
    try:
        size = path.stat().st_size
        if size == 0:
            raise DocumentError(where, "empty file: nothing to extract")
        if size > max_bytes:
            raise DocumentError(where, _too_big(size, max_bytes))
        data = _read_bytes(path, max_bytes + 1)
    except OSError as exc:
        raise DocumentError(where, f"cannot read ({exc.strerror}): check the path and permissions") from exc
    if len(data) > max_bytes:
        raise DocumentError(where, _too_big(len(data), max_bytes))
    return data


# --------------------------------------------------------------------------------------------
# JSON and strings

def _load_json(text: str, where: str, line: int | None, fix: str) -> Any:
    """json.loads with every way it can fail on hostile input turned into a DocumentError."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise DocumentError(where, f"{'not JSON' if line else 'malformed JSON'} ({exc.msg}"
                                   f"{'' if line else f' at line {exc.lineno}'}): {fix}", line) from exc
    except RecursionError:
        raise DocumentError(where, f"JSON nested too deeply to be an article: {fix}", line) from None
    except ValueError as exc:  # an integer of more than 4300 digits (Python's int_max_str_digits)
        raise DocumentError(where, f"unreadable JSON value ({str(exc).split(';')[0]}): {fix}", line) from None


# --------------------------------------------------------------------------------------------
# Meta files


def _meta_path(path: Path) -> Path:
    return path.with_name(path.stem + META_SUFFIX)


def _metadata_fields(obj: dict[str, Any], where: str, line: int | None = None) -> dict[str, Any]:
    """published, title, url and source of a meta file or a JSON Lines object, checked."""
    try:
        fields: dict[str, Any] = {"published": parse_published(obj.get("published"), where)}
    except DocumentError as exc:
        raise DocumentError(where, exc.message, line) from exc
    for key in META_FIELDS:
        value = obj.get(key)
        if value is not None and not isinstance(value, str):
            raise DocumentError(where, f"{key!r} must be a string, not {type(value).__name__}: fix it", line)
        fields[key] = without_surrogates(value) if value is not None else None
    return fields


def _read_meta(path: Path, article_id: str) -> dict[str, Any]:
    """The sibling <id>.meta.json as Article fields ({} without one); DocumentError if it is broken."""
    meta_path = _meta_path(path)
    if not meta_path.is_file():
        return {}
    where = str(meta_path)
    raw = _load_json(_decode(_read_checked(meta_path, DEFAULT_MAX_BYTES), where), where, None,
                     "fix or delete the meta file")
    if not isinstance(raw, dict):
        raise DocumentError(where, 'not a JSON object: write the meta file as {"published": ...}')
    fields = _metadata_fields(raw, where)
    doc_id = raw.get("doc_id")
    if doc_id is not None and str(doc_id) != article_id:
        log.warning("%s: doc_id %r ignored; the file name gives the id %r", where, doc_id, article_id)
    return fields


# --------------------------------------------------------------------------------------------
# One input of each kind


def _read_text_file(path: Path, max_bytes: int) -> Article:
    article_id = path.stem
    # Meta first: a broken meta file skips the article rather than letting it through without a date.
    meta = _read_meta(path, article_id)
    text = _decode(_read_checked(path, max_bytes), str(path))
    if not text.strip():
        raise DocumentError(str(path), "empty file: nothing to extract")
    return Article(id=article_id, text=text, path=str(path), **meta)


def _read_html_file(path: Path, max_bytes: int) -> Article:
    import trafilatura  # imported here: it is slow to import and only saved pages need it

    where = str(path)
    meta = _read_meta(path, path.stem)
    data = _read_checked(path, max_bytes)
    if _looks_binary(data):
        raise DocumentError(where, "binary file, not an article: remove it or convert to text")
    # Bytes, so trafilatura honours the page's charset. No url: nothing is fetched. Comments off:
    # readers' comments are not the article. Dates only from metadata (see module docstring).
    doc = trafilatura.bare_extraction(
        data,
        with_metadata=True,
        include_comments=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    body = _normalise(doc.text or "").strip() if doc is not None else ""
    if not body:
        raise DocumentError(
            where, "no article text found in the page: save the article's own page or convert it to .txt"
        )
    title = _normalise(doc.title).strip() if doc.title else None
    # The headline is the first line of a .txt article; keep that shape for pages too.
    text = body if not title or body.startswith(title) else f"{title}\n\n{body}"
    fields = {
        "published": parse_published(doc.date, where),
        "title": title,
        "url": doc.url,
        "source": doc.sitename or doc.hostname,
    }
    fields.update({key: value for key, value in meta.items() if value is not None})
    return Article(id=path.stem, text=text, path=where, **fields)


def _jsonl_lines(
    stream: IO[bytes] | IO[str], max_bytes: int
) -> Iterator[tuple[int, bytes | str | None, int]]:
    """(line number, line, size) triples; the line is None when longer than max_bytes (skipped unheld)."""
    number = 0
    while True:
        chunk = stream.readline(max_bytes + 1)
        if not chunk:
            return
        number += 1
        if len(chunk) <= max_bytes or chunk[-1:] in ("\n", b"\n"):
            yield number, chunk, len(chunk)
            continue
        # Too long: consume the rest of the line in bounded pieces instead of holding it.
        size = len(chunk)
        while chunk and chunk[-1:] not in ("\n", b"\n"):
            chunk = stream.readline(1 << 20)
            size += len(chunk)
        yield number, None, size


def _read_jsonl(stream: IO[bytes] | IO[str], where: str, max_bytes: int) -> Iterator[Article | DocumentError]:
    produced = False
    for number, raw, size in _jsonl_lines(stream, max_bytes):
        try:
            if raw is None:
                raise DocumentError(where, _too_big(size, max_bytes, "line"), number)
            for article in _jsonl_article(raw, where, number):
                produced = True
                yield article
        except DocumentError as exc:
            produced = True
            yield exc
        except Exception as exc:  # noqa: BLE001 - a reader bug costs this line only, and is named as a bug
            produced = True
            yield _reader_bug(where, exc, number)
    if not produced:
        yield DocumentError(where, "empty file: nothing to extract")


def _jsonl_article(raw: bytes | str, where: str, number: int) -> Iterator[Article]:
    line = _decode(raw, where, number) if isinstance(raw, bytes) else _normalise(raw)
    if not line.strip():
        return  # blank lines separate nothing in JSON Lines but are harmless
    obj = _load_json(line, where, number, "fix or remove the line")
    if not isinstance(obj, dict):
        raise DocumentError(where, "not a JSON object: write one article object per line", number)
    article_id = obj.get("id")
    if isinstance(article_id, int) and not isinstance(article_id, bool):
        article_id = str(article_id)
    if not isinstance(article_id, str) or not article_id.strip():
        raise DocumentError(where, 'no "id": give every article a unique id', number)
    text = obj.get("text")
    if not isinstance(text, str):
        raise DocumentError(where, f'no "text" for {article_id!r}: add the article text', number)
    text = _normalise(text)
    if not text.strip():
        raise DocumentError(where, f"empty text for {article_id!r}: nothing to extract", number)
    fields = _metadata_fields(obj, where, number)
    yield Article(id=without_surrogates(article_id.strip()), text=text, path=_line_ref(where, number), **fields)


# --------------------------------------------------------------------------------------------
# Walking the inputs


def _is_meta(path: Path) -> bool:
    return path.name.endswith(META_SUFFIX)


def _kind(path: Path) -> str | None:
    """'meta', 'jsonl', 'html' or 'text' for the files a folder walk reads; None for the rest."""
    if _is_meta(path):
        return "meta"
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in TEXT_SUFFIXES:
        return "text"
    return None


def _walk(folder: Path) -> Iterator[Path | DocumentError]:
    """Files under a folder that _kind knows, recursively, sorted by name; hidden entries skipped."""
    try:
        entries = sorted(folder.iterdir(), key=lambda p: p.name)
    except OSError as exc:
        yield DocumentError(str(folder), f"cannot list folder ({exc.strerror}): check its permissions")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            if not entry.is_symlink():  # symlinked folders can loop; name them as inputs instead
                yield from _walk(entry)
        elif _kind(entry) is not None and entry.is_file():
            yield entry


def _orphan_meta(meta: Path) -> DocumentError | None:
    """A meta file with no article beside it: usually a typo that would silently lose a date."""
    stem = meta.name[: -len(META_SUFFIX)]
    for suffix in TEXT_SUFFIXES + HTML_SUFFIXES:
        if meta.with_name(stem + suffix).is_file() or meta.with_name(stem + suffix.upper()).is_file():
            return None
    return DocumentError(
        str(meta), f"meta file without {stem}.txt or {stem}.html beside it: rename or delete it"
    )


def meta_named_alone(path: Path) -> DocumentError:
    """The error for a meta file named as an input by itself (in a folder it is read with its article)."""
    return DocumentError(str(path), "this is a meta file: pass its .txt article (or the folder)")


def read_walked(path: Path, max_bytes: int) -> Iterator[Article | DocumentError]:
    """One file a folder walk found (`_walk`): its articles; a meta file gives nothing (it is read with its
    article) or, with no article beside it, its error. Every engine reads folders through this."""
    if _kind(path) == "meta":
        orphan = _orphan_meta(path)
        if orphan is not None:
            yield orphan
    else:
        yield from _read_file(path, max_bytes)


def _read_file(path: Path, max_bytes: int) -> Iterator[Article | DocumentError]:
    kind = _kind(path)
    try:
        if kind == "meta":
            raise meta_named_alone(path)
        if kind == "jsonl":
            # Read line by line, so the file as a whole may exceed max_bytes; each line may not.
            with path.open("rb") as fh:
                yield from _read_jsonl(fh, str(path), max_bytes)
        elif kind == "html":
            yield _read_html_file(path, max_bytes)
        else:
            # .txt, or any other file named explicitly: the user says it is an article.
            yield _read_text_file(path, max_bytes)
    except DocumentError as exc:
        yield exc
    except OSError as exc:
        yield DocumentError(str(path), f"cannot read ({exc.strerror}): check the path and permissions")
    except Exception as exc:  # noqa: BLE001 - a reader bug costs this file only, and is named as a bug
        yield _reader_bug(str(path), exc)


def _reader_bug(where: str, exc: Exception, line: int | None = None) -> DocumentError:
    return DocumentError(where, f"frontlog failed reading this input ({type(exc).__name__}: {exc}): please report "
                                "it to frontlog's maintainers with the file", line, internal=True)


def _read_input(name: str, max_bytes: int, stdin: TextIO | None) -> Iterator[Article | DocumentError]:
    if name == "-":
        stream = stdin if stdin is not None else sys.stdin
        # Prefer the byte stream under sys.stdin so decoding follows our rules, not the locale's.
        buffer = getattr(stream, "buffer", None)
        yield from _read_jsonl(buffer if buffer is not None else stream, STDIN_NAME, max_bytes)
        return
    path = Path(name)
    if path.is_dir():
        for entry in _walk(path):
            if isinstance(entry, DocumentError):
                yield entry
            else:
                yield from read_walked(entry, max_bytes)
    elif path.exists():
        yield from _read_file(path, max_bytes)
    else:
        yield DocumentError(name, "no such file or folder: check the path")


def iter_articles(
    inputs: Sequence[str], *, max_bytes: int = DEFAULT_MAX_BYTES, stdin: TextIO | None = None,
    clean: bool = True,
) -> Iterator[Article | DocumentError]:
    """Articles from files, folders and '-' (JSON Lines on stdin), in a deterministic order.

    Problems are yielded as DocumentError, one per bad article, and reading continues. With `clean`, the
    text has its non-article lines (comments, captions, "READ MORE" links) removed by clean_text.
    """
    first_seen: dict[str, str | None] = {}
    rules = load_boilerplate() if clean else None
    for name in inputs:
        for item in _read_input(str(name), max_bytes, stdin):
            if isinstance(item, Article):
                if rules is not None:
                    item.text = clean_text(item.text, rules)
                if len(item.text) > MAX_CHARS:
                    where, line = _split_line_ref(item.path or str(name))
                    yield DocumentError(where, f"{len(item.text):,} characters is above the {MAX_CHARS:,} the "
                                               "language model reads: split the article", line)
                    continue
                if item.id in first_seen:
                    where, line = _split_line_ref(item.path or str(name))
                    yield DocumentError(
                        where,
                        f"duplicate article id {item.id!r} (first read from {first_seen[item.id]}): "
                        "rename one",
                        line,
                    )
                    continue
                first_seen[item.id] = item.path
            yield item


def _line_ref(where: str, number: int) -> str:
    """Article.path of a JSON Lines article: the file and the line, as in compiler messages."""
    return f"{where}:{number}"


def _split_line_ref(path: str) -> tuple[str, int | None]:
    match = re.fullmatch(r"(.+):(\d+)", path)
    if match and (match.group(1) == STDIN_NAME or match.group(1).lower().endswith(JSONL_SUFFIXES)):
        return match.group(1), int(match.group(2))
    return path, None


def _count_lines(path: Path) -> int:
    """Lines in a file, read in 1 MB blocks (a final line without a newline counts too)."""
    count = 0
    last = b"\n"
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            count += block.count(b"\n")
            last = block[-1:]
    return count + (last != b"\n")


def count_inputs(inputs: Iterable[str]) -> int | None:
    """How many articles the inputs hold, for a progress bar; None when unknowable (stdin).

    Counts article files and JSON Lines lines (blank lines included: it is an estimate).
    """
    total = 0
    for name in inputs:
        if name == "-":
            return None
        path = Path(name)
        entries = list(_walk(path)) if path.is_dir() else [path]
        for entry in entries:
            if isinstance(entry, Path) and _kind(entry) == "meta":
                continue
            try:
                is_jsonl = isinstance(entry, Path) and _kind(entry) == "jsonl" and entry.is_file()
                total += _count_lines(entry) if is_jsonl else 1
            except OSError:
                total += 1  # iter_articles will yield one error for it
    return total


# --------------------------------------------------------------------------------------------
# Boilerplate


@dataclass(frozen=True)
class BoilerplateRules:
    """Compiled patterns from boilerplate.txt; see that file for what each section does."""

    strip: tuple[re.Pattern[str], ...] = ()
    line: tuple[re.Pattern[str], ...] = ()
    end: tuple[re.Pattern[str], ...] = ()


_SECTIONS = ("strip", "line", "end")
# An [end] marker only cuts once this much body came before it (see boilerplate.txt).
_END_MIN_LINES = 2
_END_MIN_CHARS = 150


def load_boilerplate(paths: Sequence[Path] | None = None) -> BoilerplateRules:
    """Rules from the packaged boilerplate.txt plus the user's own file, if there is one."""
    if paths is None:
        paths = [PACKAGE_DATA / "boilerplate.txt", user_data_dir() / "boilerplate.txt"]
    found: dict[str, list[re.Pattern[str]]] = {name: [] for name in _SECTIONS}
    for path in paths:
        if not path.is_file():
            continue
        section = "line"  # patterns before any header drop lines: the simplest thing a user adds
        for number, raw in enumerate(path.read_text(encoding="utf-8-sig").splitlines(), start=1):
            text = raw.strip()
            if not text or text.startswith("#"):
                continue
            header = re.fullmatch(r"\[(\w+)\]", text)
            if header and header.group(1) in _SECTIONS:
                section = header.group(1)
                continue
            try:
                found[section].append(re.compile(text))
            except re.error as exc:
                raise DocumentError(
                    str(path), f"bad regular expression ({exc}): fix the pattern", number
                ) from exc
    return BoilerplateRules(**{name: tuple(patterns) for name, patterns in found.items()})


@functools.lru_cache(maxsize=1)
def _default_rules() -> BoilerplateRules:
    return load_boilerplate()


# A kept line this long that a dropped caption line begins with is that caption's bare copy (see clean_text).
_CAPTION_MIN_CHARS = 30


def _last_body_line(out: list[str]) -> int | None:
    """The index of the last non-blank line kept after the headline, or None."""
    for i in range(len(out) - 1, 0, -1):
        if out[i]:
            return i
    return None


def clean_text(text: str, rules: BoilerplateRules | None = None) -> str:
    """The article without obvious non-article lines (captions, share buttons, comment sections...).

    Keeps the first line (the headline), every other line no pattern matches, and one blank line
    between paragraphs. Offsets into the original text are not preserved.
    """
    rules = rules or _default_rules()
    out: list[str] = []
    seen: set[str] = set()
    body_lines = body_chars = 0
    for raw in _normalise(text).split("\n"):
        line = raw.strip()
        if not line:
            out.append("")
            continue
        if not seen:  # the headline: never dropped
            seen.add(line)
            out.append(line)
            continue
        stripped = line
        for pattern in rules.strip:
            stripped = pattern.sub(" ", stripped)
        if stripped != line:  # only touch spacing where a widget was cut out
            line = re.sub(r"\s{2,}", " ", stripped).strip()
            if not line:
                continue
        if any(pattern.search(line) for pattern in rules.end):
            if body_lines >= _END_MIN_LINES and body_chars >= _END_MIN_CHARS:
                break
            continue
        if line in seen:
            continue  # a verbatim repeat is a page artifact (repeated headline, doubled caption)
        if any(pattern.search(line) for pattern in rules.line):
            kept = _last_body_line(out)
            if kept is not None and len(out[kept]) >= _CAPTION_MIN_CHARS and line.startswith(out[kept]):
                # A caption told twice, the second time with its credit ("Troops patrol X. © Jane Doe, AFP"):
                # the bare copy above it is the same caption, not a sentence of the story.
                del out[kept]
                body_lines -= 1
            continue
        seen.add(line)
        out.append(line)
        body_lines += 1
        body_chars += len(line)
    # One blank line between paragraphs, none at either end.
    cleaned = re.sub(r"\n{3,}", "\n\n", "\n".join(out))
    return cleaned.strip("\n")
