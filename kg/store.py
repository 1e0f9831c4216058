"""One store interface, two backends: an embedded Oxigraph database on disk, or a remote
SPARQL 1.1 server. Each article's graph is replaced in one transaction (one SPARQL update:
DROP then INSERT DATA), so re-ingesting is idempotent and a failed write changes nothing."""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Iterable, Iterator

import pyoxigraph as ox

from kg.errors import QueryError, StoreError
from kg.ontology import PREFIXES, sparql_prefixes

DEFAULT_STORE = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share")) / "rasad" / "store"
STORE_ENV = "RASAD_STORE"
INSERT_BATCH = 5000


def default_location() -> str:
    """`--store` wins, then $RASAD_STORE, then ~/.local/share/rasad/store."""
    return os.environ.get(STORE_ENV) or str(DEFAULT_STORE)


@dataclass
class Results:
    """What a query returns, the same from either backend."""

    kind: str  # select | ask | graph
    variables: list[str] = field(default_factory=list)
    rows: list[dict] = field(default_factory=list)  # variable → pyoxigraph term (absent when unbound)
    boolean: bool | None = None
    triples: list[ox.Triple] = field(default_factory=list)


def term_text(term) -> str:
    """A term in N-Triples syntax, as SPARQL INSERT DATA and N-Quads write it."""
    return str(term)


def insert_data(quads: Iterable[ox.Quad]) -> str:
    by_graph: dict[str, list[str]] = {}
    for q in quads:
        by_graph.setdefault(str(q.graph_name), []).append(f"{term_text(q.subject)} {term_text(q.predicate)} {term_text(q.object)} .")
    blocks = "\n".join(f"GRAPH {g} {{\n" + "\n".join(lines) + "\n}" for g, lines in by_graph.items())
    return f"INSERT DATA {{\n{blocks}\n}}"


def replace_graph_update(graph: str, quads: list[ox.Quad]) -> str:
    return f"DROP SILENT GRAPH <{graph}> ;\n{insert_data(quads)}"


class Store:
    """The interface both backends implement."""

    location: str

    def replace_graph(self, graph: str, quads: list[ox.Quad]) -> None:
        raise NotImplementedError

    def query(self, sparql: str) -> Results:
        raise NotImplementedError

    def quads(self, graph: str | None = None) -> Iterator[ox.Quad]:
        raise NotImplementedError

    def graphs(self) -> list[str]:
        raise NotImplementedError

    def load(self, path: Path, fmt: ox.RdfFormat, graph: str | None = None) -> None:
        raise NotImplementedError

    def close(self) -> None:
        """Release the store."""


def _results(raw) -> Results:
    if isinstance(raw, ox.QueryBoolean):
        return Results("ask", boolean=bool(raw))
    if isinstance(raw, ox.QuerySolutions):
        variables = [v.value for v in raw.variables]
        rows = []
        for solution in raw:
            rows.append({name: solution[name] for name in variables if solution[name] is not None})
        return Results("select", variables, rows)
    return Results("graph", triples=list(raw))


