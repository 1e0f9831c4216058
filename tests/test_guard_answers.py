"""/sparql answers written by pyoxigraph's own serializer (kg.guard.native_answer): the same
solutions as the rows Rasad reads itself, the row cap still kept, and rows counted exactly
whatever the values hold (line breaks, quotes, commas, braces, markup)."""
from __future__ import annotations

import csv
import io
import json

import pyoxigraph as ox
import pytest

from kg.guard import Limits, answer_natively, collect, count_rows, native_answer, render, rows_at_most
from kg.store import EmbeddedStore

P = ox.NamedNode("http://example.org/p")
TRICKY = ['plain', 'a, "quoted"\r\nline', '},{"x":[{', '<result>&</result>', 'tab\there\nnewline', 'عربي']
QUERY = "SELECT ?s ?o ?unbound WHERE { ?s ?p ?o } ORDER BY ?s ?o"


def run(db: ox.Store, sparql: str = QUERY):
    return db.query(sparql, use_default_graph_as_union=True)


@pytest.fixture
def db(tmp_path) -> ox.Store:
    store = ox.Store(str(tmp_path / "store"))
    for i, text in enumerate(TRICKY):
        store.add(ox.Quad(ox.NamedNode(f"http://example.org/s{i}"), P, ox.Literal(text, language="en"), ox.NamedNode("http://example.org/g")))
    store.add(ox.Quad(ox.BlankNode("b1"), P, ox.Literal("7", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))))
    return store


def rows_of(body: bytes, fmt: str) -> list:
    """The terms of each row of a serialized answer (CSV: their text), for comparing two writers."""
    if fmt == "csv":
        return list(csv.reader(io.StringIO(body.decode("utf-8"), newline="")))[1:]
    if fmt == "json":  # without Rasad's "truncated", which pyoxigraph's reader does not expect
        body = json.dumps({k: v for k, v in json.loads(body).items() if k != "truncated"}).encode("utf-8")
    parsed = ox.parse_query_results(body, format={"json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML,
                                                  "tsv": ox.QueryResultsFormat.TSV}[fmt])
    return [[str(term) for term in solution] for solution in parsed]


@pytest.mark.parametrize("fmt", ["json", "xml", "csv", "tsv"])
def test_rows_are_counted_exactly_whatever_their_values_hold(db, fmt):
    answer = native_answer(run(db), fmt, Limits().max_rows)
    assert answer is not None and not answer.truncated
    assert count_rows(answer.body.replace(b',"truncated":false}', b"}"), fmt) == len(TRICKY) + 1
    assert rows_at_most(answer.body, fmt) >= len(TRICKY) + 1


@pytest.mark.parametrize("fmt", ["json", "xml", "csv", "tsv"])
def test_a_native_answer_holds_the_same_rows_as_the_answer_rasad_renders(db, fmt):
    native = native_answer(run(db), fmt, 100)
    rendered = render(*collect(run(db), 100), {"table": fmt})
    assert rows_of(native.body, fmt) == rows_of(rendered.body, fmt)


def test_a_native_json_answer_says_it_was_not_cut(db):
    body = json.loads(native_answer(run(db), "json", 100).body)
    assert body["truncated"] is False and len(body["results"]["bindings"]) == len(TRICKY) + 1


@pytest.mark.parametrize("fmt", ["json", "xml", "csv", "tsv"])
def test_an_answer_over_the_row_cap_is_left_to_the_reader_that_cuts_it(db, fmt):
    assert native_answer(run(db), fmt, len(TRICKY)) is None
    assert native_answer(run(db), fmt, len(TRICKY) + 1) is not None


def test_only_select_answers_in_the_four_result_formats_are_written_natively(db):
    assert native_answer(run(db, "ASK { ?s ?p ?o }"), "json", 100) is None
    assert native_answer(run(db, "CONSTRUCT WHERE { ?s ?p ?o }"), "ttl", 100) is None


@pytest.fixture
def embedded(db, tmp_path) -> EmbeddedStore:
    """The same store as the web server's workers read it: a read-only view of its folder."""
    db.flush()
    return EmbeddedStore(str(tmp_path / "store"), read_only=True)


@pytest.mark.parametrize("sparql", [QUERY, QUERY + " # a comment last", QUERY + " LIMIT 100",
                                    "SELECT ?s ?o WHERE { ?s ?p ?o } VALUES ?p { <http://example.org/p> }"])
def test_a_select_is_answered_natively_with_or_without_a_limit_or_values_of_its_own(embedded, sparql):
    answer = answer_natively(embedded, sparql, True, 100, {"table": "json"})
    assert answer is not None and len(json.loads(answer.body)["results"]["bindings"]) == len(TRICKY) + 1


def test_a_select_over_the_cap_or_a_construct_is_left_to_the_reader(embedded):
    assert answer_natively(embedded, QUERY, True, 3, {"table": "json"}) is None
    assert answer_natively(embedded, "CONSTRUCT WHERE { ?s ?p ?o }", True, 100, {"table": "json", "graph": "ttl"}) is None
