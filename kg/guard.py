"""Guards for the queries a web server runs: a deadline, a row cap, no writes, no network.

pyoxigraph's `Store.query` has no timeout and cannot be interrupted, so the explorer runs every
query (pages, saved queries, /sparql) in a small pool of worker processes. Each worker holds a
read-only snapshot of the embedded store (`pyoxigraph.Store.read_only`) and reopens it in the
background when the files on disk change, so `kg ingest` can write while `kg serve` reads (an
article shows up within about `Limits.refresh` seconds; a little later during a large ingest). A web thread sends its query to an idle
worker and waits for the answer until the deadline; past it the worker is killed (SIGKILL), the
web thread answers 503, and a fresh worker takes the freed slot.

- Deadline: `Limits.timeout` seconds (`kg serve --timeout`, default 10); /sparql takes a lower
  one per request (`timeout=SECONDS`). A client that goes away does not keep its query running
  past the deadline (sooner under waitress, which tells when a client disconnects).
- Row cap: at most `Limits.max_rows` solutions or triples (`--max-rows`, default 10,000) from
  /sparql and saved queries; the answer says it was cut (`truncated`, `X-Rasad-Truncated`).
- Memory: each worker's address space is capped (`Limits.memory_mb`): a query that needs more
  kills its own worker, not the server.
- Read-only: `check_query` refuses SPARQL Update (INSERT, DELETE, LOAD, CLEAR, DROP, CREATE,
  ADD, MOVE, COPY) and SERVICE before anything runs; the workers' stores are read-only.
- No network: workers move into an empty network namespace of their own where Linux allows it,
  so even a SERVICE clause that slipped past `check_query` would have nowhere to connect. FROM
  and FROM NAMED name graphs of the store, never documents to fetch (Oxigraph fetches nothing).
- Fairness: /sparql may occupy all workers but one, so the explorer's pages stay answered
  while runaway queries wait out their deadline.

A remote store (`--store http://...`) runs its queries on that server: the deadline there is
kept by abandoning the request (the remote server's own limits apply), the row cap by cutting.
"""
from __future__ import annotations

import io
import json
import logging
import os
import re
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor, TimeoutError as FutureTimeout
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Callable

import pyoxigraph as ox

from kg.errors import QueryError, RasadError, StoreError
from kg.store import EmbeddedStore, RemoteStore, Results

log = logging.getLogger("kg.guard")

DEFAULT_TIMEOUT = 10.0
DEFAULT_MAX_ROWS = 10_000
DEFAULT_WORKERS = 4
DEFAULT_MEMORY_MB = 2048
DEFAULT_REFRESH = 2.0
START_SECONDS = 60.0  # a worker that is not ready by then has failed


@dataclass(frozen=True)
class Limits:
    timeout: float = DEFAULT_TIMEOUT      # seconds a query may run
    max_rows: int = DEFAULT_MAX_ROWS      # solutions or triples /sparql and saved queries return
    workers: int = DEFAULT_WORKERS        # query processes
    memory_mb: int = DEFAULT_MEMORY_MB    # address space of each worker (0: no cap)
    refresh: float = DEFAULT_REFRESH      # seconds between looks for a changed store (0: never)

    def __post_init__(self):
        if not self.timeout > 0:
            raise ValueError("the query timeout must be more than 0 seconds")
        if self.max_rows < 1 or self.workers < 1 or self.memory_mb < 0 or self.refresh < 0:
            raise ValueError("max_rows and workers must be at least 1; memory_mb and refresh at least 0")


# ---------------------------------------------------------------------------------- errors

class GuardError(RasadError):
    """A query the server refused or stopped: the HTTP status and a message for the client."""

    status = 503
    retry_after: int | None = None


class Refused(GuardError):
    status = 403


class TooDeep(GuardError):
    status = 400


class Timeout(GuardError):
    status = 503


class Busy(GuardError):
    status = 503
    retry_after = 1


