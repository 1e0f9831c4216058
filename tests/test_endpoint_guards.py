"""The endpoint cannot be turned against its host: attacks on a real `kg serve` (waitress on a
free loopback port, driven by a plain HTTP client) and on the Flask app.

- /sparql is read-only: SPARQL Update in every form and by every route is refused with 403,
  and the store is unchanged afterwards (its quads compared one by one).
- No outbound request: SERVICE, LOAD and FROM aimed at a TCP listener this test runs; the
  listener must see no connection.
- Every query has a deadline and a row cap; a runaway query is stopped, its worker freed, and
  the server answers other requests meanwhile; a client that leaves stops its query.
- Pages escape what articles say; security headers on every response; no traceback or local
  path in any error; request bodies capped.
"""
from __future__ import annotations

import csv
import http.client
import io
import json
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
from pathlib import Path

import lxml.html
import pytest

from kg.guard import Refused, check_query
from kg.ingest import ingest
from kg.store import EmbeddedStore, open_store

KG = Path(sys.executable).parent / "kg"
DEADLINE = 3.0
MAX_ROWS = 50
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
XSS = "<script>alert(1)</script>"
HOSTILE_ARTICLE = {
    "id": "test-hostile-markup",
    "url": "https://example.org/news/hostile",
    "source": f"{XSS} Wire",
    "published": "2024-06-03",
    "title": f"{XSS} Hezbollah fires rockets at northern Israel",
    "lang": "en",
    "text": (f"{XSS} Hezbollah fires rockets at northern Israel\n\n"
             "Hezbollah, which is backed by Iran, fired rockets at northern Israel on Sunday. "
             f"<img src=x onerror=alert(2)> {XSS} the \"group\" said."),
}


# ------------------------------------------------------------------------------ fixtures

