"""The benchmark's short form runs end to end and writes its JSON (no timing is asserted: CI
machines are shared and noisy; the figures are for people to read)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PARTS = ("corpus", "extraction", "profile", "ingest", "memory", "slice", "queries", "rdflib", "http", "export")
INGEST = ("extract_stage", "reference", "kg_ingest_1", "bulk_1", "bulk_all")


def test_the_ci_benchmark_runs_and_writes_json_with_every_part(tmp_path):
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "run.py"), "--size", "ci", "--out", str(tmp_path)],
                          capture_output=True, text=True, encoding="utf-8", cwd=ROOT, timeout=1200)
    assert done.returncode == 0, done.stderr[-3000:]
    results = json.loads((tmp_path / "latest-ci.json").read_text(encoding="utf-8"))
    assert {"size", "config", "machine", "seconds", "summary", *PARTS} <= set(results)
    for key in INGEST:
        assert "error" not in results["ingest"][key], results["ingest"][key]
        assert results["ingest"][key]["rss_mb"] > 0
    assert results["ingest"]["bulk_all"]["store_quads"] == results["ingest"]["reference"]["store_quads"]
    assert results["ingest"]["kg_ingest_1"]["store_quads"] == results["ingest"]["reference"]["store_quads"]
    assert {"articles_per_s", "extract_map_articles_per_s"} <= set(results["extraction"])
    assert results["profile"]["top_self"] and results["profile"]["top_cumulative"]
    cases = results["queries"]["store"]["cases"]
    assert any(c["name"].startswith("saved:") and "rasad" in c for c in cases)
    assert all({"name", "kind"} <= set(c) for c in cases)
    assert {"store", "slice"} <= set(results["export"])
    rows = results["summary"]
    assert rows and all({"section", "what", "value", "unit", "reference", "ratio", "target", "met"} <= set(r) for r in rows)
    assert {"extraction", "ingest", "memory", "queries", "export"} <= {r["section"] for r in rows}
    assert "## ingest" in done.stdout and "reference: pyoxigraph bulk_load" in done.stdout
