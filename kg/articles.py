"""Read articles from JSON, JSONL, plain text and saved HTML files, and folders of them.

Every bad input becomes one InputError naming the file (and line) and the reading goes on
with the next article. Nothing is read whole that can be big: JSONL is read line by line and
a JSON list element by element, so memory stays flat however long the file;
one article's input is refused above MAX_ARTICLE_BYTES and its text above MAX_TEXT_CHARS.
"""
from __future__ import annotations

import codecs
import hashlib
import json
import re
import stat
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Iterator

import pyoxigraph

from kg.errors import InputError
from kg.extract.text import is_arabic
from kg.jsonstream import CHUNK_CHARS, json_values

SUFFIXES = {".json", ".jsonl", ".ndjson", ".txt", ".html", ".htm"}
NAMED_BY_FILE = {".txt", ".html", ".htm"}  # one article per file, its id taken from the file name
MAX_ARTICLE_BYTES = 10 * 1024 * 1024  # one article's input: a file, a JSONL line, an element of a JSON list
MAX_TEXT_CHARS = 1_000_000  # one article's text, as the extractor takes it (its time grows faster than the text)
MAX_ID_CHARS = 1000
PUBLISHED_YEARS = (1800, 2200)  # a date far outside is a data error (and dates near year 1 or 9999 overflow)
ARTICLE_FIELDS = ("id", "url", "source", "published", "title", "text", "lang")
FULL_STOP = re.compile(r"[.!?\u061f\u2026]")  # Arabic's question mark too
WORD = re.compile(r"\w+")
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}.*)?")


@dataclass(frozen=True)
class Article:
    id: str
    text: str
    title: str = ""
    url: str | None = None
    source: str | None = None
    published: date | None = None
    lang: str = "en"
    origin: str = ""  # where it was read from: FILE or FILE:LINE


@dataclass(frozen=True)
class Defaults:
    """Values for plain text files, which carry no metadata of their own."""

    published: date | None = None
    source: str | None = None
    lang: str | None = None


def megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MB" if size >= 1024 * 1024 else f"{size / 1024:.0f} KB"


def too_big(size: int) -> str:
    return f"the article is {megabytes(size)}, over the {megabytes(MAX_ARTICLE_BYTES)} limit for one article"


def parse_published(value, where: str, line: int | None = None) -> date | None:
    if value in (None, ""):
        return None
    if not isinstance(value, str) or not ISO_DATE.fullmatch(value.strip()):
        raise InputError(where, f"'published' is not an ISO date (YYYY-MM-DD) or datetime: {_show(value)}", line)
    text = value.strip()
    try:
        day = datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        try:  # a datetime that this Python does not parse whole (say, nanoseconds): its date is enough
            day = date.fromisoformat(text[:10])
        except ValueError:
            raise InputError(where, f"'published' is not a valid date: {_show(value)}", line) from None
    if not PUBLISHED_YEARS[0] <= day.year <= PUBLISHED_YEARS[1]:
        raise InputError(where, f"'published' is not a news date (years {PUBLISHED_YEARS[0]} to "
                                f"{PUBLISHED_YEARS[1]}): {_show(value)}", line)
    return day


def check_language(tag: str, where: str, line: int | None = None, name: str = "'lang'") -> str:
    """A BCP 47 tag as RDF takes it (en, ar, ar-SY), or an InputError."""
    try:
        pyoxigraph.Literal("", language=tag)
    except ValueError:
        raise InputError(where, f"{name} is not a BCP 47 language tag (such as en, ar or ar-SY): {_show(tag)}", line) from None
    return tag


def detect_language(text: str) -> str:
    """Arabic by its script; otherwise langdetect, defaulting to English."""
    if is_arabic(text[:2000]):
        return "ar"
    try:
        from langdetect import DetectorFactory, detect

        DetectorFactory.seed = 0
        return detect(text[:2000])
    except Exception:  # langdetect raises on text without features; English is the safe default
        return "en"


