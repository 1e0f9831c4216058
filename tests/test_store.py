"""The store: where it lives, what a query sees, how a graph is replaced, how it refuses."""
from __future__ import annotations

import re

import pyoxigraph as ox
import pytest

from kg.errors import QueryError, StoreError
from kg.store import EmbeddedStore, RemoteStore, open_store

G1, G2 = "https://w3id.org/rasad/article/g1", "https://w3id.org/rasad/article/g2"
LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")


def quad(subject: str, label: str, graph: str) -> ox.Quad:
    return ox.Quad(ox.NamedNode(subject), LABEL, ox.Literal(label, language="ar"), ox.NamedNode(graph))


def articles_count(tools, result) -> int:
    return int(re.search(r"^articles\s+(\d+)", tools.ok(result).stdout, re.M).group(1))


# ------------------------------------------------------------------ where the store lives


def test_store_defaults_to_the_folder_named_by_RASAD_STORE(tools, tmp_path, articles_dir):
    location = tmp_path / "from-env"
    env = tools.kg_env(location)
    tools.ok(tools.run_kg("ingest", articles_dir / f"{tools.EN_ARTICLE['id']}.json", env=env))
    assert location.is_dir()
    assert articles_count(tools, tools.run_kg("stats", env=env)) == 1
    assert articles_count(tools, tools.run_kg("stats", "--store", location)) == 1


def test_store_option_overrides_RASAD_STORE(tools, tmp_path, both_store):
    elsewhere = tmp_path / "not-this-one"
    assert articles_count(tools, tools.run_kg("stats", "--store", both_store, env=tools.kg_env(elsewhere))) == 2
    assert not elsewhere.exists()


def test_store_defaults_to_the_xdg_data_folder_without_RASAD_STORE(tools, tmp_path, both_store):
    tools.copy_store(both_store, tmp_path / "xdg" / "rasad" / "store")
    env = tools.kg_env(None, XDG_DATA_HOME=str(tmp_path / "xdg"))
    assert articles_count(tools, tools.run_kg("stats", env=env)) == 2


@pytest.mark.parametrize("command", [["query", "ASK { ?s ?p ?o }"], ["export"], ["stats"]])
def test_reading_a_store_that_does_not_exist_says_so_and_creates_nothing(tools, tmp_path, command):
    missing = tmp_path / "typo"
    result = tools.run_kg(command[0], "--store", missing, *command[1:])
    assert result.returncode != 0, f"`kg {command[0]}` on a missing store succeeded:\n{result.stdout}"
    assert result.stderr.startswith(f"Error: {missing}") and "Traceback" not in result.stderr
    assert not missing.exists()


def test_a_second_writer_gets_a_clear_error(tools, tmp_path, both_store, articles_dir):
    location = tools.copy_store(both_store, tmp_path / "busy")
    holder = EmbeddedStore(location)
    try:
        result = tools.run_kg("ingest", "--store", location, articles_dir / f"{tools.EN_ARTICLE['id']}.json")
    finally:
        holder.close()
    assert result.returncode != 0 and "Traceback" not in result.stderr
    message = result.stderr.strip()
    assert message.startswith("Error: ") and str(location) in message and "is being written by" in message


def test_the_store_can_be_read_while_another_process_writes_it(tools, tmp_path, both_store):
    location = tools.copy_store(both_store, tmp_path / "busy")
    holder = EmbeddedStore(location)
    try:
        result = tools.run_kg("query", "--store", location, "--format", "csv",
                              "SELECT (COUNT(?a) AS ?n) WHERE { ?a a rasad:Article }")
    finally:
        holder.close()
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["n", "2"]


# ------------------------------------------------------------------ what queries see