class WorkerDied(GuardError):
    status = 503


class ClientGone(GuardError):
    status = 499  # never seen by the client, which left; logged


# ------------------------------------------------------------------- what a query looks like

UPDATE_WORDS = frozenset({"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH"})
QUERY_FORMS = frozenset({"SELECT", "CONSTRUCT", "DESCRIBE", "ASK"})
# The SPARQL lexer, as far as keywords go: IRIs, strings and comments hide words, prefixed
# names, variables, blank nodes and language tags are not keywords; a bare word may be one.
_LEX = re.compile(r"""
    (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<string>\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'''(?:[^'\\]|\\.|'(?!''))*'''
               |"(?:[^"\\\n\r]|\\.)*"|'(?:[^'\\\n\r]|\\.)*')
  | (?P<comment>\#[^\n\r]*)
  | (?P<var>[?$]\w+)
  | (?P<lang>@[A-Za-z]+(?:-[A-Za-z0-9]+)*)
  | (?P<pname>[\w.\-]*:(?:[\w.\-:%]|\\.)*)
  | (?P<word>[^\W\d]\w*)
  | (?P<other>\S)
""", re.VERBOSE | re.DOTALL)
MAX_DEPTH = 200  # Oxigraph's parser recurses: thousands of nested groups overflow its stack
_CODEPOINT = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


@dataclass(frozen=True)
class Shape:
    """What the lexer saw: the query form (None if it cannot tell) and a FROM clause."""

    form: str | None
    dataset: bool = False

    @property
    def graph(self) -> bool:
        return self.form in ("CONSTRUCT", "DESCRIBE")


def _unescape(text: str) -> str:
    """SPARQL's codepoint escapes (\\u0053 is S), which a parser may apply before lexing."""
    def one(m):
        code = int(m.group(1) or m.group(2), 16)
        return chr(code) if code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else m.group(0)
    return _CODEPOINT.sub(one, text)


def _scan(text: str) -> tuple[str | None, bool, bool, int]:
    """(first keyword after the prologue, SERVICE anywhere, FROM anywhere, deepest bracket)."""
    form, service, dataset, skip, prologue = None, False, False, 0, True
    depth = deepest = 0
    for m in _LEX.finditer(text):
        kind = m.lastgroup
        if kind == "comment":
            continue
        if kind == "other":
            char = m.group()
            if char in "{([":
                depth += 1
                deepest = max(deepest, depth)
            elif char in "})]":
                depth -= 1
        if prologue:
            if skip:
                skip -= 1
                continue
            if kind == "word" and m.group().upper() in ("PREFIX", "BASE", "VERSION"):
                skip = 2 if m.group().upper() == "PREFIX" else 1
                continue
            prologue = False
            form = m.group().upper() if kind == "word" else None
        if kind == "word":
            word = m.group().upper()
            service = service or word == "SERVICE"
            dataset = dataset or word == "FROM"
    return form, service, dataset, deepest


def check_query(text: str) -> Shape:
    """Refuse updates and SERVICE before any work (GuardError 403); the query's shape otherwise.

    The check is lexical and errs on the side of refusing: any SERVICE keyword outside IRIs,
    strings and comments is refused, whether or not the query parses; the text is scanned as
    sent and with its \\u escapes applied. Syntax errors are left to the store's parser."""
    scans = [_scan(text)]
    if "\\u" in text or "\\U" in text:
        scans.append(_scan(_unescape(text)))
    for form, service, _, deepest in scans:
        if form in UPDATE_WORDS:
            raise Refused("this endpoint is read-only: SPARQL Update (INSERT, DELETE, LOAD, CLEAR, DROP, CREATE, "
                          "ADD, MOVE, COPY) is refused; the store is written with `kg ingest` and `kg load`")
        if service:
            raise Refused("SERVICE clauses are refused: this endpoint answers from its own store only "
                          "and makes no outbound requests")
        if deepest > MAX_DEPTH:
            raise TooDeep(f"the query nests brackets {deepest} deep; at most {MAX_DEPTH} are taken")
    return Shape(scans[0][0] if scans[0][0] in QUERY_FORMS else None, any(s[2] for s in scans))