def _show(value, width: int = 60) -> str:
    text = repr(value)
    return text if len(text) <= width else text[: width - 3] + "..."


def _valid_unicode(key: str, value: str, where: str, line: int | None) -> None:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as e:
        raise InputError(where, f"'{key}' holds invalid Unicode (a lone surrogate {value[e.start]!r} "
                                f"at character {e.start})", line) from None


def check_text(text: str, where: str, line: int | None = None) -> str:
    if len(text) > MAX_TEXT_CHARS:
        raise InputError(where, f"the article's text is {len(text):,} characters, over the "
                                f"{MAX_TEXT_CHARS:,}-character limit for one article", line)
    return text


def article_from_record(record, where: str, line: int | None = None) -> Article:
    """One JSON object → an Article; unknown keys are ignored."""
    if not isinstance(record, dict):
        raise InputError(where, f"expected a JSON object with 'id' and 'text', got {_kind(record)}", line)
    for key in ("id", "text"):
        value = record.get(key)
        if value is None:
            raise InputError(where, f"the article has no '{key}'", line)
        if isinstance(value, bool) or not isinstance(value, (str, int)) or (key == "text" and not isinstance(value, str)):
            raise InputError(where, f"'{key}' must be a string", line)
        if not str(value).strip():
            raise InputError(where, f"'{key}' is blank", line)
    for key in ("title", "url", "source", "lang"):
        if record.get(key) is not None and not isinstance(record[key], str):
            raise InputError(where, f"'{key}' must be a string", line)
    for key in ("id", "text", "title", "url", "source", "lang"):
        if isinstance(record.get(key), str):
            _valid_unicode(key, record[key], where, line)
    article_id = str(record["id"]).strip()
    if len(article_id) > MAX_ID_CHARS:
        raise InputError(where, f"'id' is {len(article_id):,} characters long, over the {MAX_ID_CHARS}-character limit", line)
    text = check_text(record["text"], where, line)
    lang = (record.get("lang") or "").strip()
    lang = check_language(lang, where, line) if lang else detect_language(text)
    return Article(
        id=article_id, text=text, title=(record.get("title") or "").strip(),
        url=record.get("url") or None, source=record.get("source") or None,
        published=parse_published(record.get("published"), where, line), lang=lang,
        origin=f"{where}:{line}" if line else where,
    )


def _kind(value) -> str:
    names = {dict: "an object", list: "a list", str: "a string", bool: "true or false", int: "a number",
             float: "a number", type(None): "null"}
    return names.get(type(value), type(value).__name__)


