"""Exports: Turtle, N-Triples and JSON-LD of the union of graphs; TriG and N-Quads with the
named graphs kept. Written straight to the output, so large stores stream."""
from __future__ import annotations

import heapq
import itertools
import tempfile
from contextlib import ExitStack
from typing import IO, Iterator

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
# The union from a server, each triple once, sorted so that two exports of the same data diff cleanly.
UNION = "CONSTRUCT { ?s ?p ?o } WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o }"
# Of one graph of the embedded store (given as the query's default graph), or of one subject.
GRAPH_TRIPLES = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"
GRAPH_TRIPLES_BUT = "CONSTRUCT {{ ?s ?p ?o }} WHERE {{ ?s ?p ?o MINUS {{ VALUES ?s {{ {subjects} }} }} }}"
GRAPH_SUBJECTS = "SELECT DISTINCT ?s WHERE { ?s ?p ?o }"
SUBJECT = ox.Variable("s")
RUN_LINES = 50_000  # (subject, graph) pairs sorted in memory at once while looking for shared subjects


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
        triples = union_triples(store.db)
    else:
        triples = iter(store.query(UNION).triples)
    ox.serialize(triples, output, format=rdf, **({"prefixes": prefixes} if prefixes else {}))


def union_triples(db: ox.Store) -> Iterator[ox.Triple]:
    """Each triple of the union once, in an order that depends only on the data, in memory bounded
    by the largest graph: graph after graph (the default graph, then the named graphs by IRI, each
    in the store's index order), except the subjects several graphs describe (an actor, an
    incident two articles report), each written once, whole, at the end, sorted. A sorted DISTINCT
    over the union instead holds every triple, and sorting it took 15x pyoxigraph's serialiser."""
    graphs = [ox.DefaultGraph(), *sorted(db.named_graphs(), key=str)]
    shared = shared_subjects(db, graphs)
    for number, graph in enumerate(graphs):
        yield from graph_triples(db, graph, shared.get(number, []))
    for subject in sorted({subject for subjects in shared.values() for subject in subjects}):
        yield from subject_triples(db, _subject(subject))


def graph_triples(db: ox.Store, graph: ox.NamedNode | ox.BlankNode | ox.DefaultGraph,
                  leave_out: list[str]) -> Iterator[ox.Triple]:
    """The graph's triples, but those of the subjects left out (N-Triples text)."""
    iris = [subject for subject in leave_out if not subject.startswith("_:")]
    query = GRAPH_TRIPLES_BUT.format(subjects=" ".join(iris)) if iris else GRAPH_TRIPLES
    triples = db.query(query, default_graph=graph)
    if len(iris) == len(leave_out):
        return triples
    blank = set(leave_out) - set(iris)  # a query cannot name a blank node of the store
    return (triple for triple in triples if str(triple.subject) not in blank)


def shared_subjects(db: ox.Store, graphs: list) -> dict[int, list[str]]:
    """The subjects (N-Triples text) of more than one graph, by the number of each graph that has
    them. Each graph lists its subjects once; the (subject, graph) lines are sorted in runs spilled
    to disk and merged, so memory holds RUN_LINES of them, not every subject of the store."""
    with ExitStack() as stack:
        runs, lines = [], []
        for number, graph in enumerate(graphs):
            lines.extend(f"{row[0]}\t{number}" for row in db.query(GRAPH_SUBJECTS, default_graph=graph))
            if len(lines) >= RUN_LINES:
                runs.append(_spill(lines, stack))
                lines = []
        lines.sort()
        shared: dict[int, list[str]] = {}
        # A tab sorts before any character of a subject, so each subject's lines come together.
        for subject, pairs in itertools.groupby(heapq.merge(lines, *runs), key=lambda line: line.rpartition("\t")[0]):
            numbers = [int(line.rpartition("\t")[2]) for line in pairs]
            if len(numbers) > 1:
                for number in numbers:
                    shared.setdefault(number, []).append(subject)
        return shared


def _spill(lines: list[str], stack: ExitStack) -> Iterator[str]:
    """Sorted lines in a temporary file (closed with the stack), read back one by one."""
    lines.sort()
    run = stack.enter_context(tempfile.TemporaryFile("w+", encoding="utf-8"))
    run.writelines(line + "\n" for line in lines)  # IRIs and blank node ids hold no line break
    run.seek(0)
    return (line[:-1] for line in run)


def subject_triples(db: ox.Store, subject: ox.NamedNode | ox.BlankNode) -> Iterator[ox.Triple]:
    """The subject's triples in every graph, each once."""
    return db.query(GRAPH_TRIPLES, use_default_graph_as_union=True, substitutions={SUBJECT: subject})


def _subject(text: str) -> ox.NamedNode | ox.BlankNode:
    """A subject from its N-Triples text."""
    return ox.BlankNode(text[2:]) if text.startswith("_:") else ox.NamedNode(text[1:-1])
