"""One store interface, two backends: an embedded Oxigraph database on disk, or a remote
SPARQL 1.1 server. Each article's graph is replaced in one transaction (one SPARQL update:
DROP then INSERT DATA), so re-ingesting is idempotent and a failed write changes nothing."""
from __future__ import annotations

import os
import re
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Callable, Iterable, Iterator, TypeVar

import pyoxigraph as ox

from kg.errors import QueryError, RasadError, StoreError

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None
from kg.ontology import PREFIXES, sparql_prefixes

DEFAULT_STORE = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share")) / "rasad" / "store"
STORE_ENV = "RASAD_STORE"
INSERT_BATCH = 5000
LOCK_FILE = "rasad-writer.lock"
# What may be in a store's folder: RocksDB's files and the writer's lock. A writer refuses a
# folder holding anything else that is not a store yet, rather than fill someone's folder.
STORE_FILES = re.compile(r"LOCK|LOG(\.old\.\d+)?|IDENTITY|CURRENT|MANIFEST-\d+|OPTIONS-\d+(\.dbtmp)?"
                         r"|\d+\.(log|sst|blob|dbtmp)|" + re.escape(LOCK_FILE))
FLUSH_SECONDS = 10.0  # a writer flushes at least this often (and when it closes)
READ_ATTEMPTS = 6  # a read-only view broken by a concurrent writer is reopened this often (1.5 s in all)
T = TypeVar("T")
GRAPH_BLOCK = re.compile(r"^(<[^>\n]*> \{)$", re.MULTILINE)  # a graph's block in TriG


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


def insert_data(quads: Iterable[ox.Quad]) -> str:
    """SPARQL's quad data is TriG with GRAPH before each graph's name: Oxigraph's TriG writer
    builds the text (a graph block opens on a line of its own; literals never span lines)."""
    trig = ox.serialize(quads, format=ox.RdfFormat.TRIG).decode("utf-8")
    return "INSERT DATA {\n" + GRAPH_BLOCK.sub(r"GRAPH \1", trig) + "\n}"


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


class WriterLock:
    """A file in the store's folder, locked (flock) while one process writes the store, holding
    that process's id for the message a second writer gets. The kernel drops the lock when the
    process ends, however it ends, so a lock file left by a killed writer is simply reused."""

    def __init__(self, location: str):
        self.path = Path(location) / LOCK_FILE
        self.fd: int | None = None
        if fcntl is None:  # no flock (Windows): RocksDB's own lock still refuses a second writer
            return
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            pid = _read_pid(fd)
            os.close(fd)
            raise StoreError(f"the store at {location} is being written by process {pid or '(unknown)'}") from None
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        self.fd = fd

    def release(self) -> None:
        if self.fd is None:
            return
        try:
            os.unlink(self.path)
        except OSError:
            pass
        os.close(self.fd)
        self.fd = None


def _read_pid(fd: int) -> int | None:
    os.lseek(fd, 0, os.SEEK_SET)
    text = os.read(fd, 32).decode("ascii", "replace").strip()
    return int(text) if text.isdigit() else None


def writer_pid(location: str | Path) -> int | None:
    """The process writing the store now (by its lock file), or None."""
    try:
        text = (Path(location) / LOCK_FILE).read_text(encoding="ascii", errors="replace").strip()
    except OSError:
        return None
    if not text.isdigit():
        return None
    try:
        os.kill(int(text), 0)
    except ProcessLookupError:
        return None  # a lock file left by a killed writer
    except OSError:
        pass  # alive, but another user's
    return int(text)