class EmbeddedStore(Store):
    """Oxigraph (RocksDB) in a folder on disk; the default graph is the union of all graphs."""

    def __init__(self, path: str | Path, read_only: bool = False):
        self.location = str(path)
        try:
            if read_only:
                self.db = ox.Store.read_only(self.location)
            else:
                Path(self.location).mkdir(parents=True, exist_ok=True)
                self.db = ox.Store(self.location)
        except OSError as e:
            message = str(e)
            if "lock" in message.lower():
                raise StoreError(f"{self.location}: the store is being written by another process") from None
            raise StoreError(f"{self.location}: cannot open the store: {message}") from None

    def replace_graph(self, graph: str, quads: list[ox.Quad]) -> None:
        try:
            self.db.update(replace_graph_update(graph, quads))
        except (OSError, SyntaxError) as e:
            raise StoreError(f"{self.location}: writing graph <{graph}> failed: {e}") from None

    def query(self, sparql: str) -> Results:
        try:
            raw = self.db.query(sparql, use_default_graph_as_union=True, prefixes=PREFIXES)
        except SyntaxError as e:
            raise QueryError(f"invalid SPARQL: {e}") from None
        except OSError as e:
            raise QueryError(f"the query failed: {e}") from None
        return _results(raw)

    def quads(self, graph: str | None = None) -> Iterator[ox.Quad]:
        name = ox.NamedNode(graph) if graph else None
        return self.db.quads_for_pattern(None, None, None, name)

    def graphs(self) -> list[str]:
        return sorted(g.value for g in self.db.named_graphs() if isinstance(g, ox.NamedNode))

    def load(self, path: Path, fmt: ox.RdfFormat, graph: str | None = None) -> None:
        to_graph = ox.NamedNode(graph) if graph else None
        try:
            self.db.bulk_load(path=str(path), format=fmt, to_graph=to_graph)
        except (OSError, SyntaxError, ValueError) as e:
            raise StoreError(f"{path}: cannot load: {e}") from None

    def dump(self, output: IO[bytes], fmt: ox.RdfFormat, graph: str | None = None, prefixes: dict | None = None) -> None:
        kwargs = {"prefixes": prefixes} if prefixes and fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG) else {}
        if graph:
            self.db.dump(output, format=fmt, from_graph=ox.NamedNode(graph), **kwargs)
        else:
            self.db.dump(output, format=fmt, **kwargs)

    def close(self) -> None:
        del self.db


