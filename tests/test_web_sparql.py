"""/sparql (the SPARQL 1.1 Protocol, read-only), the query page, saved queries as pages and
downloads, and exports of the whole graph, through Flask's test client."""
from __future__ import annotations

import csv
import io
import json
import urllib.parse
from pathlib import Path

import lxml.html
import pytest
from rdflib import Dataset, Graph, URIRef

from kg.ingest import ingest
from kg.query import QUERIES_DIR, saved_queries
from kg.store import open_store
from kg.web import create_app

ROOT = Path(__file__).resolve().parent.parent
ENTITY = "https://w3id.org/rasad/entity/"
RASAD = "https://w3id.org/rasad/ontology#"
LABELS = "SELECT DISTINCT ?l WHERE { entity:hezbollah rdfs:label ?l } ORDER BY ?l"
CONSTRUCT = "CONSTRUCT { entity:hezbollah rasad:sponsoredBy ?s } WHERE { entity:hezbollah rasad:sponsoredBy ?s }"
SPONSORS_RQ = """# title: Sponsors of a group
# description: The states that back a group.
# param: group (entity) = hezbollah — the group
SELECT DISTINCT ?sponsor ?name WHERE { ?group rasad:sponsoredBy ?sponsor . ?sponsor rdfs:label ?name FILTER(LANG(?name) = "en") }
"""
NEEDS_RQ = """# title: Labels of an actor
# description: Every label of the actor given.
# param: actor (entity) — the actor
SELECT DISTINCT ?label WHERE { ?actor rdfs:label ?label }
"""
GRAPH_RQ = """# title: Sponsorship as a graph
# description: Who backs whom, as triples.
CONSTRUCT { ?p rasad:sponsoredBy ?s } WHERE { ?p rasad:sponsoredBy ?s }
"""


@pytest.fixture(scope="module")
def app(tmp_path_factory, articles_dir):
    folder = tmp_path_factory.mktemp("sparql")
    store = open_store(str(folder / "store"))
    ingest(store, [articles_dir])
    store.close()
    queries = folder / "queries"
    queries.mkdir()
    for name, text in (("sponsors", SPONSORS_RQ), ("labels_of", NEEDS_RQ), ("sponsorship_graph", GRAPH_RQ)):
        (queries / f"{name}.rq").write_text(text, encoding="utf-8")
    application = create_app({"STORE": str(folder / "store"), "QUERIES_DIR": queries, "TESTING": True})
    yield application
    application.extensions["rasad"]["store"].close()


@pytest.fixture
def client(app):
    return app.test_client()


def get(client, query: str, accept: str | None = None, **params):
    headers = {"Accept": accept} if accept else {}
    return client.get("/sparql?" + urllib.parse.urlencode({"query": query, **params}), headers=headers)


def labels_in(body: dict) -> list[str]:
    return [b["l"]["value"] for b in body["results"]["bindings"]]


def test_get_query_answers_sparql_json_by_default(client):
    response = get(client, LABELS)
    assert response.status_code == 200 and response.mimetype == "application/sparql-results+json"
    assert labels_in(response.get_json()) == ["Hezbollah", "حزب الله"]


@pytest.mark.parametrize("accept, media", [("application/sparql-results+xml", "application/sparql-results+xml"),
                                           ("text/csv", "text/csv"), ("text/tab-separated-values", "text/tab-separated-values"),
                                           ("application/sparql-results+json", "application/sparql-results+json")])
def test_select_results_come_in_the_format_the_accept_header_asks(client, accept, media):
    response = get(client, LABELS, accept)
    assert response.status_code == 200 and response.mimetype == media
    assert "حزب الله" in response.get_data(as_text=True)


def test_format_parameter_overrides_accept(client):
    rows = list(csv.reader(io.StringIO(get(client, LABELS, "application/sparql-results+json", format="csv").get_data(as_text=True))))
    assert rows == [["l"], ["Hezbollah"], ["حزب الله"]]
    tsv = get(client, LABELS, format="tsv").get_data(as_text=True).splitlines()
    assert tsv == ["?l", '"Hezbollah"@en', '"حزب الله"@ar']
    assert get(client, LABELS, format="yaml").status_code == 400


def test_post_form_encoded_and_post_direct_both_run(client):
    form = client.post("/sparql", data={"query": LABELS}, headers={"Accept": "application/sparql-results+json"})
    assert labels_in(form.get_json()) == ["Hezbollah", "حزب الله"]
    direct = client.post("/sparql", data=LABELS.encode("utf-8"), content_type="application/sparql-query",
                         headers={"Accept": "application/sparql-results+json"})
    assert labels_in(direct.get_json()) == ["Hezbollah", "حزب الله"]


def test_ask_answers_as_json_xml_and_csv(client):
    ask = "ASK { entity:hezbollah rasad:sponsoredBy entity:iran }"
    assert get(client, ask).get_json()["boolean"] is True
    assert "<boolean>true</boolean>" in get(client, ask, "application/sparql-results+xml").get_data(as_text=True)
    assert get(client, ask, "text/csv").get_data(as_text=True).split() == ["boolean", "true"]


