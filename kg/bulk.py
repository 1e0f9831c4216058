"""Bulk paths: extraction as a pure streaming stage, and bulk loading into a store.

`extract_stream` turns articles into N-Quads (no store), one article's graph after another, in
the order read, so that extraction can run in any parallel engine (GNU parallel, a Spark or
Dask job over partitions) and the outputs be concatenated: IRIs are deterministic (an
incident's from its type, participants and date), so the same incident reported in two
partitions is one node after loading. The catalogue's descriptions of actors are written the
first time a stream meets each actor; a repeat from another partition is the same quad.

`load` puts N-Quads, TriG or Turtle into a store: the embedded store through pyoxigraph's bulk
loader, a remote server through the SPARQL 1.1 Graph Store Protocol (a dataset POST of N-Quads,
in chunks) or, for any SPARQL 1.1 server, through SPARQL Update.

`bulk_ingest` is the two together for the embedded store: extraction in a pool of processes,
one writer. Unlike `kg ingest` it does not write each article in its own transaction: batches of
articles are bulk-loaded, after the graphs of those articles are dropped, so a crash can leave a
partial batch and re-running the same input repairs it (idempotent, as ingest is).
"""
from __future__ import annotations

import json
import multiprocessing
import os
import queue
import shutil
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Iterable, Iterator

import pyoxigraph as ox

from kg.articles import Article, article_from_record, decode
from kg.errors import InputError, RasadError, StoreError
from kg.extract.catalogue import default_catalogue
from kg.extract.pipeline import extract
from kg.mapping import article_graphs
from kg.ontology import CATALOGUE_GRAPH, article_iri
from kg.store import EmbeddedStore, RemoteStore, Store

NQ = ox.RdfFormat.N_QUADS
FORMATS = {".nq": NQ, ".nquads": NQ, ".trig": ox.RdfFormat.TRIG, ".ttl": ox.RdfFormat.TURTLE,
           ".turtle": ox.RdfFormat.TURTLE, ".nt": ox.RdfFormat.N_TRIPLES, ".ntriples": ox.RdfFormat.N_TRIPLES}
