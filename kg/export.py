"""Exports: Turtle, N-Triples and JSON-LD of the union of graphs; TriG and N-Quads with the
named graphs kept. Written straight to the output, so large stores stream."""
from __future__ import annotations

from typing import IO

import pyoxigraph as ox

from kg.errors import RasadError
from kg.ontology import PREFIXES
from kg.store import EmbeddedStore, Store

FORMATS = {
    "turtle": ox.RdfFormat.TURTLE, "ttl": ox.RdfFormat.TURTLE,
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS, "nq": ox.RdfFormat.N_QUADS,
    "ntriples": ox.RdfFormat.N_TRIPLES, "nt": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD, "json-ld": ox.RdfFormat.JSON_LD,
}
MEDIA_TYPES = {
    ox.RdfFormat.TURTLE: "text/turtle; charset=utf-8", ox.RdfFormat.TRIG: "application/trig",
    ox.RdfFormat.N_QUADS: "application/n-quads", ox.RdfFormat.N_TRIPLES: "application/n-triples",
    ox.RdfFormat.JSON_LD: "application/ld+json",
}
DATASET_FORMATS = (ox.RdfFormat.TRIG, ox.RdfFormat.N_QUADS)
# The union, each triple once, sorted so that two exports of the same data diff cleanly.
UNION = "CONSTRUCT { ?s ?p ?o } WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o }"


def rdf_format(name: str) -> ox.RdfFormat:
    try:
        return FORMATS[name.lower()]
    except KeyError:
        raise RasadError(f"unknown export format '{name}' (choose from turtle, trig, nquads, ntriples, jsonld)") from None


def export(store: Store, output: IO[bytes], fmt: str, graph: str | None = None) -> None:
    """Write the store (or one graph of it) to `output` in the format named."""
    rdf = rdf_format(fmt)
    prefixes = PREFIXES if rdf in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG) else None
    if graph and graph not in store.graphs():
        raise RasadError(f"no graph <{graph}> in the store")
    if rdf in DATASET_FORMATS:
        if graph:  # one graph, its name kept
            ox.serialize(store.quads(graph), output, format=rdf, **({"prefixes": prefixes} if prefixes else {}))
        else:
            store.dump(output, rdf, None, prefixes)
        return
    if graph:
        triples = (ox.Triple(q.subject, q.predicate, q.object) for q in store.quads(graph))
    elif isinstance(store, EmbeddedStore):
        triples = store.db.query(UNION, use_default_graph_as_union=True)
    else:
        triples = iter(store.query(UNION).triples)
    ox.serialize(triples, output, format=rdf, **({"prefixes": prefixes} if prefixes else {}))