# ------------------------------------------------------------------------ running one query

GRAPH_FORMATS = {"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD,
                 "rdf": ox.RdfFormat.RDF_XML}


@dataclass
class Answer:
    """A query's answer, ready to send: its kind, its bytes, whether the row cap cut it."""

    kind: str  # select | ask | graph
    body: bytes
    fmt: str  # json, xml, csv, tsv (select/ask) or ttl, nt, jsonld, rdf (graph)
    truncated: bool
    rows: int | None  # None: not counted (a native JSON or CSV answer well within the cap)


def collect(raw, max_rows: int | None) -> tuple[Results, bool]:
    """A pyoxigraph answer as Results, reading at most `max_rows` rows or triples."""
    if isinstance(raw, ox.QueryBoolean):
        return Results("ask", boolean=bool(raw)), False
    limit = max_rows if max_rows is not None else -1
    truncated = False
    if isinstance(raw, ox.QuerySolutions):
        variables = [v.value for v in raw.variables]
        rows = []
        for solution in raw:
            if len(rows) == limit:
                truncated = True
                break
            rows.append({name: solution[name] for name in variables if solution[name] is not None})
        return Results("select", variables, rows), truncated
    triples = []
    for triple in raw:
        if len(triples) == limit:
            truncated = True
            break
        triples.append(triple)
    return Results("graph", triples=triples), truncated


def render(results: Results, truncated: bool, formats: dict) -> Answer:
    """Results in the format asked for their kind; `formats` maps "table"/"graph" to a format
    name, or to a QueryError message when the client asked for one that does not fit."""
    from kg import results as writers
    from kg.ontology import PREFIXES

    wanted = formats.get("graph" if results.kind == "graph" else "table")
    if isinstance(wanted, QueryError):
        raise wanted
    if results.kind == "graph":
        rdf = GRAPH_FORMATS[wanted]
        body = ox.serialize(results.triples, format=rdf, **({"prefixes": PREFIXES} if rdf == ox.RdfFormat.TURTLE else {})) or b""
        return Answer("graph", body, wanted, truncated, len(results.triples))
    if wanted == "json":
        if results.kind == "ask":
            data = {"head": {}, "boolean": results.boolean}
        else:
            data = {"head": {"vars": results.variables},
                    "results": {"bindings": [{k: writers.json_term(v) for k, v in row.items()} for row in results.rows]},
                    "truncated": truncated}
        body = json.dumps(data, ensure_ascii=False).encode("utf-8")
    else:
        body = writers.WRITERS[wanted](results).encode("utf-8")
    return Answer(results.kind, body, wanted, truncated, len(results.rows))


