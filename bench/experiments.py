"""Measurements behind the changes bench/README.md recommends in modules the harness does not own.

    python bench/experiments.py labels   # saved queries when entity labels live only in the catalogue graph
    python bench/experiments.py check    # /sparql's guard: rdflib's parser against a lexical check
    python bench/experiments.py writes   # one article's write: SPARQL Update text against remove_graph + extend
    python bench/experiments.py export   # Turtle of the union: kg.export, CONSTRUCT, graph after graph

Each prints one JSON object; none changes the code it measures.
"""
from __future__ import annotations

import json
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import pyoxigraph as ox  # noqa: E402

NQ = ox.RdfFormat.N_QUADS
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


def _without_repeated_labels(source: Path, target: Path) -> dict:
    """The same dataset, but a catalogue actor's label and type only in the catalogue graph."""
    from kg.ontology import CATALOGUE_GRAPH

    described = {q.subject for q in ox.parse(path=str(source), format=NQ) if q.graph_name.value == CATALOGUE_GRAPH}
    kept = dropped = 0
    with target.open("wb") as out:
        batch = []
        for quad in ox.parse(path=str(source), format=NQ):
            if (quad.graph_name.value != CATALOGUE_GRAPH and quad.subject in described
                    and quad.predicate.value in (LABEL, TYPE)):
                dropped += 1
                continue
            kept += 1
            batch.append(quad)
            if len(batch) >= 100_000:
                out.write(ox.serialize(batch, format=NQ))
                batch = []
        out.write(ox.serialize(batch, format=NQ))
    return {"kept": kept, "dropped": dropped}


def labels(size: str = "small") -> dict:
    """Saved queries and pages on the prebuilt store, and on the same store without the copies of
    catalogue labels and types that every article graph repeats (the union returns each copy)."""
    import generate
    import run

    cfg = run.SIZES[size]
    source = generate.ensure_quads(cfg["quads"])
    work = Path(tempfile.mkdtemp(prefix="rasad-exp-"))
    try:
        variant = work / "variant.nq"
        counts = _without_repeated_labels(source, variant)
        store = work / "store"
        ox.Store(str(store)).bulk_load(path=str(variant), format=NQ)
        variant_results = run.query_part(cfg, store)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    latest = ROOT / "bench" / "results" / f"latest-{size}.json"
    original = json.loads(latest.read_text(encoding="utf-8"))["queries"]["store"] if latest.exists() else run.query_part(cfg, run.query_store(cfg, 1))
    before = {c["name"]: c for c in original["cases"]}
    rows = []
    for case in variant_results["cases"]:
        old = before.get(case["name"], {})
        rows.append({"name": case["name"], "before_p50_ms": old.get("rasad", {}).get("p50_ms"), "before_error": old.get("error"),
                     "after_p50_ms": case.get("rasad", {}).get("p50_ms"), "after_raw_p50_ms": case.get("raw", {}).get("p50_ms"),
                     "after_error": case.get("error"), "rows_before": old.get("rows"), "rows_after": case.get("rows")})
    return {"quads": counts, "cases": rows}


_BLANKED = re.compile(r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\'|"(?:[^"\\\n]|\\.)*"|'
                      r"'(?:[^'\\\n]|\\.)*'|<[^<>\"{}|^`\\\s]*>|#[^\n]*")
_SERVICE = re.compile(r"(?<![\w:?$])SERVICE(?![\w:])", re.IGNORECASE)
_UPDATE = re.compile(r"(?<![\w:?$])(?:INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD)(?![\w:])", re.IGNORECASE)


def lexical_check(sparql: str) -> tuple[bool, bool]:
    """(has SERVICE, looks like an update) with strings, IRIs and comments blanked out first."""
    text = _BLANKED.sub(" ", sparql)
    return bool(_SERVICE.search(text)), bool(_UPDATE.search(text))


