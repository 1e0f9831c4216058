"""Shared fixtures: the `kg` command run as a user runs it, small fresh articles in both
languages, stores built in temporary folders, and a real `oxigraph serve` for the remote store."""
from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from types import SimpleNamespace

import pytest

BIN = Path(sys.executable).parent
KG = BIN / "kg"
OXIGRAPH = BIN / "oxigraph"

ARTICLE_IRI = "https://w3id.org/rasad/article/"
ENTITY_IRI = "https://w3id.org/rasad/entity/"
CATALOGUE_GRAPH = "https://w3id.org/rasad/graph/catalogue"

# Fresh, small articles written for these tests (not copied from any outlet).
EN_ARTICLE = {
    "id": "test-en-oman-talks",
    "url": "https://example.org/news/oman-talks",
    "source": "Test Wire",
    "published": "2024-03-12",
    "title": "Oman mediates talks between Iran and the United States",
    "lang": "en",
    "text": (
        "Oman mediates talks between Iran and the United States\n\n"
        "The Houthis, who are backed by Iran, fired two ballistic missiles at Israel on Monday, the group said. "
        "Iranian Foreign Minister Hossein Amir-Abdollahian said Tehran supports the Houthis. "
        "Oman mediated talks between Iran and the United States in Muscat on Tuesday."
    ),
}
AR_ARTICLE = {
    "id": "test-ar-houthi-missiles",
    "url": "https://example.org/ar/houthi-missiles",
    "source": "وكالة الاختبار",
    "published": "2024-03-12",
    "title": "الحوثيون يطلقون صاروخين على إسرائيل",
    "lang": "ar",
    "text": (
        "أطلقت جماعة الحوثي المدعومة من إيران صاروخين باليستيين على إسرائيل يوم الاثنين. "
        "وقال وزير الخارجية الإيراني حسين أمير عبد اللهيان إن طهران تدعم الحوثيين. "
        "واستضافت سلطنة عمان محادثات غير مباشرة بين إيران والولايات المتحدة في مسقط."
    ),
}
# A third article that names Hezbollah, so that union queries can join across articles.
EN_HEZBOLLAH = {
    "id": "test-en-hezbollah",
    "published": "2024-06-02",
    "title": "Hezbollah fires rockets at northern Israel",
    "lang": "en",
    "text": (
        "Hezbollah fires rockets at northern Israel\n\n"
        "Hezbollah, which is backed by Iran, fired dozens of rockets at northern Israel on Sunday. "
        "Israel struck targets in southern Lebanon in response."
    ),
}


def kg_env(store: str | os.PathLike | None = None, **extra: str) -> dict:
    """An environment for `kg`: the caller's, without an inherited $RASAD_STORE, UTF-8 output."""
    env = {k: v for k, v in os.environ.items() if k != "RASAD_STORE"}
    env["PYTHONIOENCODING"] = "utf-8"
    if store is not None:
        env["RASAD_STORE"] = str(store)
    env.update(extra)
    return env


def run_kg(*args, env: dict | None = None, cwd: str | os.PathLike | None = None, timeout: float = 120,
           binary: bool = False) -> subprocess.CompletedProcess:
    """Run the installed `kg` script as a user would, capturing its output (as text unless binary)."""
    if env is None:
        env = kg_env()
    text = {} if binary else {"text": True, "encoding": "utf-8"}
    return subprocess.run([str(KG), *map(str, args)], capture_output=True, env=env, cwd=cwd, timeout=timeout, **text)


def ok(result: subprocess.CompletedProcess) -> subprocess.CompletedProcess:
    """Assert that a `kg` run succeeded, showing its output when it did not."""
    stderr = result.stderr.decode("utf-8", "replace") if isinstance(result.stderr, bytes) else result.stderr
    assert result.returncode == 0, f"exit {result.returncode}\nstdout:\n{result.stdout}\nstderr:\n{stderr}"
    assert "Traceback" not in stderr, stderr
    return result


def write_json(path: Path, data) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def export_lines(store, fmt: str = "nquads", *extra) -> set[str]:
    """The store's export as a set of non-blank lines (N-Quads lines are one statement each)."""
    result = ok(run_kg("export", "--store", store, "--format", fmt, *extra))
    return {line for line in result.stdout.splitlines() if line.strip()}


def query_json(store, sparql: str) -> dict:
    """A SELECT/ASK through `kg query --format json`, parsed."""
    return json.loads(ok(run_kg("query", "--store", store, "--format", "json", sparql)).stdout)


def values(results: dict, var: str) -> list[str]:
    return [b[var]["value"] for b in results["results"]["bindings"] if var in b]


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("Error:")]


def article_iri(article_id: str) -> str:
    return ARTICLE_IRI + urllib.parse.quote(article_id, safe="")


def ingest_here(location, paths, defaults=None):
    """Ingest in this process (the catalogue is loaded once per test session): for tests where
    the command line is not the point. The store is closed again, so `kg` can open it."""
    from kg.articles import Defaults
    from kg.ingest import ingest
    from kg.store import EmbeddedStore

    store = EmbeddedStore(location)
    try:
        return ingest(store, [Path(p) for p in paths], defaults or Defaults())
    finally:
        store.close()


RDFLIB_FORMATS = {"turtle": "turtle", "trig": "trig", "nquads": "nquads", "ntriples": "nt", "jsonld": "json-ld"}


