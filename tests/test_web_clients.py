"""Real clients against a running `kg serve` (waitress on a free loopback port): SPARQLWrapper
in each result format, and rdflib's SPARQLStore reading the graph through the endpoint."""
from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import CSV, JSON, POST, TSV, TURTLE, XML, SPARQLWrapper

from kg.ingest import ingest
from kg.store import open_store

KG = Path(sys.executable).parent / "kg"
ENTITY = "https://w3id.org/rasad/entity/"
RASAD = "https://w3id.org/rasad/ontology#"
LABELS = "SELECT DISTINCT ?l WHERE { entity:houthis rdfs:label ?l } ORDER BY ?l"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_up(url: str, process: subprocess.Popen, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"kg serve exited with {process.returncode}")
        try:
            with urllib.request.urlopen(url + "/index.json", timeout=2):
                return
        except (urllib.error.URLError, ConnectionError):
            time.sleep(0.2)
    raise RuntimeError(f"kg serve did not answer on {url} within {seconds} s")


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory, articles_dir):
    location = tmp_path_factory.mktemp("served") / "store"
    store = open_store(str(location))
    ingest(store, [articles_dir])
    store.close()
    port = free_port()
    log = (location.parent / "serve.log").open("wb")
    process = subprocess.Popen([str(KG), "serve", "--store", str(location), "--host", "127.0.0.1", "--port", str(port)],
                               stdout=log, stderr=subprocess.STDOUT)
    try:
        wait_until_up(f"http://127.0.0.1:{port}", process)
        yield f"http://127.0.0.1:{port}/sparql"
    finally:
        process.terminate()
        process.wait(timeout=10)
        log.close()


def wrapper(endpoint: str, query: str, fmt) -> SPARQLWrapper:
    client = SPARQLWrapper(endpoint)
    client.setQuery(query)
    client.setReturnFormat(fmt)
    return client


def test_sparqlwrapper_reads_json_results(endpoint):
    body = wrapper(endpoint, LABELS, JSON).query().convert()
    assert [b["l"]["value"] for b in body["results"]["bindings"]] == ["Houthis", "الحوثيون"]
    assert body["results"]["bindings"][1]["l"]["xml:lang"] == "ar"


def test_sparqlwrapper_reads_xml_results(endpoint):
    document = wrapper(endpoint, LABELS, XML).query().convert()
    assert [n.firstChild.data for n in document.getElementsByTagName("literal")] == ["Houthis", "الحوثيون"]


def test_sparqlwrapper_reads_csv_and_tsv_results(endpoint):
    csv_text = wrapper(endpoint, LABELS, CSV).query().convert().decode("utf-8")
    assert csv_text.splitlines() == ["l", "Houthis", "الحوثيون"]
    tsv_text = wrapper(endpoint, LABELS, TSV).query().convert().decode("utf-8")
    assert tsv_text.splitlines() == ["?l", '"Houthis"@en', '"الحوثيون"@ar']


def test_sparqlwrapper_reads_a_construct_as_turtle(endpoint):
    query = "CONSTRUCT { ?p rasad:sponsoredBy ?s } WHERE { ?p rasad:sponsoredBy ?s }"
    turtle = wrapper(endpoint, query, TURTLE).query().convert()
    graph = Graph().parse(data=turtle, format="turtle")
    assert (URIRef(ENTITY + "houthis"), URIRef(RASAD + "sponsoredBy"), URIRef(ENTITY + "iran")) in graph


def test_sparqlwrapper_posts_an_ask(endpoint):
    client = wrapper(endpoint, "ASK { entity:hezbollah rasad:sponsoredBy entity:iran }", JSON)
    client.setMethod(POST)
    assert client.query().convert()["boolean"] is True


def test_sparqlwrapper_is_told_that_updates_are_refused(endpoint):
    from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

    client = wrapper(endpoint, "INSERT DATA { <http://example.org/a> <http://example.org/b> 1 }", JSON)
    client.setMethod(POST)
    with pytest.raises((SPARQLWrapperException, urllib.error.HTTPError)) as refused:
        client.query()
    assert "403" in str(refused.value) or "read-only" in str(refused.value)


def test_rdflib_sparqlstore_queries_through_the_endpoint(endpoint):
    graph = Graph(store=SPARQLStore(endpoint, returnFormat="json"))
    rows = graph.query("SELECT DISTINCT ?name WHERE { ?p <https://w3id.org/rasad/ontology#sponsoredBy> ?s ."
                       " ?p <http://www.w3.org/2000/01/rdf-schema#label> ?name FILTER(LANG(?name) = 'ar') } ORDER BY ?name")
    assert [str(r.name) for r in rows] == ["الحوثيون", "حزب الله"]


def test_rdflib_sparqlstore_reads_triples_by_pattern(endpoint):
    graph = Graph(store=SPARQLStore(endpoint))
    labels = set(graph.objects(URIRef(ENTITY + "hezbollah"), URIRef("http://www.w3.org/2000/01/rdf-schema#label")))
    assert labels == {Literal("Hezbollah", lang="en"), Literal("حزب الله", lang="ar")}
