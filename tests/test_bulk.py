"""The bulk paths: `kg extract` (articles → N-Quads, no store) and `kg load` (N-Quads, TriG,
Turtle → a store), and their agreement with `kg ingest`. Self-contained: its own helpers and its
own `oxigraph serve` (a free loopback port, the union of graphs as default graph)."""
from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from urllib.parse import quote

import pyoxigraph as ox
import pytest

BIN = Path(sys.executable).parent
CATALOGUE_GRAPH = "https://w3id.org/rasad/graph/catalogue"
INCIDENT_IRI = "https://w3id.org/rasad/incident/"

# Fresh articles written for these tests: the same rocket attack and the same talks reported in
# English and in Arabic (one incident node each after loading, whichever process extracted them).
EN = {
    "id": "bulk-en-rockets", "published": "2024-06-02", "lang": "en", "source": "Test Desk",
    "title": "Hezbollah fires rockets at Israel",
    "text": ("Hezbollah fires rockets at Israel\n\nBEIRUT - Hezbollah, which is backed by Iran, fired dozens of rockets "
             "at Israel on Sunday, the group said. Israel's Defence Minister Yoav Gallant threatened Lebanon with a harsh "
             "response. Qatar hosted talks between Egypt and Jordan in Doha on Sunday."),
}
AR = {
    "id": "bulk-ar-rockets", "published": "2024-06-02", "lang": "ar", "source": "مكتب الاختبار",
    "title": "حزب الله يطلق صواريخ على إسرائيل",
    "text": ("أطلق حزب الله المدعوم من إيران عشرات الصواريخ على إسرائيل يوم الأحد. "
             "وهدد وزير الدفاع الإسرائيلي يوآف غالانت لبنان برد قاس. "
             "واستضافت قطر محادثات بين مصر والأردن في الدوحة يوم الأحد."),
}


def kg(*args, stdin: str | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    """The installed `kg`, as a user runs it (no inherited store)."""
    environment = {k: v for k, v in os.environ.items() if k != "RASAD_STORE"} | {"PYTHONIOENCODING": "utf-8"} | (env or {})
    return subprocess.run([str(BIN / "kg"), *map(str, args)], input=stdin, capture_output=True, text=True,
                          encoding="utf-8", env=environment, timeout=180)


def ok(result: subprocess.CompletedProcess) -> subprocess.CompletedProcess:
    assert result.returncode == 0, f"exit {result.returncode}\nstderr:\n{result.stderr}"
    assert "Traceback" not in result.stderr, result.stderr
    return result


def errors(result: subprocess.CompletedProcess) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("Error:")]


def article_iri(article_id: str) -> str:
    return "https://w3id.org/rasad/article/" + quote(article_id, safe="")


def query_json(store, sparql: str) -> dict:
    return json.loads(ok(kg("query", "--store", store, "--format", "json", sparql)).stdout)


def sparql_update(url: str, update: str) -> None:
    request = urllib.request.Request(url + "/update", data=update.encode("utf-8"), method="POST",
                                     headers={"Content-Type": "application/sparql-update"})
    with urllib.request.urlopen(request, timeout=30) as response:
        assert response.status in (200, 204)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url + "/query?query=" + urllib.parse.quote("ASK {}"), timeout=2) as response:
            return response.status == 200
    except (urllib.error.URLError, OSError):
        return False


@pytest.fixture(scope="module")
def oxigraph(tmp_path_factory):
    """A real `oxigraph serve` for this module."""
    base = tmp_path_factory.mktemp("bulk-oxigraph")
    url = f"http://127.0.0.1:{_free_port()}"
    with (base / "server.log").open("wb") as log:
        process = subprocess.Popen([str(BIN / "oxigraph"), "serve", "--location", str(base / "data"), "--bind",
                                    url.removeprefix("http://"), "--union-default-graph"], stdout=log, stderr=subprocess.STDOUT)
        try:
            deadline = time.monotonic() + 30
            while not _answers(url):
                assert process.poll() is None, f"oxigraph serve exited with {process.returncode}"
                assert time.monotonic() < deadline, "oxigraph serve did not answer within 30 s"
                time.sleep(0.1)
            yield url
        finally:
            process.terminate()
            process.wait(timeout=10)


@pytest.fixture
def server(oxigraph) -> str:
    """The running server, emptied."""
    sparql_update(oxigraph, "DROP SILENT ALL")
    return oxigraph


def write_jsonl(path: Path, *records, extra_lines: tuple[str, ...] = ()) -> Path:
    lines = [json.dumps(r, ensure_ascii=False) for r in records] + list(extra_lines)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def parse(nquads: str) -> list[ox.Quad]:
    return list(ox.parse(nquads.encode("utf-8"), format=ox.RdfFormat.N_QUADS))


def by_graph(quads) -> dict[str, set[ox.Quad]]:
    graphs: dict[str, set] = {}
    for quad in quads:
        graphs.setdefault(quad.graph_name.value, set()).add(quad)
    return graphs


