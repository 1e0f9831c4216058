"""Reading articles (kg.articles): every input kind becomes an Article, every bad input one InputError."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from kg.articles import Article, Defaults, decode, detect_language, parse_published, read_articles
from kg.errors import InputError

ARABIC = "أعلنت إيران أنها ستواصل المحادثات غير المباشرة مع الولايات المتحدة في مسقط الأسبوع المقبل."
ENGLISH = ("Iran said on Sunday that it would continue indirect talks with the United States in Muscat "
           "next week, according to a statement from its foreign ministry.")

HTML_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Oman hosts indirect talks between Iran and the United States | Gulf Monitor</title>
<meta property="og:site_name" content="Gulf Monitor">
<meta property="og:title" content="Oman hosts indirect talks between Iran and the United States">
<meta property="article:published_time" content="2024-05-18T09:30:00+00:00">
<link rel="canonical" href="https://gulfmonitor.example/news/oman-talks">
</head>
<body>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav></header>
<main><article>
<h1>Oman hosts indirect talks between Iran and the United States</h1>
<p>Oman hosted indirect talks between Iran and the United States in Muscat on Friday, according to two
officials familiar with the meetings. The talks focused on avoiding a wider regional escalation after
months of attacks in the Red Sea.</p>
<p>Iranian Foreign Minister Hossein Amir-Abdollahian said the negotiations were "a continuing process"
and would not be the last. Washington did not comment on the details of the meetings.</p>
<p>The Houthis, who are backed by Iran, have fired missiles and drones at ships in the Red Sea since
November, prompting strikes by the United States and Britain on targets in Yemen.</p>
</article></main>
<aside><h3>Most read</h3><ul><li><a href="/a">Football results</a></li><li><a href="/b">Weather</a></li></ul></aside>
<footer><p>Copyright 2024 Gulf Monitor. All rights reserved.</p></footer>
</body>
</html>
"""


def read(*paths: Path, defaults: Defaults = Defaults()) -> list:
    return list(read_articles(list(paths), defaults))


def test_json_object_becomes_one_article_with_every_field(tmp_path):
    path = tmp_path / "one.json"
    path.write_text(json.dumps({"id": "a1", "url": "https://example.org/a1", "source": "Test Wire",
                                "published": "2024-05-19T08:15:00Z", "title": " Talks ", "text": ENGLISH,
                                "lang": "en", "extra": "ignored"}), encoding="utf-8")
    [article] = read(path)
    assert article == Article(id="a1", text=ENGLISH, title="Talks", url="https://example.org/a1", source="Test Wire",
                              published=date(2024, 5, 19), lang="en", origin=str(path))


def test_json_list_gives_each_article_in_order(tmp_path):
    path = tmp_path / "list.json"
    path.write_text(json.dumps([{"id": "x", "text": ENGLISH}, {"id": "y", "text": ARABIC}]), encoding="utf-8")
    assert [a.id for a in read(path)] == ["x", "y"]


def test_jsonl_reports_a_bad_line_by_number_and_still_reads_the_others(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join([json.dumps({"id": "l1", "text": ENGLISH}), "{not json", "",
                               json.dumps({"id": "l4", "text": ARABIC})]) + "\n", encoding="utf-8")
    items = read(path)
    assert [a.id for a in items if isinstance(a, Article)] == ["l1", "l4"]
    [error] = [e for e in items if isinstance(e, InputError)]
    assert error.line == 2 and str(error).startswith(f"{path}:2: invalid JSON")


def test_text_file_takes_its_first_line_as_title_and_the_flags_as_metadata(tmp_path):
    path = tmp_path / "talks-report.txt"
    path.write_text(f"Talks in Muscat\n\n{ENGLISH}\n", encoding="utf-8")
    [article] = read(path, defaults=Defaults(date(2024, 5, 20), "Test Wire", "en"))
    assert (article.id, article.title, article.text) == ("talks-report", "Talks in Muscat", ENGLISH)
    assert (article.published, article.source, article.lang) == (date(2024, 5, 20), "Test Wire", "en")


