"""One measurement per process: `python bench/stages.py STAGE JSON-ARGS` prints one JSON object.

bench/run.py starts each stage in its own process, so that the peak resident memory reported
(getrusage: this process, and the largest of its children, e.g. extraction workers) belongs to
that stage alone.
"""
from __future__ import annotations

import json
import os
import resource
import signal
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import pyoxigraph as ox  # noqa: E402

NQ = ox.RdfFormat.N_QUADS


def usage() -> dict:
    """Peak resident memory (MB) and CPU seconds: this process, and its children (the largest
    child's peak, the children's CPU summed)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return {"rss_mb": round(own.ru_maxrss / 1024, 1), "rss_children_mb": round(children.ru_maxrss / 1024, 1),
            "cpu_s": round(own.ru_utime + own.ru_stime, 2), "cpu_children_s": round(children.ru_utime + children.ru_stime, 2)}


def _articles(corpus: str, limit: int | None = None) -> list:
    from kg.articles import read_articles

    found = []
    for item in read_articles([Path(corpus)]):
        if not isinstance(item, Exception):
            found.append(item)
        if limit and len(found) >= limit:
            break
    return found


def extract_alone(corpus: str, limit: int | None = None) -> dict:
    """Extraction in this process, one core, no store: the articles read beforehand."""
    from kg.extract.catalogue import default_catalogue
    from kg.extract.pipeline import extract
    from kg.mapping import article_quads

    catalogue = default_catalogue()
    articles = _articles(corpus, limit)
    extract(articles[0], catalogue)
    started = time.perf_counter()
    extractions = [extract(a, catalogue) for a in articles]
    seconds = time.perf_counter() - started
    started = time.perf_counter()
    quads = 0
    for extraction in extractions:
        quads += len(ox.serialize(article_quads(extraction, catalogue), format=NQ).splitlines())
    mapping = time.perf_counter() - started
    chars = sum(len(a.text) for a in articles)
    return {"articles": len(articles), "seconds": seconds, "articles_per_s": len(articles) / seconds,
            "chars_per_article": chars / len(articles), "map_serialize_seconds": mapping,
            "extract_map_articles_per_s": len(articles) / (seconds + mapping), "quads_with_repeats": quads}


def profile(corpus: str, limit: int, out: str) -> dict:
    """cProfile of extraction alone: the functions where the time goes."""
    import cProfile
    import pstats

    from kg.extract.catalogue import default_catalogue
    from kg.extract.pipeline import extract

    catalogue = default_catalogue()
    articles = _articles(corpus, limit)
    extract(articles[0], catalogue)
    profiler = cProfile.Profile()
    profiler.enable()
    for article in articles:
        extract(article, catalogue)
    profiler.disable()
    profiler.dump_stats(out)
    stats = pstats.Stats(profiler)
    total = stats.total_tt
    rows = []
    for (path, line, name), (_, calls, tottime, cumtime, _) in stats.stats.items():
        rows.append({"function": f"{Path(path).name}:{line}({name})", "calls": calls,
                     "self_s": round(tottime, 4), "cumulative_s": round(cumtime, 4)})
    top_self = sorted(rows, key=lambda r: -r["self_s"])[:15]
    top_cumulative = sorted((r for r in rows if "kg" in r["function"] or r["function"].startswith(("incidents", "mentions", "text", "dates", "relations", "catalogue", "pipeline"))),
                            key=lambda r: -r["cumulative_s"])[:15]
    return {"articles": len(articles), "seconds": total, "top_self": top_self, "top_cumulative": top_cumulative, "pstats": out}


def extract_nquads(corpus: str, out: str, workers: int) -> dict:
    """`kg extract`: articles → N-Quads file, `workers` processes (the catalogue built first, as
    kg ingest builds it before its clock starts)."""
    from kg.articles import read_articles
    from kg.bulk import extract_stream
    from kg.extract.catalogue import default_catalogue

    default_catalogue()
    with open(out, "wb") as handle:
        report = extract_stream(read_articles([Path(corpus)]), handle, workers)
    return {"articles": report.articles, "quads": report.quads, "seconds": report.seconds,
            "bytes": os.path.getsize(out), "errors": len(report.errors)}


def reference_load(nquads: str, store: str) -> dict:
    """pyoxigraph's own bulk loader on the same quads: the engine's limit for writing."""
    db = ox.Store(store)
    started = time.perf_counter()
    db.bulk_load(path=nquads, format=NQ)
    db.flush()
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "store_quads": len(db)}


def ingest_one(corpus: str, store: str) -> dict:
    """`kg ingest`: one worker, one transaction per article."""
    from kg.ingest import ingest
    from kg.store import EmbeddedStore

    target = EmbeddedStore(store)
    report = ingest(target, [Path(corpus)])
    target.db.flush()
    return {"articles": report.articles, "seconds": report.seconds, "store_quads": len(target.db),
            "errors": len(report.errors)}


def ingest_bulk(corpus: str, store: str, workers: int) -> dict:
    """kg.bulk.bulk_ingest: extraction in `workers` processes, bulk loads by one writer."""
    from kg.articles import read_articles
    from kg.bulk import bulk_ingest
    from kg.extract.catalogue import default_catalogue
    from kg.store import EmbeddedStore

    default_catalogue()
    target = EmbeddedStore(store)
    started = time.perf_counter()
    report = bulk_ingest(target, read_articles([Path(corpus)]), workers)
    target.db.flush()
    seconds = time.perf_counter() - started
    return {"articles": report.articles, "seconds": seconds, "store_quads": len(target.db), "errors": len(report.errors)}


def query(store: str, case: str, budget: float) -> dict:
    """One case of the query mix through Rasad and on the raw store underneath."""
    from kg.store import EmbeddedStore
    from queries import measure

    target = EmbeddedStore(store, read_only=True)
    return measure(target, target.db, case, budget)


def query_worker(store: str, budget: float) -> dict:
    """Cases named on standard input, one per line; each result as one JSON line (bench/run.py
    stops this process when a case overruns its time, and starts another for the rest)."""
    from kg.store import EmbeddedStore
    from queries import measure

    target = EmbeddedStore(store, read_only=True)
    for line in sys.stdin:
        print(json.dumps(measure(target, target.db, line.strip(), budget), ensure_ascii=False), flush=True)
    return {}


def store_size(store: str) -> dict:
    return {"store_quads": len(ox.Store.read_only(store))}


def rdflib_queries(nquads: str, cases_file: str, budget: float, case_timeout: float) -> dict:
    """The recorded SPARQL of each case on rdflib's in-memory Dataset (default graph: the union)."""
    from rdflib import Dataset

    from queries import PREFIX_BLOCK, latencies, summary

    started = time.perf_counter()
    dataset = Dataset(default_union=True)
    dataset.parse(nquads, format="nquads")
    load = time.perf_counter() - started
    out = []

    def expire(signum, frame):
        raise TimeoutError(f"over {case_timeout:.0f} s")

    signal.signal(signal.SIGALRM, expire)
    for case in json.loads(Path(cases_file).read_text(encoding="utf-8")):
        def run(case=case):
            for text in case["queries"]:
                list(dataset.query(PREFIX_BLOCK + text))
        signal.setitimer(signal.ITIMER_REAL, case_timeout)
        try:
            out.append({"name": case["name"], "rdflib": summary(latencies(run, budget, least=3, most=10))})
        except Exception as error:  # rdflib's parser and engine fail on some queries: report which
            out.append({"name": case["name"], "error": f"{type(error).__name__}: {error}"[:300]})
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
    return {"load_seconds": load, "quads": len(dataset), "cases": out}


