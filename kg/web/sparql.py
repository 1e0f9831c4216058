"""/sparql: the SPARQL 1.1 Protocol (read-only), its Service Description, and a YASGUI page.

A query is parsed first (rdflib's parser): an update is refused, and so is any SERVICE
clause, since both engines would follow it to the network. Then the store runs it.
"""
from __future__ import annotations

import re

import pyoxigraph as ox
from flask import Blueprint, Response, abort, render_template, request, url_for
from pyparsing import ParseBaseException
from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

from kg import results as formats
from kg.errors import QueryError
from kg.ontology import PREFIXES
from kg.query import bind, saved_queries
from kg.web.common import RDF_MEDIA, RDF_SUFFIXES, json_response, rdf_response, store

bp = Blueprint("sparql", __name__)
RESULT_MEDIA = {"application/sparql-results+json": "json", "application/json": "json",
                "application/sparql-results+xml": "xml", "application/xml": "xml", "text/xml": "xml",
                "text/csv": "csv", "text/tab-separated-values": "tsv"}
GRAPH_MEDIA = {**RDF_MEDIA, "application/x-turtle": "ttl", "text/n3": "ttl", "text/plain": "nt", "application/json": "jsonld"}
RESULT_NAMES = {"json": "json", "srj": "json", "xml": "xml", "srx": "xml", "csv": "csv", "tsv": "tsv"}
GRAPH_NAMES = {"ttl": "ttl", "turtle": "ttl", "n3": "ttl", "nt": "nt", "ntriples": "nt", "n-triples": "nt",
               "jsonld": "jsonld", "json-ld": "jsonld", "json": "jsonld", "rdf": "rdf", "rdfxml": "rdf", "xml": "rdf", "rdf+xml": "rdf"}
SD = "http://www.w3.org/ns/sparql-service-description#"
FORMATS_NS = "http://www.w3.org/ns/formats/"
EXAMPLES = [
    ("Proxies and their sponsors", """SELECT DISTINCT ?proxy ?proxyLabel ?sponsor ?sponsorLabel WHERE {
  ?proxy a rasad:Proxy ; rasad:sponsoredBy ?sponsor .
  ?proxy rdfs:label ?proxyLabel FILTER(LANG(?proxyLabel) = "en")
  ?sponsor rdfs:label ?sponsorLabel FILTER(LANG(?sponsorLabel) = "en")
} ORDER BY ?sponsorLabel ?proxyLabel"""),
    ("Latest incidents", """SELECT DISTINCT ?incident ?type ?label ?date WHERE {
  ?incident a ?type ; rdfs:label ?label ; rasad:date ?date ; rasad:earliest ?earliest .
  VALUES ?type { rasad:Attack rasad:Talks rasad:Threat rasad:Agreement rasad:Sanction }
} ORDER BY DESC(?earliest) LIMIT 20"""),
    ("Actors in Arabic and English", """SELECT DISTINCT ?actor ?type ?en ?ar WHERE {
  ?actor a ?type ; rdfs:label ?en , ?ar .
  VALUES ?type { rasad:State rasad:Proxy rasad:Official rasad:Organ }
  FILTER(LANG(?en) = "en" && LANG(?ar) = "ar")
} ORDER BY ?type ?en"""),
    ("The evidence behind each sponsorship", """SELECT DISTINCT ?proxy ?sponsor ?article ?sentence WHERE {
  ?st a rasad:Statement ; rdf:subject ?proxy ; rdf:predicate rasad:sponsoredBy ; rdf:object ?sponsor ;
      prov:wasDerivedFrom ?article ; rasad:evidence/rasad:sentence ?sentence .
}"""),
    ("Describe Hezbollah (a graph)", "CONSTRUCT { entity:hezbollah ?p ?o } WHERE { entity:hezbollah ?p ?o }"),
]


def _request_query() -> str | None:
    if request.method == "POST":
        if request.mimetype == "application/sparql-query":
            return request.get_data(as_text=True)
        if request.mimetype == "application/sparql-update" or "update" in request.form:
            abort(403, "this endpoint is read-only: SPARQL Update is refused")
        return request.form.get("query")
    if "update" in request.args:
        abort(403, "this endpoint is read-only: SPARQL Update is refused")
    return request.args.get("query")


def check_query(sparql: str) -> None:
    """Refuse updates and SERVICE clauses; leave syntax errors to the store's own parser."""
    try:
        tree = parseQuery(sparql)
    except ParseBaseException:
        try:
            parseUpdate(sparql)
        except ParseBaseException:
            if "service" in sparql.lower():
                abort(400, "the query cannot be parsed, and it may hold a SERVICE clause, which this endpoint refuses")
            return
        abort(403, "this endpoint is read-only: SPARQL Update is refused")
    if _has_service(tree):
        abort(403, "SERVICE clauses are refused: this endpoint answers from its own store only")