@pytest.mark.parametrize("accept, fmt, media", [("text/turtle", "turtle", "text/turtle"),
                                                ("application/n-triples", "nt", "application/n-triples"),
                                                ("application/ld+json", "json-ld", "application/ld+json"),
                                                ("application/rdf+xml", "xml", "application/rdf+xml")])
def test_construct_answers_in_each_rdf_format(client, accept, fmt, media):
    response = get(client, CONSTRUCT, accept)
    assert response.status_code == 200 and response.mimetype == media
    graph = Graph().parse(data=response.get_data(as_text=True), format=fmt)
    assert set(graph) == {(URIRef(ENTITY + "hezbollah"), URIRef(RASAD + "sponsoredBy"), URIRef(ENTITY + "iran"))}


def test_construct_defaults_to_turtle_and_describe_works(client):
    assert get(client, CONSTRUCT).mimetype == "text/turtle"
    described = Graph().parse(data=get(client, "DESCRIBE entity:hezbollah", format="nt").get_data(as_text=True), format="nt")
    assert (URIRef(ENTITY + "hezbollah"), URIRef(RASAD + "sponsoredBy"), URIRef(ENTITY + "iran")) in described


def test_a_bad_query_is_400_with_the_parser_message(client):
    response = get(client, "SELECT ?x WHERE { ?x ?y }", "application/sparql-results+json")
    assert response.status_code == 400
    assert response.get_json()["error"].startswith("invalid SPARQL:")
    plain = get(client, "SELEKT *")
    assert plain.status_code == 400 and plain.mimetype == "text/plain" and "invalid SPARQL" in plain.get_data(as_text=True)
    assert get(client, "   ").status_code == 400


@pytest.mark.parametrize("how", ["query", "form", "direct", "get-update"])
def test_updates_are_refused(client, how):
    update = "INSERT DATA { <http://example.org/a> <http://example.org/b> <http://example.org/c> }"
    if how == "query":
        response = get(client, update)
    elif how == "form":
        response = client.post("/sparql", data={"update": update})
    elif how == "direct":
        response = client.post("/sparql", data=update, content_type="application/sparql-update")
    else:
        response = client.get("/sparql?" + urllib.parse.urlencode({"update": update}))
    assert response.status_code == 403 and "read-only" in response.get_data(as_text=True)
    assert get(client, "ASK { <http://example.org/a> ?p ?o }").get_json()["boolean"] is False


def test_service_clauses_are_refused_before_running(client):
    response = get(client, "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }")
    assert response.status_code == 403 and "SERVICE" in response.get_data(as_text=True)
    nested = get(client, "SELECT * WHERE { ?s ?p ?o OPTIONAL { SERVICE SILENT <http://127.0.0.1:9/> { ?s ?q ?r } } }")
    assert nested.status_code == 403


def test_get_without_query_gives_a_service_description(client):
    response = client.get("/sparql", headers={"Accept": "text/turtle"})
    assert response.mimetype == "text/turtle"
    graph = Graph().parse(data=response.get_data(as_text=True), format="turtle")
    sd = "http://www.w3.org/ns/sparql-service-description#"
    service = URIRef("http://localhost/sparql")
    assert (service, URIRef(sd + "endpoint"), service) in graph
    assert (service, URIRef(sd + "supportedLanguage"), URIRef(sd + "SPARQL11Query")) in graph
    assert (service, URIRef(sd + "resultFormat"), URIRef("http://www.w3.org/ns/formats/SPARQL_Results_CSV")) in graph


def test_browsers_get_the_query_page_with_vendored_yasgui(client):
    response = client.get("/sparql", headers={"Accept": "text/html,*/*;q=0.8"})
    page = lxml.html.fromstring(response.get_data(as_text=True))
    scripts = page.xpath("//script/@src")
    assert "/static/vendor/yasgui.min.js" in scripts and all(s.startswith("/static/") for s in scripts)
    assert "/static/vendor/yasgui.min.css" in page.xpath("//link/@href")
    assert page.xpath("//div[@id='yasgui']/@data-endpoint") == ["/sparql"]
    assert client.get("/static/vendor/yasgui.min.js").status_code == 200


def test_query_page_examples_carry_their_prefixes_and_the_saved_queries(client):
    data = client.get("/sparql/examples.json").get_json()
    first = data["examples"][0]["query"]
    assert first.startswith("PREFIX rasad: <https://w3id.org/rasad/ontology#>")
    saved = {e["saved"]: e["query"] for e in data["examples"] if "saved" in e}
    assert set(saved) == {"sponsors", "labels_of", "sponsorship_graph"}
    assert "VALUES (?group) { (<https://w3id.org/rasad/entity/hezbollah>) }" in saved["sponsors"]
    for example in data["examples"]:
        assert get(client, example["query"]).status_code in (200, 400), example["title"]