NATIVE_FORMATS = {"json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML,
                  "csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV}
ROW_BYTES = 4096  # bytes a row may take on average before the native answer gives way to the capped one
_JSON_STRING = re.compile(rb'"(?:[^"\\]|\\.)*"')
_CSV_FIELD = re.compile(rb'"(?:[^"]|"")*"')


class _OverBudget(Exception):
    """Raised by _Spool.write past its byte budget, to stop pyoxigraph's serializer."""


class _Spool(io.RawIOBase):
    """The bytes pyoxigraph's serializer writes, up to a budget (behind an io.BufferedWriter,
    which calls it once a megabyte rather than once a token)."""

    def __init__(self, budget: int):
        super().__init__()
        self.parts: list[bytes] = []
        self.size, self.budget = 0, budget

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:
        self.size += len(data)
        if self.size > self.budget:
            raise _OverBudget
        self.parts.append(bytes(data))
        return len(data)


def rows_at_most(body: bytes, fmt: str) -> int:
    """A bound on the solutions in a serialized SELECT answer that costs one pass of bytes.count:
    every binding opens a brace (JSON), every row ends a line (CSV); values only add to these."""
    if fmt == "json":
        return body.count(b"{") - 3  # the answer, its head and its results
    if fmt == "csv":
        return body.count(b"\n") - 1
    return count_rows(body, fmt)


def count_rows(body: bytes, fmt: str) -> int:
    """The solutions in a serialized SELECT answer, exactly: strings and quoted fields are taken
    out first, so that no value can look like a row."""
    if fmt == "tsv":  # one line per row after the header; values escape their line breaks
        return body.count(b"\n") - 1
    if fmt == "csv":  # rows end with CRLF; a quoted field may hold one
        return _CSV_FIELD.sub(b"", body).count(b"\r\n") - 1
    if fmt == "xml":  # markup in values is escaped
        return body.count(b"<result>")
    bare = _JSON_STRING.sub(b"", body)  # bindings are the objects that open the list or follow a comma in it
    return bare.count(b"[{") + bare.count(b",{")


def native_answer(raw, fmt: str, max_rows: int | None) -> Answer | None:
    """A SELECT answer serialized by pyoxigraph itself (no Python object per value), or None when
    it has more than `max_rows` rows, or more bytes than that many rows should take: the caller
    then reads the rows one by one up to the cap."""
    if not isinstance(raw, ox.QuerySolutions) or fmt not in NATIVE_FORMATS:
        return None
    spool = _Spool(max_rows * ROW_BYTES + (1 << 20) if max_rows is not None else 1 << 62)
    buffered = io.BufferedWriter(spool, buffer_size=1 << 20)
    try:
        raw.serialize(buffered, format=NATIVE_FORMATS[fmt])
        buffered.flush()
    except _OverBudget:
        return None
    return _within_cap(b"".join(spool.parts), fmt, max_rows)


def limited_answer(raw, fmt: str, max_rows: int) -> Answer | None:
    """Like native_answer for a query that ran with LIMIT max_rows + 1 appended: its bytes are
    bounded, so pyoxigraph writes them at once, without a Python call per token."""
    if not isinstance(raw, ox.QuerySolutions) or fmt not in NATIVE_FORMATS:
        return None
    return _within_cap(raw.serialize(format=NATIVE_FORMATS[fmt]), fmt, max_rows)


def _within_cap(body: bytes, fmt: str, max_rows: int | None) -> Answer | None:
    rows = count_rows(body, fmt) if fmt in ("tsv", "xml") else None
    if max_rows is not None and rows_at_most(body, fmt) > max_rows:
        rows = count_rows(body, fmt)  # exact, but slower: only near the cap
        if rows > max_rows:
            return None
    if fmt == "json" and body.endswith(b"}"):  # Rasad's word on the cap, as the Python writer gives it
        body = body[:-1] + b',"truncated":false}'
    return Answer("select", body, fmt, False, rows)


def run_query(store: EmbeddedStore, sparql: str, union: bool, max_rows: int | None) -> tuple[Results, bool]:
    """The query on a read-only view, read to the row cap (again on a fresh view if a writer's
    compaction broke the view under it: `EmbeddedStore.read`)."""
    from kg.ontology import PREFIXES

    def run(view: EmbeddedStore) -> tuple[Results, bool]:
        return collect(view.db.query(sparql, use_default_graph_as_union=union, prefixes=PREFIXES), max_rows)

    return store.read_query(run)


# ------------------------------------------------------------------------- the worker side

def _follow(store: EmbeddedStore, seconds: float) -> None:
    """Reopen the worker's read-only view whenever a writer has committed, checked every
    `seconds` (the workers out of step). Reopening replays the writer's log, which can take a
    good part of a second during a large ingest: the next look then waits ten times as long as
    the reopening took, so that following the store never takes more than a tenth of a core."""
    import random

    time.sleep(random.uniform(0, seconds))
    while True:
        began = time.monotonic()
        try:
            store.refresh()
        except (StoreError, OSError, RuntimeError) as e:
            log.warning("keeping the previous view of the store: %s", e)
        time.sleep(max(seconds, 10 * (time.monotonic() - began)))


def _isolate_network() -> str:
    """Move this process into a network namespace of its own (no interfaces up: no connection
    to anything, loopback included). Linux only; needs root or unprivileged user namespaces."""
    if not sys.platform.startswith("linux"):
        return "unavailable on this platform"
    import ctypes

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        unshare = libc.unshare
    except (OSError, AttributeError):
        return "unavailable (no unshare)"
    clone_newnet, clone_newuser = 0x40000000, 0x10000000
    for flags in (clone_newnet, clone_newuser | clone_newnet):
        if unshare(flags) == 0:
            return "isolated"
    return "unavailable: " + os.strerror(ctypes.get_errno())


def _cap_memory(megabytes: int) -> None:
    if megabytes <= 0:
        return
    try:
        import resource

        limit = megabytes * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except (ImportError, ValueError, OSError) as e:
        log.warning("cannot cap a query worker's memory: %s", e)


def _watch_parent(parent: int) -> None:
    while True:
        time.sleep(1.0)
        if os.getppid() != parent:
            os._exit(0)


def worker_main(fd: int, location: str, memory_mb: int, refresh: float, parent: int) -> None:
    """A query worker: answers requests on the connection `fd` from a snapshot of `location`."""
    conn = Connection(fd)
    network = _isolate_network()  # before any thread starts: user namespaces need one thread
    _cap_memory(memory_mb)
    try:
        store = EmbeddedStore(location, read_only=True)
    except StoreError as e:
        try:
            conn.send(("failed", str(e)))
        except OSError:
            pass
        return
    if refresh > 0:
        threading.Thread(target=_follow, args=(store, refresh), name="store-refresh", daemon=True).start()
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    try:
        conn.send(("ready", {"pid": os.getpid(), "network": network}))
        while True:
            request = conn.recv()
            if request is None:
                return
            conn.send(_handle(store, request))
    except (EOFError, OSError):  # the server closed the connection or went away
        return


def answer_natively(store: EmbeddedStore, sparql: str, union: bool, max_rows: int | None, formats: dict) -> Answer | None:
    """The answer serialized by pyoxigraph when the query is a SELECT, the format one it writes and
    the rows within the cap; None otherwise (then the rows are read and rendered here)."""
    from kg.ontology import PREFIXES

    wanted = formats.get("table")
    if not isinstance(wanted, str) or wanted not in NATIVE_FORMATS:
        return None

    def run(view: EmbeddedStore) -> Answer | None:
        if max_rows is not None:
            # The cap as a LIMIT (on a new line, after any comment) lets Oxigraph stop at it; a
            # query with a LIMIT or a trailing VALUES of its own cannot take one, and CONSTRUCT
            # and DESCRIBE would count it in solutions, not triples: those go the other ways.
            try:
                raw = view.db.query(f"{sparql}\nLIMIT {max_rows + 1}", use_default_graph_as_union=union, prefixes=PREFIXES)
            except SyntaxError:
                raw = None
            if isinstance(raw, ox.QuerySolutions):
                return limited_answer(raw, wanted, max_rows)
            if raw is not None:
                return None
        return native_answer(view.db.query(sparql, use_default_graph_as_union=union, prefixes=PREFIXES), wanted, max_rows)

    return store.read_query(run)


def _handle(store: EmbeddedStore, request: dict):
    try:
        formats = request.get("formats")
        if formats is not None:
            native = answer_natively(store, request["sparql"], request["union"], request["max_rows"], formats)
            if native is not None:
                return ("ok", native)
        results, truncated = run_query(store, request["sparql"], request["union"], request["max_rows"])
        if formats is None:
            return ("ok", (results, truncated))
        return ("ok", render(results, truncated, formats))
    except QueryError as e:
        return ("error", "query", str(e))
    except MemoryError:
        return ("error", "memory", "the query needed more memory than a query worker may use")
    except Exception as e:  # reported to the server's log by the parent, not to the client
        return ("error", "internal", f"{type(e).__name__}: {e}")


# ------------------------------------------------------------------------- the server side

class _Worker:
    def __init__(self, location: str, limits: Limits):
        import multiprocessing

        ours, theirs = multiprocessing.Pipe()
        code = (f"from kg.guard import worker_main; worker_main({theirs.fileno()}, {location!r}, "
                f"{limits.memory_mb}, {limits.refresh!r}, {os.getpid()})")
        self.process = subprocess.Popen([sys.executable, "-c", code], pass_fds=(theirs.fileno(),),
                                        stdin=subprocess.DEVNULL, close_fds=True)
        theirs.close()
        self.conn = ours
        self.info: dict = {}

    def wait_ready(self, seconds: float) -> None:
        if not self.conn.poll(seconds):
            self.kill()
            raise StoreError(f"a query worker did not start within {seconds:.0f} s")
        try:
            status, info = self.conn.recv()
        except (EOFError, OSError):
            self.kill()
            raise StoreError(f"a query worker exited on start (exit {self.process.wait()})") from None
        if status != "ready":
            self.kill()
            raise StoreError(info)
        self.info = info

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            log.error("query worker %s did not die", self.process.pid)
        self.conn.close()


class WorkerPool:
    """Query worker processes: take an idle one, send, wait until the deadline, kill if late."""

    def __init__(self, location: str, limits: Limits):
        self.location, self.limits = location, limits
        self._idle: list[_Worker] = []
        self._live: set[_Worker] = set()
        self._cond = threading.Condition()
        self._user = threading.BoundedSemaphore(max(1, limits.workers - 1))
        self.closed = False
        self.killed = 0  # workers killed at a deadline, a disconnect or a crash
        starting = [_Worker(location, limits) for _ in range(limits.workers)]
        try:
            for worker in starting:
                worker.wait_ready(START_SECONDS)
        except StoreError:
            for worker in starting:
                worker.kill()
            raise
        self._idle.extend(starting)
        self._live.update(starting)
        self.network = starting[0].info.get("network", "")
        if self.network != "isolated":
            log.warning("query workers keep network access (%s): SERVICE is refused by the lexical check only", self.network)

    # -- slots
    def _take(self, deadline: float) -> _Worker:
        with self._cond:
            while not self._idle:
                left = deadline - time.monotonic()
                if self.closed:
                    raise StoreError("the server is shutting down")
                if left <= 0:
                    raise Busy("every query worker is busy: try again in a moment")
                self._cond.wait(left)
            return self._idle.pop()

    def _give_back(self, worker: _Worker) -> None:
        with self._cond:
            if self.closed:
                worker.kill()
                return
            self._idle.append(worker)
            self._cond.notify()

    def _discard(self, worker: _Worker) -> None:
        """Kill a worker (late, abandoned or broken) and start another in its slot."""
        worker.kill()
        with self._cond:
            self._live.discard(worker)
            self.killed += 1
        if not self.closed:
            threading.Thread(target=self._replace, name="query-worker-start", daemon=True).start()

    def _replace(self) -> None:
        delay = 0.5
        while not self.closed:
            try:
                worker = _Worker(self.location, self.limits)
                worker.wait_ready(START_SECONDS)
            except (StoreError, OSError) as e:
                log.error("cannot start a query worker (retrying in %.0f s): %s", delay, e)
                time.sleep(delay)
                delay = min(delay * 2, 30)
                continue
            with self._cond:
                if self.closed:
                    worker.kill()
                    return
                self._live.add(worker)
            self._give_back(worker)
            return

    # -- one request
    def execute(self, request: dict, timeout: float, user: bool, cancelled: Callable[[], bool] | None = None):
        started = time.monotonic()
        deadline = started + timeout
        if user and not self._user.acquire(timeout=timeout):
            raise Busy("every query worker is busy: try again in a moment")
        try:
            worker = self._take(deadline)
            try:
                worker.conn.send(request)
                while True:
                    left = deadline - time.monotonic()
                    if left <= 0:
                        self._discard(worker)
                        raise Timeout(f"the query was stopped at its deadline of {_seconds(timeout)}")
                    if worker.conn.poll(min(left, 0.1)):
                        reply = worker.conn.recv()
                        break
                    if cancelled is not None and cancelled():
                        self._discard(worker)
                        raise ClientGone(f"the client went away after {time.monotonic() - started:.1f} s; its query was stopped")
            except (EOFError, OSError):
                self._discard(worker)
                raise WorkerDied(_death(worker.process.returncode, self.limits.memory_mb)) from None
            self._give_back(worker)
        finally:
            if user:
                self._user.release()
        if reply[0] == "ok":
            return reply[1]
        _, kind, message = reply
        if kind == "query":
            raise QueryError(message)
        if kind == "memory":
            raise WorkerDied(f"{message} ({self.limits.memory_mb} MB)")
        log.error("query worker error: %s", message)
        raise WorkerDied("the query failed in its worker; the error is in the server's log")

    def status(self) -> dict:
        with self._cond:
            return {"workers": len(self._live), "idle": len(self._idle), "killed": self.killed, "network": self.network}

    def close(self) -> None:
        with self._cond:
            self.closed = True
            workers = list(self._live)
            self._idle.clear()
            self._cond.notify_all()
        for worker in workers:
            try:
                worker.conn.send(None)
            except OSError:
                pass
        for worker in workers:
            try:
                worker.process.wait(timeout=2)
            except subprocess.TimeoutExpired:
                pass
            worker.kill()


def _seconds(value: float) -> str:
    return f"{value:g} s"


def _death(code: int | None, memory_mb: int) -> str:
    how = f"signal {-code}" if code is not None and code < 0 else f"exit {code}"
    if code in (-6, -9, 134, 137):
        cap = f" (a query may use {memory_mb} MB)" if memory_mb else ""
        return f"the query was stopped ({how}): it needed more memory or stack than a query may use{cap}"
    return f"the query's worker process died ({how})"


# --------------------------------------------------------------------------- the stores

class Guarded:
    """What the web layer asks of a guarded store, whichever the backend."""

    limits: Limits

    def query(self, sparql: str, *, max_rows: int | None = None, timeout: float | None = None,
              union: bool = True, user: bool = False, cancelled=None) -> Results:
        raise NotImplementedError

    def answer(self, sparql: str, formats: dict, *, timeout: float | None = None, union: bool = True,
               cancelled=None) -> Answer:
        raise NotImplementedError

    def capped(self, max_rows: int, on_truncate: Callable[[], None]) -> "Capped":
        return Capped(self, max_rows, on_truncate)


class Capped:
    """A guarded store whose queries return at most `max_rows` rows (for saved queries)."""

    def __init__(self, store: Guarded, max_rows: int, on_truncate: Callable[[], None]):
        self._store, self._max_rows, self._on_truncate = store, max_rows, on_truncate

    def query(self, sparql: str) -> Results:
        results = self._store.query(sparql, max_rows=self._max_rows)
        if getattr(results, "truncated", False):
            self._on_truncate()
        return results

    def __getattr__(self, name):
        return getattr(self._store, name)


class GuardedStore(Guarded, EmbeddedStore):
    """The embedded store as the web server reads it: a read-only view (kg.store), queries in
    the worker pool, exports from the view in this process, renewed when a writer commits
    (checked at most every `refresh` seconds). It never writes, so `kg ingest` can."""

    def __init__(self, location: str | Path, limits: Limits | None = None):
        self.limits = limits or Limits()
        initialise(str(location))
        self._checked = time.monotonic()
        self._view_lock = threading.RLock()
        EmbeddedStore.__init__(self, location, read_only=True)
        self.pool = WorkerPool(self.location, self.limits)

    @property
    def db(self) -> ox.Store:  # what EmbeddedStore's quads(), graphs(), dump() and kg.export read
        with self._view_lock:
            if self.limits.refresh > 0 and time.monotonic() - self._checked > self.limits.refresh:
                self._checked = time.monotonic()
                try:
                    self.refresh()
                except StoreError as e:
                    log.warning("keeping the previous view of the store: %s", e)
            return self._db

    @db.setter
    def db(self, value: ox.Store) -> None:
        self._db = value

    def query(self, sparql: str, *, max_rows: int | None = None, timeout: float | None = None,
              union: bool = True, user: bool = False, cancelled=None) -> Results:
        request = {"sparql": sparql, "union": union, "max_rows": max_rows, "formats": None}
        results, truncated = self.pool.execute(request, self._deadline(timeout), user, cancelled)
        results.truncated = truncated
        return results

    def answer(self, sparql: str, formats: dict, *, timeout: float | None = None, union: bool = True,
               cancelled=None) -> Answer:
        request = {"sparql": sparql, "union": union, "max_rows": self.limits.max_rows, "formats": formats}
        return self.pool.execute(request, self._deadline(timeout), True, cancelled)

    def _deadline(self, timeout: float | None) -> float:
        return min(timeout, self.limits.timeout) if timeout else self.limits.timeout

    def replace_graph(self, graph, quads) -> None:
        raise StoreError("the web server reads the store only: write with `kg ingest` or `kg load`")

    def load(self, path, fmt, graph=None) -> None:
        raise StoreError("the web server reads the store only: write with `kg ingest` or `kg load`")

    def close(self) -> None:
        self.pool.close()
        self.__dict__.pop("_db", None)


class GuardedRemote(Guarded, RemoteStore):
    """A remote SPARQL server: its queries run there; here, a deadline and a row cap."""

    def __init__(self, url: str, limits: Limits | None = None):
        RemoteStore.__init__(self, url)
        self.limits = limits or Limits()
        self._threads = ThreadPoolExecutor(max_workers=max(2, self.limits.workers * 2), thread_name_prefix="remote-query")

    def query(self, sparql: str, *, max_rows: int | None = None, timeout: float | None = None,
              union: bool = True, user: bool = False, cancelled=None) -> Results:
        seconds = min(timeout, self.limits.timeout) if timeout else self.limits.timeout
        future = self._threads.submit(RemoteStore.query, self, sparql)
        try:
            results = future.result(timeout=seconds)
        except FutureTimeout:
            future.cancel()
            raise Timeout(f"the remote store did not answer within the deadline of {_seconds(seconds)}") from None
        truncated = False
        if max_rows is not None:
            if len(results.rows) > max_rows:
                results.rows, truncated = results.rows[:max_rows], True
            if len(results.triples) > max_rows:
                results.triples, truncated = results.triples[:max_rows], True
        results.truncated = truncated
        return results

    def answer(self, sparql: str, formats: dict, *, timeout: float | None = None, union: bool = True,
               cancelled=None) -> Answer:
        results = self.query(sparql, max_rows=self.limits.max_rows, timeout=timeout, user=True)
        return render(results, results.truncated, formats)

    def close(self) -> None:
        self._threads.shutdown(wait=False, cancel_futures=True)


def initialise(location: str) -> None:
    """Create an empty store where there is none yet (as a writer would), so that readers can open it."""
    if (Path(location) / "CURRENT").exists():
        return
    EmbeddedStore(location).close()


def open_guarded(location: str | None, limits: Limits | None = None) -> Guarded:
    """The store for a web server: a folder gets a worker pool, a URL a remote deadline."""
    from kg.store import default_location

    location = location or default_location()
    if location.startswith(("http://", "https://")):
        return GuardedRemote(location, limits)
    return GuardedStore(location, limits)