def check() -> dict:
    """The cost of /sparql's guard per query: rdflib's parser, against the lexical check."""
    from rdflib.plugins.sparql.parser import parseQuery

    from kg.ontology import sparql_prefixes
    from kg.query import bind, saved_queries

    out = {}
    for name, saved in saved_queries().items():
        text = sparql_prefixes() + bind(saved, {})
        timed = {}
        for label, action in (("rdflib_parse_ms", lambda: parseQuery(text)), ("lexical_ms", lambda: lexical_check(text))):
            action()
            started = time.perf_counter()
            for _ in range(5):
                action()
            timed[label] = round((time.perf_counter() - started) / 5 * 1000, 3)
        out[name] = timed
    mean = {k: round(sum(v[k] for v in out.values()) / len(out), 3) for k in ("rdflib_parse_ms", "lexical_ms")}
    return {"per_query": out, "mean": mean}


def writes(count: int = 200) -> dict:
    """Writing already-extracted articles: kg ingest's SPARQL Update per article, the same updates
    fifty articles to a transaction, remove_graph + extend per article, and one bulk load."""
    import generate
    from kg.articles import article_from_record
    from kg.extract.catalogue import default_catalogue
    from kg.extract.pipeline import extract
    from kg.mapping import article_quads
    from kg.ontology import article_iri
    from kg.store import replace_graph_update

    catalogue = default_catalogue()
    batches = []
    for record in generate.articles(count):
        article = article_from_record(record, "generated")
        batches.append((article_iri(article.id), article_quads(extract(article, catalogue), catalogue)))
    work = Path(tempfile.mkdtemp(prefix="rasad-exp-"))
    out = {"articles": count, "quads": sum(len(q) for _, q in batches)}
    try:
        db = ox.Store(str(work / "update"))
        started = time.perf_counter()
        for graph, quads in batches:
            db.update(replace_graph_update(graph, quads))
        out["sparql_update_s"] = time.perf_counter() - started
        db = ox.Store(str(work / "batched"))
        started = time.perf_counter()
        for first in range(0, len(batches), 50):
            db.update(" ;\n".join(replace_graph_update(g, q) for g, q in batches[first:first + 50]))
        out["sparql_update_50_articles_per_transaction_s"] = time.perf_counter() - started
        db = ox.Store(str(work / "extend"))
        started = time.perf_counter()
        for graph, quads in batches:
            db.remove_graph(ox.NamedNode(graph))
            db.extend(quads)
        out["remove_graph_extend_s"] = time.perf_counter() - started
        db = ox.Store(str(work / "bulk"))
        started = time.perf_counter()
        db.bulk_load(input=b"".join(ox.serialize(q, format=NQ) for _, q in batches), format=NQ)
        out["one_bulk_load_s"] = time.perf_counter() - started
        started = time.perf_counter()
        for graph, quads in batches:
            replace_graph_update(graph, quads)
        out["update_text_building_s"] = time.perf_counter() - started
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return out


def export(size: str = "small") -> dict:
    """Turtle of the union on the prebuilt store: kg.export (graph after graph, shared subjects
    once), Oxigraph's CONSTRUCT, and graph after graph (as stored, and sorted within each graph);
    seconds and peak memory."""
    import run

    store, out = run.query_store(run.SIZES[size], 1), Path(tempfile.mkdtemp(prefix="rasad-exp-"))
    try:
        return {how: run.stage("export", store=str(store), how=how, out=str(out / how))
                for how in ("turtle", "raw-turtle", "turtle-per-graph", "turtle-per-graph-sorted", "raw-nquads")}
    finally:
        shutil.rmtree(out, ignore_errors=True)


if __name__ == "__main__":
    experiments = {"labels": labels, "check": check, "writes": writes, "export": export}
    if len(sys.argv) < 2 or sys.argv[1] not in experiments:
        raise SystemExit(__doc__)
    print(json.dumps(experiments[sys.argv[1]](*sys.argv[2:]), ensure_ascii=False, indent=1))