def test_windows_1256_arabic_text_decodes_to_the_same_text_as_utf8(tmp_path):
    (tmp_path / "cp.txt").write_bytes(f"عنوان\n{ARABIC}".encode("cp1256"))
    (tmp_path / "utf.txt").write_bytes(f"عنوان\n{ARABIC}".encode("utf-8"))
    (tmp_path / "bom.txt").write_bytes(f"عنوان\n{ARABIC}".encode("utf-8-sig"))
    articles = read(tmp_path / "cp.txt", tmp_path / "utf.txt", tmp_path / "bom.txt")
    assert [(a.title, a.text, a.lang) for a in articles] == [("عنوان", ARABIC, "ar")] * 3


def test_decode_refuses_binary_data():
    with pytest.raises(InputError, match="binary"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "image.txt")


def test_language_is_detected_when_absent():
    assert detect_language(ARABIC) == "ar"
    assert detect_language(ENGLISH) == "en"


@pytest.mark.parametrize("value, expected", [
    ("2024-05-19", date(2024, 5, 19)),
    ("2024-05-19T23:30:00+03:00", date(2024, 5, 19)),
    ("2024-05-19T08:00:00Z", date(2024, 5, 19)),
    (None, None),
    ("", None),
])
def test_published_accepts_iso_dates_and_datetimes(value, expected):
    assert parse_published(value, "a.json") == expected


@pytest.mark.parametrize("value", ["19/05/2024", "yesterday", "2024-13-01", 20240519])
def test_published_rejects_what_is_not_an_iso_date(value):
    with pytest.raises(InputError, match="published"):
        parse_published(value, "a.json")


def test_saved_html_page_gives_text_title_date_url_and_site(tmp_path):
    path = tmp_path / "oman-talks.html"
    path.write_text(HTML_PAGE, encoding="utf-8")
    [article] = read(path)
    assert article.title == "Oman hosts indirect talks between Iran and the United States"
    assert article.published == date(2024, 5, 18)
    assert article.url == "https://gulfmonitor.example/news/oman-talks"
    assert article.source == "Gulf Monitor"
    assert article.lang == "en"
    assert "Oman hosted indirect talks" in article.text and "Amir-Abdollahian" in article.text
    assert "Football results" not in article.text and "Copyright" not in article.text


def test_folders_are_read_recursively_and_unknown_files_inside_them_skipped(tmp_path):
    (tmp_path / "2024" / "05").mkdir(parents=True)
    (tmp_path / "2024" / "top.json").write_text(json.dumps({"id": "top", "text": ENGLISH}), encoding="utf-8")
    (tmp_path / "2024" / "05" / "deep.txt").write_text(f"T\n{ARABIC}", encoding="utf-8")
    (tmp_path / "2024" / "05" / "notes.md").write_text("not an article", encoding="utf-8")
    assert sorted(a.id for a in read(tmp_path)) == ["deep", "top"]


@pytest.mark.parametrize("name, content, problem", [
    ("empty.json", b"", "empty"),
    ("blank.txt", b"  \n\n ", "empty"),
    ("empty.jsonl", b"", "empty"),
    ("blank.jsonl", b"\n  \n\n", "empty"),
    ("broken.json", b'{"id": "x", "text": ', "invalid JSON"),
    ("string.json", b'"just a string"', "expected a JSON object"),
    ("empty-list.json", b"[]", "no articles"),
    ("no-text.json", b'{"id": "x", "title": "T"}', "no 'text'"),
    ("no-id.json", b'{"text": "Iran and Oman."}', "no 'id'"),
    ("blank-text.json", b'{"id": "x", "text": "   "}', "blank"),
    ("list-text.json", b'{"id": "x", "text": ["a"]}', "must be a string"),
    ("bad-date.json", b'{"id": "x", "text": "Iran and Oman.", "published": "next Tuesday"}', "published"),
    ("binary.txt", b"\x00\x01\x02\x03binary", "binary"),
    ("data.csv", b"id,text\n1,Iran", "unknown file type"),
])
def test_each_bad_input_gives_one_error_naming_the_file(tmp_path, name, content, problem):
    path = tmp_path / name
    path.write_bytes(content)
    [error] = read(path)
    assert isinstance(error, InputError)
    assert str(error).startswith(f"{path}: ") and problem in str(error)


def test_missing_path_is_an_error_naming_it(tmp_path):
    [error] = read(tmp_path / "nowhere.json")
    assert isinstance(error, InputError) and str(error) == f"{tmp_path / 'nowhere.json'}: no such file or folder"
