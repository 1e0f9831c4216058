"""`kg export`: every format re-parsed by rdflib, one graph or all, to standard output or a file."""
from __future__ import annotations

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS

RASAD = "https://w3id.org/rasad/ontology#"


@pytest.fixture(scope="module")
def dataset(tools, both_exports):
    return tools.parse_export(both_exports["nquads"], "nquads")


def union_triples(dataset) -> set:
    return {(s, p, o) for s, p, o, _ in dataset.quads((None, None, None, None))}


@pytest.mark.parametrize("fmt", ["turtle", "ntriples", "jsonld"])
def test_export_of_the_union_in_each_graph_format_parses_back_to_every_triple_once(tools, both_exports, dataset, fmt):
    graph = tools.parse_export(both_exports[fmt], fmt)
    assert len(graph) > 100
    assert set(graph) == union_triples(dataset)
    if fmt == "ntriples":
        lines = [line for line in both_exports[fmt].splitlines() if line.strip()]
        assert len(lines) == len(set(lines)) == len(graph), "a triple from two graphs must be written once"


@pytest.mark.parametrize("fmt", ["trig", "nquads"])
def test_export_in_each_dataset_format_keeps_every_article_graph(tools, both_exports, dataset, fmt):
    parsed = tools.parse_export(both_exports[fmt], fmt)
    expected = {URIRef(tools.article_iri(a["id"])) for a in (tools.EN_ARTICLE, tools.AR_ARTICLE)}
    assert set(tools.named_graphs(parsed)) == expected | {URIRef(tools.CATALOGUE_GRAPH)}
    assert tools.same_rdf(parsed, dataset)


def test_export_keeps_arabic_and_english_labels_with_their_language_tags(tools, both_exports):
    graph = tools.parse_export(both_exports["turtle"], "turtle")
    iran = URIRef(tools.ENTITY_IRI + "iran")
    assert Literal("إيران", lang="ar") in set(graph.objects(iran, RDFS.label))
    assert Literal("Iran", lang="en") in set(graph.objects(iran, RDFS.label))
    article = URIRef(tools.article_iri(tools.AR_ARTICLE["id"]))
    assert Literal(tools.AR_ARTICLE["text"], lang="ar") in set(graph.objects(article, URIRef(RASAD + "text")))


def test_turtle_export_is_prefixed_and_the_same_each_time(tools, both_store, both_exports):
    again = tools.ok(tools.run_kg("export", "--store", both_store, "--format", "turtle")).stdout
    assert again == both_exports["turtle"]
    assert "@prefix rasad: <https://w3id.org/rasad/ontology#> ." in both_exports["turtle"]
    assert "rasad:Article" in both_exports["turtle"]


@pytest.mark.parametrize("fmt", ["nquads", "trig", "turtle", "jsonld"])
def test_export_of_one_graph_holds_only_that_article(tools, both_store, dataset, fmt):
    en = URIRef(tools.article_iri(tools.EN_ARTICLE["id"]))
    ar = URIRef(tools.article_iri(tools.AR_ARTICLE["id"]))
    out = tools.ok(tools.run_kg("export", "--store", both_store, "--format", fmt, "--graph", str(en))).stdout
    parsed = tools.parse_export(out, fmt)
    expected = set(dataset.graph(en))
    if fmt in ("nquads", "trig"):
        assert set(tools.named_graphs(parsed)) == {en}, "the dataset formats should keep the graph's name"
        assert set(parsed.graph(en)) == expected
    else:
        assert set(parsed) == expected
    assert (en, RDF.type, URIRef(RASAD + "Article")) in expected
    assert (ar, RDF.type, URIRef(RASAD + "Article")) not in set(parsed.triples((None, None, None)))


def test_export_with_output_option_writes_the_file_and_nothing_to_stdout(tools, tmp_path, both_store, both_exports):
    target = tmp_path / "export.trig"
    result = tools.ok(tools.run_kg("export", "--store", both_store, "--format", "trig", "-o", target))
    assert result.stdout == ""
    assert target.read_text(encoding="utf-8") == both_exports["trig"]


def test_export_of_an_unknown_graph_is_an_error_and_leaves_no_file(tools, tmp_path, both_store):
    target = tmp_path / "nothing.ttl"
    result = tools.run_kg("export", "--store", both_store, "--graph", "https://w3id.org/rasad/article/nope", "-o", target)
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert result.stderr.strip() == "Error: no graph <https://w3id.org/rasad/article/nope> in the store"
    assert not target.exists(), "a failed export left an empty file behind"


def test_export_refuses_an_unknown_format(tools, both_store):
    result = tools.run_kg("export", "--store", both_store, "--format", "rdfxml")
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert "rdfxml" in result.stderr


EX = "http://example.org/"


def _quads() -> list:
    """Two named graphs sharing a subject (one triple in both), a blank node both describe, a
    subject of one graph only, and a triple in the default graph."""
    import pyoxigraph as ox

    a, b, shared, alone, blank = (ox.NamedNode(EX + n) for n in ("a", "b", "shared", "alone", "blank"))
    name, knows = ox.NamedNode(EX + "name"), ox.NamedNode(EX + "knows")
    node = ox.BlankNode("n1")
    return [ox.Quad(shared, name, ox.Literal("both"), a), ox.Quad(shared, name, ox.Literal("both"), b),
            ox.Quad(shared, knows, alone, a), ox.Quad(shared, name, ox.Literal("only b", language="en"), b),
            ox.Quad(alone, name, ox.Literal("alone"), a), ox.Quad(node, knows, shared, a), ox.Quad(node, knows, alone, b),
            ox.Quad(blank, knows, node, a), ox.Quad(alone, knows, shared, ox.DefaultGraph())]


def _export_of(location, quads, fmt: str) -> bytes:
    import io

    from kg.export import export
    from kg.store import EmbeddedStore

    store = EmbeddedStore(location)
    try:
        store.db.extend(quads)
        out = io.BytesIO()
        export(store, out, fmt)
        return out.getvalue()
    finally:
        store.close()


def test_union_export_of_graphs_sharing_subjects_writes_every_triple_once(tmp_path):
    quads = _quads()
    lines = _export_of(tmp_path / "store", quads, "ntriples").decode().splitlines()
    union = {f"{q.subject} {q.predicate} {q.object} ." for q in quads}
    assert sorted(lines) == sorted(union)


def test_union_export_order_depends_only_on_the_data_not_on_the_order_it_was_written(tmp_path):
    quads = _quads()
    first = _export_of(tmp_path / "one", quads, "turtle")
    assert first == _export_of(tmp_path / "two", list(reversed(quads)), "turtle")


def test_shared_subjects_found_through_runs_on_disk_are_those_found_in_memory(tmp_path, monkeypatch):
    import kg.export

    quads = _quads()
    in_memory = _export_of(tmp_path / "one", quads, "turtle")
    monkeypatch.setattr(kg.export, "RUN_LINES", 1)  # every graph's subjects spilled to a run of its own
    assert _export_of(tmp_path / "two", quads, "turtle") == in_memory