class RemoteStore(Store):
    """Any SPARQL 1.1 server: queries through SPARQLWrapper, writes as SPARQL Update.

    `URL` is the server's base (Oxigraph: /query and /update below it) or its query
    endpoint (`.../query` or `.../sparql`, the update endpoint beside it). The server
    should answer queries over the union of its named graphs as its default graph
    (`oxigraph serve --union-default-graph`, Fuseki's `tdb2:unionDefaultGraph true`).
    """

    def __init__(self, url: str):
        self.location = url.rstrip("/")
        if self.location.endswith("/query"):
            self.query_url, self.update_url = self.location, self.location[: -len("/query")] + "/update"
        elif self.location.endswith("/sparql"):
            self.query_url = self.update_url = self.location
        else:
            self.query_url, self.update_url = self.location + "/query", self.location + "/update"

    def _wrapper(self, endpoint: str):
        from SPARQLWrapper import SPARQLWrapper

        wrapper = SPARQLWrapper(endpoint, agent="rasad")
        wrapper.setMethod("POST")
        wrapper.setTimeout(600)
        return wrapper

    def replace_graph(self, graph: str, quads: list[ox.Quad]) -> None:
        from SPARQLWrapper import POSTDIRECTLY

        wrapper = self._wrapper(self.update_url)
        wrapper.setRequestMethod(POSTDIRECTLY)
        wrapper.setQuery(replace_graph_update(graph, quads))
        try:
            wrapper.query()
        except Exception as e:  # SPARQLWrapper raises urllib and its own errors alike
            raise StoreError(f"{self.update_url}: writing graph <{graph}> failed: {_reason(e)}") from None

    def query(self, sparql: str) -> Results:
        from SPARQLWrapper import JSON, N3

        wrapper = self._wrapper(self.query_url)
        # SPARQLWrapper guesses the query form from the first keyword it sees, comments included
        wrapper.setQuery(sparql_prefixes() + re.sub(r"(?m)^[ \t]*#.*$", "", sparql))
        kind = wrapper.queryType
        graph_query = kind in ("CONSTRUCT", "DESCRIBE")
        wrapper.setReturnFormat(N3 if graph_query else JSON)
        if graph_query:
            wrapper.addCustomHttpHeader("Accept", "application/n-triples")
        try:
            response = wrapper.query()
            if graph_query:
                data = response.response.read()
                return Results("graph", triples=list(ox.parse(data, format=ox.RdfFormat.N_TRIPLES)))
            body = response.convert()
        except Exception as e:  # network, HTTP and parse errors all become one message
            raise QueryError(f"{self.query_url}: {_reason(e)}") from None
        if "boolean" in body:
            return Results("ask", boolean=bool(body["boolean"]))
        variables = body["head"].get("vars", [])
        rows = [{k: _term(v) for k, v in binding.items()} for binding in body["results"]["bindings"]]
        return Results("select", variables, rows)

    def quads(self, graph: str | None = None) -> Iterator[ox.Quad]:
        """Every quad, page by page, so that memory stays flat on a large server."""
        page, offset = 50000, 0
        where = f"GRAPH <{graph}> {{ ?s ?p ?o }} BIND(<{graph}> AS ?g)" if graph else "GRAPH ?g { ?s ?p ?o }"
        while True:
            result = self.query(f"SELECT ?g ?s ?p ?o WHERE {{ {where} }} ORDER BY ?g ?s ?p ?o LIMIT {page} OFFSET {offset}")
            for row in result.rows:
                yield ox.Quad(row["s"], row["p"], row["o"], row["g"])
            if len(result.rows) < page:
                return
            offset += page

    def graphs(self) -> list[str]:
        result = self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        return sorted(row["g"].value for row in result.rows)

    def load(self, path: Path, fmt: ox.RdfFormat, graph: str | None = None) -> None:
        """Parsed here and sent as SPARQL Update in batches (any SPARQL 1.1 server takes it)."""
        batch: list[ox.Quad] = []
        to_graph = ox.NamedNode(graph) if graph else None
        try:
            for quad in ox.parse(path=str(path), format=fmt):
                target = to_graph or (quad.graph_name if not isinstance(quad.graph_name, ox.DefaultGraph) else None)
                if target is None:
                    raise StoreError(f"{path}: triples outside a named graph: give --graph IRI")
                batch.append(ox.Quad(quad.subject, quad.predicate, quad.object, target))
                if len(batch) >= INSERT_BATCH:
                    self._insert(batch)
                    batch = []
        except SyntaxError as e:
            raise StoreError(f"{path}: cannot parse: {e}") from None
        if batch:
            self._insert(batch)

    def _insert(self, quads: list[ox.Quad]) -> None:
        from SPARQLWrapper import POSTDIRECTLY

        wrapper = self._wrapper(self.update_url)
        wrapper.setRequestMethod(POSTDIRECTLY)
        wrapper.setQuery(insert_data(quads))
        try:
            wrapper.query()
        except Exception as e:  # as in replace_graph
            raise StoreError(f"{self.update_url}: insert failed: {_reason(e)}") from None

    def dump(self, output: IO[bytes], fmt: ox.RdfFormat, graph: str | None = None, prefixes: dict | None = None) -> None:
        kwargs = {"prefixes": prefixes} if prefixes and fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG) else {}
        ox.serialize(self.quads(graph), output, format=fmt, **kwargs)


def _reason(error: Exception) -> str:
    text = str(error).strip().splitlines()
    return text[0][:300] if text else type(error).__name__


def _term(binding: dict):
    kind, value = binding["type"], binding["value"]
    if kind == "uri":
        return ox.NamedNode(value)
    if kind == "bnode":
        return ox.BlankNode(value)
    if "xml:lang" in binding:
        return ox.Literal(value, language=binding["xml:lang"])
    if "datatype" in binding:
        return ox.Literal(value, datatype=ox.NamedNode(binding["datatype"]))
    return ox.Literal(value)


def open_store(location: str | None = None, read_only: bool = False) -> Store:
    """A store by location: an http(s) URL is a remote server, anything else a folder."""
    location = location or default_location()
    if location.startswith(("http://", "https://")):
        return RemoteStore(location)
    if read_only and not Path(location).exists():
        raise StoreError(f"{location}: no store here yet (run `kg ingest` first)")
    return EmbeddedStore(location)