def parse_export(data, fmt: str):
    """An export re-parsed by rdflib: a Dataset for TriG and N-Quads, a Graph for the others."""
    from rdflib import Dataset, Graph

    if not isinstance(data, (str, bytes)):
        data = "\n".join(data)
    parsed = Dataset() if fmt in ("trig", "nquads") else Graph()
    parsed.parse(data=data, format=RDFLIB_FORMATS[fmt])
    return parsed


def named_graphs(dataset) -> dict:
    """A Dataset's non-empty graphs by name."""
    return {g.identifier: g for g in dataset.graphs() if len(g)}


def same_rdf(first, second) -> bool:
    """Two parsed exports hold the same data: isomorphic graphs, or datasets whose graphs of
    the same names are isomorphic (rdflib.compare works on graphs, not datasets)."""
    from rdflib import Dataset
    from rdflib.compare import isomorphic

    if isinstance(first, Dataset) != isinstance(second, Dataset):
        return False
    if not isinstance(first, Dataset):
        return isomorphic(first, second)
    a, b = named_graphs(first), named_graphs(second)
    return a.keys() == b.keys() and all(isomorphic(a[k], b[k]) for k in a)


def same_dataset(nquads_a, nquads_b) -> bool:
    """Two N-Quads texts (or sets of lines) hold isomorphic datasets."""
    return same_rdf(parse_export(nquads_a, "nquads"), parse_export(nquads_b, "nquads"))


def copy_store(source, target) -> Path:
    """A copy of a closed embedded store, to change without touching the original."""
    shutil.copytree(source, target)
    return Path(target)


# ------------------------------------------------------------------ fixtures
# Test modules reach the helpers above through the `tools` fixture, not `import conftest`:
# another conftest.py in a subfolder (tests/browser) would shadow that module name.


@pytest.fixture(scope="session")
def tools() -> SimpleNamespace:
    """The helpers and constants of this file, for the test modules."""
    return SimpleNamespace(
        run_kg=run_kg, ok=ok, kg_env=kg_env, write_json=write_json, export_lines=export_lines,
        query_json=query_json, values=values, ingest_here=ingest_here, copy_store=copy_store,
        same_dataset=same_dataset, same_rdf=same_rdf, parse_export=parse_export, named_graphs=named_graphs,
        error_lines=error_lines, article_iri=article_iri, sparql_update=sparql_update,
        EN_ARTICLE=EN_ARTICLE, AR_ARTICLE=AR_ARTICLE, EN_HEZBOLLAH=EN_HEZBOLLAH,
        ENTITY_IRI=ENTITY_IRI, CATALOGUE_GRAPH=CATALOGUE_GRAPH,
    )


@pytest.fixture
def en_article() -> dict:
    return dict(EN_ARTICLE)


@pytest.fixture
def ar_article() -> dict:
    return dict(AR_ARTICLE)


@pytest.fixture
def store(tmp_path) -> Path:
    """A path for a fresh embedded store (kg creates it on first write)."""
    return tmp_path / "store"


@pytest.fixture(scope="session")
def articles_dir(tmp_path_factory) -> Path:
    """The test articles as JSON files, one per article, written once per session."""
    folder = tmp_path_factory.mktemp("articles")
    for article in (EN_ARTICLE, AR_ARTICLE, EN_HEZBOLLAH):
        write_json(folder / f"{article['id']}.json", article)
    return folder


@pytest.fixture(scope="session")
def both_store(tmp_path_factory, articles_dir) -> Path:
    """An embedded store holding the English and the Arabic test articles (read-only use)."""
    location = tmp_path_factory.mktemp("both") / "store"
    ok(run_kg("ingest", "--store", location, articles_dir / f"{EN_ARTICLE['id']}.json",
              articles_dir / f"{AR_ARTICLE['id']}.json"))
    return location


@pytest.fixture(scope="session")
def both_exports(both_store) -> dict:
    """Each export format of `both_store`, as `kg export` prints it."""
    return {fmt: ok(run_kg("export", "--store", both_store, "--format", fmt)).stdout for fmt in RDFLIB_FORMATS}


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _answers(url: str) -> bool:
    request = urllib.request.Request(url + "/query?query=" + urllib.parse.quote("ASK {}"),
                                     headers={"Accept": "application/sparql-results+json"})
    try:
        with urllib.request.urlopen(request, timeout=2) as response:
            return response.status == 200
    except (urllib.error.URLError, ConnectionError, OSError):
        return False


def sparql_update(url: str, update: str) -> None:
    request = urllib.request.Request(url + "/update", data=update.encode("utf-8"), method="POST",
                                     headers={"Content-Type": "application/sparql-update"})
    with urllib.request.urlopen(request, timeout=30) as response:
        assert response.status in (200, 204)


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory):
    """A real `oxigraph serve` on a free loopback port, with the union of graphs as default graph."""
    if not OXIGRAPH.exists():
        pytest.fail(f"{OXIGRAPH} is missing: install the test extras (pip install -e '.[test]')")
    base = tmp_path_factory.mktemp("oxigraph-server")
    location = base / "data"
    location.mkdir()
    log = (base / "server.log").open("wb")
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    process = subprocess.Popen([str(OXIGRAPH), "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}",
                                "--union-default-graph"], stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 30
        while not _answers(url):
            if process.poll() is not None:
                pytest.fail(f"oxigraph serve exited with {process.returncode}; see {log.name}")
            if time.monotonic() > deadline:
                pytest.fail(f"oxigraph serve did not answer on {url} within 30 s")
            time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


@pytest.fixture(scope="session")
def java() -> str:
    path = shutil.which("java")
    if path is None:
        pytest.fail("HermiT needs a Java runtime: apt-get install default-jre-headless")
    return path