def decode(data: bytes, where: str, line: int | None = None) -> str:
    """UTF-8 (with or without BOM), UTF-16 with a BOM, else Windows-1256, common for Arabic pages."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):  # "Unicode" as Windows Notepad saves it
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(where, "cannot decode the file as UTF-16, as its byte order mark says it is", line) from None
    if b"\x00" in data[:8192]:
        raise InputError(where, "binary data, not a text file", line)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1256")
    except UnicodeDecodeError:
        raise InputError(where, "cannot decode the file as UTF-8 or Windows-1256", line) from None
    if not is_arabic(text):
        raise InputError(where, "cannot decode the file as UTF-8 (and it is not Windows-1256 Arabic)", line)
    return text


def file_size(path: Path) -> int:
    """The size of a regular file, or an InputError saying why it cannot be read."""
    try:
        info = path.stat()
    except OSError as e:
        raise InputError(str(path), f"cannot read: {e.strerror or e}") from None
    if not stat.S_ISREG(info.st_mode):
        raise InputError(str(path), "cannot read: not a regular file (a pipe, socket or device)")
    return info.st_size


def read_bytes(path: Path) -> bytes:
    """A file holding one article, whole, after checking its size against the limit."""
    size = file_size(path)
    if size > MAX_ARTICLE_BYTES:
        raise InputError(str(path), too_big(size))
    try:
        return path.read_bytes()
    except OSError as e:
        raise InputError(str(path), f"cannot read: {e.strerror or e}") from None


def _stem_id(path: Path, text: str) -> str:
    stem = re.sub(r"[^\w-]+", "-", path.stem).strip("-")
    return stem or hashlib.sha1(text.encode()).hexdigest()[:16]


def _json_chunks(path: Path, size: int) -> Iterator[str]:
    """A small file decoded whole (UTF-8 or Windows-1256); a big one streamed as UTF-8."""
    where = str(path)
    if size <= MAX_ARTICLE_BYTES:
        yield decode(read_bytes(path), where)
        return
    decoder, offset = codecs.getincrementaldecoder("utf-8-sig")(), 0
    try:
        with path.open("rb") as handle:
            while data := handle.read(CHUNK_CHARS):
                if offset == 0 and b"\x00" in data[:8192]:
                    raise InputError(where, "binary data, not a text file")
                try:
                    yield decoder.decode(data)
                except UnicodeDecodeError as e:
                    raise InputError(where, f"cannot decode the file as UTF-8 (at byte {offset + e.start:,})") from None
                offset += len(data)
    except OSError as e:
        raise InputError(where, f"cannot read: {e.strerror or e}") from None


def read_json(path: Path) -> Iterator[Article | InputError]:
    """One article (an object) or a list of them, read element by element."""
    where = str(path)
    size = file_size(path)
    first = True
    for line, value in json_values(where, _json_chunks(path, size), size, MAX_ARTICLE_BYTES, too_big):
        if isinstance(value, InputError):
            yield value
        elif line is None:
            yield article_from_record(value, where)
        elif first and not isinstance(value, dict):
            raise InputError(where, "expected a JSON object or a list of objects with 'id' and 'text', "
                                    f"got a list whose first element is {_kind(value)}")
        else:
            try:
                yield article_from_record(value, where, line)
            except InputError as error:
                yield error
        first = False


def _lines(handle, limit: int) -> Iterator[tuple[int, bytes | None]]:
    """(number, bytes) of each line; None for a line over the limit, which is skipped unread."""
    number = 0
    while raw := handle.readline(limit + 1):
        number += 1
        if len(raw) > limit and not raw.endswith(b"\n"):
            while raw and not raw.endswith(b"\n"):
                raw = handle.readline(1 << 20)
            yield number, None
        else:
            yield number, raw


def jsonl_item(raw: bytes, where: str, number: int) -> Article | InputError:
    """One JSONL line → its article, or the error that names the file and line."""
    try:
        return article_from_record(json.loads(decode(raw, where, number).rstrip()), where, number)
    except json.JSONDecodeError as e:
        return InputError(where, f"invalid JSON: {e.msg} (column {e.colno})", number)
    except RecursionError:
        return InputError(where, "invalid JSON: nested too deeply", number)
    except ValueError as e:  # json's own limits, such as integers of more than 4300 digits
        return InputError(where, f"invalid JSON: {str(e).split(':')[0]}", number)
    except InputError as e:
        return InputError(where, e.problem, number)


def read_jsonl(path: Path) -> Iterator[Article | InputError]:
    """One article per line, streamed; a bad line is reported and the rest still read."""
    where = str(path)
    if file_size(path) == 0:
        raise InputError(where, "the file is empty")
    found = False
    try:
        with path.open("rb") as handle:
            if b"\x00" in handle.read(8192):
                raise InputError(where, "binary data, not a text file")
            handle.seek(0)
            for number, raw in _lines(handle, MAX_ARTICLE_BYTES):
                if raw is None:
                    found = True
                    yield InputError(where, f"the line is over the {megabytes(MAX_ARTICLE_BYTES)} limit for one article", number)
                elif raw.strip():
                    found = True
                    yield jsonl_item(raw, where, number)
    except OSError as e:
        raise InputError(where, f"cannot read: {e.strerror or e}") from None
    if not found:
        raise InputError(where, "the file is empty")


def read_text_file(path: Path, defaults: Defaults) -> Iterator[Article]:
    text = decode(read_bytes(path), str(path)).strip()
    if not text:
        raise InputError(str(path), "the file is empty")
    _valid_unicode("text", text, str(path), None)
    title, _, body = text.partition("\n")
    body = check_text(body.strip() or title, str(path))
    return iter([Article(
        id=_stem_id(path, text), text=body, title=title.strip(), source=defaults.source,
        published=defaults.published, lang=defaults.lang or detect_language(body), origin=str(path),
    )])


def _html_fields(html: str, where: str) -> dict:
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    except Exception as e:  # trafilatura and lxml raise many kinds on malformed pages
        raise InputError(where, f"cannot parse the HTML page: {type(e).__name__}") from None
    return doc.as_dict() if hasattr(doc, "as_dict") else (doc or {})


def _has_sentence(text: str, words: int = 4) -> bool:
    """Four words or more before a full stop: a sentence, not a menu."""
    return any(len(WORD.findall(part)) >= words for part in FULL_STOP.split(text)[:-1])


def read_html(path: Path, defaults: Defaults) -> Iterator[Article]:
    where = str(path)
    html = decode(read_bytes(path), where)
    if not html.strip():
        raise InputError(where, "the file is empty")
    fields = _html_fields(html, where)
    text = (fields.get("text") or "").strip()
    if not _has_sentence(text):  # trafilatura turns a page of menus into their link texts
        raise InputError(where, "no article text found in the HTML page")
    check_text(text, where)
    published = defaults.published
    try:
        published = parse_published(fields.get("date"), where) or published
    except InputError:
        pass  # a page's own date that is not ISO is left out, not the page
    return iter([Article(
        id=_stem_id(path, text), text=text, title=(fields.get("title") or "").strip(), url=fields.get("url"),
        source=fields.get("sitename") or defaults.source, published=published,
        lang=defaults.lang or detect_language(text), origin=where,
    )])


def read_file(path: Path, defaults: Defaults) -> Iterator[Article | InputError]:
    suffix = path.suffix.lower()
    if suffix == ".json":
        return read_json(path)
    if suffix in (".jsonl", ".ndjson"):
        return read_jsonl(path)
    if suffix == ".txt":
        return read_text_file(path, defaults)
    if suffix in (".html", ".htm"):
        return read_html(path, defaults)
    raise InputError(str(path), f"unknown file type '{suffix or path.name}' (expected one of {', '.join(sorted(SUFFIXES))})")


def expand_paths(paths: list[Path]) -> Iterator[Path | InputError]:
    """Files as given, and folders recursively (only files of known types inside folders)."""
    for path in paths:
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
            if not files:
                yield InputError(str(path), f"no article files ({', '.join(sorted(SUFFIXES))}) in this folder")
            yield from files
        elif path.exists() or path.is_symlink():
            yield path
        else:
            yield InputError(str(path), "no such file or folder")


def read_articles(paths: list[Path], defaults: Defaults = Defaults()) -> Iterator[Article | InputError]:
    """Every article under the paths, or the error that stopped one, in order."""
    named_by_file: dict[str, Path] = {}  # id → the file it was taken from, for .txt and .html
    for path in expand_paths(paths):
        if isinstance(path, InputError):
            yield path
            continue
        try:
            for item in read_file(path, defaults):
                yield _unique_file_id(item, path, named_by_file)
        except InputError as error:
            yield error


def _unique_file_id(item: Article | InputError, path: Path, seen: dict[str, Path]) -> Article | InputError:
    """Two files named alike in different folders would get one id and overwrite each other."""
    if isinstance(item, InputError) or path.suffix.lower() not in NAMED_BY_FILE:
        return item
    first = seen.setdefault(item.id, path.resolve())
    if first != path.resolve():
        return InputError(str(path), f"its article id '{item.id}' (from the file name) is already taken by {first} "
                                     "in this run: rename one of the two files")
    return item