def stored(location: Path) -> list[ox.Quad]:
    return list(ox.Store.read_only(str(location)))


@pytest.fixture
def articles(tmp_path) -> Path:
    return write_jsonl(tmp_path / "articles.jsonl", EN, AR)


@pytest.fixture
def extracted(articles) -> str:
    return ok(kg("extract", articles)).stdout


def test_extract_writes_valid_nquads_with_one_graph_per_article(extracted):
    graphs = by_graph(parse(extracted))
    assert set(graphs) == {article_iri(EN["id"]), article_iri(AR["id"]), CATALOGUE_GRAPH}
    assert all(line.endswith(" .") for line in extracted.splitlines())


def test_extracted_article_graphs_equal_what_ingest_stores(tmp_path, articles, extracted):
    store = tmp_path / "ingested"
    ok(kg("ingest", "--store", store, articles))
    mine, theirs = by_graph(parse(extracted)), by_graph(stored(store))
    for article in (EN, AR):
        iri = article_iri(article["id"])
        assert mine[iri] == theirs[iri], f"the graph of {iri} differs from kg ingest's"
    assert mine[CATALOGUE_GRAPH] == theirs[CATALOGUE_GRAPH]


def test_extract_reads_jsonl_on_standard_input_as_from_a_file(articles, extracted):
    result = ok(kg("extract", stdin=articles.read_text(encoding="utf-8")))
    assert result.stdout == extracted
    assert "2 articles" in result.stderr


def test_extract_reports_a_bad_line_and_still_writes_the_good_articles(tmp_path):
    source = write_jsonl(tmp_path / "mixed.jsonl", EN, extra_lines=('{"id": "no-text"}', "not json"))
    result = kg("extract", stdin=source.read_text(encoding="utf-8"))
    assert result.returncode == 1
    assert errors(result) == ["Error: <stdin>:2: the article has no 'text'", "Error: <stdin>:3: invalid JSON: Expecting value"]
    assert article_iri(EN["id"]) in by_graph(parse(result.stdout))


def test_extract_gives_identical_nquads_in_separate_processes_and_with_workers(articles, extracted):
    for seed in ("1", "2"):
        again = ok(kg("extract", articles, env={"PYTHONHASHSEED": seed}))
        assert again.stdout == extracted
    parallel = ok(kg("extract", "--workers", "2", articles))
    assert parallel.stdout == extracted


def test_an_incident_extracted_in_two_partitions_is_one_node_after_loading(tmp_path):
    parts = [ok(kg("extract", write_jsonl(tmp_path / f"part-{a['id']}.jsonl", a))).stdout for a in (EN, AR)]
    files = []
    for number, text in enumerate(parts):
        files.append(tmp_path / f"part{number}.nq")
        files[-1].write_text(text, encoding="utf-8")
    store = tmp_path / "merged"
    ok(kg("load", "--store", store, *files))
    shared = query_json(store, f"""SELECT ?i (COUNT(DISTINCT ?a) AS ?n) WHERE {{
        ?i rasad:reportedIn ?a FILTER(STRSTARTS(STR(?i), "{INCIDENT_IRI}")) }} GROUP BY ?i HAVING (COUNT(DISTINCT ?a) = 2)""")
    assert len(shared["results"]["bindings"]) >= 2  # the attack and the talks, each one node with two reports


def stats(location) -> str:
    return ok(kg("stats", "--store", location)).stdout


def test_load_into_the_embedded_store_gives_the_stats_of_ingest(tmp_path, articles, extracted):
    nq = tmp_path / "out.nq"
    nq.write_text(extracted, encoding="utf-8")
    ok(kg("ingest", "--store", tmp_path / "ingested", articles))
    loaded = ok(kg("load", "--store", tmp_path / "loaded", nq))
    assert "1 file loaded" in loaded.stderr
    assert stats(tmp_path / "loaded") == stats(tmp_path / "ingested")
    assert set(stored(tmp_path / "loaded")) == set(stored(tmp_path / "ingested"))


def test_load_from_standard_input(tmp_path, extracted):
    ok(kg("load", "--store", tmp_path / "piped", "-", stdin=extracted))
    assert set(stored(tmp_path / "piped")) == set(parse(extracted))


def test_load_into_oxigraph_server_by_graph_store_protocol_and_by_update(tmp_path, articles, extracted,
                                                                        server):
    nq = tmp_path / "out.nq"
    nq.write_text(extracted, encoding="utf-8")
    ok(kg("ingest", "--store", tmp_path / "ingested", articles))
    expected = stats(tmp_path / "ingested")
    ok(kg("load", "--store", server, "--gsp", server + "/store", nq))
    assert stats(server) == expected
    sparql_update(server, "DROP SILENT ALL")
    ok(kg("load", "--store", server, nq))
    assert stats(server) == expected


