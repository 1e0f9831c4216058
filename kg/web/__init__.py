"""The explorer and the SPARQL endpoint: a Flask application over one store.

`create_app({"STORE": location})` opens the store (a folder or a SPARQL endpoint URL; None
means the default) once for the application. Every page has a `.json` twin; errors are the
same message with the right status, as HTML, JSON or plain text as the client asks.
"""
from __future__ import annotations

import logging

from flask import Flask, request
from werkzeug.exceptions import HTTPException

from kg.describe import SearchIndex
from kg.errors import QueryError, RasadError, StoreError
from kg.query import QUERIES_DIR
from kg.store import open_store
from kg.web.common import error_response

CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
       "frame-ancestors 'none'")
log = logging.getLogger("kg.web")


def create_app(config: dict | None = None) -> Flask:
    app = Flask(__name__)
    app.config.update(STORE=None, QUERIES_DIR=QUERIES_DIR, MAX_CONTENT_LENGTH=1 << 20)
    app.config.update(config or {})
    store = open_store(app.config["STORE"])
    app.extensions["rasad"] = {"store": store, "search": SearchIndex(store)}

    from kg.web import pages, saved, sparql

    app.register_blueprint(pages.bp)
    app.register_blueprint(sparql.bp)
    app.register_blueprint(saved.bp)
    app.after_request(_headers)
    app.register_error_handler(HTTPException, _http_error)
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
    return response


def _http_error(error: HTTPException):
    if error.response is not None:  # a redirect or a ready answer raised with abort(response)
        return error.response
    return error_response(error.code or 500, error.description)


def _unexpected(error: Exception):
    log.exception("unexpected error on %s", request.path)
    return error_response(500, "the server failed to answer this request; the error is in its log")
