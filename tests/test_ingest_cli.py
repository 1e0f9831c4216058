"""`kg ingest` (and `kg demo`, and every command's --help) as a user runs them."""
from __future__ import annotations

import json
import re

import pytest

from kg.cli import main as cli_main

CONTRACT_COMMANDS = ["ingest", "export", "query", "queries", "stats", "ontology", "serve", "demo"]
COMMANDS = sorted(set(CONTRACT_COMMANDS) | set(cli_main.commands))  # new commands get checked too
SUMMARY = re.compile(r"^\d+ articles?, \d+ entities, \d+ facts, \d+ incidents, \d+ quads in \d+\.\d+ s(; \d+ inputs? failed)?$")
ARTICLE_META = """SELECT ?id ?title ?published ?source ?lang ?url WHERE {
  ?a a rasad:Article ; dcterms:identifier ?id ; dcterms:language ?lang .
  OPTIONAL { ?a dcterms:title ?title } OPTIONAL { ?a dcterms:issued ?published }
  OPTIONAL { ?a dcterms:publisher ?source } OPTIONAL { ?a schema:url ?url }
} ORDER BY ?id"""

ENGLISH_BODY = ("Iran said on Sunday that it would continue indirect talks with the United States in Muscat next week, "
                "according to a statement from its foreign ministry. Oman has hosted several rounds of such talks.")
ARABIC_BODY = ("أعلنت إيران يوم الأحد أنها ستواصل المحادثات غير المباشرة مع الولايات المتحدة في مسقط الأسبوع المقبل، "
               "وفق بيان لوزارة الخارجية. واستضافت سلطنة عمان جولات عدة من هذه المحادثات.")
