"""The benchmark in one command: `python bench/run.py --size small|medium|large` (`ci`: seconds).

Prints a table and writes JSON to bench/results/. Every figure that has a reference is given as a
ratio against that reference measured in the same run (these machines are shared and noisy):
pyoxigraph's bulk loader for writing, the raw pyoxigraph Store for queries, pyoxigraph's dump
for exports. Each measurement runs in its own process (bench/stages.py), for its peak memory.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import select
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
sys.path.insert(0, str(BENCH))

import generate  # noqa: E402
import report  # noqa: E402

SIZES = {
    "ci": {"articles": 200, "quads": 20_000, "rdflib_quads": 20_000, "alone": 200, "profile": 50, "budget": 0.1, "timeout": 3},
    "small": {"articles": 1000, "quads": 1_000_000, "rdflib_quads": 100_000, "alone": 1000, "profile": 300, "budget": 2.0, "timeout": 60},
    "medium": {"articles": 10_000, "quads": 1_000_000, "rdflib_quads": 250_000, "alone": 2000, "profile": 300, "budget": 2.0, "timeout": 60},
    "large": {"articles": 100_000, "quads": 1_000_000, "rdflib_quads": 1_000_000, "alone": 2000, "profile": 300, "budget": 3.0, "timeout": 60},
}
PARTS = ("extraction", "ingest", "reference", "memory", "queries", "rdflib", "http", "export")


def stage(name: str, timeout: float | None = None, **args) -> dict:
    """Run one stage in a fresh process; its JSON, or the error it died with (or the timeout)."""
    command = [sys.executable, str(BENCH / "stages.py"), name, json.dumps(args)]
    print(f"  · {name} {json.dumps(args, ensure_ascii=False)}", file=sys.stderr, flush=True)
    try:
        done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"error": f"timeout: stopped after {timeout:.0f} s", "timeout": True}
    if done.returncode != 0:
        return {"error": (done.stderr.strip().splitlines() or ["failed"])[-1][:500]}
    return json.loads(done.stdout.strip().splitlines()[-1])


def machine() -> dict:
    import pyoxigraph
    import rdflib

    return {"cores": os.cpu_count(), "python": platform.python_version(), "pyoxigraph": pyoxigraph.__version__,
            "rdflib": rdflib.__version__, "platform": platform.platform(), "loadavg_start": os.getloadavg()}


def head_lines(source: Path, target: Path, lines: int) -> Path:
    with source.open("rb") as inp, target.open("wb") as out:
        for number, line in enumerate(inp):
            if number >= lines:
                break
            out.write(line)
    return target


INGEST_PATHS = {"kg_ingest_1": ("ingest_one", None), "bulk_1": ("ingest_bulk", 1), "bulk_all": ("ingest_bulk", "all")}


def ingest_stage(key: str, corpus: Path, store: Path, cores: int) -> dict:
    name, workers = INGEST_PATHS[key]
    extra = {} if workers is None else {"workers": cores if workers == "all" else workers}
    return stage(name, corpus=str(corpus), store=str(store), **extra)


def ingest_part(cfg: dict, corpus: Path, work: Path, cores: int, paths: list[str], reference: bool) -> dict:
    """`kg extract` to N-Quads (all cores), pyoxigraph's bulk load of them, then each ingest path."""
    out: dict = {}
    nquads = work / "corpus.nq"
    if reference:
        out["extract_stage"] = stage("extract_nquads", corpus=str(corpus), out=str(nquads), workers=cores)
        out["reference"] = stage("reference_load", nquads=str(nquads), store=str(work / "ref"))
    for key in paths:
        out[key] = ingest_stage(key, corpus, work / key, cores)
        shutil.rmtree(work / key, ignore_errors=True)
    shutil.rmtree(work / "ref", ignore_errors=True)
    nquads.unlink(missing_ok=True)
    return out


