"""The remote store: the same commands against a real `oxigraph serve` (started by conftest.py)
give what the embedded store gives for the same articles."""
from __future__ import annotations

import json
import re

import pytest

from kg.query import saved_queries

ARTICLES = ("SELECT ?article ?id ?title ?published WHERE { ?article a rasad:Article ; dcterms:identifier ?id ; "
            "dcterms:title ?title ; dcterms:issued ?published } ORDER BY ?id")


@pytest.fixture(scope="module")
def remote(tools, oxigraph_server, articles_dir, tmp_path_factory):
    """The server, emptied, then one `kg ingest` through it of the English and the Arabic test
    article, two bad inputs, and the English article again (re-ingesting within one run)."""
    tools.sparql_update(oxigraph_server, "DROP SILENT ALL")
    bad = tmp_path_factory.mktemp("remote-bad")
    (bad / "broken.json").write_text('{"id": "x", "text": ', encoding="utf-8")
    (bad / "no-text.json").write_text('{"id": "x"}', encoding="utf-8")
    en, ar = articles_dir / f"{tools.EN_ARTICLE['id']}.json", articles_dir / f"{tools.AR_ARTICLE['id']}.json"
    result = tools.run_kg("ingest", "--store", oxigraph_server, en, bad / "broken.json", ar, bad / "no-text.json", en)
    return {"url": oxigraph_server, "ingest": result, "bad": [bad / "broken.json", bad / "no-text.json"]}


@pytest.fixture(scope="module")
def local_and_remote(remote, both_store):
    """The embedded store (read-only) and the remote one, opened in this process."""
    from kg.store import EmbeddedStore, RemoteStore

    local = EmbeddedStore(both_store, read_only=True)
    yield local, RemoteStore(remote["url"])
    local.close()


def kg_out(tools, *args) -> str:
    return tools.ok(tools.run_kg(*args)).stdout


def test_remote_ingest_reports_bad_inputs_and_lands_the_good_ones(tools, remote):
    result = remote["ingest"]
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert [e.split(": ")[1] for e in tools.error_lines(result.stderr)] == [str(p) for p in remote["bad"]]
    assert result.stderr.strip().splitlines()[-1].startswith("3 articles, ")
    ids = tools.values(tools.query_json(remote["url"], "SELECT ?id WHERE { ?a a rasad:Article ; dcterms:identifier ?id }"),
                       "id")
    assert sorted(ids) == sorted([tools.EN_ARTICLE["id"], tools.AR_ARTICLE["id"]])


def test_remote_ingest_lands_the_same_quads_as_the_embedded_store(tools, remote, both_store):
    remote_lines = tools.export_lines(remote["url"], "nquads")
    assert remote_lines == tools.export_lines(both_store, "nquads")


@pytest.mark.parametrize("fmt", ["turtle", "trig", "nquads", "ntriples", "jsonld"])
def test_remote_export_in_each_format_equals_the_embedded_export(tools, remote, both_exports, fmt):
    remote_rdf = tools.parse_export(kg_out(tools, "export", "--store", remote["url"], "--format", fmt), fmt)
    local_rdf = tools.parse_export(both_exports[fmt], fmt)
    assert len(remote_rdf) > 100
    assert tools.same_rdf(remote_rdf, local_rdf)


def test_remote_export_of_one_graph_equals_the_embedded_one(tools, remote, both_store):
    graph = tools.article_iri(tools.AR_ARTICLE["id"])
    remote_lines = tools.export_lines(remote["url"], "ntriples", "--graph", graph)
    assert remote_lines and remote_lines == tools.export_lines(both_store, "ntriples", "--graph", graph)


def test_remote_export_writes_a_file(tools, tmp_path, remote, both_store):
    target = tmp_path / "remote.nq"
    tools.ok(tools.run_kg("export", "--store", remote["url"], "--format", "nquads", "-o", target))
    assert tools.same_dataset(target.read_text(encoding="utf-8"), tools.export_lines(both_store, "nquads"))


