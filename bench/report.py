"""From the stages' raw figures to the rows of the table: ratios against the same run's
references, and each target of issue 6 met or not."""
from __future__ import annotations


def _rate(n, seconds):
    return n / seconds if n and seconds else None


def _row(section: str, what: str, value, unit: str = "", reference=None, ratio=None, target: str = "", met=None,
         note: str = "") -> dict:
    return {"section": section, "what": what, "value": value, "unit": unit, "reference": reference,
            "ratio": None if ratio is None else round(ratio, 3), "target": target, "met": met, "note": note}


def _extraction(r: dict) -> list[dict]:
    e = r.get("extraction") or {}
    rows = []
    if "articles_per_s" in e:
        rows.append(_row("extraction", "extraction alone, 1 core", e["articles_per_s"], "articles/s", target="≥ 500/core",
                         met=e["articles_per_s"] >= 500, note=f"{e['articles']} articles, {e['chars_per_article']:.0f} chars each"))
        rows.append(_row("extraction", "extraction + mapping + N-Quads, 1 core", e["extract_map_articles_per_s"], "articles/s"))
    s = (r.get("ingest") or {}).get("extract_stage") or {}
    if "seconds" in s:
        cpu = f"; CPU {s['cpu_s']:.0f} s here + {s['cpu_children_s']:.0f} s in workers" if "cpu_s" in s else ""
        rows.append(_row("extraction", f"kg extract → N-Quads, {r['machine']['cores']} workers", _rate(s["articles"], s["seconds"]),
                         "articles/s", note=f"{s['quads']} quads in {s['seconds']:.0f} s{cpu}"))
    return rows


def _ingest(r: dict) -> list[dict]:
    i = r.get("ingest") or {}
    ref = i.get("reference") or {}
    ref_rate = _rate(ref.get("store_quads"), ref.get("seconds"))
    rows = []
    if ref_rate:
        rows.append(_row("ingest", "reference: pyoxigraph bulk_load of the same quads", ref_rate, "quads/s",
                         note=f"{ref['store_quads']} quads in {ref['seconds']:.2f} s"))
    names = {"kg_ingest_1": "kg ingest (1 worker, a transaction per article)", "bulk_1": "kg.bulk.bulk_ingest, 1 worker",
             "bulk_all": f"kg.bulk.bulk_ingest, {r['machine']['cores']} workers"}
    for key, what in names.items():
        m = i.get(key) or {}
        if "seconds" not in m:
            if m:
                rows.append(_row("ingest", what, None, note=m.get("error", "")))
            continue
        quads = _rate(m["store_quads"], m["seconds"])
        articles = _rate(m["articles"], m["seconds"])
        same = m["store_quads"] == ref.get("store_quads")
        cpu = f"; CPU {m['cpu_s']:.0f} s here + {m['cpu_children_s']:.0f} s in workers over {m['wall_seconds']:.0f} s" if "cpu_s" in m else ""
        last = key == "bulk_all"
        rows.append(_row("ingest", what + ": articles/s", articles, "articles/s", target="≥ 200" if last else "",
                         met=articles >= 200 if last else None))
        rows.append(_row("ingest", what + ": quads/s", quads, "quads/s", ref_rate, quads / ref_rate if ref_rate else None,
                         "≥ 0.40 of reference" if last else "", (quads / ref_rate >= 0.4) if (last and ref_rate) else None,
                         ("same quads as the reference" if same else f"{m['store_quads']} quads, reference {ref.get('store_quads')}") + cpu))
    return rows


def _memory(r: dict) -> list[dict]:
    rows = []
    i, m = r.get("ingest") or {}, r.get("memory") or {}
    for key, what in (("kg_ingest_1", "kg ingest, 1 worker"), ("bulk_all", "bulk_ingest, all cores")):
        big, small = i.get(key) or {}, m.get(key) or {}
        if "rss_mb" not in big:
            continue
        total = big["rss_mb"] + (big["rss_children_mb"] * r["machine"]["cores"] if key == "bulk_all" else 0)
        note = f"parent {big['rss_mb']:.0f} MB" + (f", largest worker {big['rss_children_mb']:.0f} MB" if key == "bulk_all" else "")
        rows.append(_row("memory", f"peak RSS, {what}, {r['config']['articles']} articles", total, "MB",
                         target="< 1024 MB", met=total < 1024, note=note))
        if "rss_mb" in small:
            small_total = small["rss_mb"] + (small["rss_children_mb"] * r["machine"]["cores"] if key == "bulk_all" else 0)
            rows.append(_row("memory", f"peak RSS growth, {what}: {r['config']['articles']} vs {m['articles']} articles",
                             total, "MB", small_total, total / small_total, "≤ 1.20", total / small_total <= 1.2))
    return rows


def _queries(r: dict) -> list[dict]:
    rows = []
    q = (r.get("queries") or {}).get("store") or {}
    quads = q.get("store_quads")
    for case in q.get("cases", []):
        if "error" in case:
            rows.append(_row("queries", case["name"], None, note=case["error"]))
            continue
        a, b = case["rasad"], case["raw"]
        note = f"p95 {a['p95_ms']:.1f} ms (raw {b['p95_ms']:.1f} ms), {len(case['queries'])} queries, {quads} quads"
        if case["kind"] == "search":
            speedup = b["p50_ms"] / a["p50_ms"] if a["p50_ms"] else None
            rows.append(_row("queries", case["name"] + ": speed-up over a CONTAINS scan", a["p50_ms"], "ms p50", b["p50_ms"],
                             speedup, "≥ 20×", speedup is not None and speedup >= 20, note))
        else:
            rows.append(_row("queries", case["name"], a["p50_ms"], "ms p50", b["p50_ms"], case["ratio_p50"], "≤ 1.5× raw",
                             case["ratio_p50"] is not None and case["ratio_p50"] <= 1.5, note))
    return rows