class EmbeddedStore(Store):
    """Oxigraph (RocksDB) in a folder on disk; the default graph is the union of all graphs.

    One process writes (WriterLock); any number read, each opening a read-only view
    (`read_only=True`) that sees what was committed when it opened and never blocks the
    writer. A writer's compaction can remove a file under such a view: reads that can be
    repeated (queries, `read`) then reopen the view and try again."""

    def __init__(self, path: str | Path, read_only: bool = False):
        self.location = str(path)
        self.read_only = read_only
        self._lock: WriterLock | None = None
        self._flushed = time.monotonic()
        self.db = self._open_reader() if read_only else self._open_writer()

    def _open_reader(self) -> ox.Store:
        folder = Path(self.location)
        if not (folder / "CURRENT").is_file():
            if not folder.exists():
                raise StoreError(f"{self.location}: no store here yet (run `kg ingest` first)")
            raise StoreError(f"{self.location}: not a Rasad store (no database in this folder)")
        self._signature = self._files()
        for attempt in range(READ_ATTEMPTS):
            try:
                return ox.Store.read_only(self.location)
            except (OSError, RuntimeError) as e:
                if attempt + 1 == READ_ATTEMPTS:
                    raise StoreError(f"{self.location}: cannot open the store: {_reason(e)}") from None
                _pause(attempt)

    def _open_writer(self) -> ox.Store:
        folder = Path(self.location)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise StoreError(f"{self.location}: cannot create the store: {e.strerror or e}") from None
        strangers = [p.name for p in folder.iterdir() if not STORE_FILES.fullmatch(p.name)]
        if strangers and not (folder / "CURRENT").exists():
            raise StoreError(f"{self.location}: not a Rasad store and not empty (it holds {strangers[0]}): "
                             "give a new or empty folder")
        self._lock = WriterLock(self.location)
        try:
            return ox.Store(self.location)
        except OSError as e:
            self._lock.release()
            if "lock" in str(e).lower():
                pid = writer_pid(self.location)
                raise StoreError(f"the store at {self.location} is being written by "
                                 + (f"process {pid}" if pid else "another process")) from None
            raise StoreError(f"{self.location}: cannot open the store: {_reason(e)}") from None

    def _files(self) -> tuple:
        """What changes in the folder when a writer commits: the WAL, the manifest, CURRENT."""
        try:
            entries = [(e.name, e.stat().st_size, e.stat().st_mtime_ns) for e in os.scandir(self.location)
                       if e.name == "CURRENT" or e.name.startswith("MANIFEST-") or e.name.endswith(".log")]
        except OSError:
            return ()
        return tuple(sorted(entries))

    def reopen(self) -> None:
        """A fresh read-only view, seeing what was committed since the last one."""
        self.db = self._open_reader()

    def refresh(self) -> bool:
        """Reopen a read-only view if a writer has committed since it was opened (for a
        long-lived reader such as a server); True if it did."""
        if not self.read_only or self._files() == self._signature:
            return False
        self.reopen()
        return True

    def read(self, action: Callable[[EmbeddedStore], T]) -> T:
        """action(self); on a read-only view that a writer's compaction broke, again on a fresh
        view (it must be repeatable: it is run again from the start). The last error is raised."""
        attempts = READ_ATTEMPTS if self.read_only else 1
        for attempt in range(attempts):
            try:
                return action(self)
            except (OSError, RuntimeError):
                if attempt + 1 == attempts:
                    raise
                _pause(attempt)
                self.reopen()
        raise AssertionError("unreachable")

    def replace_graph(self, graph: str, quads: list[ox.Quad]) -> None:
        if self.read_only:
            raise StoreError(f"{self.location}: the store is open read-only")
        try:
            self.db.update(replace_graph_update(graph, quads))
        except SyntaxError as e:  # this article's quads, not the store: the run can go on
            raise RasadError(f"its graph <{graph}> cannot be written: {_reason(e)}") from None
        except (OSError, RuntimeError) as e:
            raise StoreError(f"{self.location}: writing graph <{graph}> failed: {_reason(e)}") from None
        if time.monotonic() - self._flushed > FLUSH_SECONDS:
            self.flush()

    def flush(self) -> None:
        """Write what is in memory to table files, so that the write-ahead log stays short and a
        reader opening the store has little to replay."""
        self.db.flush()
        self._flushed = time.monotonic()

    def query(self, sparql: str) -> Results:
        def run(store: EmbeddedStore) -> Results:
            return _results(store.db.query(sparql, use_default_graph_as_union=True, prefixes=PREFIXES))

        return self.read_query(run)

    def read_query(self, run: Callable[[EmbeddedStore], T]) -> T:
        """`run` a query on a read-only view (see `read`), its errors as the user should read them."""
        try:
            return self.read(run)
        except SyntaxError as e:
            raise QueryError(f"invalid SPARQL: {e}") from None
        except (OSError, RuntimeError) as e:
            raise QueryError(f"the query failed: {_reason(e)}") from None

    def quads(self, graph: str | None = None) -> Iterator[ox.Quad]:
        name = ox.NamedNode(graph) if graph else None
        return self.db.quads_for_pattern(None, None, None, name)

    def graphs(self) -> list[str]:
        try:
            return self.read(lambda s: sorted(g.value for g in s.db.named_graphs() if isinstance(g, ox.NamedNode)))
        except (OSError, RuntimeError) as e:
            raise StoreError(f"{self.location}: reading the store failed: {_reason(e)}") from None

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
        """Flush (a writer), release the database and the writer's lock; closing twice is harmless."""
        db = self.__dict__.pop("db", None)
        if db is not None and not self.read_only:
            try:
                db.flush()
            except OSError:
                pass
        del db
        if self._lock is not None:
            self._lock.release()
            self._lock = None


def _pause(attempt: int) -> None:
    time.sleep(0.05 * 2 ** attempt)


def write_whole(store: Store, output: IO[bytes], write: Callable[[Store, IO[bytes]], None]) -> None:
    """write(store, output) for a stream that cannot be taken back (an export to standard output).
    While an ingest writes an embedded store, the read-only view may break under a long read:
    then the stream goes to a temporary file first, is written again on a fresh view if the
    view broke, and is copied to `output` once whole."""
    if not (isinstance(store, EmbeddedStore) and store.read_only and writer_pid(store.location)):
        try:
            write(store, output)
        except RuntimeError as e:  # pyoxigraph's word for a storage failure
            raise StoreError(f"{store.location}: reading the store failed: {_reason(e)}") from None
        return
    with tempfile.TemporaryFile() as spool:
        def attempt(view: EmbeddedStore) -> None:
            spool.seek(0)
            spool.truncate()
            write(view, spool)

        try:
            store.read(attempt)
        except (OSError, RuntimeError) as e:
            raise StoreError(f"{store.location}: reading the store failed while an ingest was writing it: "
                             f"{_reason(e)}; try again") from None
        spool.seek(0)
        shutil.copyfileobj(spool, output, 1 << 20)


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
    return EmbeddedStore(location, read_only=read_only)

