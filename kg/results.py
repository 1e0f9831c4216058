"""SPARQL results in the standard formats (JSON, XML, CSV, TSV) and as a text table."""
from __future__ import annotations

import csv
import io
import json
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

from kg.ontology import PREFIXES
from kg.store import Results

CONTENT_TYPES = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv; charset=utf-8",
    "tsv": "text/tab-separated-values; charset=utf-8",
}


def json_term(term) -> dict:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    out = {"type": "literal", "value": term.value}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
        out["datatype"] = term.datatype.value
    return out


def to_json(results: Results) -> str:
    if results.kind == "ask":
        return json.dumps({"head": {}, "boolean": results.boolean})
    bindings = [{k: json_term(v) for k, v in row.items()} for row in results.rows]
    return json.dumps({"head": {"vars": results.variables}, "results": {"bindings": bindings}}, ensure_ascii=False)


def _xml_term(term) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    if term.language:
        return f"<literal xml:lang={quoteattr(term.language)}>{escape(term.value)}</literal>"
    if term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
        return f"<literal datatype={quoteattr(term.datatype.value)}>{escape(term.value)}</literal>"
    return f"<literal>{escape(term.value)}</literal>"


def to_xml(results: Results) -> str:
    head = '<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">\n'
    if results.kind == "ask":
        return head + f"<head/>\n<boolean>{'true' if results.boolean else 'false'}</boolean>\n</sparql>\n"
    parts = [head, "<head>"] + [f"<variable name={quoteattr(v)}/>" for v in results.variables] + ["</head>\n<results>"]
    for row in results.rows:
        parts.append("<result>" + "".join(f"<binding name={quoteattr(k)}>{_xml_term(v)}</binding>" for k, v in row.items()) + "</result>")
    parts.append("</results>\n</sparql>\n")
    return "\n".join(parts)


def to_csv(results: Results) -> str:
    """SPARQL 1.1 CSV: a header row, then plain values (IRIs and literals without markup)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    if results.kind == "ask":
        writer.writerow(["boolean"])
        writer.writerow(["true" if results.boolean else "false"])
        return out.getvalue()
    writer.writerow(results.variables)
    for row in results.rows:
        writer.writerow([("_:" + row[v].value if isinstance(row[v], ox.BlankNode) else row[v].value) if v in row else "" for v in results.variables])
    return out.getvalue()


def to_tsv(results: Results) -> str:
    """SPARQL 1.1 TSV: `?var` headers, then terms in N-Triples syntax."""
    if results.kind == "ask":
        return "?boolean\n" + ("true" if results.boolean else "false") + "\n"
    lines = ["\t".join("?" + v for v in results.variables)]
    for row in results.rows:
        lines.append("\t".join(str(row[v]) if v in row else "" for v in results.variables))
    return "\n".join(lines) + "\n"


def short(term) -> str:
    """A term as a reader wants it: prefixed IRIs, bare literal values."""
    if isinstance(term, ox.NamedNode):
        for prefix, iri in sorted(PREFIXES.items(), key=lambda p: -len(p[1])):
            if term.value.startswith(iri) and all(c.isalnum() or c in "_-" for c in term.value[len(iri):]):
                return f"{prefix}:{term.value[len(iri):]}"
        return f"<{term.value}>"
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return term.value


def to_table(results: Results) -> str:
    if results.kind == "ask":
        return "yes" if results.boolean else "no"
    rows = [[short(row[v]).replace("\n", " ") if v in row else "" for v in results.variables] for row in results.rows]
    widths = [max([len(v)] + [len(r[i]) for r in rows]) for i, v in enumerate(results.variables)]
    line = "  ".join(v.ljust(w) for v, w in zip(results.variables, widths))
    out = [line, "  ".join("-" * w for w in widths)]
    out += ["  ".join(c.ljust(w) for c, w in zip(r, widths)) for r in rows]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out)


def graph_text(results: Results, fmt: ox.RdfFormat = ox.RdfFormat.TURTLE) -> bytes:
    return ox.serialize(results.triples, format=fmt, prefixes=PREFIXES if fmt == ox.RdfFormat.TURTLE else None) or b""


WRITERS = {"json": to_json, "xml": to_xml, "csv": to_csv, "tsv": to_tsv, "table": to_table}


def render(results: Results, fmt: str) -> str:
    if results.kind == "graph":
        return graph_text(results).decode("utf-8")
    return WRITERS[fmt](results)