def test_saved_queries_page_lists_every_query_with_its_title(client):
    page = lxml.html.fromstring(client.get("/queries").get_data(as_text=True))
    assert {a.text_content(): a.get("href") for a in page.xpath("//dl[@class='queries']/dt/a")} == {
        "Labels of an actor": "/queries/labels_of", "Sponsors of a group": "/queries/sponsors",
        "Sponsorship as a graph": "/queries/sponsorship_graph"}
    assert client.get("/queries.json").get_json()["queries"][1]["parameters"][0]["default"] == "hezbollah"


def test_saved_query_page_runs_with_defaults_and_shows_labels_linked(client):
    page = lxml.html.fromstring(client.get("/queries/sponsors").get_data(as_text=True))
    assert page.xpath("//form[@class='params']//input[@name='group']/@value") == ["hezbollah"]
    cells = page.xpath("//table[contains(@class, 'results')]//td/a")
    assert [(a.get("href"), a.text_content().split()[0]) for a in cells] == [("/entity/iran", "Iran")]
    assert page.xpath("//p[@class='downloads']/a[.='CSV']/@href") == ["/queries/sponsors.csv"]


def test_saved_query_runs_with_a_parameter_from_the_form(client):
    page = lxml.html.fromstring(client.get("/queries/labels_of?actor=houthis").get_data(as_text=True))
    assert "الحوثيون" in " ".join(c.text_content() for c in page.xpath("//table[contains(@class, 'results')]//td"))
    assert page.xpath("//p[@class='downloads']/a[.='JSON']/@href") == ["/queries/labels_of.json?actor=houthis"]
    rows = list(csv.reader(io.StringIO(client.get("/queries/labels_of.csv?actor=houthis").get_data(as_text=True))))
    assert rows[0] == ["label"] and ["Houthis"] in rows
    body = json.loads(client.get("/queries/labels_of.json?actor=houthis").data)
    assert "Houthis" in [b["label"]["value"] for b in body["results"]["bindings"]]


def test_saved_query_without_a_needed_value_shows_its_form(client):
    page = lxml.html.fromstring(client.get("/queries/labels_of").get_data(as_text=True))
    assert page.xpath("//input[@name='actor']/@required") and page.xpath("//p[@class='notice']")
    assert not page.xpath("//table")
    assert client.get("/queries/labels_of.csv").status_code == 400


def test_saved_graph_query_shows_turtle_and_downloads(client):
    page = lxml.html.fromstring(client.get("/queries/sponsorship_graph").get_data(as_text=True))
    assert "rasad:sponsoredBy" in page.xpath("//pre[@class='turtle']")[0].text_content()
    graph = Graph().parse(data=client.get("/queries/sponsorship_graph.ttl").get_data(as_text=True), format="turtle")
    assert (URIRef(ENTITY + "houthis"), URIRef(RASAD + "sponsoredBy"), URIRef(ENTITY + "iran")) in graph
    assert client.get("/queries/sponsorship_graph.csv").status_code == 400


def test_unknown_saved_query_and_bad_parameter_values_are_errors(client):
    assert client.get("/queries/nothing").status_code == 404
    assert client.get("/queries/sponsors?group=bad%20key%3E").status_code == 400


@pytest.fixture
def project_queries(app):
    """The app reading the project's own queries/ folder for one test."""
    own = app.config["QUERIES_DIR"]
    app.config["QUERIES_DIR"] = QUERIES_DIR
    yield app.test_client()
    app.config["QUERIES_DIR"] = own


@pytest.mark.parametrize("name", sorted(saved_queries()))
def test_every_project_saved_query_page_opens_and_runs_with_its_defaults(project_queries, name):
    response = project_queries.get(f"/queries/{name}")
    assert response.status_code == 200, response.get_data(as_text=True)[:300]
    page = lxml.html.fromstring(response.get_data(as_text=True))
    assert page.xpath("//h1")[0].text_content() == saved_queries()[name].title


@pytest.mark.parametrize("suffix, fmt", [("ttl", "turtle"), ("nt", "nt"), ("jsonld", "json-ld")])
def test_whole_graph_downloads_as_one_graph(client, suffix, fmt):
    response = client.get(f"/export.{suffix}")
    assert response.status_code == 200 and response.headers["Content-Disposition"] == f"attachment; filename=rasad.{suffix}"
    graph = Graph().parse(data=response.get_data(as_text=True), format=fmt)
    assert (URIRef(ENTITY + "houthis"), URIRef(RASAD + "sponsoredBy"), URIRef(ENTITY + "iran")) in graph


@pytest.mark.parametrize("suffix, fmt", [("nq", "nquads"), ("trig", "trig")])
def test_whole_graph_downloads_with_named_graphs(client, suffix, fmt):
    dataset = Dataset().parse(data=client.get(f"/export.{suffix}").get_data(as_text=True), format=fmt)
    names = {str(g.identifier) for g in dataset.graphs() if len(g)}
    assert {"https://w3id.org/rasad/graph/catalogue", "https://w3id.org/rasad/article/test-en-hezbollah"} <= names


def test_export_index_and_unknown_export_format(client):
    assert [f["suffix"] for f in client.get("/export.json").get_json()["formats"]] == ["ttl", "nt", "nq", "trig", "jsonld"]
    assert client.get("/export.docx").status_code == 404