FORMAT_NAMES = {"nquads": NQ, "trig": ox.RdfFormat.TRIG, "turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES}
BATCH = 16               # articles per task sent to a worker
IN_FLIGHT = 4            # tasks queued per worker: bounds memory whatever the corpus size
FLUSH_BYTES = 32 << 20   # N-Quads buffered by bulk_ingest before one bulk load
CHUNK_QUADS = 100_000    # quads per HTTP request or SPARQL update when loading a remote store


@dataclass
class ExtractReport:
    articles: int = 0
    entities: int = 0
    facts: int = 0
    incidents: int = 0
    quads: int = 0  # quads written: every article's graph, each catalogue description once
    seconds: float = 0.0
    errors: list[RasadError] = field(default_factory=list)

    def summary(self) -> str:
        line = (f"{self.articles} article{'s' if self.articles != 1 else ''}, {self.entities} entities, "
                f"{self.facts} facts, {self.incidents} incidents, {self.quads} quads in {self.seconds:.2f} s")
        if self.errors:
            line += f"; {len(self.errors)} input{'s' if len(self.errors) != 1 else ''} failed"
        return line


@dataclass(frozen=True)
class Extracted:
    """One article as N-Quads: its own graph, and the catalogue quads it needs (one per line)."""

    graph: str
    own: bytes
    background: tuple[bytes, ...]
    counts: tuple[int, int, int, int]  # entities, facts, incidents, quads in its own graph


def extract_article(article: Article) -> Extracted:
    catalogue = default_catalogue()
    extraction = extract(article, catalogue)
    own, background = article_graphs(extraction, catalogue)
    lines = tuple(ox.serialize(background, format=NQ).splitlines(keepends=True)) if background else ()
    counts = (len(extraction.entities), len(extraction.relations), len(extraction.incidents), len(own))
    return Extracted(article_iri(article.id), ox.serialize(own, format=NQ), lines, counts)


def _extract_batch(batch: list) -> list:
    """In a worker: each article extracted, or the error that stopped it (inputs' errors kept)."""
    out = []
    for item in batch:
        if isinstance(item, InputError):
            out.append(item)
            continue
        try:
            out.append(extract_article(item))
        except RasadError as error:
            out.append(InputError(item.origin, str(error)))
    return out


def _batches(items: Iterable, size: int) -> Iterator[list]:
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def worker_count(workers: int | None) -> int:
    """None or 0: one per core."""
    return workers if workers and workers > 0 else (os.cpu_count() or 1)


def _pool_context():
    # fork shares the catalogue and the compiled lexicon built in this process (copy-on-write)
    return multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")


def extracted(items: Iterable[Article | InputError], workers: int | None = 1) -> Iterator[Extracted | InputError]:
    """Each article extracted, in input order: in this process, or in a pool of `workers`."""
    workers = worker_count(workers)
    if workers == 1:
        for batch in _batches(items, BATCH):
            yield from _extract_batch(batch)
        return
    default_catalogue()
    with _pool_context().Pool(workers) as pool:
        pending: deque = deque()
        for batch in _batches(items, BATCH):
            pending.append(pool.apply_async(_extract_batch, (batch,)))
            if len(pending) >= workers * IN_FLIGHT:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()


class _Counter:
    """Adds each article to the report; keeps each catalogue quad once per stream."""

    def __init__(self, report: ExtractReport):
        self.report, self.seen = report, set()

    def take(self, item: Extracted | InputError) -> bytes | None:
        if isinstance(item, InputError):
            self.report.errors.append(item)
            return None
        new = [line for line in item.background if line not in self.seen]
        self.seen.update(new)
        entities, facts, incidents, quads = item.counts
        r = self.report
        r.articles, r.entities, r.facts, r.incidents = r.articles + 1, r.entities + entities, r.facts + facts, r.incidents + incidents
        r.quads += quads + len(new)
        return item.own + b"".join(new)


def extract_stream(items: Iterable[Article | InputError], out: IO[bytes], workers: int | None = 1,
                   report: ExtractReport | None = None) -> ExtractReport:
    """Write the N-Quads of every article to `out`; bad inputs are reported, good ones written."""
    report = report if report is not None else ExtractReport()
    counter, started = _Counter(report), time.perf_counter()
    for item in extracted(items, workers):
        data = counter.take(item)
        if data:
            out.write(data)
    report.seconds = time.perf_counter() - started
    return report


def bulk_ingest(store: Store, items: Iterable[Article | InputError], workers: int | None = None,
                report: ExtractReport | None = None, flush_bytes: int = FLUSH_BYTES) -> ExtractReport:
    """Extract in a pool of processes, write from this one: each batch of articles replaces
    their graphs (dropped, then bulk-loaded) in a writer thread, so that extraction goes on
    while a batch loads; re-running an input is idempotent."""
    report = report if report is not None else ExtractReport()
    counter, started = _Counter(report), time.perf_counter()
    buffer, graphs = bytearray(), []
    with _Writer(store) as writer:
        for item in extracted(items, workers):
            data = counter.take(item)
            if data is None:
                continue
            buffer += data
            graphs.append(item.graph)
            if len(buffer) >= flush_bytes:
                batch, buffer = bytes(buffer), bytearray()  # the copy alone waits in the queue
                writer.put(graphs, batch)
                graphs = []
        if graphs:
            writer.put(graphs, bytes(buffer))
    report.seconds = time.perf_counter() - started
    return report


class _Writer:
    """One thread that writes batches in order (pyoxigraph's bulk loader releases the GIL);
    at most `depth` batches wait, so memory stays bounded: the batch being filled, those
    waiting and the one loading. Its first error is raised here."""

    def __init__(self, store: Store, depth: int = 1):
        self.store, self.jobs, self.error = store, queue.Queue(maxsize=depth), None
        self.thread = threading.Thread(target=self._run, name="rasad-bulk-writer", daemon=True)
        self.held = _HeldGraphs(store)

    def __enter__(self) -> "_Writer":
        self.thread.start()
        return self

    def put(self, graphs: list[str], data: bytes) -> None:
        if self.error is not None:
            raise self.error
        self.jobs.put((graphs, data))

    def _run(self) -> None:
        while self._write(self.jobs.get()):
            pass

    def _write(self, job: tuple[list[str], bytes] | None) -> bool:
        """One batch (unless an earlier one failed), let go before the next is awaited; False at the end."""
        if job is None:
            return False
        if self.error is None:
            try:
                drop_graphs(self.store, self.held.among(job[0]))
                load_bytes(self.store, job[1])
            except BaseException as error:  # handed to the caller's thread in put() or __exit__
                self.error = error
        return True

    def __exit__(self, *exc) -> None:
        self.jobs.put(None)
        self.thread.join()
        if self.error is not None and exc[0] is None:
            raise self.error


class _HeldGraphs:
    """Which of a batch's graphs the store may hold, so that only those are dropped: on an
    embedded store that began without named graphs, the ones this run wrote (a lookup per
    article in a growing RocksDB costs more than the rest of the writer's Python); on any
    other store, all of them. The run's graphs are bits of a fixed bitmap indexed by hash, so
    memory stays flat whatever the corpus: a collision only costs a needless lookup."""

    BITS = 1 << 23  # 1 MB: one graph in a hundred collides at 100k articles

    def __init__(self, store: Store):
        self.fresh = isinstance(store, EmbeddedStore) and next(iter(store.db.named_graphs()), None) is None
        self.written = bytearray(self.BITS // 8)

    def among(self, graphs: list[str]) -> list[str]:
        if not self.fresh:
            return graphs
        bits = [hash(g) % self.BITS for g in graphs]
        held = [g for g, bit in zip(graphs, bits) if self.written[bit >> 3] & (1 << (bit & 7))]
        for bit in bits:
            self.written[bit >> 3] |= 1 << (bit & 7)
        return held


# ---- reading articles from a stream ------------------------------------------------------

def read_stream(handle: IO[bytes], where: str = "<stdin>") -> Iterator[Article | InputError]:
    """JSONL articles from a byte stream (standard input), as kg.articles reads JSONL files."""
    for number, raw in enumerate(handle, start=1):
        if not raw.strip():
            continue
        try:
            yield article_from_record(json.loads(decode(raw, where)), where, number)
        except json.JSONDecodeError as e:
            yield InputError(where, f"invalid JSON: {e.msg}", number)
        except InputError as e:
            yield InputError(where, e.problem, number)


# ---- loading -----------------------------------------------------------------------------

def rdf_format(path: str | Path, name: str | None = None) -> ox.RdfFormat:
    """The format named, else the one the file's extension says (N-Quads, TriG, Turtle, N-Triples)."""
    if name:
        try:
            return FORMAT_NAMES[name.lower()]
        except KeyError:
            raise RasadError(f"unknown format '{name}' (choose from {', '.join(FORMAT_NAMES)})") from None
    suffix = Path(str(path)).suffix.lower()
    if suffix not in FORMATS:
        raise InputError(str(path), f"cannot tell the format from '{suffix or Path(str(path)).name}': give --format "
                                    f"({', '.join(FORMAT_NAMES)})")
    return FORMATS[suffix]


def load(store: Store, path: Path, fmt: ox.RdfFormat, graph: str | None = None, gsp: str | None = None,
         replace: bool = False) -> None:
    """Load one file: into the embedded store with the bulk loader; into a remote one by the
    Graph Store Protocol (`gsp`: an endpoint that takes a dataset as N-Quads) or SPARQL Update."""
    if not path.is_file():
        raise InputError(str(path), "no such file")
    if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.N_TRIPLES) and not graph:
        raise InputError(str(path), "triples outside a named graph: give --graph IRI")
    if replace:
        drop_graphs(store, [graph] if graph else graphs_in(path, fmt))
    if isinstance(store, RemoteStore) and gsp:
        _post_chunks(gsp, _quads(path, fmt, graph), str(path))
    else:
        store.load(path, fmt, graph)


def load_stream(store: Store, handle: IO[bytes], fmt: ox.RdfFormat, graph: str | None = None, gsp: str | None = None,
                replace: bool = False) -> None:
    """Load from a stream (standard input): spooled to a temporary file, then as `load`."""
    suffix = next(s for s, f in FORMATS.items() if f == fmt)
    with tempfile.NamedTemporaryFile(suffix=suffix) as spool:
        shutil.copyfileobj(handle, spool, 1 << 20)
        spool.flush()
        try:
            load(store, Path(spool.name), fmt, graph, gsp, replace)
        except StoreError as e:
            raise StoreError(str(e).replace(spool.name, "<stdin>")) from None


def load_bytes(store: Store, data: bytes) -> None:
    """N-Quads that pyoxigraph serialised, held in memory, into a store (the bulk loader; SPARQL
    Update for a remote one). Its terms were checked when they were made: the loader's lenient
    mode skips checking them again (5 to 10% of its CPU)."""
    if isinstance(store, EmbeddedStore):
        try:
            store.db.bulk_load(input=data, format=NQ, lenient=True)
        except (OSError, SyntaxError, ValueError) as e:
            raise StoreError(f"{store.location}: bulk load failed: {e}") from None
        return
    with tempfile.NamedTemporaryFile(suffix=".nq") as spool:
        spool.write(data)
        spool.flush()
        store.load(Path(spool.name), NQ)


def graphs_in(path: Path, fmt: ox.RdfFormat) -> list[str]:
    """The named graphs a dataset file fills, the catalogue's left out (it is only ever added to)."""
    names = set()
    try:
        for quad in ox.parse(path=str(path), format=fmt):
            if isinstance(quad.graph_name, ox.NamedNode):
                names.add(quad.graph_name.value)
    except SyntaxError as e:
        raise StoreError(f"{path}: cannot parse: {e}") from None
    names.discard(CATALOGUE_GRAPH)
    return sorted(names)


def drop_graphs(store: Store, graphs: list[str]) -> None:
    """Remove these named graphs (those that exist), to be written again."""
    if isinstance(store, EmbeddedStore):
        for name in graphs:
            node = ox.NamedNode(name)
            if store.db.contains_named_graph(node):
                store.db.remove_graph(node)
        return
    if isinstance(store, RemoteStore):
        for start in range(0, len(graphs), 500):
            update = " ;\n".join(f"DROP SILENT GRAPH <{g}>" for g in graphs[start:start + 500])
            _post(store.update_url, update.encode("utf-8"), "application/sparql-update", store.update_url)


def _quads(path: Path, fmt: ox.RdfFormat, graph: str | None) -> Iterator[ox.Quad]:
    target = ox.NamedNode(graph) if graph else None
    try:
        for quad in ox.parse(path=str(path), format=fmt):
            if target is not None:
                yield ox.Quad(quad.subject, quad.predicate, quad.object, target)
            elif isinstance(quad.graph_name, ox.DefaultGraph):
                raise StoreError(f"{path}: triples outside a named graph: give --graph IRI")
            else:
                yield quad
    except SyntaxError as e:
        raise StoreError(f"{path}: cannot parse: {e}") from None


def _post_chunks(endpoint: str, quads: Iterator[ox.Quad], where: str) -> None:
    chunk: list[ox.Quad] = []
    for quad in quads:
        chunk.append(quad)
        if len(chunk) >= CHUNK_QUADS:
            _post(endpoint, ox.serialize(chunk, format=NQ), "application/n-quads", where)
            chunk = []
    if chunk:
        _post(endpoint, ox.serialize(chunk, format=NQ), "application/n-quads", where)


def _post(url: str, data: bytes, content_type: str, where: str) -> None:
    request = urllib.request.Request(url, data=data, method="POST", headers={"Content-Type": content_type})
    try:
        with urllib.request.urlopen(request, timeout=600) as response:
            response.read()
    except urllib.error.HTTPError as e:
        detail = e.read().decode("utf-8", "replace").strip().splitlines()
        raise StoreError(f"{where}: {url} answered {e.code} {e.reason}" + (f": {detail[0][:300]}" if detail else "")) from None
    except (urllib.error.URLError, OSError) as e:
        raise StoreError(f"{where}: cannot reach {url}: {getattr(e, 'reason', e)}") from None