def test_queries_see_the_union_of_the_article_graphs(tools, both_store):
    en, ar = tools.article_iri(tools.EN_ARTICLE["id"]), tools.article_iri(tools.AR_ARTICLE["id"])
    both = tools.values(tools.query_json(both_store, f"SELECT ?e WHERE {{ ?e rasad:mentionedIn <{en}>, <{ar}> }}"), "e")
    assert {tools.ENTITY_IRI + k for k in ("iran", "houthis", "israel", "oman")} <= set(both)
    count = tools.query_json(both_store, "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a rasad:Article }")
    assert tools.values(count, "n") == ["2"]


def test_queries_join_an_article_graph_with_the_catalogue_graph(tools, both_store):
    en = tools.article_iri(tools.EN_ARTICLE["id"])
    rows = tools.query_json(both_store, f"SELECT DISTINCT ?wd ?ar WHERE {{ entity:iran rasad:mentionedIn <{en}> ; owl:sameAs ?wd ; "
                                        "rdfs:label ?ar FILTER(LANG(?ar) = 'ar') }")
    assert tools.values(rows, "wd") == ["http://www.wikidata.org/entity/Q794"]
    assert tools.values(rows, "ar") == ["إيران"]


# ------------------------------------------------------------------ the library interface


def test_replace_graph_replaces_that_graph_only(tmp_path):
    store = EmbeddedStore(tmp_path / "s")
    try:
        store.replace_graph(G1, [quad("https://x/a", "قديم", G1)])
        store.replace_graph(G2, [quad("https://x/b", "ثان", G2)])
        store.replace_graph(G1, [quad("https://x/c", "جديد", G1)])
        assert store.graphs() == [G1, G2]
        assert {(q.subject.value, q.object.value) for q in store.quads(G1)} == {("https://x/c", "جديد")}
        assert {(q.subject.value, q.object.value) for q in store.quads(G2)} == {("https://x/b", "ثان")}
        result = store.query("SELECT ?s ?l WHERE { ?s rdfs:label ?l } ORDER BY ?s")
        assert [(r["s"].value, r["l"].value) for r in result.rows] == [("https://x/b", "ثان"), ("https://x/c", "جديد")]
    finally:
        store.close()


def test_replace_graph_keeps_text_with_quotes_newlines_and_backslashes_intact(tmp_path):
    tricky = 'قال "المتحدث": \\ سطر\nجديد <script> }'
    store = EmbeddedStore(tmp_path / "s")
    try:
        store.replace_graph(G1, [quad("https://x/a", tricky, G1)])
        [row] = store.query("SELECT ?l WHERE { ?s rdfs:label ?l }").rows
        assert row["l"].value == tricky
    finally:
        store.close()


def test_store_query_reports_invalid_sparql_as_a_query_error(tmp_path):
    store = EmbeddedStore(tmp_path / "s")
    try:
        with pytest.raises(QueryError, match="invalid SPARQL"):
            store.query("SELECT ?s WHERE { ?s ")
    finally:
        store.close()


@pytest.mark.parametrize("url, query_url, update_url", [
    ("http://127.0.0.1:7878", "http://127.0.0.1:7878/query", "http://127.0.0.1:7878/update"),
    ("http://127.0.0.1:7878/", "http://127.0.0.1:7878/query", "http://127.0.0.1:7878/update"),
    ("https://kg.example/ds/query", "https://kg.example/ds/query", "https://kg.example/ds/update"),
    ("https://kg.example/sparql", "https://kg.example/sparql", "https://kg.example/sparql"),
])
def test_an_http_location_opens_a_remote_store_with_its_endpoints(url, query_url, update_url):
    store = open_store(url)
    assert isinstance(store, RemoteStore)
    assert (store.query_url, store.update_url) == (query_url, update_url)


def test_an_unreachable_remote_store_gives_a_clear_error(tools):
    result = tools.run_kg("stats", "--store", "http://127.0.0.1:9/")
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert result.stderr.startswith("Error: http://127.0.0.1:9/query: ")


def test_open_store_refuses_a_missing_folder_when_reading(tmp_path):
    with pytest.raises(StoreError, match="no store here yet"):
        open_store(str(tmp_path / "nothing"), read_only=True)