def test_load_replace_drops_what_an_article_graph_held_before(tmp_path, extracted):
    store, iri = tmp_path / "store", article_iri(EN["id"])
    stale = f'<{iri}> <https://w3id.org/rasad/ontology#stale> "old" <{iri}> .\n'
    first, second = tmp_path / "first.nq", tmp_path / "second.nq"
    first.write_text(extracted + stale, encoding="utf-8")
    second.write_text(extracted, encoding="utf-8")
    ok(kg("load", "--store", store, first))
    ok(kg("load", "--store", store, "--replace", second))
    assert set(stored(store)) == set(parse(extracted))


def test_load_remote_replace_drops_graphs_on_the_server(tmp_path, extracted, server):
    iri = article_iri(EN["id"])
    sparql_update(server, f'INSERT DATA {{ GRAPH <{iri}> {{ <{iri}> <urn:x:stale> "old" }} }}')
    nq = tmp_path / "out.nq"
    nq.write_text(extracted, encoding="utf-8")
    ok(kg("load", "--store", server, "--gsp", server + "/store", "--replace", nq))
    asked = query_json(server, "ASK { ?s <urn:x:stale> ?o }")
    assert asked["boolean"] is False


def test_load_turtle_needs_a_graph_and_then_fills_it(tmp_path):
    ttl = tmp_path / "extra.ttl"
    ttl.write_text('<urn:x:a> <http://www.w3.org/2000/01/rdf-schema#label> "A" .\n', encoding="utf-8")
    refused = kg("load", "--store", tmp_path / "store", ttl)
    assert refused.returncode == 1
    assert errors(refused) == [f"Error: {ttl}: triples outside a named graph: give --graph IRI"]
    ok(kg("load", "--store", tmp_path / "store", "--graph", "urn:x:g", ttl))
    assert [q.graph_name.value for q in stored(tmp_path / "store")] == ["urn:x:g"]


def test_load_refuses_a_file_of_unknown_format_and_a_missing_file(tmp_path):
    odd = tmp_path / "data.xyz"
    odd.write_text("", encoding="utf-8")
    result = kg("load", "--store", tmp_path / "store", odd)
    assert result.returncode == 1
    assert errors(result)[0].startswith(f"Error: {odd}: cannot tell the format")
    missing = kg("load", "--store", tmp_path / "store", tmp_path / "none.nq")
    assert errors(missing) == [f"Error: {tmp_path / 'none.nq'}: no such file"]


def test_load_reports_a_syntax_error_with_the_file(tmp_path):
    bad = tmp_path / "bad.nq"
    bad.write_text("<urn:x:a> <urn:x:p> .\n", encoding="utf-8")
    result = kg("load", "--store", tmp_path / "store", bad)
    assert result.returncode == 1
    assert errors(result)[0].startswith(f"Error: {bad}: cannot load")


def test_bulk_ingest_in_a_pool_stores_what_ingest_stores(tmp_path, articles):
    from kg.articles import read_articles
    from kg.bulk import bulk_ingest
    from kg.store import EmbeddedStore

    ok(kg("ingest", "--store", tmp_path / "ingested", articles))
    target = EmbeddedStore(tmp_path / "bulk")
    report = bulk_ingest(target, read_articles([articles]), workers=2)
    bulk_ingest(target, read_articles([articles]), workers=2)  # again: graphs replaced, nothing doubled
    target.close()
    assert (report.articles, report.errors) == (2, [])
    assert set(stored(tmp_path / "bulk")) == set(stored(tmp_path / "ingested"))


def test_bulk_ingest_replaces_an_article_met_again_in_a_later_batch_of_the_same_run(tmp_path):
    from kg.articles import read_articles
    from kg.bulk import bulk_ingest
    from kg.store import EmbeddedStore

    edited = EN | {"text": EN["text"] + " Hezbollah fired rockets at Haifa on Monday."}
    twice = write_jsonl(tmp_path / "twice.jsonl", EN, AR, edited)
    target = EmbeddedStore(tmp_path / "bulk")
    bulk_ingest(target, read_articles([twice]), workers=1, flush_bytes=1)  # a batch per article
    target.close()
    once = EmbeddedStore(tmp_path / "once")
    bulk_ingest(once, read_articles([write_jsonl(tmp_path / "once.jsonl", AR, edited)]), workers=1)
    once.close()
    assert set(stored(tmp_path / "bulk")) == set(stored(tmp_path / "once"))


def test_extract_and_load_have_help():
    for command in ("extract", "load"):
        result = ok(kg(command, "--help"))
        assert "Usage:" in result.stdout and len(result.stdout.splitlines()) > 5


@pytest.mark.skipif(os.cpu_count() == 1, reason="one core")
def test_extract_with_all_cores_keeps_the_input_order(tmp_path, extracted):
    many = write_jsonl(tmp_path / "many.jsonl", *[dict(EN, id=f"copy-{n}") for n in range(40)])
    result = ok(kg("extract", "--workers", "0", many))
    order = list(dict.fromkeys(q.graph_name.value for q in parse(result.stdout) if q.graph_name.value != CATALOGUE_GRAPH))
    assert order == [article_iri(f"copy-{n}") for n in range(40)]