@pytest.mark.parametrize("fmt", ["table", "csv", "tsv", "json", "xml"])
def test_remote_query_gives_the_same_results_as_the_embedded_store(tools, remote, both_store, fmt):
    remote_out = kg_out(tools, "query", "--store", remote["url"], "--format", fmt, ARTICLES)
    assert tools.AR_ARTICLE["title"] in remote_out
    assert remote_out == kg_out(tools, "query", "--store", both_store, "--format", fmt, ARTICLES)


def test_remote_query_answers_ask_and_construct(tools, remote):
    ask = kg_out(tools, "query", "--store", remote["url"], "--format", "json",
                 "ASK { entity:houthis rasad:sponsoredBy entity:iran }")
    assert json.loads(ask)["boolean"] is True
    construct = kg_out(tools, "query", "--store", remote["url"],
                       "CONSTRUCT { ?e rdfs:label ?l } WHERE { ?e a rasad:Proxy ; rdfs:label ?l }")
    labels = {str(o) for o in tools.parse_export(construct, "turtle").objects()}
    assert {"Houthis", "الحوثيون"} <= labels


@pytest.mark.parametrize("name", sorted(saved_queries()))
def test_remote_saved_query_gives_the_same_rows_as_the_embedded_store(local_and_remote, name):
    """In this process (a subprocess per query would be slow): the same CSV from both stores."""
    from kg.query import run
    from kg.results import to_csv

    local, remote_store = local_and_remote
    local_rows, remote_rows = (to_csv(run(store, name)).splitlines() for store in (local, remote_store))
    assert remote_rows[0] == local_rows[0]
    assert sorted(remote_rows) == sorted(local_rows)


def test_remote_query_from_a_rq_file_whose_comments_hold_sparql_words(tools, tmp_path, remote, both_store):
    """Saved queries start with comment headers; words in them ("adding", "loaded", "task")
    must not change what kind of query the remote store thinks it is sending."""
    path = tmp_path / "articles.rq"
    path.write_text("# title: Articles to review\n# description: The articles loaded so far; the task is\n"
                    "# description: adding what is missing, then we drop the rest.\n" + ARTICLES + "\n",
                    encoding="utf-8")
    remote_out = kg_out(tools, "query", "--store", remote["url"], "--format", "csv", path)
    assert remote_out == kg_out(tools, "query", "--store", both_store, "--format", "csv", path)


def test_remote_stats_equal_the_embedded_stats(tools, remote, both_store):
    remote_stats = kg_out(tools, "stats", "--store", remote["url"])
    assert re.search(r"^articles\s+2$", remote_stats, re.M)
    assert remote_stats == kg_out(tools, "stats", "--store", both_store)


def test_remote_query_reports_invalid_sparql_clearly(tools, remote):
    result = tools.run_kg("query", "--store", remote["url"], "SELECT ?s WHERE { ?s ")
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert result.stderr.startswith(f"Error: {remote['url']}/query: ")


def test_remote_reingesting_an_edited_article_replaces_its_graph(tools, tmp_path, remote, en_article):
    article = {**en_article, "id": "remote-edit", "title": "Hezbollah fires rockets",
               "text": "Hezbollah, which is backed by Iran, fired rockets at northern Israel on Sunday."}
    graph = tools.article_iri("remote-edit")
    path = tools.write_json(tmp_path / "edit.json", article)
    try:
        tools.ok(tools.run_kg("ingest", "--store", remote["url"], path))
        first = tools.export_lines(remote["url"], "ntriples", "--graph", graph)
        assert any("Hezbollah fires rockets" in line for line in first)
        tools.write_json(path, {**article, "title": "Oman mediates",
                                "text": "Oman mediated talks between Iran and the United States on Tuesday."})
        tools.ok(tools.run_kg("ingest", "--store", remote["url"], path))
        second = tools.export_lines(remote["url"], "ntriples", "--graph", graph)
        assert any("Oman mediates" in line for line in second)
        assert not any("Hezbollah" in line for line in second)
        mentioned = tools.values(tools.query_json(remote["url"], f"SELECT ?e WHERE {{ ?e rasad:mentionedIn <{graph}> }}"),
                                 "e")
        assert tools.ENTITY_IRI + "hezbollah" not in mentioned and tools.ENTITY_IRI + "oman" in mentioned
    finally:
        tools.sparql_update(remote["url"], f"DROP SILENT GRAPH <{graph}>")