HTML_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Oman hosts indirect talks between Iran and the United States | Gulf Monitor</title>
<meta property="og:site_name" content="Gulf Monitor">
<meta property="og:title" content="Oman hosts indirect talks between Iran and the United States">
<meta property="article:published_time" content="2024-05-18T09:30:00+00:00">
<link rel="canonical" href="https://gulfmonitor.example/news/oman-talks">
</head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav></header>
<main><article>
<h1>Oman hosts indirect talks between Iran and the United States</h1>
<p>Oman hosted indirect talks between Iran and the United States in Muscat on Friday, according to two
officials familiar with the meetings. The talks focused on avoiding a wider regional escalation.</p>
<p>Iranian Foreign Minister Hossein Amir-Abdollahian said the negotiations were "a continuing process"
and would not be the last. Washington did not comment on the details of the meetings.</p>
</article></main>
<aside><h3>Most read</h3><ul><li><a href="/a">Football results</a></li></ul></aside>
<footer><p>Copyright 2024 Gulf Monitor. All rights reserved.</p></footer>
</body></html>
"""


def articles_in(tools, store) -> dict[str, dict]:
    """id → {field: value} of every article in the store, read back with `kg query`."""
    rows = tools.query_json(store, ARTICLE_META)["results"]["bindings"]
    return {row["id"]["value"]: {k: v["value"] for k, v in row.items()} | {"_raw": row} for row in rows}


def summary_of(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert lines, "ingest printed nothing on stderr"
    return lines[-1]


# ------------------------------------------------------------------ help


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(tools, command):
    result = tools.ok(tools.run_kg(command, "--help"))
    assert result.stdout.startswith(f"Usage: kg {command}")
    description = result.stdout.split("\n\n")[1].strip()
    assert len(description) > 20, f"`kg {command} --help` describes nothing: {result.stdout}"


def test_kg_has_the_commands_of_the_contract():
    assert set(CONTRACT_COMMANDS) <= set(cli_main.commands)


def test_kg_help_lists_every_command(tools):
    result = tools.ok(tools.run_kg("--help"))
    for command in COMMANDS:
        assert re.search(rf"^\s+{command}\s+\S", result.stdout, re.M), f"{command} is not listed:\n{result.stdout}"


# ------------------------------------------------------------------ inputs that land
# One run of `kg ingest` over a folder of every input kind (and two bad inputs beside them):
# one subprocess instead of one per kind keeps the suite fast; each test reads one part of it.

MIXED_ERRORS = 4  # feed.jsonl lines 2 and 3, broken.json, missing.json


@pytest.fixture(scope="module")
def mixed(tools, tmp_path_factory):
    base = tmp_path_factory.mktemp("mixed")
    inbox = base / "inbox"
    tools.write_json(inbox / "one.json", tools.EN_ARTICLE)
    tools.write_json(inbox / "list.json", [tools.AR_ARTICLE, tools.EN_HEZBOLLAH])
    (inbox / "feed.jsonl").write_text("\n".join([
        json.dumps({"id": "jsonl-1", "text": ENGLISH_BODY, "lang": "en"}),
        '{"id": "broken", "text": ',
        json.dumps({"id": "no-text"}),
        json.dumps({"id": "jsonl-4", "text": ARABIC_BODY}, ensure_ascii=False),
    ]) + "\n", encoding="utf-8")
    (inbox / "oman-talks.html").write_text(HTML_PAGE, encoding="utf-8")
    (inbox / "nested" / "deeper" / "deepest").mkdir(parents=True)
    (inbox / "nested" / "deeper" / "deepest" / "three.txt").write_text(f"عنوان\n{ARABIC_BODY}", encoding="utf-8")
    (inbox / "nested" / "README.md").write_text("not an article", encoding="utf-8")
    (inbox / "enc").mkdir()
    (inbox / "enc" / "utf8.txt").write_bytes(f"إيران تواصل المحادثات\n{ARABIC_BODY}".encode("utf-8"))
    (inbox / "enc" / "cp1256.txt").write_bytes(f"إيران تواصل المحادثات\n{ARABIC_BODY}".encode("cp1256"))
    tools.write_json(inbox / "nolang" / "no-lang-en.json", {"id": "no-lang-en", "text": ENGLISH_BODY})
    tools.write_json(inbox / "nolang" / "no-lang-ar.json", {"id": "no-lang-ar", "text": ARABIC_BODY})
    (inbox / "broken.json").write_text('{"id": "x", "text": "Iran', encoding="utf-8")
    location = base / "store"
    result = tools.run_kg("ingest", "--store", location, "--published", "2024-05-20", "--source", "Test Wire",
                          inbox, base / "missing.json")
    return {"inbox": inbox, "base": base, "store": location, "result": result,
            "articles": articles_in(tools, location) if location.exists() else {}}


EXPECTED_MIXED = {"test-en-oman-talks", "test-ar-houthi-missiles", "test-en-hezbollah", "jsonl-1", "jsonl-4",
                  "oman-talks", "three", "utf8", "cp1256", "no-lang-en", "no-lang-ar"}


def test_ingest_lands_every_good_input_beside_the_bad_ones(mixed):
    assert "Traceback" not in mixed["result"].stderr, mixed["result"].stderr
    assert set(mixed["articles"]) == EXPECTED_MIXED


def test_ingest_exits_non_zero_when_any_input_failed(tools, mixed):
    assert mixed["result"].returncode == 1
    assert len(tools.error_lines(mixed["result"].stderr)) == MIXED_ERRORS


def test_ingest_ends_with_a_summary_line(mixed):
    last = summary_of(mixed["result"].stderr)
    assert SUMMARY.match(last), last
    counts = dict((name, int(n)) for n, name in re.findall(r"(\d+) (articles|entities|facts|incidents)", last))
    assert counts["articles"] == len(EXPECTED_MIXED)
    assert counts["entities"] > 0 and counts["facts"] > 0 and counts["incidents"] > 0
    assert last.endswith(f"; {MIXED_ERRORS} inputs failed")


def test_ingest_json_object_lands_one_article_with_its_metadata(tools, mixed):
    meta = mixed["articles"][tools.EN_ARTICLE["id"]]
    assert meta["title"] == tools.EN_ARTICLE["title"] and meta["published"] == "2024-03-12"
    assert meta["source"] == "Test Wire" and meta["url"] == tools.EN_ARTICLE["url"] and meta["lang"] == "en"
    assert meta["_raw"]["title"]["xml:lang"] == "en"


def test_ingest_json_list_lands_every_article_of_the_list(tools, mixed):
    meta = mixed["articles"][tools.AR_ARTICLE["id"]]
    assert meta["title"] == tools.AR_ARTICLE["title"] and meta["source"] == "وكالة الاختبار"
    assert meta["lang"] == "ar" and meta["_raw"]["title"]["xml:lang"] == "ar"
    assert tools.EN_HEZBOLLAH["id"] in mixed["articles"]


def test_ingest_jsonl_names_the_bad_lines_and_still_lands_the_good_lines(tools, mixed):
    path = mixed["inbox"] / "feed.jsonl"
    errors = [e for e in tools.error_lines(mixed["result"].stderr) if str(path) in e]
    assert len(errors) == 2
    assert errors[0].startswith(f"Error: {path}:2: invalid JSON")
    assert errors[1] == f"Error: {path}:3: the article has no 'text'"
    assert {"jsonl-1", "jsonl-4"} <= set(mixed["articles"])


def test_ingest_saved_html_page_extracts_its_text_title_date_and_site(tools, mixed):
    meta = mixed["articles"]["oman-talks"]
    assert meta["title"] == "Oman hosts indirect talks between Iran and the United States"
    assert meta["published"] == "2024-05-18" and meta["source"] == "Gulf Monitor"
    assert meta["url"] == "https://gulfmonitor.example/news/oman-talks"
    text = tools.values(tools.query_json(mixed["store"], "SELECT ?t WHERE { article:oman-talks rasad:text ?t }"), "t")[0]
    assert "Oman hosted indirect talks" in text and "Football results" not in text and "Copyright" not in text
    mentioned = tools.values(tools.query_json(
        mixed["store"], "SELECT ?e WHERE { ?e rasad:mentionedIn article:oman-talks }"), "e")
    assert tools.ENTITY_IRI + "oman" in mentioned and tools.ENTITY_IRI + "iran" in mentioned


def test_ingest_reads_folders_recursively_and_skips_unknown_files_in_them(tools, mixed):
    assert "three" in mixed["articles"]
    assert not any("README" in e for e in tools.error_lines(mixed["result"].stderr))


def test_ingest_text_file_takes_its_title_from_the_first_line_and_date_and_source_from_flags(mixed):
    meta = mixed["articles"]["three"]
    assert (meta["title"], meta["published"], meta["source"], meta["lang"]) == ("عنوان", "2024-05-20", "Test Wire", "ar")


def test_ingest_text_file_takes_its_language_from_the_lang_flag(tools, tmp_path, store):
    path = tmp_path / "muscat-talks.txt"
    path.write_text(f"Iran to continue talks in Muscat\n\n{ARABIC_BODY}\n", encoding="utf-8")
    tools.ok(tools.run_kg("ingest", "--store", store, "--lang", "en", "--published", "2024-05-21T10:00:00+03:00", path))
    meta = articles_in(tools, store)["muscat-talks"]
    assert (meta["title"], meta["lang"], meta["published"]) == ("Iran to continue talks in Muscat", "en", "2024-05-21")


def test_ingest_decodes_utf8_and_windows_1256_arabic_text_files_alike(tools, mixed):
    rows = tools.query_json(mixed["store"], "SELECT ?id ?title ?text WHERE { VALUES ?id { 'utf8' 'cp1256' } "
                                            "?a dcterms:identifier ?id ; dcterms:title ?title ; rasad:text ?text } "
                                            "ORDER BY ?id")["results"]["bindings"]
    assert [r["id"]["value"] for r in rows] == ["cp1256", "utf8"]
    for row in rows:
        assert row["title"]["value"] == "إيران تواصل المحادثات" and row["title"]["xml:lang"] == "ar"
        assert row["text"]["value"] == ARABIC_BODY


def test_ingest_detects_the_language_when_absent(mixed):
    languages = {key: mixed["articles"][key]["lang"] for key in ("no-lang-en", "no-lang-ar", "jsonl-4", "utf8")}
    assert languages == {"no-lang-en": "en", "no-lang-ar": "ar", "jsonl-4": "ar", "utf8": "ar"}


def test_demo_without_serving_ingests_the_samples(tools, store):
    result = tools.ok(tools.run_kg("demo", "--no-serve", "--store", store))
    assert SUMMARY.match(summary_of(result.stderr))
    stats = tools.ok(tools.run_kg("stats", "--store", store)).stdout
    assert int(re.search(r"^articles\s+(\d+)", stats, re.M).group(1)) >= 1
    ids = tools.values(tools.query_json(store, "SELECT ?id WHERE { ?a a rasad:Article ; dcterms:identifier ?id }"), "id")
    assert "seed" in ids


# ------------------------------------------------------------------ bad inputs


BAD_INPUTS = {
    # name: (bytes or None for a missing file, what the error says)
    "missing.json": (None, "no such file"),
    "empty.json": (b"", "empty"),
    "empty.txt": (b"", "empty"),
    "broken.json": (b'{"id": "x", "text": "Iran and Oman"', "invalid JSON"),
    "shape.json": (b"[1, 2]", "expected a JSON object"),
    "no-text.json": (b'{"id": "no-text", "title": "Talks"}', "no 'text'"),
    "blank-text.json": (b'{"id": "blank", "text": "  \\n "}', "blank"),
    "binary.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
    "binary.json": (b"\x00\x00\x00\x01\x02", "binary"),
    "bad-date.json": (b'{"id": "bad-date", "text": "Iran and Oman held talks.", "published": "19/05/2024"}',
                      "published"),
    "notes.docx": (b"PK\x03\x04 word document", "unknown file type"),
}
BAD_JSONL = ('{"id": "l1", "text": \n'
             '{"id": "l2"}\n'
             '{"id": "l3", "text": "Iran and Oman held talks.", "published": "tomorrow"}\n')


@pytest.fixture(scope="module")
def bad_inputs(tmp_path_factory) -> dict:
    folder = tmp_path_factory.mktemp("bad")
    paths = {}
    for name, (content, _) in BAD_INPUTS.items():
        paths[name] = folder / name
        if content is not None:
            paths[name].write_bytes(content)
    paths["bad.jsonl"] = folder / "bad.jsonl"
    paths["bad.jsonl"].write_text(BAD_JSONL, encoding="utf-8")
    return paths


@pytest.fixture(scope="module")
def bad_run(tools, tmp_path_factory, both_store, bad_inputs):
    """A store holding two articles, a run of `kg ingest` on nothing but bad inputs, and exports before and after."""
    location = tools.copy_store(both_store, tmp_path_factory.mktemp("bad-run") / "store")
    before = tools.export_lines(location)
    result = tools.run_kg("ingest", "--store", location, *bad_inputs.values())
    after = tools.export_lines(location)
    return {"result": result, "before": before, "after": after, "store": location}


@pytest.mark.parametrize("name", list(BAD_INPUTS))
def test_ingest_reports_a_bad_input_in_one_line_naming_the_file(bad_run, bad_inputs, name):
    path, problem = bad_inputs[name], BAD_INPUTS[name][1]
    lines = [line for line in bad_run["result"].stderr.splitlines() if str(path) in line]
    assert len(lines) == 1, f"expected one line about {path}, got:\n{bad_run['result'].stderr}"
    assert lines[0].startswith(f"Error: {path}: ") and problem in lines[0]


def test_ingest_reports_bad_jsonl_lines_as_file_and_line(bad_run, bad_inputs):
    path = bad_inputs["bad.jsonl"]
    lines = [line for line in bad_run["result"].stderr.splitlines() if str(path) in line]
    assert [line.split(": ", 2)[1] for line in lines] == [f"{path}:1", f"{path}:2", f"{path}:3"]
    assert "invalid JSON" in lines[0] and "no 'text'" in lines[1] and "published" in lines[2]


def test_ingest_of_bad_inputs_exits_non_zero_without_a_traceback(bad_run):
    result = bad_run["result"]
    assert result.returncode != 0
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout
    assert summary_of(result.stderr).startswith("0 articles, ")
    assert summary_of(result.stderr).endswith(f"{len(BAD_INPUTS) + 3} inputs failed")


def test_ingest_of_bad_inputs_leaves_the_store_unchanged(bad_run):
    assert bad_run["before"], "the store should hold the two test articles"
    assert bad_run["after"] == bad_run["before"]


def test_ingest_rejects_an_invalid_published_flag_before_touching_the_store(tools, tmp_path, store):
    path = tmp_path / "a.txt"
    path.write_text(f"Title\n{ENGLISH_BODY}", encoding="utf-8")
    result = tools.run_kg("ingest", "--store", store, "--published", "20/05/2024", path)
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert result.stderr.startswith("Error: ") and "published" in result.stderr
    assert not store.exists()


def test_ingest_rejects_an_invalid_lang_flag_with_a_clear_error(tools, tmp_path, store):
    path = tmp_path / "a.txt"
    path.write_text(f"Title\n{ENGLISH_BODY}", encoding="utf-8")
    result = tools.run_kg("ingest", "--store", store, "--lang", "English (US)", path)
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode != 0 and result.stderr.startswith("Error: ") and "lang" in result.stderr


# The next four run ingest in this process (fast); an exception escaping `ingest` is a traceback
# for the user of `kg ingest`, and it stops the run, so the inputs after it are lost.


def test_ingest_rejects_an_invalid_language_tag_in_json_with_a_clear_error(tools, tmp_path, store, en_article):
    bad = tools.write_json(tmp_path / "bad-lang.json", {**en_article, "id": "bad-lang", "lang": "en_US"})
    good = tools.write_json(tmp_path / "good.json", {**en_article, "id": "good"})
    report = tools.ingest_here(store, [bad, good])
    [error] = report.errors
    assert str(error).startswith(f"{bad}: ") and "lang" in str(error)
    assert set(articles_in(tools, store)) == {"good"}


def test_ingest_reports_text_with_invalid_unicode_and_lands_the_rest(tools, tmp_path, store, en_article):
    bad = tmp_path / "surrogate.json"
    bad.write_text('{"id": "surrogate", "text": "Iran and Oman held talks \\ud800 in Muscat."}', encoding="utf-8")
    good = tools.write_json(tmp_path / "good.json", {**en_article, "id": "good"})
    report = tools.ingest_here(store, [bad, good])
    [error] = report.errors
    assert str(error).startswith(f"{bad}: ")
    assert set(articles_in(tools, store)) == {"good"}


def test_ingest_json_list_with_one_bad_article_still_lands_the_others(tools, tmp_path, store, en_article, ar_article):
    path = tools.write_json(tmp_path / "list.json", [en_article, {"id": "no-text"}, ar_article])
    report = tools.ingest_here(store, [path])
    [error] = report.errors
    assert str(error).startswith(f"{path}") and "no 'text'" in str(error)
    assert set(articles_in(tools, store)) == {en_article["id"], ar_article["id"]}


def test_ingest_does_not_silently_merge_two_files_with_the_same_name(tools, tmp_path, store):
    (tmp_path / "may").mkdir()
    (tmp_path / "june").mkdir()
    (tmp_path / "may" / "report.txt").write_text(f"Talks in May\n{ENGLISH_BODY}", encoding="utf-8")
    (tmp_path / "june" / "report.txt").write_text(f"محادثات في يونيو\n{ARABIC_BODY}", encoding="utf-8")
    report = tools.ingest_here(store, [tmp_path])
    titles = sorted(v["title"] for v in articles_in(tools, store).values())
    both_kept = titles == ["Talks in May", "محادثات في يونيو"]
    collision_reported = any("report" in str(e) for e in report.errors)
    assert both_kept or collision_reported, f"two different articles were merged into one without a word: {titles}"


# ------------------------------------------------------------------ idempotence and named graphs


def test_ingesting_the_same_articles_twice_gives_the_same_export_as_once(tools, tmp_path, both_store, articles_dir):
    twice = tools.copy_store(both_store, tmp_path / "twice")
    files = [articles_dir / f"{tools.AR_ARTICLE['id']}.json", articles_dir / f"{tools.EN_ARTICLE['id']}.json"]
    tools.ok(tools.run_kg("ingest", "--store", twice, *files))
    once_lines, twice_lines = tools.export_lines(both_store), tools.export_lines(twice)
    assert twice_lines == once_lines
    assert tools.same_dataset(once_lines, twice_lines)


def test_reingesting_an_edited_article_replaces_its_graph(tools, tmp_path, en_article):
    first = {**en_article, "title": "Hezbollah and the Houthis",
             "text": "Hezbollah, which is backed by Iran, fired rockets at northern Israel on Sunday."}
    edited = {**en_article, "title": "Oman mediates",
              "text": "Oman mediated talks between Iran and the United States in Muscat on Tuesday."}
    path = tmp_path / "article.json"
    edited_store, fresh_store = tmp_path / "edited", tmp_path / "fresh"
    tools.ok(tools.run_kg("ingest", "--store", edited_store, tools.write_json(path, first)))
    graph = tools.article_iri(en_article["id"])
    old = tools.export_lines(edited_store, "nquads", "--graph", graph)
    assert any("Hezbollah and the Houthis" in line for line in old)
    tools.ok(tools.run_kg("ingest", "--store", edited_store, tools.write_json(path, edited)))
    tools.ingest_here(fresh_store, [path])
    new = tools.export_lines(edited_store, "nquads", "--graph", graph)
    assert new == tools.export_lines(fresh_store, "nquads", "--graph", graph)
    assert not any("Hezbollah" in line for line in new)
    mentioned = tools.values(tools.query_json(edited_store, f"SELECT ?e WHERE {{ ?e rasad:mentionedIn <{graph}> }}"), "e")
    assert tools.ENTITY_IRI + "hezbollah" not in mentioned and tools.ENTITY_IRI + "oman" in mentioned


def test_each_article_is_its_own_named_graph_holding_its_article_node(tools, both_store):
    rows = tools.query_json(both_store, "SELECT ?g ?a ?id WHERE { GRAPH ?g { ?a a rasad:Article ; "
                                        "dcterms:identifier ?id } } ORDER BY ?id")["results"]["bindings"]
    found = [(r["g"]["value"], r["a"]["value"], r["id"]["value"]) for r in rows]
    expected = sorted((tools.article_iri(a["id"]), tools.article_iri(a["id"]), a["id"])
                      for a in (tools.EN_ARTICLE, tools.AR_ARTICLE))
    assert sorted(found) == expected
    assert all(iri.startswith("https://w3id.org/rasad/article/") for iri, _, _ in found)


def test_every_extracted_fact_lives_in_its_article_graph_or_the_catalogue_graph(tools, both_store):
    graphs = {line.rsplit(" ", 2)[-2] for line in tools.export_lines(both_store, "nquads")}
    expected = {f"<{tools.article_iri(a['id'])}>" for a in (tools.EN_ARTICLE, tools.AR_ARTICLE)}
    assert graphs == expected | {f"<{tools.CATALOGUE_GRAPH}>"}
