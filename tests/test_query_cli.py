"""`kg query` in every results format, from text, a .rq file or a saved query; `kg queries`; `kg stats`."""
from __future__ import annotations

import csv
import io
import json
import re
import xml.etree.ElementTree as ET

import pytest

from kg.query import saved_queries

ARTICLES = ("SELECT ?article ?id ?title WHERE { ?article a rasad:Article ; dcterms:identifier ?id ; "
            "dcterms:title ?title } ORDER BY ?id")
SR = "{http://www.w3.org/2005/sparql-results#}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


@pytest.fixture(scope="module")
def rows(tools):
    """The two test articles as ARTICLES returns them: (IRI, id, title, title language), ordered by id."""
    return [(tools.article_iri(a["id"]), a["id"], a["title"], a["lang"]) for a in (tools.AR_ARTICLE, tools.EN_ARTICLE)]


def query(tools, store, *args, binary=False):
    return tools.ok(tools.run_kg("query", "--store", store, *args, binary=binary))


def fails(result, message: str) -> None:
    assert result.returncode != 0, result.stdout
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("Error: ") and message in result.stderr, result.stderr


# ------------------------------------------------------------------ results formats


def test_query_prints_a_table_by_default(tools, both_store, rows):
    out = query(tools, both_store, ARTICLES).stdout.splitlines()
    assert re.split(r"\s+", out[0].strip()) == ["article", "id", "title"]
    assert set(out[1]) <= {"-", " "}
    assert out[2].startswith(f"article:{rows[0][1]}") and rows[0][2] in out[2]
    assert out[3].startswith(f"article:{rows[1][1]}") and rows[1][2] in out[3]
    assert out[-1] == "(2 rows)"


def test_query_csv_is_the_sparql_csv_results_format_with_the_header_first(tools, both_store, rows):
    raw = query(tools, both_store, "--format", "csv", ARTICLES, binary=True).stdout
    assert raw.startswith(b"article,id,title\r\n"), raw[:80]
    assert raw.count(b"\r\n") == 3 and b"\n" not in raw.replace(b"\r\n", b"")
    parsed = list(csv.reader(io.StringIO(raw.decode("utf-8"), newline="")))
    assert parsed == [["article", "id", "title"]] + [[iri, i, title] for iri, i, title, _ in rows]


def test_query_csv_leaves_unbound_values_empty_and_quotes_commas(tools, both_store):
    sparql = ('SELECT ?id ?missing ?text WHERE { ?a dcterms:identifier ?id . '
              'OPTIONAL { ?a rasad:nothing ?missing } BIND(CONCAT(?id, ", \\"quoted\\"") AS ?text) } ORDER BY ?id')
    out = query(tools, both_store, "--format", "csv", sparql).stdout
    parsed = list(csv.reader(io.StringIO(out)))
    assert parsed[0] == ["id", "missing", "text"]
    assert parsed[1] == ["test-ar-houthi-missiles", "", 'test-ar-houthi-missiles, "quoted"']


def test_query_tsv_writes_terms_in_ntriples_syntax(tools, both_store, rows):
    out = query(tools, both_store, "--format", "tsv", ARTICLES).stdout.splitlines()
    assert out[0] == "?article\t?id\t?title"
    assert out[1:] == [f'<{iri}>\t"{i}"\t"{title}"@{lang}' for iri, i, title, lang in rows]


def test_query_json_is_the_sparql_json_results_format(tools, both_store, rows):
    data = json.loads(query(tools, both_store, "--format", "json", ARTICLES).stdout)
    assert data["head"]["vars"] == ["article", "id", "title"]
    assert data["results"]["bindings"] == [
        {"article": {"type": "uri", "value": iri}, "id": {"type": "literal", "value": i},
         "title": {"type": "literal", "value": title, "xml:lang": lang}}
        for iri, i, title, lang in rows]


def test_query_xml_is_the_sparql_xml_results_format(tools, both_store, rows):
    root = ET.fromstring(query(tools, both_store, "--format", "xml", ARTICLES).stdout.encode("utf-8"))
    assert root.tag == f"{SR}sparql"
    assert [v.get("name") for v in root.iter(f"{SR}variable")] == ["article", "id", "title"]
    results = root.findall(f"{SR}results/{SR}result")
    assert len(results) == 2
    for result, (iri, i, title, lang) in zip(results, rows):
        bindings = {b.get("name"): b[0] for b in result.findall(f"{SR}binding")}
        assert (bindings["article"].tag, bindings["article"].text) == (f"{SR}uri", iri)
        assert (bindings["id"].tag, bindings["id"].text) == (f"{SR}literal", i)
        assert (bindings["title"].text, bindings["title"].get(XML_LANG)) == (title, lang)


@pytest.mark.parametrize("fmt, expected", [
    ("table", "yes"), ("csv", "boolean\r\ntrue\r\n"), ("tsv", "?boolean\ntrue\n"),
    ("json", {"head": {}, "boolean": True}),
])
def test_query_answers_ask_in_each_format(tools, both_store, fmt, expected):
    out = query(tools, both_store, "--format", fmt, "ASK { entity:houthis rasad:sponsoredBy entity:iran }",
                binary=True).stdout.decode("utf-8")
    if fmt == "json":
        assert json.loads(out) == expected
    elif fmt == "table":
        assert out.strip() == expected
    else:
        assert out == expected


