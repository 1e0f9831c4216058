"""Property-based tests (hypothesis): no input crashes the readers or the extractor.

The readers (kg.articles) may only give articles or InputErrors, whatever the bytes, text or
JSON they are given; the JSON list reader gives what json.loads gives however the text comes
in chunks; the extractor returns on any text of Arabic and English letters, digits,
punctuation and month names, with every span inside the text. Example counts are kept
modest so that the suite stays fast.
"""
from __future__ import annotations

import codecs
import json
import os
from datetime import date
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from kg.articles import Article, Defaults, decode, parse_published, read_articles
from kg.errors import InputError, RasadError
from kg.jsonstream import json_values

# RASAD_FUZZ_SCALE=20 runs twenty times as many examples (a longer hunt than CI's).
SCALE = int(os.environ.get("RASAD_FUZZ_SCALE", "1"))


def examples(count: int) -> settings:
    return settings(max_examples=count * SCALE, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.too_slow])


SETTINGS, FEW = examples(120), examples(40)


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


def read_all(path: Path) -> list:
    """What the readers give for one file, checked to be articles or InputErrors only."""
    items = list(read_articles([path], Defaults()))
    for item in items:
        assert isinstance(item, (Article, InputError)), f"{type(item).__name__}: {item!r}"
        if isinstance(item, Article):
            well_formed(item)
        else:
            assert str(item).startswith(str(path)) and "\n" not in str(item), str(item)
    return items


def well_formed(article: Article) -> None:
    """An article the rest of the pipeline can take: ids and text present, valid Unicode, a valid language tag."""
    assert article.id.strip() == article.id and article.id
    assert article.text.strip()
    for value in (article.id, article.text, article.title, article.url or "", article.source or ""):
        value.encode("utf-8")
    ox.Literal("", language=article.lang)


# ------------------------------------------------------------------ any bytes, any text

TEXTISH = st.one_of(
    st.binary(max_size=3000),
    st.text(max_size=1500).map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.text(alphabet=st.characters(min_codepoint=0x600, max_codepoint=0x6ff), max_size=800).map(
        lambda t: t.encode("cp1256", "ignore")),
    st.text(max_size=500).map(lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le", "surrogatepass")),
    st.builds(lambda a, b: a + b, st.sampled_from([b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"<html>", b"{", b"["]),
              st.binary(max_size=500)),
)


@pytest.mark.parametrize("suffix", [".json", ".jsonl", ".txt", ".html"])
@SETTINGS
@given(data=TEXTISH)
def test_any_bytes_in_any_kind_of_file_give_articles_or_input_errors(folder, suffix, data):
    path = folder / f"bytes{suffix}"
    path.write_bytes(data)
    read_all(path)


@SETTINGS
@given(data=st.binary(max_size=2000))
def test_decode_returns_text_or_raises_an_input_error(data):
    try:
        text = decode(data, "x.txt")
    except InputError:
        return
    assert isinstance(text, str)


@SETTINGS
@given(value=st.one_of(st.none(), st.text(max_size=40), st.integers(), st.floats(), st.booleans(),
                       st.lists(st.integers(), max_size=3), st.dates().map(date.isoformat),
                       st.datetimes().map(lambda d: d.isoformat() + "Z")))
def test_published_is_a_date_none_or_an_input_error(value):
    try:
        result = parse_published(value, "a.json")
    except InputError as e:
        assert "published" in str(e)
        return
    assert result is None or isinstance(result, date)


@SETTINGS
@given(day=st.dates(min_value=date(1800, 1, 1), max_value=date(2200, 12, 31)))
def test_every_iso_date_of_the_news_years_is_read_as_itself(day):
    assert parse_published(day.isoformat(), "a.json") == day


# ------------------------------------------------------------------ any JSON

SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False, allow_infinity=False),
                    st.text(max_size=30))
JSON_VALUES = st.recursive(SCALARS, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                             st.dictionaries(st.text(max_size=8), inner, max_size=4)),
                           max_leaves=12)
FIELD_VALUES = st.one_of(JSON_VALUES, st.text(max_size=80), st.sampled_from(["", "  ", "en", "ar", "en_US", "x",
                                                                              "2024-05-19", "19/05/2024", "\ud800"]))
RECORDS = st.one_of(
    st.fixed_dictionaries({"id": FIELD_VALUES, "text": FIELD_VALUES},
                          optional={k: FIELD_VALUES for k in ("title", "url", "source", "published", "lang")}),
    JSON_VALUES,
)


def dumps(value, ascii_only: bool, indent: int | None) -> str:
    return json.dumps(value, ensure_ascii=ascii_only, indent=indent)


@SETTINGS
@given(value=st.one_of(RECORDS, st.lists(RECORDS, max_size=5)), ascii_only=st.booleans(),
       indent=st.sampled_from([None, 0, 1, 2]))
def test_any_json_file_gives_articles_or_input_errors(folder, value, ascii_only, indent):
    path = folder / "value.json"
    path.write_text(dumps(value, ascii_only, indent), encoding="utf-8", errors="surrogatepass")
    read_all(path)