def memory_part(cfg: dict, work: Path, cores: int, paths: list[str]) -> dict:
    """Peak memory of both ingest paths on a corpus ten times smaller, to see whether it grows."""
    smaller = max(10, cfg["articles"] // 10)
    corpus = generate.ensure_articles(smaller)
    out = {"articles": smaller}
    for key in (k for k in ("kg_ingest_1", "bulk_all") if k in paths):
        out[key] = ingest_stage(key, corpus, work / f"mem-{key}", cores)
        shutil.rmtree(work / f"mem-{key}", ignore_errors=True)
    return out


def query_store(cfg: dict, cores: int) -> Path:
    """The prebuilt store of about `quads` quads (built once, kept under bench/corpus/)."""
    nquads = generate.ensure_quads(cfg["quads"], workers=cores)
    store = generate.CORPUS / f"store-{generate.label(cfg['quads'])}"
    if not store.exists():
        partial = store.with_name(store.name + ".partial")
        shutil.rmtree(partial, ignore_errors=True)
        result = stage("reference_load", nquads=str(nquads), store=str(partial))
        if "error" in result:
            raise SystemExit(f"cannot build {store}: {result['error']}")
        partial.rename(store)
    return store


def query_part(cfg: dict, store: Path) -> dict:
    """Every case, in a worker process that is stopped (and replaced) when a case runs over
    `timeout` seconds: pyoxigraph has no query deadline of its own."""
    import queries

    kinds = {case.name: case.kind for case in queries.cases()}
    remaining, found = list(kinds), {}
    while remaining:
        command = [sys.executable, str(BENCH / "stages.py"), "query_worker", json.dumps({"store": str(store), "budget": cfg["budget"]})]
        worker = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, cwd=ROOT)
        while remaining:
            name = remaining.pop(0)
            print(f"  · query {name} on {store.name}", file=sys.stderr, flush=True)
            worker.stdin.write(name + "\n")
            worker.stdin.flush()
            ready, _, _ = select.select([worker.stdout], [], [], cfg["timeout"])
            line = worker.stdout.readline() if ready else ""
            if not line:
                found[name] = {"name": name, "kind": kinds[name], "error": f"timeout: the case (every run of it) stopped after {cfg['timeout']:.0f} s"}
                worker.kill()
                break
            found[name] = json.loads(line)
        if worker.poll() is None:
            worker.stdin.close()
        worker.wait()
    return {"store_quads": stage("store_size", store=str(store)).get("store_quads"), "cases": [found[n] for n in kinds]}


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", choices=SIZES, default="small")
    parser.add_argument("--out", type=Path, default=BENCH / "results", help="where the JSON goes")
    parser.add_argument("--skip", default="", help=f"comma-separated parts to leave out: {', '.join(PARTS)}")
    parser.add_argument("--paths", default=",".join(INGEST_PATHS), help=f"ingest paths to measure: {', '.join(INGEST_PATHS)}")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="'all cores' (default: every core)")
    args = parser.parse_args(argv)
    cfg, skip, cores = SIZES[args.size], set(filter(None, args.skip.split(","))), args.workers
    paths = [p for p in args.paths.split(",") if p in INGEST_PATHS]
    args.out.mkdir(parents=True, exist_ok=True)
    results: dict = {"size": args.size, "config": cfg, "skipped": sorted(skip), "paths": paths, "machine": machine(),
                     "started": datetime.now(timezone.utc).isoformat(timespec="seconds")}
    work = Path(tempfile.mkdtemp(prefix="rasad-bench-"))
    began = time.perf_counter()
    try:
        started = time.perf_counter()
        corpus = generate.ensure_articles(cfg["articles"])
        results["corpus"] = {"path": str(corpus.relative_to(ROOT)), "articles": cfg["articles"],
                             "bytes": corpus.stat().st_size, "seconds": round(time.perf_counter() - started, 2)}
        print(f"Rasad benchmark, size {args.size}: {cfg['articles']} articles, work in {work}", file=sys.stderr)
        if "extraction" not in skip:
            results["extraction"] = stage("extract_alone", corpus=str(corpus), limit=cfg["alone"])
            results["profile"] = stage("profile", corpus=str(corpus), limit=cfg["profile"],
                                       out=str(args.out / f"extract-{args.size}.pstats"))
        if "ingest" not in skip:
            results["ingest"] = ingest_part(cfg, corpus, work, cores, paths, "reference" not in skip)
        if "memory" not in skip:
            results["memory"] = memory_part(cfg, work, cores, paths)
        if not {"queries", "export"} <= skip:
            store = query_store(cfg, cores)
            slice_nq = head_lines(generate.ensure_quads(cfg["quads"]), work / "slice.nq", cfg["rdflib_quads"])
            slice_store = work / "slice-store"
            results["slice"] = stage("reference_load", nquads=str(slice_nq), store=str(slice_store))
            if "queries" not in skip:
                results["queries"] = {label: query_part(cfg, where) for label, where in (("store", store), ("slice", slice_store))}
                cases = [c for c in results["queries"]["slice"].get("cases", []) if "queries" in c]
                cases_file = work / "cases.json"
                cases_file.write_text(json.dumps(cases, ensure_ascii=False), encoding="utf-8")
                if "rdflib" not in skip:
                    results["rdflib"] = stage("rdflib_queries", nquads=str(slice_nq), cases_file=str(cases_file),
                                              budget=cfg["budget"], case_timeout=cfg["timeout"])
                if "http" not in skip:
                    store_cases = work / "store-cases.json"
                    store_cases.write_text(json.dumps([c for c in results["queries"]["store"].get("cases", []) if "queries" in c],
                                                      ensure_ascii=False), encoding="utf-8")
                    results["http"] = stage("http", store=str(store), cases_file=str(store_cases), work=str(work),
                                            budget=cfg["budget"])
            if "export" not in skip:
                results["export"] = {
                    label: {how: stage("export", store=str(where), how=how, out=str(work / f"export-{how}"))
                            for how in ("turtle", "raw-turtle", "nquads", "raw-nquads")}
                    for label, where in (("store", store), ("slice", slice_store))}
    finally:
        shutil.rmtree(work, ignore_errors=True)
    results["machine"]["loadavg_end"] = os.getloadavg()
    results["seconds"] = round(time.perf_counter() - began, 1)
    results["summary"] = report.summarise(results)
    args.out.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    for path in (args.out / f"bench-{args.size}-{stamp}.json", args.out / f"latest-{args.size}.json"):
        path.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    print(report.table(results))
    print(f"\nJSON: {args.out / f'latest-{args.size}.json'}", file=sys.stderr)
    return results


if __name__ == "__main__":
    main()
