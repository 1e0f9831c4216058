"""Saved queries (queries/*.rq) as pages with a form, and exports: the whole graph, one
article's graph, one query's result."""
from __future__ import annotations

import tempfile

import pyoxigraph as ox
from flask import Blueprint, Response, abort, current_app, request, send_file

from kg import describe
from kg import results as formats
from kg.errors import QueryError
from kg.export import DATASET_FORMATS, MEDIA_TYPES, export, rdf_format
from kg.query import bind, saved_queries
from kg.web.common import RDF_SUFFIXES, json_response, page, rdf_response, split_suffix, store

bp = Blueprint("saved", __name__)
EXPORTS = {"ttl": "turtle", "nt": "ntriples", "nq": "nquads", "trig": "trig", "jsonld": "jsonld"}
RESULT_SUFFIXES = ("json", "csv", "tsv", "xml", "ttl", "nt", "jsonld")


def _saved() -> dict:
    return saved_queries(current_app.config["QUERIES_DIR"])


@bp.route("/queries")
@bp.route("/queries.<any(json):fmt>")
def listing(fmt=None):
    items = [{"name": name, "title": q.title, "description": q.description, "path": f"/queries/{name}",
              "parameters": [{"name": p.name, "kind": p.kind, "default": p.default, "doc": p.doc} for p in q.parameters]}
             for name, q in _saved().items()]
    return page("queries.html", {"queries": items}, fmt)


@bp.route("/queries/<name>")
def saved_query(name):
    name, ext = split_suffix(name, RESULT_SUFFIXES)
    query = _saved().get(name)
    if query is None:
        abort(404, f"no saved query named '{name}'")
    known = {p.name for p in query.parameters}
    values = {k: v for k, v in request.args.items() if k in known and v != ""}
    missing = [p.name for p in query.parameters if p.name not in values and p.default is None]
    info = {"name": name, "title": query.title or name, "description": query.description, "sparql": query.sparql,
            "parameters": [{"name": p.name, "kind": p.kind, "default": p.default, "doc": p.doc, "value": values.get(p.name, p.default or "")}
                           for p in query.parameters], "missing": missing}
    if missing:
        if ext:
            abort(400, f"'{name}' needs a value for: {', '.join(missing)}")
        return page("query.html", info | {"results": None})
    try:
        sparql = bind(query, values)
    except ValueError as e:  # an IRI parameter that is no IRI (kg.query lets pyoxigraph's error through)
        abort(400, f"a parameter of '{name}' is not a valid IRI or key: {e}")
    results = store().query(sparql)
    if ext == "json" and results.kind != "graph":
        return Response(formats.to_json(results), content_type="application/json")
    if ext in ("csv", "tsv", "xml"):
        if results.kind == "graph":
            abort(400, f"'{name}' makes a graph: download it as .ttl, .nt or .jsonld")
        response = Response(formats.WRITERS[ext](results), content_type=formats.CONTENT_TYPES[ext])
        response.headers["Content-Disposition"] = f'inline; filename="{name}.{ext}"'
        return response
    if ext in RDF_SUFFIXES or ext == "json":
        if results.kind != "graph":
            abort(400, f"'{name}' gives a table: download it as .json, .csv, .tsv or .xml")
        return rdf_response(results.triples, "jsonld" if ext == "json" else ext)
    return page("query.html", info | {"results": table(results)})


def table(results) -> dict:
    """Results as the page shows them: every IRI by its label, linked to its page."""
    if results.kind == "ask":
        return {"kind": "ask", "boolean": results.boolean}
    if results.kind == "graph":
        return {"kind": "graph", "turtle": formats.graph_text(results).decode("utf-8")}
    iris = {t.value for row in results.rows for t in row.values() if isinstance(t, ox.NamedNode)}
    names = describe.labels(store(), iris)
    rows = [[describe.term(row[v], names) if v in row else None for v in results.variables] for row in results.rows]
    return {"kind": "select", "variables": results.variables, "rows": rows}


@bp.route("/export.<ext>")
def export_all(ext):
    return graph_export(None, ext, "rasad")


def graph_export(graph: str | None, ext: str, name: str) -> Response:
    """The whole store, or one named graph, in the format of the suffix; spooled to disk."""
    if ext not in EXPORTS:
        abort(404, f"no export as .{ext} (choose from {', '.join('.' + e for e in EXPORTS)})")
    if graph and graph not in store().graphs():
        abort(404, f"no graph <{graph}> in the store")
    spool = tempfile.TemporaryFile()
    try:
        if graph and rdf_format(EXPORTS[ext]) in DATASET_FORMATS:  # keep the graph's name on its quads
            ox.serialize(store().quads(graph), spool, format=rdf_format(EXPORTS[ext]))
        else:
            export(store(), spool, EXPORTS[ext], graph)
    except QueryError as e:
        spool.close()
        abort(400, str(e))
    spool.seek(0)
    media = MEDIA_TYPES[rdf_format(EXPORTS[ext])].split(";")[0]
    safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in name)[:80] or "graph"
    return send_file(spool, mimetype=media, as_attachment=graph is None, download_name=f"{safe}.{ext}")


@bp.route("/export.json")
def export_index():
    return json_response({"formats": [{"suffix": e, "path": f"/export.{e}", "media_type": MEDIA_TYPES[rdf_format(f)]}
                                      for e, f in EXPORTS.items()]})