@SETTINGS
@given(values=st.lists(RECORDS, min_size=1, max_size=6), ascii_only=st.booleans())
def test_any_jsonl_file_gives_one_item_per_line_articles_or_errors_by_line(folder, values, ascii_only):
    path = folder / "lines.jsonl"
    path.write_text("\n".join(dumps(v, ascii_only, None) for v in values) + "\n", encoding="utf-8",
                    errors="surrogatepass")
    items = read_all(path)
    assert len(items) == len(values)
    for number, item in enumerate(items, start=1):
        assert (item.origin if isinstance(item, Article) else str(item)).startswith(f"{path}:{number}")


ARTICLE_RECORDS = st.fixed_dictionaries(
    {"id": st.text(min_size=1, max_size=30).filter(str.strip), "text": st.text(min_size=1, max_size=300).filter(str.strip)},
    optional={"title": st.text(max_size=40), "lang": st.sampled_from(["en", "ar", "fr", "ar-SY"]),
              "published": st.dates(min_value=date(1800, 1, 1), max_value=date(2200, 12, 31)).map(date.isoformat)},
)


@SETTINGS
@given(records=st.lists(ARTICLE_RECORDS, min_size=1, max_size=5), ascii_only=st.booleans(),
       indent=st.sampled_from([None, 1]))
def test_a_valid_article_list_is_read_back_whole_in_order(folder, records, ascii_only, indent):
    assume(all(r["id"].encode("utf-8", "strict") and r["text"].encode("utf-8", "strict") for r in _encodable(records)))
    path = folder / "articles.json"
    path.write_text(dumps(records, ascii_only, indent), encoding="utf-8")
    items = read_all(path)
    assert [(a.id, a.text) for a in items] == [(r["id"].strip(), r["text"]) for r in records]


def _encodable(records):
    for record in records:
        for value in record.values():
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                assume(False)
        yield record


# ------------------------------------------------------------------ the JSON list reader itself


def chunked(text: str, cuts: list[int]):
    points = sorted({c % (len(text) + 1) for c in cuts} | {0, len(text)})
    return iter([text[a:b] for a, b in zip(points, points[1:])] or [""])


def too_big(size: int) -> str:
    return f"{size} is too big"


@SETTINGS
@given(values=st.lists(JSON_VALUES, max_size=8), indent=st.sampled_from([None, 0, 2]),
       cuts=st.lists(st.integers(min_value=0, max_value=10_000), max_size=12))
def test_the_list_reader_gives_what_json_loads_gives_however_the_text_is_cut(values, indent, cuts):
    text = json.dumps(values, indent=indent)
    try:
        read = list(json_values("f.json", chunked(text, cuts), len(text), 10**9, too_big))
    except InputError as e:
        assert values == [] and "no articles" in str(e)
        return
    assert [value for _, value in read] == values
    lines = [line for line, _ in read]
    assert lines == sorted(lines) and all(line >= 1 for line in lines)


@SETTINGS
@given(values=st.lists(JSON_VALUES, min_size=1, max_size=8), limit=st.integers(min_value=1, max_value=60),
       cuts=st.lists(st.integers(min_value=0, max_value=10_000), max_size=12))
def test_the_list_reader_skips_what_is_over_the_limit_and_keeps_the_rest(values, limit, cuts):
    text = json.dumps(values)
    read = [value for _, value in json_values("f.json", chunked(text, cuts), len(text), limit, too_big)]
    assert len(read) == len(values)
    for got, wanted in zip(read, values):
        if len(json.dumps(wanted)) > limit:
            assert isinstance(got, InputError) and "too big" in str(got)
        else:
            assert got == wanted


@SETTINGS
@given(values=st.lists(JSON_VALUES, min_size=1, max_size=5), cut=st.integers(min_value=0), junk=st.text(max_size=5),
       cuts=st.lists(st.integers(min_value=0, max_value=10_000), max_size=6))
def test_the_list_reader_survives_any_truncated_or_spoilt_text(values, cut, junk, cuts):
    text = json.dumps(values)
    position = cut % (len(text) + 1)
    spoilt = text[:position] + junk + text[position + len(junk):]
    try:
        for _, value in json_values("f.json", chunked(spoilt, cuts), len(spoilt), 100, too_big):
            assert not isinstance(value, Exception) or isinstance(value, InputError)
    except InputError:
        pass


# ------------------------------------------------------------------ the extractor

ARABIC_LETTERS = "".join(chr(c) for c in range(0x621, 0x64B)) + "ىةأإآؤئ"
ARABIC_MARKS = "".join(chr(c) for c in range(0x64B, 0x653)) + "ـ"
ALPHABET = (ARABIC_LETTERS + ARABIC_MARKS + "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
            + "0123456789٠١٢٣٤٥٦٧٨٩" + ".,;:!?'\"()-–—/،؛؟«»%" + " \n\t")
