"""Read articles from JSON, JSONL, plain text and saved HTML files, and folders of them."""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Iterator

from kg.errors import InputError
from kg.extract.text import is_arabic

SUFFIXES = {".json", ".jsonl", ".ndjson", ".txt", ".html", ".htm"}
MAX_ARTICLE_BYTES = 20 * 1024 * 1024
ARTICLE_FIELDS = ("id", "url", "source", "published", "title", "text", "lang")


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


def parse_published(value, where: str, line: int | None = None) -> date | None:
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise InputError(where, f"'published' must be an ISO date, not {value!r}", line)
    try:
        return datetime.fromisoformat(value.strip().replace("Z", "+00:00")).date()
    except ValueError:
        try:
            return date.fromisoformat(value.strip()[:10])
        except ValueError:
            raise InputError(where, f"'published' is not an ISO date or datetime: {value!r}", line) from None


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


def article_from_record(record, where: str, line: int | None = None) -> Article:
    """One JSON object → an Article; unknown keys are ignored."""
    if not isinstance(record, dict):
        raise InputError(where, f"expected a JSON object with 'id' and 'text', got {type(record).__name__}", line)
    for key in ("id", "text"):
        value = record.get(key)
        if value is None:
            raise InputError(where, f"the article has no '{key}'", line)
        if not isinstance(value, (str, int)) or (key == "text" and not isinstance(value, str)):
            raise InputError(where, f"'{key}' must be a string", line)
        if not str(value).strip():
            raise InputError(where, f"'{key}' is blank", line)
    for key in ("title", "url", "source", "lang"):
        if record.get(key) is not None and not isinstance(record[key], str):
            raise InputError(where, f"'{key}' must be a string", line)
    text = record["text"]
    lang = (record.get("lang") or "").strip() or detect_language(text)
    return Article(
        id=str(record["id"]).strip(), text=text, title=(record.get("title") or "").strip(),
        url=record.get("url") or None, source=record.get("source") or None,
        published=parse_published(record.get("published"), where, line), lang=lang,
        origin=f"{where}:{line}" if line else where,
    )


def decode(data: bytes, where: str) -> str:
    """UTF-8 (with or without BOM), else Windows-1256, common for Arabic pages."""
    if b"\x00" in data[:8192]:
        raise InputError(where, "binary data, not a text file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1256")
    except UnicodeDecodeError:
        raise InputError(where, "cannot decode the file as UTF-8 or Windows-1256") from None
    if not is_arabic(text):
        raise InputError(where, "cannot decode the file as UTF-8 (and it is not Windows-1256 Arabic)")
    return text


def read_bytes(path: Path) -> bytes:
    where = str(path)
    try:
        size = path.stat().st_size
    except OSError as e:
        raise InputError(where, f"cannot read: {e.strerror}") from None
    if size > MAX_ARTICLE_BYTES and path.suffix.lower() not in (".jsonl", ".ndjson"):
        raise InputError(where, f"the file is {size // (1024 * 1024)} MB, over the {MAX_ARTICLE_BYTES // (1024 * 1024)} MB limit for one article")
    try:
        return path.read_bytes()
    except OSError as e:
        raise InputError(where, f"cannot read: {e.strerror}") from None


def _stem_id(path: Path, text: str) -> str:
    stem = re.sub(r"[^\w-]+", "-", path.stem).strip("-")
    return stem or hashlib.sha1(text.encode()).hexdigest()[:16]


def read_json(path: Path) -> Iterator[Article]:
    text = decode(read_bytes(path), str(path))
    if not text.strip():
        raise InputError(str(path), "the file is empty")
    try:
        record = json.loads(text)
    except json.JSONDecodeError as e:
        raise InputError(str(path), f"invalid JSON: {e.msg} (line {e.lineno}, column {e.colno})") from None
    records = record if isinstance(record, list) else [record]
    if not records:
        raise InputError(str(path), "the JSON list holds no articles")
    for record in records:
        yield article_from_record(record, str(path))


def read_jsonl(path: Path) -> Iterator[Article | InputError]:
    """One article per line, streamed; a bad line is reported and the rest still read."""
    where = str(path)
    if path.stat().st_size == 0:
        raise InputError(where, "the file is empty")
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            try:
                line = decode(raw, where)
                yield article_from_record(json.loads(line), where, number)
            except json.JSONDecodeError as e:
                yield InputError(where, f"invalid JSON: {e.msg}", number)
            except InputError as e:
                yield InputError(where, e.problem, number)


def read_text_file(path: Path, defaults: Defaults) -> Iterator[Article]:
    text = decode(read_bytes(path), str(path)).strip()
    if not text:
        raise InputError(str(path), "the file is empty")
    title, _, body = text.partition("\n")
    body = body.strip() or title
    return iter([Article(
        id=_stem_id(path, text), text=body, title=title.strip(), source=defaults.source,
        published=defaults.published, lang=defaults.lang or detect_language(body), origin=str(path),
    )])


def read_html(path: Path, defaults: Defaults) -> Iterator[Article]:
    import trafilatura

    where = str(path)
    html = decode(read_bytes(path), where)
    if not html.strip():
        raise InputError(where, "the file is empty")
    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    fields = doc.as_dict() if hasattr(doc, "as_dict") else (doc or {})
    text = (fields.get("text") or "").strip()
    if not text:
        raise InputError(where, "no article text found in the HTML page")
    published = defaults.published
    if fields.get("date"):
        published = parse_published(fields["date"], where) or published
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
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
        elif path.exists():
            yield path
        else:
            yield InputError(str(path), "no such file or folder")


def read_articles(paths: list[Path], defaults: Defaults = Defaults()) -> Iterator[Article | InputError]:
    """Every article under the paths, or the error that stopped one, in order."""
    for path in expand_paths(paths):
        if isinstance(path, InputError):
            yield path
            continue
        try:
            for item in read_file(path, defaults):
                yield item
        except InputError as error:
            yield error

