"""/sparql: the SPARQL 1.1 Protocol (read-only), its Service Description, and a YASGUI page.

Every query is checked before any work (kg.guard.check_query): SPARQL Update in any form
(INSERT, DELETE, LOAD, CLEAR, DROP, CREATE, ADD, MOVE, COPY; as a query, a POST of
application/sparql-update or an `update` field) is refused with 403, and so is SERVICE, so
the server never makes an outbound request. FROM and FROM NAMED select graphs of the store
itself (Oxigraph fetches nothing); without them the default graph is the union of all graphs.

Then the query runs in a worker process (kg.guard) under a deadline (`kg serve --timeout`,
default 10 s; a lower one per request with `timeout=SECONDS`) and a row cap (`--max-rows`,
default 10,000). Answers say how they were cut: `X-Rasad-Row-Limit`, `X-Rasad-Truncated`
(and `"truncated"` in SPARQL JSON results), `X-Rasad-Timeout`. A query stopped at its
deadline, or one that finds every worker busy, is answered 503 with a message.
"""
from __future__ import annotations

import re

import pyoxigraph as ox
from flask import Blueprint, Response, abort, current_app, render_template, request, url_for

from kg import results as formats
from kg.errors import QueryError
from kg.guard import check_query
from kg.ontology import PREFIXES
from kg.query import bind, saved_queries
from kg.web.common import MEDIA, RDF_MEDIA, RDF_SUFFIXES, json_response, rdf_response, store

bp = Blueprint("sparql", __name__)
RESULT_MEDIA = {"application/sparql-results+json": "json", "application/json": "json",
                "application/sparql-results+xml": "xml", "application/xml": "xml", "text/xml": "xml",
                "text/csv": "csv", "text/tab-separated-values": "tsv"}
GRAPH_MEDIA = {**RDF_MEDIA, "application/x-turtle": "ttl", "text/n3": "ttl", "text/plain": "nt", "application/json": "jsonld"}
RESULT_NAMES = {"json": "json", "srj": "json", "xml": "xml", "srx": "xml", "csv": "csv", "tsv": "tsv"}
GRAPH_NAMES = {"ttl": "ttl", "turtle": "ttl", "n3": "ttl", "nt": "nt", "ntriples": "nt", "n-triples": "nt",
               "jsonld": "jsonld", "json-ld": "jsonld", "json": "jsonld", "rdf": "rdf", "rdfxml": "rdf", "xml": "rdf", "rdf+xml": "rdf"}
