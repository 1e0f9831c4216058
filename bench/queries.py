"""The query mix of the benchmark, and how each engine runs it.

A case is what a user waits for: a saved query, an explorer page (every query the page sends,
and the Python that builds it), or a search. Rasad runs it through its own functions
(kg.query, kg.describe) on an EmbeddedStore; the same SPARQL text, recorded from that run, is
then replayed on the raw pyoxigraph Store underneath (the engine's limit) and on rdflib's
in-memory Dataset (what a user would write by hand).
"""
from __future__ import annotations

import statistics
import time
from dataclasses import dataclass, field
from typing import Callable

import pyoxigraph as ox

from kg.ontology import sparql_prefixes
from kg.store import Store

PREFIX_BLOCK = sparql_prefixes()
SEARCHES = ("hezbollah", "حزب الله", "houthi", "الحوثي")
ENTITIES = ("iran", "hezbollah")


@dataclass
class Case:
    name: str
    kind: str  # saved | page | search
    run: Callable[[Store], object]
    queries: list[str] = field(default_factory=list)  # the SPARQL Rasad sent, recorded on the first run


class Recorder(Store):
    """A store that notes every query it is asked, and passes it on."""

    def __init__(self, inner: Store):
        self.inner, self.location, self.log = inner, inner.location, []

    def query(self, sparql: str):
        self.log.append(sparql)
        return self.inner.query(sparql)

    def graphs(self) -> list[str]:
        return self.inner.graphs()

    def quads(self, graph: str | None = None):
        return self.inner.quads(graph)


def cases() -> list[Case]:
    """Every saved query with its defaults, the explorer's heavy pages, search in both languages."""
    from kg.query import bind, saved_queries

    found = []
    for name, saved in saved_queries().items():
        text = bind(saved, {})
        found.append(Case(f"saved:{name}", "saved", lambda store, text=text: store.query(text)))
    try:
        from kg import describe
    except ImportError:  # the explorer's queries are measured only where kg.describe exists
        return found
    for key in ENTITIES:
        found.append(Case(f"page:entity/{key}", "page", lambda store, key=key: describe.describe_entity(store, key)))
    found.append(Case("page:proxies (class list, facets)", "page", lambda store: describe.entities(store, "Proxy")))
    found.append(Case("page:incidents (list, facets)", "page", lambda store: describe.incidents(store)))
    for text in SEARCHES:
        found.append(Case(f"search:{text}", "search", _searcher(describe, text)))
    return found


def _searcher(describe, text: str):
    indexes: dict[int, object] = {}

    def run(store: Store):
        index = indexes.get(id(store))
        if index is None:
            index = indexes[id(store)] = describe.SearchIndex(store, ttl=1e9)
            index.refresh()
        return index.search(text)
    return run


def scan_query(text: str) -> str:
    """Search without an index: what a SPARQL user writes, a scan of every label."""
    needle = str(ox.Literal(text.lower()))
    return (f"SELECT ?s ?label WHERE {{ ?s rdfs:label ?label "
            f"FILTER(CONTAINS(LCASE(STR(?label)), {needle})) }}")


def record(case: Case, store: Store) -> None:
    """Run the case once through Rasad, keeping the SPARQL it sent (the warm-up run)."""
    recorder = Recorder(store)
    case.run(recorder)
    if case.kind == "search":
        case.queries = [scan_query(case.name.split(":", 1)[1])]
    else:
        case.queries = recorder.log


def raw_runner(db: ox.Store) -> Callable[[str], int]:
    """The same text on pyoxigraph directly: the union as default graph, every value read."""
    def run(sparql: str) -> int:
        result = db.query(PREFIX_BLOCK + sparql, use_default_graph_as_union=True)
        if isinstance(result, ox.QueryBoolean):
            return 1
        if isinstance(result, ox.QuerySolutions):
            return sum(1 for row in result if [*row] is not None)
        return len(list(result))
    return run


def latencies(action: Callable[[], object], budget: float, least: int = 5, most: int = 50) -> list[float]:
    """Seconds per run: at least `least` runs (three if one is over budget, one if over 10 s),
    more while within `budget` seconds."""
    times: list[float] = []
    spent = 0.0
    while len(times) < most:
        if times and spent >= budget:
            floor = least if times[0] < budget else (3 if times[0] < 10 else 1)
            if len(times) >= floor:
                break
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
        spent += times[-1]
    return times


def summary(times: list[float]) -> dict:
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, max(0, round(0.95 * len(ordered)) - 1))]
    return {"runs": len(times), "p50_ms": round(statistics.median(ordered) * 1000, 3), "p95_ms": round(p95 * 1000, 3)}


def measure(store, db: ox.Store, name: str, budget: float) -> dict:
    """One case through Rasad and, with the SPARQL it sent, on the raw store underneath."""
    case = next(c for c in cases() if c.name == name)
    raw = raw_runner(db)
    try:
        record(case, store)
        case.run(store)  # warm both: caches, and the search index built for this store
        rows = [raw(text) for text in case.queries]
        rasad = summary(latencies(lambda: case.run(store), budget))
        engine = summary(latencies(lambda: [raw(q) for q in case.queries], budget))
    except Exception as error:  # a page that fails is a finding to report, not a reason to stop
        return {"name": case.name, "kind": case.kind, "error": f"{type(error).__name__}: {error}"[:300]}
    return {"name": case.name, "kind": case.kind, "queries": case.queries, "rows": rows, "rasad": rasad, "raw": engine,
            "ratio_p50": _ratio(rasad["p50_ms"], engine["p50_ms"])}


def _ratio(a: float, b: float) -> float | None:
    return round(a / b, 3) if b else None