def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Listener:
    """A TCP listener on loopback that records every connection made to it."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}/"
        self.connections = 0
        self.running = True
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self):
        while self.running:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.connections += 1
            conn.close()

    def close(self):
        self.running = False
        self.thread.join(timeout=2)
        self.sock.close()


@pytest.fixture(scope="module")
def listener():
    found = Listener()
    yield found
    found.close()


def all_quads(location) -> set[str]:
    store = EmbeddedStore(location, read_only=True)
    try:
        return {str(q) for q in store.db.quads_for_pattern(None, None, None, None)}
    finally:
        store.close()


@pytest.fixture(scope="module")
def store_path(tmp_path_factory, articles_dir):
    folder = tmp_path_factory.mktemp("guards")
    (folder / "hostile.json").write_text(json.dumps(HOSTILE_ARTICLE), encoding="utf-8")
    location = folder / "store"
    store = open_store(str(location))
    report = ingest(store, [articles_dir, folder / "hostile.json"])
    store.close()
    assert not report.errors
    return location


class Server:
    def __init__(self, location: Path, *options: str):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.log_path = location.parent / f"serve-{self.port}.log"
        self.log = self.log_path.open("wb")
        self.process = subprocess.Popen([str(KG), "serve", "--store", str(location), "--port", str(self.port), *options],
                                        stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 60
        while True:
            if self.process.poll() is not None:
                raise RuntimeError(f"kg serve exited with {self.process.returncode}: {self.log_path.read_text()}")
            try:
                if self.get("/index.json").status == 200:
                    return
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("kg serve did not start within 60 s")
            time.sleep(0.2)

    def request(self, method: str, path: str, body: bytes | None = None, headers: dict | None = None, timeout: float = 30):
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        try:
            conn.request(method, path, body=body, headers=headers or {})
            response = conn.getresponse()
            response.body = response.read()
            response.text = response.body.decode("utf-8", "replace")
            return response
        finally:
            conn.close()

    def get(self, path: str, **kw):
        return self.request("GET", path, **kw)

    def sparql(self, query: str, accept: str = "application/sparql-results+json", **params):
        return self.get("/sparql?" + urllib.parse.urlencode({"query": query, **params}), headers={"Accept": accept})

    def count(self) -> int:
        response = self.sparql(COUNT)
        assert response.status == 200, response.text
        return int(json.loads(response.body)["results"]["bindings"][0]["n"]["value"])

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.log.close()


@pytest.fixture(scope="module")
def server(store_path):
    before = all_quads(store_path)
    running = Server(store_path, "--timeout", str(DEADLINE), "--max-rows", str(MAX_ROWS), "--workers", "3",
                     "--refresh", "0.5")
    running.quads = len(before)
    try:
        yield running
    finally:
        running.stop()
    # Whatever the attacks did, the store holds exactly what it held before, quad for quad.
    assert all_quads(store_path) == before


# --------------------------------------------------------------- read-only: updates refused

UPDATES = {
    "insert data": "INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/a> <http://example.org/b> 1 } }",
    "delete data": "DELETE DATA { GRAPH <https://w3id.org/rasad/graph/catalogue> { entity:iran a rasad:State } }",
    "delete where": "DELETE WHERE { GRAPH ?g { ?s ?p ?o } }",
    "modify": "WITH <https://w3id.org/rasad/graph/catalogue> DELETE { ?s ?p ?o } INSERT { ?s ?p 1 } WHERE { ?s ?p ?o }",
    "insert where": "INSERT { GRAPH <http://example.org/g> { ?s ?p ?o } } WHERE { ?s ?p ?o }",
    "load": "LOAD <{listener}> INTO GRAPH <http://example.org/loaded>",
    "load silent": "LOAD SILENT <{listener}>",
    "clear": "CLEAR ALL",
    "drop": "DROP ALL",
    "drop graph": "DROP GRAPH <https://w3id.org/rasad/graph/catalogue>",
    "create": "CREATE GRAPH <http://example.org/new>",
    "add": "ADD <https://w3id.org/rasad/graph/catalogue> TO <http://example.org/copy>",
    "move": "MOVE <https://w3id.org/rasad/graph/catalogue> TO <http://example.org/moved>",
    "copy": "COPY <https://w3id.org/rasad/graph/catalogue> TO <http://example.org/copy>",
    "prologue and lower case": "PREFIX ex: <http://example.org/>\n# a comment\nbase <http://example.org/> drop all",
    "two operations": "CLEAR SILENT GRAPH <http://example.org/g> ; DROP ALL",
}
ROUTES = ("get query", "post form query", "post sparql-query", "post sparql-update", "post form update", "get update")


def send_update(server, route: str, text: str):
    form = {"application/x-www-form-urlencoded": None}
    if route == "get query":
        return server.get("/sparql?" + urllib.parse.urlencode({"query": text}))
    if route == "get update":
        return server.get("/sparql?" + urllib.parse.urlencode({"update": text}))
    if route == "post form query":
        return server.request("POST", "/sparql", urllib.parse.urlencode({"query": text}).encode(), {"Content-Type": next(iter(form))})
    if route == "post form update":
        return server.request("POST", "/sparql", urllib.parse.urlencode({"update": text}).encode(), {"Content-Type": next(iter(form))})
    media = "application/sparql-query" if route == "post sparql-query" else "application/sparql-update"
    return server.request("POST", "/sparql", text.encode(), {"Content-Type": media})


@pytest.mark.parametrize("route", ROUTES)
def test_every_update_by_every_route_is_refused_and_changes_nothing(server, listener, route):
    before = server.count()
    for name, text in UPDATES.items():
        response = send_update(server, route, text.replace("{listener}", listener.url))
        assert response.status == 403, (name, response.status, response.text)
        assert "read-only" in response.text, (name, response.text)
    assert server.count() == before == server.quads
    assert listener.connections == 0


# ----------------------------------------------------------------- no outbound requests

SERVICES = {
    "plain": "SELECT * WHERE { SERVICE <{listener}> { ?s ?p ?o } }",
    "silent": "SELECT * WHERE { SERVICE SILENT <{listener}> { ?s ?p ?o } }",
    "nested": "SELECT * WHERE { ?s a rasad:Proxy OPTIONAL { { SERVICE <{listener}sparql> { ?s ?q ?r } } } }",
    "subquery": "SELECT * WHERE { { SELECT ?s WHERE { SERVICE <{listener}> { ?s ?p ?o } } LIMIT 1 } }",
    "lower case, no spaces": "SELECT*WHERE{service<{listener}>{?s?p?o}}",
    "variable endpoint": "SELECT * WHERE { BIND(<{listener}> AS ?e) SERVICE ?e { ?s ?p ?o } }",
    "codepoint escape": "SELECT * WHERE { \\u0053ERVICE <{listener}> { ?s ?p ?o } }",
    "after a comment": "# harmless\nSELECT * WHERE { # SERVICE in a comment\n SERVICE <{listener}> { ?s ?p ?o } }",
    "ask": "ASK { SERVICE <{listener}> { ?s ?p ?o } }",
    "construct": "CONSTRUCT { ?s ?p ?o } WHERE { SERVICE <{listener}> { ?s ?p ?o } }",
    "with a syntax error": "SELECT * WHERE { SERVICE <{listener}> { ?s ?p ?o } ",
}


@pytest.mark.parametrize("name", SERVICES)
def test_service_is_refused_before_any_work_and_nothing_connects(server, listener, name):
    query = SERVICES[name].replace("{listener}", listener.url)
    response = server.sparql(query)
    assert response.status == 403, response.text
    assert "SERVICE" in response.text
    posted = server.request("POST", "/sparql", query.encode(), {"Content-Type": "application/sparql-query"})
    assert posted.status == 403
    time.sleep(0.05)
    assert listener.connections == 0


def test_the_word_service_in_strings_iris_names_and_comments_is_no_service_clause(server):
    query = """PREFIX service: <http://example.org/service#>
    SELECT ?service WHERE { # SERVICE <http://example.org/> { }
      BIND("SERVICE <http://example.org/> { ?s ?p ?o }" AS ?service)
      FILTER(?service != <http://example.org/SERVICE> && ?service != service:SERVICE && LANG("x"@en) = "en")
    }"""
    response = server.sparql(query)
    assert response.status == 200, response.text
    assert json.loads(response.body)["results"]["bindings"][0]["service"]["value"].startswith("SERVICE")


def test_from_names_graphs_of_the_store_and_fetches_nothing(server, listener):
    remote = server.sparql(f"SELECT * FROM <{listener.url}data.ttl> WHERE {{ ?s ?p ?o }}")
    assert remote.status == 200, remote.text
    assert json.loads(remote.body)["results"]["bindings"] == []  # not the union, not a download
    named = server.sparql(f"SELECT * FROM NAMED <{listener.url}data.ttl> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}")
    assert named.status == 200 and json.loads(named.body)["results"]["bindings"] == []
    article = "https://w3id.org/rasad/article/test-hostile-markup"
    one = server.sparql(f"SELECT DISTINCT ?title FROM <{article}> WHERE {{ ?a dcterms:title ?title }}")
    titles = [b["title"]["value"] for b in json.loads(one.body)["results"]["bindings"]]
    assert titles == [HOSTILE_ARTICLE["title"]]  # only that article's graph
    union = server.sparql("SELECT (COUNT(DISTINCT ?title) AS ?n) WHERE { ?a dcterms:title ?title }")
    assert int(json.loads(union.body)["results"]["bindings"][0]["n"]["value"]) > 1
    assert listener.connections == 0


def test_protocol_dataset_parameters_are_refused(server):
    response = server.sparql("SELECT * WHERE { ?s ?p ?o } LIMIT 1", **{"default-graph-uri": "http://example.org/"})
    assert response.status == 400 and "FROM" in response.text


def test_query_workers_have_no_network_where_linux_allows(store_path):
    from kg.guard import GuardedStore, Limits

    store = GuardedStore(store_path, Limits(workers=1))
    try:
        if sys.platform.startswith("linux"):
            assert store.pool.network == "isolated" or store.pool.network.startswith("unavailable")
    finally:
        store.close()


# ----------------------------------------------------------------- deadline and row cap

def test_a_runaway_query_is_stopped_at_the_deadline_while_the_server_answers_others(server):
    outcome = {}

    def runaway():
        started = time.monotonic()
        outcome["response"] = server.sparql(RUNAWAY)
        outcome["seconds"] = time.monotonic() - started

    thread = threading.Thread(target=runaway)
    thread.start()
    time.sleep(0.3)
    page = server.get("/entity/hezbollah")  # the explorer goes on
    assert page.status == 200
    small = server.sparql("ASK { ?s a rasad:Proxy }")  # and so do other queries
    assert small.status == 200 and json.loads(small.body)["boolean"] is True
    assert thread.is_alive()
    thread.join(timeout=DEADLINE + 10)
    response = outcome["response"]
    assert response.status == 503, response.text
    assert "deadline" in response.text and "Traceback" not in response.text
    assert DEADLINE - 0.5 < outcome["seconds"] < DEADLINE + 2
    # its worker was killed and replaced: the endpoint keeps its full strength
    for _ in range(4):
        assert server.sparql("ASK { ?s ?p ?o }").status == 200


def test_a_lower_deadline_per_request(server):
    started = time.monotonic()
    response = server.sparql(RUNAWAY, timeout="0.5")
    assert response.status == 503 and "0.5 s" in response.text
    assert time.monotonic() - started < DEADLINE
    higher = server.sparql("ASK {}", timeout="600")  # never above the server's own
    assert higher.status == 200 and higher.getheader("X-Rasad-Timeout") == f"{DEADLINE:g}"
    for bad in ("0", "-1", "soon", "1e9"):
        refused = server.sparql("ASK {}", timeout=bad)
        assert refused.status == 400 and "timeout" in refused.text


def test_a_client_that_goes_away_stops_its_query(server):
    target = "/sparql?" + urllib.parse.urlencode({"query": RUNAWAY})
    with socket.create_connection(("127.0.0.1", server.port)) as sock:
        sock.sendall(f"GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: application/json\r\n\r\n".encode())
        time.sleep(0.5)
    deadline = time.monotonic() + DEADLINE - 0.5
    while time.monotonic() < deadline:  # stopped well before its deadline would have stopped it
        if "went away" in server.log_path.read_text(errors="replace"):
            break
        time.sleep(0.1)
    else:
        pytest.fail("the query of a client that left ran on: " + server.log_path.read_text(errors="replace")[-2000:])


def test_rows_are_capped_and_the_answer_says_so(server):
    response = server.sparql("SELECT * WHERE { ?s ?p ?o }")
    body = json.loads(response.body)
    assert len(body["results"]["bindings"]) == MAX_ROWS and body["truncated"] is True
    assert response.getheader("X-Rasad-Truncated") == "true" and response.getheader("X-Rasad-Row-Limit") == str(MAX_ROWS)
    small = server.sparql("SELECT ?p WHERE { entity:hezbollah ?p ?o } LIMIT 3")
    assert json.loads(small.body)["truncated"] is False and small.getheader("X-Rasad-Truncated") == "false"
    table = server.sparql("SELECT * WHERE { ?s ?p ?o }", accept="text/csv")
    assert len(list(csv.reader(io.StringIO(table.text)))) == MAX_ROWS + 1 and table.getheader("X-Rasad-Truncated") == "true"
    graph = server.sparql("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", accept="application/n-triples")
    assert len(graph.text.strip().splitlines()) == MAX_ROWS and graph.getheader("X-Rasad-Truncated") == "true"
    # a cartesian product without aggregation is cut at the cap at once, not run to the end
    started = time.monotonic()
    product = server.sparql("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }")
    assert product.status == 200 and json.loads(product.body)["truncated"] is True
    assert time.monotonic() - started < DEADLINE


def test_a_query_that_needs_too_much_memory_stops_its_worker_only(server):
    hog = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?a ?d ?g"
    response = server.sparql(hog, timeout="3")
    assert response.status == 503, response.text
    assert "Traceback" not in response.text
    assert server.get("/entity/iran").status == 200


# ------------------------------------------------------------------------ bodies capped

def test_request_bodies_over_one_megabyte_are_refused(server):
    big = ("SELECT * WHERE { ?s ?p ?o } # " + "x" * (1536 * 1024)).encode()
    response = server.request("POST", "/sparql", big, {"Content-Type": "application/sparql-query"})
    assert response.status == 413
    form = urllib.parse.urlencode({"query": big.decode()}).encode()
    assert server.request("POST", "/sparql", form, {"Content-Type": "application/x-www-form-urlencoded"}).status == 413
    # far larger: refused by waitress on the declared length, before the body is read
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as sock:
        sock.sendall(b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
                     b"Content-Length: 500000000\r\n\r\n")
        assert sock.recv(200).startswith(b"HTTP/1.1 413")
    # and chunked bodies, which declare no length
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
    try:
        conn.request("POST", "/sparql", body=iter([big[i:i + 65536] for i in range(0, len(big), 65536)]),
                     headers={"Content-Type": "application/sparql-query"}, encode_chunked=True)
        assert conn.getresponse().status == 413
    finally:
        conn.close()
    assert server.sparql("ASK {}").status == 200


# ------------------------------------------------- errors: no traceback, no local path

ERRORS = [
    ("GET", "/nowhere", 404), ("GET", "/entity/no-such-actor.json", 404), ("GET", "/article/no-such.nq", 404),
    ("PUT", "/sparql", 405), ("DELETE", "/entity/iran", 405), ("GET", "/sparql?query=SELEC%20*", 400),
    ("GET", "/sparql?query=SELECT%20*%20WHERE%20%7B%3Fs%20%3Fp%20%3Fo%7D&format=exe", 400),
    ("GET", "/incidents?year=soon", 400), ("GET", "/search?q=" + "x" * 300, 400),
    ("GET", "/queries/no_such_query", 404), ("GET", "/export.exe", 404),
    ("GET", "/article/..%2F..%2F..%2Fetc%2Fpasswd.nq", 404), ("GET", "/entity/%ff%fe.json", 404),
    ("GET", "/sparql?query=" + urllib.parse.quote("SELECT * WHERE { " + "{" * 20000 + " }"), 400),
]


@pytest.mark.parametrize("method, path, status", ERRORS, ids=[f"{m} {p[:40]}" for m, p, _ in ERRORS])
@pytest.mark.parametrize("accept", ["text/html", "application/json", "text/plain"])
def test_errors_name_no_traceback_and_no_local_path(server, store_path, method, path, status, accept):
    response = server.request(method, path, headers={"Accept": accept})
    assert response.status == status, response.text[:300]
    for leak in ("Traceback", 'File "', "site-packages", str(store_path), str(store_path.parent), "/work/", str(Path.home()) + "/",
                 sys.prefix):
        assert leak not in response.text, (leak, response.text[:500])


def test_deeply_nested_queries_are_refused_before_the_parser(server):
    deep = "SELECT * WHERE { " + "{ " * 100000 + "?s ?p ?o" + " }" * 100000 + " }"
    response = server.request("POST", "/sparql", deep.encode(), {"Content-Type": "application/sparql-query",
                                                                    "Accept": "application/json"})
    assert response.status == 400 and "deep" in response.text, response.text[:300]


def test_a_query_that_overflows_the_parser_costs_one_worker_only(server):
    chain = "SELECT * WHERE { " + " UNION ".join(["{ ?s ?p ?o }"] * 20000) + " }"  # flat, but Oxigraph recurses
    response = server.request("POST", "/sparql", chain.encode(), {"Content-Type": "application/sparql-query",
                                                                     "Accept": "application/json"})
    assert response.status == 503, response.text[:300]
    assert "Traceback" not in response.text
    assert server.get("/entity/iran").status == 200
    assert server.sparql("ASK {}").status == 200


# ------------------------------------------------------------------------- headers and HTML

def test_security_headers_on_every_response(server):
    paths = ["/", "/entity/hezbollah", "/entity/hezbollah.json", "/article/test-hostile-markup", "/sparql",
             "/sparql?query=ASK%20%7B%7D", "/static/rasad.css", "/nowhere", "/sparql?query=SELEC", "/queries",
             "/search?q=hez", "/export.ttl"]
    for path in paths:
        response = server.get(path)
        csp = response.getheader("Content-Security-Policy") or ""
        script = next(d for d in csp.split(";") if d.strip().startswith("script-src"))
        assert "'unsafe-inline'" not in script and "'unsafe-eval'" not in script, (path, csp)
        assert "object-src 'none'" in csp and "frame-ancestors 'none'" in csp
        assert response.getheader("X-Content-Type-Options") == "nosniff", path
        assert response.getheader("Referrer-Policy"), path
    refused = server.request("PUT", "/sparql")
    assert refused.getheader("X-Content-Type-Options") == "nosniff"


def test_markup_in_an_article_shows_as_text(server):
    pages = ["/article/test-hostile-markup", "/articles", "/search?q=northern", "/entity/hezbollah"]
    seen = 0
    for path in pages:
        response = server.get(path)
        assert response.status == 200, path
        assert XSS not in response.text and "<img src=x" not in response.text, path
        tree = lxml.html.fromstring(response.body)
        for script in tree.iter("script"):
            assert script.get("src") and not (script.text or "").strip(), (path, lxml.html.tostring(script))
        assert not tree.xpath("//*[@onerror or @onload or @onclick]"), path
        seen += "&lt;script&gt;alert(1)&lt;/script&gt;" in response.text
    assert seen >= 2  # the title is there, as text
    article = lxml.html.fromstring(server.get("/article/test-hostile-markup").body)
    assert XSS + " Hezbollah" in article.text_content()
    search = json.loads(server.get("/search.json?q=" + urllib.parse.quote("script")).body)
    assert all("<" not in r.get("path", "") for r in search["results"])


def test_an_article_url_that_is_no_web_address_is_not_a_link(tmp_path, articles_dir):
    from kg.web import create_app

    record = dict(HOSTILE_ARTICLE, id="test-javascript-url", url="JavaScript:alert(document.domain)")
    (tmp_path / "a.json").write_text(json.dumps(record), encoding="utf-8")
    store = open_store(str(tmp_path / "store"))
    ingest(store, [tmp_path / "a.json"])
    store.close()
    app = create_app({"STORE": str(tmp_path / "store"), "QUERY_WORKERS": 1, "TESTING": True})
    try:
        page = app.test_client().get("/article/test-javascript-url")
        assert page.status_code == 200
        links = [a.get("href", "") for a in lxml.html.fromstring(page.data).iter("a")]
        assert not [href for href in links if href.strip().lower().startswith(("javascript:", "data:", "vbscript:"))]
        assert "JavaScript:alert(document.domain)" in page.get_data(as_text=True)  # shown, as text
    finally:
        app.extensions["rasad"]["store"].close()


# ---------------------------------------------------------- the checks, without a server

@pytest.mark.parametrize("text", [
    "INSERT DATA { <a:b> <a:c> <a:d> }", "  delete where { ?s ?p ?o }", "PREFIX : <http://x/> LOAD <http://x/>",
    "BASE <http://x/>\nPREFIX a: <http://y/>\n# hi\nclear all", "WITH <g:x> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
    "\\u0049NSERT DATA { <a:b> <a:c> <a:d> }",
])
def test_check_query_refuses_updates(text):
    with pytest.raises(Refused, match="read-only"):
        check_query(text)


@pytest.mark.parametrize("text, form, dataset", [
    ("SELECT * WHERE { ?s ?p ?o }", "SELECT", False),
    ("prefix x: <http://x/> construct { ?s ?p ?o } where { ?s ?p ?o }", "CONSTRUCT", False),
    ("DESCRIBE entity:iran", "DESCRIBE", False),
    ("ASK FROM <http://x/> { ?s ?p ?o }", "ASK", True),
    ("SELECT * FROM NAMED <http://x/> WHERE { GRAPH ?g { ?s ?p ?o } }", "SELECT", True),
    ('SELECT * WHERE { ?s ?p "FROM SERVICE <x:y> { }" } # SERVICE', "SELECT", False),
    ("SELECT ?from ?service WHERE { ?from ?service ex:from }", "SELECT", False),
    ("{ ?s ?p ?o }", None, False),
])
def test_check_query_tells_the_form_and_the_dataset(text, form, dataset):
    shape = check_query(text)
    assert (shape.form, shape.dataset) == (form, dataset)


def test_saved_queries_are_capped_and_say_so(tmp_path, articles_dir):
    from kg.web import create_app

    store = open_store(str(tmp_path / "store"))
    ingest(store, [articles_dir])
    store.close()
    queries = tmp_path / "queries"
    queries.mkdir()
    (queries / "labels.rq").write_text("# title: Every label\nSELECT ?s ?l WHERE { ?s rdfs:label ?l }\n", encoding="utf-8")
    app = create_app({"STORE": str(tmp_path / "store"), "QUERIES_DIR": queries, "MAX_ROWS": 3, "QUERY_WORKERS": 1,
                      "TESTING": True})
    try:
        client = app.test_client()
        cut = client.get("/queries/labels.json")
        assert cut.status_code == 200 and len(cut.get_json()["results"]["bindings"]) == 3
        assert cut.headers["X-Rasad-Truncated"] == "true" and cut.headers["X-Rasad-Row-Limit"] == "3"
        page = client.get("/queries/labels")
        assert page.status_code == 200 and page.headers["X-Rasad-Truncated"] == "true"
        entity = client.get("/entity/iran.json")  # the explorer's own queries are not cut
        assert entity.status_code == 200 and "X-Rasad-Truncated" not in entity.headers
    finally:
        app.extensions["rasad"]["store"].close()


# ------------------------------------------------------------------ a remote store behind

def test_a_remote_store_gets_the_same_checks_and_the_row_cap(oxigraph_server, tools):
    from kg.web import create_app

    graph = "http://example.org/guard-test"
    tools.sparql_update(oxigraph_server, f"DROP SILENT GRAPH <{graph}> ; INSERT DATA {{ GRAPH <{graph}> {{ "
                        + " ".join(f"<http://example.org/s{i}> <http://example.org/p> {i} ." for i in range(5)) + " } }")
    app = create_app({"STORE": oxigraph_server, "MAX_ROWS": 2, "TESTING": True})
    try:
        client = app.test_client()
        query = f"SELECT ?s WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"
        cut = client.get("/sparql?" + urllib.parse.urlencode({"query": query}), headers={"Accept": "application/json"})
        assert cut.status_code == 200 and len(cut.get_json()["results"]["bindings"]) == 2
        assert cut.get_json()["truncated"] is True and cut.headers["X-Rasad-Truncated"] == "true"
        # the remote server would follow SERVICE (Oxigraph's does): refused here first
        service = client.get("/sparql?" + urllib.parse.urlencode({"query": f"SELECT * WHERE {{ SERVICE <{oxigraph_server}/query> {{ ?s ?p ?o }} }}"}))
        assert service.status_code == 403
        update = client.post("/sparql", data=f"DROP GRAPH <{graph}>", content_type="application/sparql-update")
        assert update.status_code == 403
        again = client.get("/sparql?" + urllib.parse.urlencode({"query": f"ASK {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"}),
                           headers={"Accept": "application/json"})
        assert again.get_json()["boolean"] is True
    finally:
        app.extensions["rasad"]["store"].close()
        tools.sparql_update(oxigraph_server, f"DROP SILENT GRAPH <{graph}>")


def test_a_remote_store_that_does_not_answer_in_time_is_left(monkeypatch):
    from kg.guard import GuardedRemote, Limits, Timeout
    from kg.store import RemoteStore, Results

    monkeypatch.setattr(RemoteStore, "query", lambda self, sparql: time.sleep(3) or Results("ask", boolean=True))
    store = GuardedRemote("http://127.0.0.1:9/query", Limits(timeout=5))
    try:
        started = time.monotonic()
        with pytest.raises(Timeout, match="deadline of 0.3 s"):
            store.query("ASK {}", timeout=0.3)
        assert time.monotonic() - started < 1.5
    finally:
        store.close()
