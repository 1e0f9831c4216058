"""Queries: SPARQL text, a .rq file, or a saved query from queries/ with bound parameters."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from kg.errors import QueryError
from kg.ontology import ENTITY, PREFIXES
from kg.store import Results, Store

QUERIES_DIR = Path(__file__).resolve().parent.parent / "queries"
_HEADER = re.compile(r"^#\s*(title|description|param)\s*:\s*(.*)$")
_PARAM = re.compile(r"^(?P<name>\w+)(?:\s*\((?P<kind>entity|iri|string|integer|date)\))?\s*(?:=\s*(?P<default>\S+))?\s*(?:[-—]+\s*(?P<doc>.*))?$")


@dataclass(frozen=True)
class Parameter:
    name: str
    kind: str = "string"  # entity | iri | string | integer | date
    default: str | None = None
    doc: str = ""


@dataclass(frozen=True)
class SavedQuery:
    name: str
    title: str
    description: str
    sparql: str
    parameters: tuple[Parameter, ...] = field(default_factory=tuple)
    path: Path | None = None


def parse_saved(name: str, text: str, path: Path | None = None) -> SavedQuery:
    title, description, params = "", [], []
    for line in text.splitlines():
        m = _HEADER.match(line.strip())
        if not m:
            if line.strip() and not line.strip().startswith("#"):
                break
            continue
        key, value = m.group(1), m.group(2).strip()
        if key == "title":
            title = value
        elif key == "description":
            description.append(value)
        else:
            p = _PARAM.match(value)
            if not p:
                raise QueryError(f"{path or name}: cannot read parameter line '{value}'")
            params.append(Parameter(p["name"], p["kind"] or "string", p["default"], (p["doc"] or "").strip()))
    return SavedQuery(name, title, " ".join(description), text, tuple(params), path)


def saved_queries(directory: Path = QUERIES_DIR) -> dict[str, SavedQuery]:
    return {p.stem: parse_saved(p.stem, p.read_text(encoding="utf-8"), p) for p in sorted(directory.glob("*.rq"))}


def resolve(query: str, directory: Path = QUERIES_DIR) -> SavedQuery:
    """SPARQL text, a path to a .rq file, or the name of a saved query."""
    if re.fullmatch(r"[\w-]+", query):
        saved = saved_queries(directory)
        if query in saved:
            return saved[query]
        raise QueryError(f"no saved query named '{query}' (known: {', '.join(saved) or 'none'})")
    path = Path(query)
    if query.endswith(".rq"):
        if not path.is_file():
            raise QueryError(f"{query}: no such query file")
        return parse_saved(path.stem, path.read_text(encoding="utf-8"), path)
    return SavedQuery("query", "", "", query)


def term_for(parameter: Parameter, value: str):
    """A parameter's value as an RDF term: bound as data, never pasted into the query text."""
    try:
        return _term_for(parameter, value)
    except ValueError as e:
        raise QueryError(f"parameter '{parameter.name}': {value!r} is not a valid {parameter.kind} ({e})") from None


def _term_for(parameter: Parameter, value: str):
    if parameter.kind == "entity":
        if value.startswith(("http://", "https://")):
            return ox.NamedNode(value)
        return ox.NamedNode(ENTITY + value.removeprefix("entity:"))
    if parameter.kind == "iri":
        prefix, _, local = value.partition(":")
        if prefix in PREFIXES and not value.startswith(("http://", "https://")):
            return ox.NamedNode(PREFIXES[prefix] + local)
        return ox.NamedNode(value)
    if parameter.kind == "integer":
        if not re.fullmatch(r"-?\d+", value):
            raise QueryError(f"parameter '{parameter.name}' must be an integer, not '{value}'")
        return ox.Literal(value, datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))
    if parameter.kind == "date":
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            raise QueryError(f"parameter '{parameter.name}' must be a date YYYY-MM-DD, not '{value}'")
        return ox.Literal(value, datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#date"))
    return ox.Literal(value)


_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)


def bind(saved: SavedQuery, values: dict[str, str]) -> str:
    """The query with its parameters bound by a VALUES block opening its WHERE clause, so that
    FILTERs and aggregates see them (a trailing VALUES block is joined only at the end)."""
    known = {p.name: p for p in saved.parameters}
    unknown = set(values) - set(known)
    if unknown:
        raise QueryError(f"unknown parameter(s) {', '.join(sorted(unknown))} for '{saved.name}'"
                         f" (it takes: {', '.join(known) or 'none'})")
    bound = []
    for parameter in saved.parameters:
        value = values.get(parameter.name, parameter.default)
        if value is None:
            raise QueryError(f"'{saved.name}' needs a value for parameter '{parameter.name}'")
        bound.append((parameter.name, term_for(parameter, value)))
    if not bound:
        return saved.sparql
    names = " ".join(f"?{n}" for n, _ in bound)
    terms = " ".join(str(t) for _, t in bound)
    block = f"VALUES ({names}) {{ ({terms}) }}"
    masked = re.sub(r"(?m)^\s*#.*$", lambda m: " " * len(m.group(0)), saved.sparql)
    where = _WHERE.search(masked)
    if where is None:
        raise QueryError(f"'{saved.name}': a query with parameters needs a WHERE clause")
    return saved.sparql[:where.end()] + f"\n  {block}\n" + saved.sparql[where.end():]


def run(store: Store, query: str, values: dict[str, str] | None = None, directory: Path = QUERIES_DIR) -> Results:
    saved = resolve(query, directory)
    return store.query(bind(saved, values or {}))


def stats(store: Store) -> dict:
    """What the store holds: entities and incidents by class, articles, graphs."""
    by_class = store.query(
        "SELECT ?class (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?class . "
        "FILTER(STRSTARTS(STR(?class), STR(rasad:))) } GROUP BY ?class ORDER BY ?class")
    counts = {short_name(row["class"].value): int(row["n"].value) for row in by_class.rows}
    graphs = store.graphs()
    return {"classes": counts, "articles": counts.get("Article", 0), "graphs": len(graphs)}


def short_name(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]
