"""The explorer and the SPARQL endpoint: a Flask application over one store.

`create_app({"STORE": location})` opens the store (a folder or a SPARQL endpoint URL; None
means the default) once for the application, read-only and guarded (kg.guard): every query runs
in a worker process under a deadline, /sparql and saved queries under a row cap. Every page has
a `.json` twin; errors are the same message with the right status, as HTML, JSON or plain text
as the client asks, never with a traceback or a local path.

Configuration: STORE, QUERIES_DIR, QUERY_TIMEOUT (s, default 10), MAX_ROWS (10,000),
QUERY_WORKERS (4), WORKER_MEMORY_MB (2048, 0: no cap), REFRESH_SECONDS (2),
MAX_CONTENT_LENGTH (request bodies, 1 MB), MAX_QUERY_LENGTH (characters, 1 MB).
"""
from __future__ import annotations

import logging

from flask import Flask, g, request
from werkzeug.exceptions import HTTPException

from kg import guard
from kg.describe import SearchIndex
from kg.errors import QueryError, RasadError, StoreError
from kg.query import QUERIES_DIR
from kg.web.common import error_response

CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
       "frame-ancestors 'none'")
log = logging.getLogger("kg.web")


def create_app(config: dict | None = None) -> Flask:
    app = Flask(__name__)
    app.config.update(STORE=None, QUERIES_DIR=QUERIES_DIR, MAX_CONTENT_LENGTH=1 << 20, MAX_QUERY_LENGTH=1 << 20,
                      QUERY_TIMEOUT=guard.DEFAULT_TIMEOUT, MAX_ROWS=guard.DEFAULT_MAX_ROWS, QUERY_WORKERS=guard.DEFAULT_WORKERS,
                      WORKER_MEMORY_MB=guard.DEFAULT_MEMORY_MB, REFRESH_SECONDS=guard.DEFAULT_REFRESH)
    app.config.update(config or {})
    limits = guard.Limits(timeout=float(app.config["QUERY_TIMEOUT"]), max_rows=int(app.config["MAX_ROWS"]),
                          workers=int(app.config["QUERY_WORKERS"]), memory_mb=int(app.config["WORKER_MEMORY_MB"]),
                          refresh=float(app.config["REFRESH_SECONDS"]))
    store = guard.open_guarded(app.config["STORE"], limits)
    app.extensions["rasad"] = {"store": store, "search": SearchIndex(store)}

    from kg.web import pages, saved, sparql

    app.register_blueprint(pages.bp)
    app.register_blueprint(sparql.bp)
    app.register_blueprint(saved.bp)
    app.after_request(_headers)
    app.register_error_handler(HTTPException, _http_error)
    app.register_error_handler(guard.GuardError, _guard_error)
    app.register_error_handler(QueryError, lambda e: error_response(400, str(e)))
    app.register_error_handler(StoreError, lambda e: error_response(503, str(e)))
    app.register_error_handler(RasadError, lambda e: error_response(400, str(e)))
    app.register_error_handler(Exception, _unexpected)
    return app


def _headers(response):
    response.headers.setdefault("Content-Security-Policy", CSP)
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "same-origin"
    response.headers["X-Frame-Options"] = "DENY"
    if request.endpoint and request.endpoint.startswith("sparql."):
        response.headers.setdefault("Access-Control-Allow-Origin", "*")
    if "rasad_truncated" in g:  # a saved query cut at the row cap
        response.headers["X-Rasad-Truncated"] = "true" if g.rasad_truncated else "false"
        response.headers["X-Rasad-Row-Limit"] = str(g.rasad_row_limit)
    return response


def _guard_error(error: guard.GuardError):
    if not isinstance(error, guard.Refused):  # a query stopped: worth a line in the server's log
        log.warning("%s %s: %s", request.method, request.path, error)
    response = error_response(error.status, str(error))
    if error.retry_after:
        response.headers["Retry-After"] = str(error.retry_after)
    return response


def _http_error(error: HTTPException):
    if error.response is not None:  # a redirect or a ready answer raised with abort(response)
        return error.response
    return error_response(error.code or 500, error.description)


def _unexpected(error: Exception):
    log.exception("unexpected error on %s", request.path)
    return error_response(500, "the server failed to answer this request; the error is in its log")