def _rdflib(r: dict) -> list[dict]:
    rl = r.get("rdflib") or {}
    ours = {c["name"]: c for c in ((r.get("queries") or {}).get("slice") or {}).get("cases", []) if "rasad" in c}
    rows, mix_rdflib, mix_rasad = [], 0.0, 0.0
    for case in rl.get("cases", []):
        mine = ours.get(case["name"])
        if "error" in case or mine is None:
            rows.append(_row("rdflib", case["name"], None, note=case.get("error", "not measured")))
            continue
        speed = case["rdflib"]["p50_ms"] / mine["rasad"]["p50_ms"]
        if case["name"].startswith("saved:"):
            mix_rdflib += case["rdflib"]["p50_ms"]
            mix_rasad += mine["rasad"]["p50_ms"]
        rows.append(_row("rdflib", case["name"] + ": Rasad's speed-up", mine["rasad"]["p50_ms"], "ms p50",
                         case["rdflib"]["p50_ms"], speed, note=f"rdflib {case['rdflib']['p50_ms']:.1f} ms"))
    if mix_rasad:
        rows.append(_row("rdflib", "saved-query mix (sum of p50): Rasad's speed-up over rdflib", mix_rasad, "ms",
                         mix_rdflib, mix_rdflib / mix_rasad, "≥ 20×", mix_rdflib / mix_rasad >= 20,
                         f"{rl.get('quads')} quads (rdflib load {rl.get('load_seconds', 0):.1f} s)"))
    return rows


def _http(r: dict) -> list[dict]:
    rows = []
    for case in (r.get("http") or {}).get("cases", []):
        if "error" in case:
            rows.append(_row("http", case["name"], None, note=case["error"]))
            continue
        rows.append(_row("http", "/sparql " + case["name"], case["rasad"]["p50_ms"], "ms p50", case["oxigraph"]["p50_ms"],
                         case["ratio_p50"], "≤ 1.3× oxigraph serve", case["ratio_p50"] <= 1.3 and case["same_rows"],
                         f"rows {case['rows']['rasad']} vs {case['rows']['oxigraph']}"))
    if "error" in (r.get("http") or {}):
        rows.append(_row("http", "/sparql", None, note=r["http"]["error"]))
    return rows


def _export(r: dict) -> list[dict]:
    rows = []
    e = r.get("export") or {}
    for label in ("store", "slice"):
        found = e.get(label) or {}
        for ours, theirs in (("turtle", "raw-turtle"), ("nquads", "raw-nquads")):
            a, b = found.get(ours) or {}, found.get(theirs) or {}
            if "seconds" not in a or "seconds" not in b:
                rows.append(_row("export", f"{ours} ({label})", None, note=a.get("error") or b.get("error") or ""))
                continue
            rows.append(_row("export", f"{ours} ({label}): seconds", a["seconds"], "s", b["seconds"], a["seconds"] / b["seconds"],
                             "≤ 1.5× pyoxigraph", a["seconds"] / b["seconds"] <= 1.5,
                             f"{a['bytes'] / 1e6:.0f} MB vs {b['bytes'] / 1e6:.0f} MB"))
            rows.append(_row("export", f"{ours} ({label}): peak RSS", a["rss_mb"], "MB", b["rss_mb"], a["rss_mb"] / b["rss_mb"]))
    for ours in ("turtle", "nquads"):
        big, small = (e.get("store") or {}).get(ours) or {}, (e.get("slice") or {}).get(ours) or {}
        if "rss_mb" in big and "rss_mb" in small:
            grow = big["rss_mb"] / small["rss_mb"]
            rows.append(_row("export", f"{ours}: peak RSS, whole store vs slice", big["rss_mb"], "MB", small["rss_mb"], grow,
                             "flat (≤ 1.2)", grow <= 1.2))
    return rows


def summarise(results: dict) -> list[dict]:
    return [*_extraction(results), *_ingest(results), *_memory(results), *_queries(results), *_rdflib(results),
            *_http(results), *_export(results)]


def _fmt(value) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:,.1f}" if value >= 10 else f"{value:.3g}"
    return f"{value:,}" if isinstance(value, int) else str(value)


def table(results: dict) -> str:
    header = ("what", "measured", "unit", "reference", "ratio", "target", "met")
    lines = [f"Rasad benchmark, size {results['size']} ({results['config']['articles']} articles), "
             f"{results['machine']['cores']} cores, load average {results['machine']['loadavg_start'][0]:.1f} → "
             f"{results['machine']['loadavg_end'][0]:.1f}, {results['seconds']:.0f} s"]
    rows = results["summary"]
    width = max([len(r["what"]) for r in rows] + [10])
    section = None
    for r in rows:
        if r["section"] != section:
            section = r["section"]
            lines.append(f"\n## {section}")
            lines.append(f"{header[0]:<{width}}  {header[1]:>12}  {header[2]:<11} {header[3]:>12}  {header[4]:>8}  {header[5]:<22} {header[6]}")
        met = {True: "yes", False: "NO", None: ""}[r["met"]]
        lines.append(f"{r['what']:<{width}}  {_fmt(r['value']):>12}  {r['unit']:<11} {_fmt(r['reference']):>12}  "
                     f"{_fmt(r['ratio']):>8}  {r['target']:<22} {met}" + (f"  ({r['note']})" if r["note"] else ""))
    return "\n".join(lines)
