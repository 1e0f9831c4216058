"""What every view shares: the store, arguments, twins in JSON and RDF, errors."""
from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path

import pyoxigraph as ox
from flask import Response, abort, current_app, g, render_template, request

from kg.describe import SearchIndex
from kg.export import MEDIA_TYPES
from kg.ontology import PREFIXES
from kg.store import Store

RDF_SUFFIXES = {"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD, "rdf": ox.RdfFormat.RDF_XML}
RDF_MEDIA = {"text/turtle": "ttl", "application/n-triples": "nt", "application/ld+json": "jsonld", "application/rdf+xml": "rdf"}
MEDIA = {**MEDIA_TYPES, ox.RdfFormat.RDF_XML: "application/rdf+xml"}


def store() -> Store:
    """The application's guarded store; for a saved query, one whose queries stop at the row cap."""
    guarded = current_app.extensions["rasad"]["store"]
    if request and request.endpoint == "saved.saved_query" and hasattr(guarded, "capped"):
        g.rasad_row_limit = guarded.limits.max_rows
        g.setdefault("rasad_truncated", False)
        return guarded.capped(guarded.limits.max_rows, _note_truncated)
    return guarded


def _note_truncated() -> None:
    g.rasad_truncated = True


def search_index() -> SearchIndex:
    return current_app.extensions["rasad"]["search"]


def split_suffix(name: str, suffixes) -> tuple[str, str | None]:
    """`hezbollah.ttl` → (`hezbollah`, `ttl`) when the suffix is one of `suffixes`."""
    base, dot, ext = name.rpartition(".")
    if dot and ext in suffixes:
        return base, ext
    return name, None


def wants_json() -> bool:
    if request.path.endswith(".json"):
        return True
    best = request.accept_mimetypes.best_match(["text/html", "application/json", "application/sparql-results+json", "text/plain"])
    return best in ("application/json", "application/sparql-results+json")


def json_response(data, status: int = 200) -> Response:
    return Response(json.dumps(data, ensure_ascii=False, indent=1, default=str), status, mimetype="application/json")


def page(template: str, data: dict, fmt: str | None = None, **context) -> Response | str:
    """A page, or its `.json` twin: the same data."""
    if fmt == "json":
        return json_response(data)
    return render_template(template, data=data, **context)


def rdf_response(triples, ext: str, filename: str | None = None) -> Response:
    fmt = RDF_SUFFIXES[ext]
    body = ox.serialize(triples, format=fmt, **({"prefixes": PREFIXES} if fmt == ox.RdfFormat.TURTLE else {})) or b""
    response = Response(body, mimetype=MEDIA[fmt].split(";")[0])
    response.headers["Vary"] = "Accept"
    if filename:
        response.headers["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def negotiated_rdf() -> str | None:
    """The RDF suffix the client's Accept header prefers over HTML, if any."""
    offers = ["text/html", *RDF_MEDIA, "application/json"]
    best = request.accept_mimetypes.best_match(offers)
    if best == "application/json":
        return "json"
    return RDF_MEDIA.get(best or "")


def int_arg(name: str, default: int = 1, minimum: int = 1, maximum: int = 10000) -> int:
    raw = request.args.get(name, "")
    if not raw:
        return default
    if not re.fullmatch(r"\d{1,6}", raw) or not minimum <= int(raw) <= maximum:
        abort(400, f"'{name}' must be a whole number from {minimum} to {maximum}, not '{raw}'")
    return int(raw)


def choice_arg(name: str, allowed) -> str | None:
    raw = request.args.get(name) or None
    if raw is not None and raw not in allowed:
        abort(400, f"'{name}' must be one of {', '.join(sorted(allowed))}, not '{raw}'")
    return raw


def pattern_arg(name: str, pattern: str, shape: str) -> str | None:
    raw = (request.args.get(name) or "").strip() or None
    if raw is not None and not re.fullmatch(pattern, raw):
        abort(400, f"'{name}' must be {shape}, not '{raw}'")
    return raw


def scrub(message: str) -> str:
    """A message without the server's local paths (the store's folder, the code, the home)."""
    places = []
    location = current_app.config.get("STORE") if current_app else None
    if location and not str(location).startswith(("http://", "https://")):
        places += [str(location), os.path.realpath(location)]
    places += [str(Path(__file__).resolve().parent.parent.parent), sys.prefix, str(Path.home())]
    for place in sorted({p for p in places if p and len(p) > 1}, key=len, reverse=True):
        message = message.replace(place, "…")
    return message


def error_response(status: int, message: str) -> Response:
    """One message, as the client asked for it: JSON, HTML or plain text; never a local path."""
    message = scrub(message)
    if wants_json():
        return json_response({"error": message, "status": status}, status)
    best = request.accept_mimetypes.best_match(["text/html", "text/plain"])
    if best == "text/html" and not request.path.startswith("/sparql") or request.accept_mimetypes.best == "text/html":
        return Response(render_template("error.html", status=status, message=message), status, mimetype="text/html")
    return Response(message + "\n", status, mimetype="text/plain")