WORDS = [
    # months (Gregorian, Levantine, Hijri) and days, relative dates
    "January", "March", "May", "December", "Jan.", "Sept.", "يناير", "مارس", "مايو", "ديسمبر", "كانون الثاني", "آذار",
    "أيار", "تشرين الأول", "رمضان", "محرم", "ذو الحجة", "Monday", "Friday", "الاثنين", "الجمعة", "yesterday",
    "last week", "أمس", "الأسبوع الماضي", "اليوم", "on Tuesday", "يوم السبت", "1445", "2024", "19", "١٩", "٢٠٢٤",
    # actors, places, triggers, speech verbs, negation
    "Iran", "إيران", "Hezbollah", "حزب الله", "the Houthis", "الحوثيون", "Israel", "إسرائيل", "Hamas", "حماس",
    "the United States", "الولايات المتحدة", "Tehran", "طهران", "Beirut", "بيروت", "Oman", "مسقط", "Iranian", "الإيراني",
    "Foreign Minister", "وزير الخارجية", "Revolutionary Guard", "الحرس الثوري", "fired", "أطلق", "struck", "قصف",
    "talks", "محادثات", "backed by", "المدعومة من", "said", "قال", "claimed", "تبنى", "did not", "لم", "denied", "نفى",
    "rockets", "صواريخ", "drones", "مسيرات", "in", "في", "on", "على", "and", "و", "the", "ال", ".", "،", "\n\n",
]
TOKENS = st.one_of(st.sampled_from(WORDS), st.text(alphabet=ALPHABET, min_size=1, max_size=12))
TEXTS = st.lists(TOKENS, min_size=1, max_size=60).flatmap(
    lambda tokens: st.sampled_from([" ", "", " . ", "\n"]).map(lambda sep: sep.join(tokens)))


@pytest.fixture(scope="module")
def catalogue():
    from kg.extract.catalogue import default_catalogue

    return default_catalogue()


def article_for(text: str, lang: str, published: date | None) -> Article:
    return Article(id="fuzz", text=text, title=text[:40], lang=lang, published=published, origin="fuzz")


# Publication dates as the readers let them through (kg.articles.PUBLISHED_YEARS).
NEWS_DATES = st.one_of(st.none(), st.dates(min_value=date(1800, 1, 1), max_value=date(2200, 12, 31)))


@examples(300)
@given(text=TEXTS, lang=st.sampled_from(["ar", "en"]), published=NEWS_DATES)
def test_the_extractor_never_raises_on_arabic_and_english_text(catalogue, text, lang, published):
    from kg.extract.pipeline import extract

    extract(article_for(text, lang, published), catalogue)


# hypothesis found an OverflowError here once: relative dates are resolved only for news years
@pytest.mark.parametrize("published", [date(1, 1, 1), date(1, 1, 7)])
def test_the_extractor_takes_a_relative_date_published_in_the_first_week_of_year_one(catalogue, published):
    from kg.extract.pipeline import extract

    extract(article_for("Iran fired", "ar", published), catalogue)


def test_the_readers_refuse_a_publication_date_outside_the_news_years():
    with pytest.raises(InputError, match="not a news date"):
        parse_published("0001-01-01", "a.json")


@SETTINGS
@given(text=TEXTS, lang=st.sampled_from(["ar", "en"]), published=NEWS_DATES)
def test_every_span_the_extractor_gives_lies_inside_the_text(catalogue, text, lang, published):
    from kg.extract.pipeline import extract

    extraction = extract(article_for(text, lang, published), catalogue)
    for entity in extraction.entities:
        for mention in entity.mentions:
            assert 0 <= mention.start <= mention.end <= len(text)
            assert text[mention.start:mention.end] == mention.surface
    evidence = [r.evidence for r in extraction.relations] + [e for i in extraction.incidents for e in i.evidence]
    for item in evidence:
        assert 0 <= item.start <= item.end <= len(text)


@pytest.fixture(scope="module")
def writer(tmp_path_factory):
    from kg.store import EmbeddedStore

    store = EmbeddedStore(tmp_path_factory.mktemp("fuzz-store") / "s")
    yield store
    store.close()


@FEW
@given(text=TEXTS, lang=st.sampled_from(["ar", "en", "fr", "ar-SY"]), published=NEWS_DATES,
       title=st.text(max_size=30), article_id=st.text(min_size=1, max_size=20).filter(str.strip))
def test_any_article_is_extracted_mapped_and_written_or_refused_with_a_rasad_error(catalogue, writer, text, lang,
                                                                                    published, title, article_id):
    from kg.ingest import IngestReport, ingest_article

    assume(text.strip())
    try:
        (article_id + title).encode("utf-8")
    except UnicodeEncodeError:
        assume(False)
    article = Article(id=article_id.strip(), text=text, title=title.strip(), lang=lang, published=published, origin="fuzz")
    try:
        ingest_article(writer, article, catalogue, IngestReport())
    except RasadError:
        pass