READ_ONLY = "this endpoint is read-only: SPARQL Update is refused; the store is written with `kg ingest` and `kg load`"
SD = "http://www.w3.org/ns/sparql-service-description#"
FORMATS_NS = "http://www.w3.org/ns/formats/"
# Each triple is in every graph that states it, so the union repeats it: DISTINCT subqueries
# first keep the joins small (the plain joins took seconds on 30,000 quads).
EXAMPLES = [
    ("Proxies and their sponsors", """SELECT ?proxy ?proxyLabel ?sponsor ?sponsorLabel WHERE {
  { SELECT DISTINCT ?proxy ?sponsor WHERE { ?proxy a rasad:Proxy ; rasad:sponsoredBy ?sponsor } }
  { SELECT DISTINCT ?proxy ?proxyLabel WHERE { ?proxy rdfs:label ?proxyLabel FILTER(LANG(?proxyLabel) = "en") } }
  { SELECT DISTINCT ?sponsor ?sponsorLabel WHERE { ?sponsor rdfs:label ?sponsorLabel FILTER(LANG(?sponsorLabel) = "en") } }
} ORDER BY ?sponsorLabel ?proxyLabel"""),
    ("Latest incidents", """SELECT DISTINCT ?incident ?type ?label ?date WHERE {
  ?incident a ?type ; rdfs:label ?label ; rasad:date ?date ; rasad:earliest ?earliest .
  VALUES ?type { rasad:Attack rasad:Talks rasad:Threat rasad:Agreement rasad:Sanction }
} ORDER BY DESC(?earliest) LIMIT 20"""),
    ("Actors in Arabic and English", """SELECT ?actor ?type ?en ?ar WHERE {
  { SELECT DISTINCT ?actor ?type WHERE { VALUES ?type { rasad:State rasad:Proxy rasad:Official rasad:Organ } ?actor a ?type } }
  { SELECT DISTINCT ?actor ?en WHERE { ?actor rdfs:label ?en FILTER(LANG(?en) = "en") } }
  { SELECT DISTINCT ?actor ?ar WHERE { ?actor rdfs:label ?ar FILTER(LANG(?ar) = "ar") } }
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
            abort(403, READ_ONLY)
        return request.form.get("query")
    if "update" in request.args:
        abort(403, READ_ONLY)
    return request.args.get("query")


def _choose(names: dict, media: dict, default: str, kind: str) -> str | QueryError:
    """The format for one kind of result: by `format`/`output` argument, else by Accept; a
    QueryError (to raise if the query turns out to be of this kind) when the argument does not fit."""
    asked = request.values.get("format") or request.values.get("output")
    if asked:
        if asked.lower() not in names and asked.lower() not in media:
            return QueryError(f"format '{asked}' is not offered for {kind} results "
                              f"(choose from {', '.join(sorted(set(names.values())))})")
        return names.get(asked.lower()) or media[asked.lower()]
    best = request.accept_mimetypes.best_match(list(media))
    return media[best] if best else default


def _timeout() -> float | None:
    """The request's own deadline (`timeout=SECONDS`), at most the server's."""
    raw = request.values.get("timeout", "").strip()
    if not raw:
        return None
    limit = current_app.config["QUERY_TIMEOUT"]
    if not re.fullmatch(r"\d{1,6}(\.\d{1,3})?", raw) or float(raw) <= 0:
        abort(400, f"'timeout' is a number of seconds above 0 (at most {limit:g}), not '{raw[:40]}'")
    return min(float(raw), limit)


def _disconnected():
    """waitress's test for a client that closed its connection (None elsewhere)."""
    return request.environ.get("waitress.client_disconnected")


def answer(sparql: str, shape) -> Response:
    """Run the query under its deadline and row cap; the answer in the format asked for."""
    chosen = {"table": _choose(RESULT_NAMES, RESULT_MEDIA, "json", "SELECT/ASK"),
              "graph": _choose(GRAPH_NAMES, GRAPH_MEDIA, "ttl", "CONSTRUCT/DESCRIBE")}
    wanted = chosen["graph" if shape.graph else "table"]
    if shape.form and isinstance(wanted, QueryError):
        abort(400, str(wanted))
    timeout = _timeout()
    result = store().answer(sparql, chosen, timeout=timeout, union=not shape.dataset, cancelled=_disconnected())
    if result.kind == "graph":
        content_type = MEDIA[RDF_SUFFIXES[result.fmt]]
    else:
        content_type = formats.CONTENT_TYPES[result.fmt]
    response = Response(result.body, content_type=content_type)
    response.headers["Vary"] = "Accept"
    limits = store().limits
    response.headers["X-Rasad-Row-Limit"] = str(limits.max_rows)
    response.headers["X-Rasad-Truncated"] = "true" if result.truncated else "false"
    response.headers["X-Rasad-Timeout"] = f"{min(timeout or limits.timeout, limits.timeout):g}"
    return response


@bp.route("/sparql", methods=["GET", "POST"])
def endpoint():
    if request.values.get("default-graph-uri") or request.values.get("named-graph-uri"):
        abort(400, "default-graph-uri and named-graph-uri are not supported: the default graph is the union of all "
                   "graphs; name graphs of the store with FROM, FROM NAMED or GRAPH in the query")
    sparql = _request_query()
    if sparql is None:
        if request.method == "GET" and request.accept_mimetypes.best_match(["text/html", "text/turtle"]) == "text/html" \
                and not request.args.get("format"):
            return render_template("sparql.html", prefixes=PREFIXES)
        return service_description()
    if not sparql.strip():
        abort(400, "the query is empty")
    if len(sparql) > current_app.config["MAX_QUERY_LENGTH"]:
        abort(413, f"a query is at most {current_app.config['MAX_QUERY_LENGTH']:,} characters")
    return answer(sparql, check_query(sparql))


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
