"""The explorer and the SPARQL endpoint (placeholder until the web module lands)."""
from flask import Flask


def create_app(config: dict | None = None) -> Flask:
    app = Flask(__name__)
    app.config.update(config or {})
    return app