def export(store: str, how: str, out: str) -> dict:
    """The whole store to a file: Rasad's export (kg.export) or pyoxigraph's own dump."""
    from kg.ontology import PREFIXES
    from kg.store import EmbeddedStore

    target = EmbeddedStore(store, read_only=True)
    started = time.perf_counter()
    with open(out, "wb") as handle:
        if how in ("turtle", "nquads"):
            from kg.export import export as run_export

            run_export(target, handle, how)
        elif how == "raw-nquads":
            target.db.dump(handle, NQ)
        elif how == "raw-turtle":
            union = target.db.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", use_default_graph_as_union=True)
            ox.serialize(union, handle, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES)
        elif how in ("turtle-per-graph", "turtle-per-graph-sorted"):
            _turtle_per_graph(target.db, handle, PREFIXES, how.endswith("sorted"))
        else:
            raise SystemExit(f"unknown export {how}")
    seconds = time.perf_counter() - started
    size = os.path.getsize(out)
    os.unlink(out)
    return {"seconds": seconds, "bytes": size}


def http(store: str, cases_file: str, work: str, budget: float) -> dict:
    """/sparql of `kg serve` beside `oxigraph serve` on copies of the store (see endpoints.py)."""
    import endpoints

    cases = [c for c in json.loads(Path(cases_file).read_text(encoding="utf-8")) if c["kind"] == "saved"]
    return endpoints.measure(store, cases, Path(work), budget)


def _turtle_per_graph(db: ox.Store, handle, prefixes: dict, in_order: bool) -> None:
    """The union as Turtle written graph after graph (graphs by name): memory bounded by the
    largest graph; a triple two graphs hold is written twice, which Turtle allows."""
    for graph in sorted(db.named_graphs(), key=str):
        triples = [ox.Triple(q.subject, q.predicate, q.object) for q in db.quads_for_pattern(None, None, None, graph)]
        if in_order:
            triples.sort(key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))
        ox.serialize(triples, handle, format=ox.RdfFormat.TURTLE, prefixes=prefixes)


STAGES = {f.__name__: f for f in (extract_alone, profile, extract_nquads, reference_load, ingest_one, ingest_bulk,
                                   query, query_worker, store_size, rdflib_queries, export, http)}

if __name__ == "__main__":
    stage, args = sys.argv[1], json.loads(sys.argv[2])
    started = time.perf_counter()
    result = STAGES[stage](**args)
    result.update(usage(), wall_seconds=time.perf_counter() - started)
    print(json.dumps(result, ensure_ascii=False))