def test_query_answers_construct_with_turtle(tools, both_store):
    out = query(tools, both_store, "CONSTRUCT { ?e rdfs:label ?l } WHERE { ?e a rasad:State ; rdfs:label ?l }").stdout
    graph = tools.parse_export(out, "turtle")
    labels = {str(o) for o in graph.objects()}
    assert {"Iran", "إيران", "Israel", "إسرائيل"} <= labels


def test_query_matches_arabic_literals(tools, both_store):
    out = query(tools, both_store, "--format", "csv",
                'SELECT DISTINCT ?e WHERE { ?e rdfs:label "الولايات المتحدة"@ar ; rasad:mentionedIn ?a }').stdout
    assert out.splitlines() == ["e", tools.ENTITY_IRI + "usa"]


# ------------------------------------------------------------------ where the query comes from


def test_query_runs_a_rq_file(tools, tmp_path, both_store):
    path = tmp_path / "count_articles.rq"
    path.write_text("# title: Count the articles\nSELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a rasad:Article }\n",
                    encoding="utf-8")
    assert query(tools, both_store, "--format", "csv", path).stdout.splitlines() == ["n", "2"]


def test_query_binds_a_rq_files_parameters_from_param_options(tools, tmp_path, both_store):
    path = tmp_path / "article_title.rq"
    path.write_text("# title: An article's title\n# param: id (string) = test-en-oman-talks — the article id\n"
                    "SELECT ?title WHERE { ?a dcterms:identifier ?id ; dcterms:title ?title }\n", encoding="utf-8")
    default = query(tools, both_store, "--format", "csv", path).stdout.splitlines()
    assert default == ["title", tools.EN_ARTICLE["title"]]
    chosen = query(tools, both_store, "--format", "csv", "--param", f"id={tools.AR_ARTICLE['id']}", path)
    assert chosen.stdout.splitlines() == ["title", tools.AR_ARTICLE["title"]]


def test_query_runs_a_saved_query_by_name(tools, both_store):
    """Any saved query will do (test_saved_queries.py checks each one's answers): the command
    gives what the library gives for it."""
    from kg.query import run
    from kg.results import to_csv
    from kg.store import EmbeddedStore

    name = sorted(saved_queries())[0]
    out = query(tools, both_store, "--format", "csv", name, binary=True).stdout.decode("utf-8")
    local = EmbeddedStore(both_store, read_only=True)
    try:
        expected = to_csv(run(local, name))
    finally:
        local.close()
    assert out == expected and out.count("\r\n") >= 1


def test_kg_queries_lists_each_saved_query_with_its_title(tools):
    out = tools.ok(tools.run_kg("queries")).stdout
    for name, saved in saved_queries().items():
        assert re.search(rf"^{re.escape(name)}\s+{re.escape(saved.title)}", out, re.M), f"{name} missing:\n{out}"


# ------------------------------------------------------------------ errors


def test_query_reports_invalid_sparql_clearly(tools, both_store):
    fails(tools.run_kg("query", "--store", both_store, "SELECT ?s WHERE { ?s ?p "), "invalid SPARQL")


def test_query_reports_an_unknown_saved_query_by_name(tools, both_store):
    fails(tools.run_kg("query", "--store", both_store, "no_such_query"), "no saved query named 'no_such_query'")


def test_query_reports_a_missing_rq_file(tools, tmp_path, both_store):
    missing = tmp_path / "missing.rq"
    fails(tools.run_kg("query", "--store", both_store, missing), f"{missing}: no such query file")


def test_query_reports_a_malformed_param_option(tools, both_store):
    fails(tools.run_kg("query", "--store", both_store, "--param", "state", ARTICLES), "NAME=VALUE")


def test_query_reports_a_parameter_the_query_does_not_take(tools, both_store):
    fails(tools.run_kg("query", "--store", both_store, "--param", "state=iran", ARTICLES), "unknown parameter")


def test_query_refuses_an_unknown_format(tools, both_store):
    result = tools.run_kg("query", "--store", both_store, "--format", "yaml", ARTICLES)
    assert result.returncode != 0 and "Traceback" not in result.stderr and "yaml" in result.stderr


# ------------------------------------------------------------------ stats


def test_stats_counts_articles_graphs_and_classes(tools, both_store):
    out = tools.ok(tools.run_kg("stats", "--store", both_store)).stdout
    counts = {m.group(1): int(m.group(2)) for m in re.finditer(r"^(\w+)\s+(\d+)$", out, re.M)}
    assert counts["articles"] == 2 and counts["graphs"] == 3
    assert counts["Article"] == 2
    assert counts["State"] >= 4 and counts["Proxy"] >= 1 and counts["Official"] >= 1
    assert counts.get("Attack", 0) + counts.get("Talks", 0) >= 1