def _has_service(node) -> bool:
    if getattr(node, "name", None) == "ServiceGraphPattern":
        return True
    if isinstance(node, dict):
        return any(_has_service(v) for v in node.values())
    if isinstance(node, (list, tuple)) or type(node).__name__ == "ParseResults":
        return any(_has_service(v) for v in node)
    return False


def _choose(names: dict, media: dict, default: str, kind: str) -> str:
    asked = request.values.get("format") or request.values.get("output")
    if asked:
        if asked.lower() not in names and asked.lower() not in media:
            abort(400, f"format '{asked}' is not offered for {kind} results (choose from {', '.join(sorted(set(names.values())))})")
        return names.get(asked.lower()) or media[asked.lower()]
    best = request.accept_mimetypes.best_match(list(media))
    return media[best] if best else default


def answer(results) -> Response:
    """Results in the format the client asked for."""
    if results.kind == "graph":
        ext = _choose(GRAPH_NAMES, GRAPH_MEDIA, "ttl", "CONSTRUCT/DESCRIBE")
        return rdf_response(results.triples, ext)
    fmt = _choose(RESULT_NAMES, RESULT_MEDIA, "json", "SELECT/ASK")
    response = Response(formats.WRITERS[fmt](results), content_type=formats.CONTENT_TYPES[fmt])
    response.headers["Vary"] = "Accept"
    return response


@bp.route("/sparql", methods=["GET", "POST"])
def endpoint():
    if request.args.get("default-graph-uri") or request.args.get("named-graph-uri"):
        abort(400, "default-graph-uri and named-graph-uri are not supported: the default graph is the union of all graphs")
    sparql = _request_query()
    if sparql is None:
        if request.method == "GET" and request.accept_mimetypes.best_match(["text/html", "text/turtle"]) == "text/html" \
                and not request.args.get("format"):
            return render_template("sparql.html", prefixes=PREFIXES)
        return service_description()
    if not sparql.strip():
        abort(400, "the query is empty")
    check_query(sparql)
    return answer(store().query(sparql))


def service_description() -> Response:
    here = ox.NamedNode(url_for("sparql.endpoint", _external=True))
    sd = lambda term: ox.NamedNode(SD + term)  # noqa: E731 - a namespace accessor
    dataset, default = ox.BlankNode(), ox.BlankNode()
    kind = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    triples = [ox.Triple(here, kind, sd("Service")), ox.Triple(here, sd("endpoint"), here),
               ox.Triple(here, sd("supportedLanguage"), sd("SPARQL11Query")),
               ox.Triple(here, sd("feature"), sd("UnionDefaultGraph")),
               ox.Triple(here, sd("defaultDataset"), dataset), ox.Triple(dataset, kind, sd("Dataset")),
               ox.Triple(dataset, sd("defaultGraph"), default), ox.Triple(default, kind, sd("Graph"))]
    for name in ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                 "Turtle", "N-Triples", "JSON-LD", "RDF_XML"):
        triples.append(ox.Triple(here, sd("resultFormat"), ox.NamedNode(FORMATS_NS + name)))
    asked = (request.args.get("format") or "").lower()
    ext = GRAPH_NAMES.get(asked) or RDF_MEDIA.get(request.accept_mimetypes.best_match(list(RDF_MEDIA)) or "", "ttl")
    return rdf_response(triples, ext if ext in RDF_SUFFIXES else "ttl")


@bp.route("/sparql/examples.json")
def examples():
    """The query page's examples: a few written here, then every saved query bound to its defaults."""
    from flask import current_app

    found = [{"title": title, "query": with_prefixes(query)} for title, query in EXAMPLES]
    for name, saved in saved_queries(current_app.config["QUERIES_DIR"]).items():
        try:
            found.append({"title": saved.title or name, "query": with_prefixes(bind(saved, {})), "saved": name})
        except QueryError:
            found.append({"title": saved.title or name, "query": with_prefixes(saved.sparql), "saved": name})
    return json_response({"prefixes": PREFIXES, "examples": found})


def with_prefixes(query: str) -> str:
    """The query with a PREFIX line for each known prefix it uses and does not declare."""
    used = [p for p in PREFIXES if re.search(rf"(?<![\w<:/#-]){p}:", query)
            and not re.search(rf"PREFIX\s+{p}:", query, re.IGNORECASE)]
    return "".join(f"PREFIX {p}: <{PREFIXES[p]}>\n" for p in used) + ("\n" if used else "") + query
