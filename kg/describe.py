"""The queries behind the explorer's pages: what the store holds, one resource described
(entity, incident, article), lists, the incidents timeline, and search by label.

Every function returns plain data (dicts, lists, strings, numbers) so that a page, its
`.json` twin and the CLI can share it. Resources come with their labels and a local `path`.
"""
from __future__ import annotations

import functools
import re
import time
from urllib.parse import quote

import pyoxigraph as ox

from kg import ontology as o
from kg.extract.text import normalise
from kg.results import short
from kg.store import Store

CATALOGUE = o.CATALOGUE_GRAPH
ROLES = ("perpetrator", "target", "party", "mediator", "location")
ROLE_PROPS = {o.RASAD + r: r for r in ROLES} | {o.SEM + "accordingTo": "claimed by"}
HEADER_PROPS = {o.RDF + "type", o.RDFS + "label", o.SKOS + "altLabel", o.OWL + "sameAs"}
HIDDEN_IN = set(ROLE_PROPS) | {o.RDF + "subject", o.RDF + "object", o.RASAD + "mentionOf"}
RELATIONS = {  # property, direction → the name of the box on an actor's page
    ("sponsoredBy", "out"): "sponsors", ("sponsoredBy", "in"): "proxies",
    ("officialOf", "out"): "state", ("officialOf", "in"): "officials",
    ("organOf", "out"): "state", ("organOf", "in"): "organs",
    ("armedWingOf", "out"): "group", ("armedWingOf", "in"): "armed wings",
}
ENTITY_SORTS = {"label": "LCASE(COALESCE(?en, ?ar, STR(?e)))", "articles": "DESC(?articles) LCASE(COALESCE(?en, ?ar))"}
INCIDENT_SORTS = {"date": "DESC(?earliest) ?i", "-date": "?earliest ?i", "label": "LCASE(?label) ?i", "reports": "DESC(?reports) DESC(?earliest) ?i"}
ARTICLE_SORTS = {"date": "DESC(?issued) ?a", "-date": "?issued ?a", "title": "LCASE(?title) ?a"}
PER_PAGE = 50
# The English and Arabic labels of ?e (as ?catEn/?catAr from the catalogue graph, else ?en1/?ar1
# from any graph): looked up in every graph only when the catalogue lacks one, since an older
# store repeats a catalogue actor's labels in every article that names it.
LABELS_OF_E = f"""OPTIONAL {{ GRAPH <{o.CATALOGUE_GRAPH}> {{ ?e rdfs:label ?catEn FILTER(LANG(?catEn) = "en") }} }}
        OPTIONAL {{ GRAPH <{o.CATALOGUE_GRAPH}> {{ ?e rdfs:label ?catAr FILTER(LANG(?catAr) = "ar") }} }}
        BIND(COALESCE(IF(BOUND(?catEn) && BOUND(?catAr), rasad:none, ?e), rasad:none) AS ?elsewhere)
        OPTIONAL {{ {{ ?elsewhere rdfs:label ?en1 FILTER(LANG(?en1) = "en") }} UNION {{ ?elsewhere rdfs:label ?ar1 FILTER(LANG(?ar1) = "ar") }} }}"""


def rows(store: Store, sparql: str) -> list[dict]:
    return store.query(sparql).rows


def value(row: dict, name: str, default=None):
    return default if row.get(name) is None else row[name].value


def iri(text: str) -> str:
    """An IRI in SPARQL syntax, escaped by pyoxigraph (a ValueError for an invalid one)."""
    return str(ox.NamedNode(text))


def literal(text: str, datatype: str | None = None) -> str:
    return str(ox.Literal(text, datatype=ox.NamedNode(datatype)) if datatype else ox.Literal(text))


# ---- IRIs and local paths ------------------------------------------------------------

def local_path(resource: str) -> str | None:
    """The explorer's page of a Rasad IRI: its path below the base, so /entity/KEY etc."""
    for prefix in (o.ENTITY, o.INCIDENT, o.ARTICLE):
        if resource.startswith(prefix):
            rest = resource[len(o.BASE):]
            page, _, fragment = rest.partition("#char=")
            return "/" + page + (f"?hl={fragment}#hl" if fragment else "")
    for kind in o.ENTITY_CLASSES + o.INCIDENT_CLASSES + ("Article",):
        if resource == o.RASAD + kind:
            return LIST_PATHS.get(kind, "/incidents?type=" + kind)
    if resource.startswith(o.WIKIDATA):
        return "https://www.wikidata.org/wiki/" + resource[len(o.WIKIDATA):]
    return None


COMMON = {o.DCTERMS + k: {"en": v} for k, v in {"source": "source", "title": "title", "issued": "published",
                                                   "publisher": "publisher", "identifier": "identifier", "language": "language"}.items()} | {
    o.RDFS + "comment": {"en": "comment"}, o.RDF + "type": {"en": "type"}, o.PROV + "wasDerivedFrom": {"en": "derived from"},
    o.SEM + "accordingTo": {"en": "according to"}, o.SCHEMA + "url": {"en": "web address"}}
LIST_PATHS = {"State": "/states", "Proxy": "/proxies", "Official": "/officials", "Organ": "/organs", "Article": "/articles"}


def entity_iri(key: str) -> str:
    """The IRI of /entity/KEY (KEY as the router decoded it); likewise for articles and incidents."""
    return o.ENTITY + quote(key, safe="")


def article_iri(article_id: str) -> str:
    return o.ARTICLE + quote(article_id, safe="")


def incident_iri(digest: str) -> str:
    return o.INCIDENT + quote(digest, safe="")


@functools.lru_cache(maxsize=1)
def vocabulary() -> dict[str, dict]:
    """Labels of the ontology's classes and properties, English and Arabic."""
    names: dict[str, dict] = {}
    if not o.ONTOLOGY_FILE.is_file():
        return names
    for triple in ox.parse(path=str(o.ONTOLOGY_FILE), format=ox.RdfFormat.TURTLE):
        if triple.predicate.value == o.RDFS + "label" and isinstance(triple.subject, ox.NamedNode):
            names.setdefault(triple.subject.value, {})[triple.object.language or "en"] = triple.object.value
    return names


def labels(store: Store, iris) -> dict[str, dict]:
    """English and Arabic labels of many resources in one query."""
    wanted = sorted({i for i in iris if i.startswith(o.BASE) and "#" not in i})
    found: dict[str, dict] = {}
    for start in range(0, len(wanted), 400):
        chunk = " ".join(iri(i) for i in wanted[start:start + 400])
        for row in rows(store, f"SELECT DISTINCT ?s ?l ?c WHERE {{ VALUES ?s {{ {chunk} }} {{ ?s rdfs:label ?l }} UNION {{ ?s a ?c }} }}"):
            name = found.setdefault(row["s"].value, {})
            if "c" in row and row["c"].value.startswith(o.RASAD):
                name.setdefault("kind", row["c"].value.removeprefix(o.RASAD))
            elif "l" in row:
                name.setdefault("ar" if row["l"].language == "ar" else "en", row["l"].value)
    return found


def resource(text: str, names: dict[str, dict]) -> dict:
    """A resource as a page shows it: label (English, else Arabic, else a short name), link."""
    name = names.get(text) or vocabulary().get(text) or COMMON.get(text) or {}
    label = name.get("en") or name.get("ar")
    if not label:
        match = re.search(r"#char=(\d+),(\d+)$", text)
        label = f"characters {match[1]}–{match[2]}" if match else short(ox.NamedNode(text))
    return {"iri": text, "label": label, "label_ar": name.get("ar") if name.get("en") else None, "path": local_path(text),
            "kind": name.get("kind")}


def term(node, names: dict[str, dict]) -> dict:
    if isinstance(node, ox.NamedNode):
        return resource(node.value, names)
    if isinstance(node, ox.BlankNode):
        return {"value": "_:" + node.value}
    out = {"value": node.value}
    if node.language:
        out["lang"] = node.language
    elif node.datatype.value != o.XSD + "string":
        out["datatype"] = short(node.datatype)
    return out


# ---- the home page ---------------------------------------------------------------------

def overview(store: Store, latest: int = 10) -> dict:
    counts = {value(r, "c").removeprefix(o.RASAD): int(value(r, "n")) for r in rows(store, (
        "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c FILTER(STRSTARTS(STR(?c), STR(rasad:))) } GROUP BY ?c"))}
    span = rows(store, "SELECT (MIN(?d) AS ?first) (MAX(?d) AS ?last) WHERE { ?a a rasad:Article ; dcterms:issued ?d }")
    events = rows(store, "SELECT (MIN(?d) AS ?first) (MAX(?e) AS ?last) WHERE { ?i rasad:earliest ?d ; rasad:latest ?e }")
    return {
        "entities": {k: counts.get(k, 0) for k in o.ENTITY_CLASSES},
        "incidents": {k: counts.get(k, 0) for k in o.INCIDENT_CLASSES},
        "articles": counts.get("Article", 0),
        "statements": counts.get("Statement", 0),
        "published": {"first": value(span[0], "first"), "last": value(span[0], "last")} if span else {},
        "incident_dates": {"first": value(events[0], "first"), "last": value(events[0], "last")} if events else {},
        "latest_incidents": incidents(store, per_page=latest)["items"],
    }


# ---- one resource ------------------------------------------------------------------------

def _facts(store: Store, subject: str, direction: str, skip=()) -> tuple[list[tuple], set[str]]:
    """(property, value, graph) of each fact out of or into a resource, leaving out the properties in `skip`."""
    where = f"{iri(subject)} ?p ?x" if direction == "out" else f"?x ?p {iri(subject)}"
    where += f" FILTER(?p NOT IN ({', '.join(iri(p) for p in sorted(skip))}))" if skip else ""
    found = [(value(r, "p"), r["x"], value(r, "g")) for r in rows(store, f"SELECT DISTINCT ?p ?x ?g WHERE {{ GRAPH ?g {{ {where} }} }}")]
    return found, {p for p, _, _ in found} | {x.value for _, x, g in found if isinstance(x, ox.NamedNode)} | {g for _, _, g in found}


def group_facts(found: list[tuple], names: dict, hidden: set[str] = frozenset()) -> list[dict]:
    """Facts grouped by property; each value with its sources: background and/or articles."""
    groups: dict[str, dict] = {}
    for prop, node, graph in found:
        if prop in hidden:
            continue
        group = groups.setdefault(prop, {"property": resource(prop, names), "values": {}})
        key = str(node)
        entry = group["values"].setdefault(key, {"term": term(node, names), "background": False, "articles": []})
        if graph == CATALOGUE:
            entry["background"] = True
        elif graph.startswith(o.ARTICLE) and graph != key.strip("<>"):
            entry["articles"].append(resource(graph, names))
    out = []
    for prop in sorted(groups, key=lambda p: groups[p]["property"]["label"]):
        values = sorted(groups[prop]["values"].values(), key=lambda v: (v["term"].get("label") or v["term"].get("value", "")).lower())
        out.append({"property": groups[prop]["property"], "values": values})
    return out


def _header(subject: str, found: list[tuple], names: dict) -> dict:
    types = sorted({x.value for p, x, _ in found if p == o.RDF + "type"})
    aliases = sorted({(x.value, x.language or "") for p, x, _ in found if p == o.SKOS + "altLabel"})
    label = {lang: x.value for p, x, _ in sorted(found, key=lambda f: f[2] != CATALOGUE)
             if p == o.RDFS + "label" for lang in [x.language or "en"]}
    same = sorted({x.value for p, x, _ in found if p == o.OWL + "sameAs"})
    return {
        "iri": subject, "path": local_path(subject),
        "label": label.get("en") or label.get("ar") or short(ox.NamedNode(subject)), "label_en": label.get("en"), "label_ar": label.get("ar"),
        "types": [resource(t, names) for t in types],
        "kind": next((t.removeprefix(o.RASAD) for t in types if t.startswith(o.RASAD)), None),
        "aliases": [{"value": v, "lang": lang} for v, lang in aliases],
        "wikidata": [{"id": s.removeprefix(o.WIKIDATA), "url": local_path(s)} for s in same if s.startswith(o.WIKIDATA)],
    }


def describe_entity(store: Store, key: str) -> dict | None:
    subject = entity_iri(key)
    out, out_iris = _facts(store, subject, "out", {o.RASAD + "mentionedIn"})
    into, in_iris = _facts(store, subject, "in", HIDDEN_IN)
    if not out and not into:
        return None
    names = labels(store, out_iris | in_iris)
    page = _header(subject, out, names) | {"key": key}
    page["facts_out"] = group_facts(out, names, HEADER_PROPS)
    page["facts_in"] = group_facts(into, names)
    page["mentioned"] = articles(store, per_page=10, entity=key, with_facets=False)
    page["relations"] = _relations(out, into, names)
    page["timeline"] = actor_incidents(store, subject)
    page["evidence"] = evidence(store, f"{{ ?st rdf:subject {iri(subject)} }} UNION {{ ?st rdf:object {iri(subject)} }}", limit=200)
    return page


def _relations(out: list[tuple], into: list[tuple], names: dict) -> dict[str, list[dict]]:
    boxes: dict[str, dict[str, dict]] = {}
    for direction, found in (("out", out), ("in", into)):
        for prop, node, _ in found:
            name = RELATIONS.get((prop.removeprefix(o.RASAD), direction))
            if name and isinstance(node, ox.NamedNode):
                boxes.setdefault(name, {})[node.value] = resource(node.value, names)
    return {name: sorted(items.values(), key=lambda r: r["label"].lower()) for name, items in boxes.items()}


def actor_incidents(store: Store, actor: str) -> list[dict]:
    """The incidents an actor took part in, oldest first, with its role(s) in each."""
    found = rows(store, f"""SELECT DISTINCT ?i ?role ?type ?date ?earliest ?label WHERE {{
        ?i ?role {iri(actor)} ; a ?type . VALUES ?role {{ {' '.join(iri(p) for p in ROLE_PROPS)} }}
        VALUES ?type {{ {' '.join('rasad:' + c for c in o.INCIDENT_CLASSES)} }}
        OPTIONAL {{ ?i rasad:date ?date }} OPTIONAL {{ ?i rasad:earliest ?earliest }} OPTIONAL {{ ?i rdfs:label ?label }}
    }}""")
    items: dict[str, dict] = {}
    for r in found:
        item = items.setdefault(value(r, "i"), {
            "incident": {"iri": value(r, "i"), "path": local_path(value(r, "i")), "label": value(r, "label", "incident")},
            "type": value(r, "type").removeprefix(o.RASAD), "date": value(r, "date"), "earliest": value(r, "earliest"), "roles": []})
        role = ROLE_PROPS[value(r, "role")]
        if role not in item["roles"]:
            item["roles"].append(role)
    return sorted(items.values(), key=lambda i: (i["earliest"] or "9999", i["incident"]["label"]))


def evidence(store: Store, pattern: str, limit: int = 1000) -> list[dict]:
    """Evidence of the statements (or incident) matched by `pattern`, binding ?st (the first `limit`)."""
    found = rows(store, f"""SELECT DISTINCT ?st ?s ?p ?o ?sentence ?ss ?start ?end ?rule ?confidence ?article WHERE {{
        {pattern} ?st rasad:evidence ?ev ; prov:wasDerivedFrom ?article .
        OPTIONAL {{ ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o }}
        ?ev rasad:sentence ?sentence ; rasad:sentenceStart ?ss ; rasad:start ?start ; rasad:end ?end .
        OPTIONAL {{ ?ev rasad:rule ?rule }} OPTIONAL {{ ?ev rasad:confidence ?confidence }}
    }} ORDER BY ?article ?start LIMIT {limit}""")
    names = labels(store, {t.value for r in found for t in r.values() if isinstance(t, ox.NamedNode)})
    out = []
    for r in found:
        sentence, offset = value(r, "sentence"), int(value(r, "ss"))
        start, end = int(value(r, "start")), int(value(r, "end"))
        a, b = max(0, start - offset), max(0, min(len(sentence), end - offset))
        article = resource(value(r, "article"), names)
        out.append({
            "statement": {k: resource(value(r, k), names) for k in ("s", "p", "o") if k in r} or None,
            "incident": resource(value(r, "st"), names) if value(r, "st").startswith(o.INCIDENT) else None,
            "before": sentence[:a], "span": sentence[a:b], "after": sentence[b:],
            "article": article, "link": f"{article['path']}?hl={start},{end}#hl" if article["path"] else None,
            "start": start, "end": end, "rule": value(r, "rule"), "confidence": value(r, "confidence"),
            "rtl": bool(re.search("[\u0600-\u06ff]", sentence)),
        })
    return out


def describe_incident(store: Store, digest: str) -> dict | None:
    subject = incident_iri(digest)
    out, out_iris = _facts(store, subject, "out")
    if not out:
        return None
    names = labels(store, out_iris)
    page = _header(subject, out, names) | {"key": digest}
    page["kind"] = next((t["iri"].removeprefix(o.RASAD) for t in page["types"] if t["iri"].removeprefix(o.RASAD) in o.INCIDENT_CLASSES), page["kind"])
    first = {p.removeprefix(o.RASAD): x.value for p, x, _ in out if p.startswith(o.RASAD) and isinstance(x, ox.Literal)}
    page["date"] = {k: first.get(k) for k in ("date", "earliest", "latest", "dateMethod")}
    page["participants"] = {role: sorted({x.value: resource(x.value, names) for p, x, _ in out if ROLE_PROPS.get(p) == role}.values(),
                                         key=lambda r: r["label"]) for role in (*ROLES, "claimed by")}
    page["reports"] = sorted({x.value: resource(x.value, names) for p, x, _ in out if p == o.RASAD + "reportedIn"}.values(), key=lambda r: r["label"])
    page["facts_out"] = group_facts(out, names, HEADER_PROPS | {o.RASAD + "evidence"})
    page["evidence"] = evidence(store, f"BIND({iri(subject)} AS ?st)")
    return page


def describe_article(store: Store, article_id: str) -> dict | None:
    subject = article_iri(article_id)
    meta = rows(store, f"""SELECT ?p ?x WHERE {{ GRAPH {iri(subject)} {{ {iri(subject)} ?p ?x }} }}""")
    if not meta:
        return None
    field = {value(r, "p"): r["x"] for r in meta}
    get = lambda p: field[p].value if p in field else None  # noqa: E731 - a one-line accessor
    names_needed = set()
    spans = []
    for r in rows(store, f"""SELECT DISTINCT ?m ?e WHERE {{ GRAPH {iri(subject)} {{ ?m a rasad:Mention ; rasad:mentionOf ?e }} }}"""):
        match = re.search(r"#char=(\d+),(\d+)$", value(r, "m"))
        if match:
            spans.append((int(match[1]), int(match[2]), value(r, "e")))
            names_needed.add(value(r, "e"))
    incidents_found = [value(r, "i") for r in rows(store, f"SELECT DISTINCT ?i WHERE {{ GRAPH {iri(subject)} {{ ?i rasad:reportedIn {iri(subject)} }} }}")]
    names = labels(store, names_needed | set(incidents_found))
    mentioned: dict[str, dict] = {}
    for _, _, e in spans:
        mentioned.setdefault(e, resource(e, names) | {"count": 0})["count"] += 1
    lang = get(o.DCTERMS + "language") or ""
    return {
        "iri": subject, "id": article_id, "path": local_path(subject),
        "title": get(o.DCTERMS + "title") or article_id, "issued": get(o.DCTERMS + "issued"),
        "publisher": get(o.DCTERMS + "publisher"), "url": get(o.SCHEMA + "url"), "lang": lang, "rtl": lang == "ar",
        "text": get(o.RASAD + "text") or "",
        "mentions": [{"start": s, "end": e, "entity": resource(x, names)} for s, e, x in sorted(spans)],
        "entities": sorted(mentioned.values(), key=lambda m: (-m["count"], m["label"].lower())),
        "incidents": [resource(i, names) for i in sorted(incidents_found, key=lambda i: resource(i, names)["label"])],
        "evidence": evidence(store, f"GRAPH {iri(subject)} {{ ?st prov:wasDerivedFrom {iri(subject)} }}"),
    }


def description(store: Store, subject: str) -> list[ox.Triple]:
    """The triples that describe a resource: out, in, and the labels of its neighbours."""
    s = iri(subject)
    return store.query(f"""CONSTRUCT {{ ?x ?p ?y . ?n rdfs:label ?l }} WHERE {{
        {{ SELECT DISTINCT ?x ?p ?y WHERE {{ {{ {s} ?p ?y BIND({s} AS ?x) }} UNION {{ ?x ?p {s} BIND({s} AS ?y) }} }} }}
        OPTIONAL {{ VALUES ?side {{ 0 1 }} BIND(IF(?side = 0, ?x, ?y) AS ?n) FILTER(?n != {s}) ?n rdfs:label ?l }}
    }}""").triples


# ---- lists and the timeline --------------------------------------------------------------

def _page(found: list[dict], total: int, page: int, per_page: int) -> dict:
    return {"items": found, "total": total, "page": page, "per_page": per_page, "pages": max(1, -(-total // per_page))}


def _facet(store: Store, sparql: str) -> list[dict]:
    found = rows(store, sparql)
    names = labels(store, {value(r, "v") for r in found if isinstance(r.get("v"), ox.NamedNode)})
    out = []
    for r in found:
        v = r.get("v")
        shown = {"label": v.value.removeprefix(o.RASAD)} if not isinstance(v, ox.NamedNode) or v.value.startswith(o.RASAD) \
            else resource(v.value, names)
        out.append({"value": v.value.removeprefix(o.RASAD).removeprefix(o.ENTITY), "label": shown["label"], "count": int(value(r, "n"))})
    return out


def entities(store: Store, kind: str, page: int = 1, per_page: int = PER_PAGE, sort: str = "label",
             year: str | None = None, state: str | None = None) -> dict:
    """One class of actors, paginated and sorted, with year and state facets."""
    link = "rasad:sponsoredBy|rasad:officialOf|rasad:organOf"
    where = f"?e a rasad:{kind} ."
    if year:
        where += f" ?e rasad:mentionedIn ?fa . ?fa dcterms:issued ?fd FILTER(YEAR(?fd) = {int(year)})"
    if state:
        where += f" ?e {link} {iri(entity_iri(state))} ."
    total = int(value(rows(store, f"SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {{ {where} }}")[0], "n"))
    # Articles counted before labels are joined, labels read from the catalogue graph when it has
    # them: every graph repeats what it states in the union, and the repeats must not multiply.
    found = rows(store, f"""SELECT ?e (COALESCE(SAMPLE(?catEn), SAMPLE(?en1)) AS ?en) (COALESCE(SAMPLE(?catAr), SAMPLE(?ar1)) AS ?ar)
        ?articles WHERE {{
        {{ SELECT ?e (COUNT(DISTINCT ?a) AS ?articles) WHERE {{
            {{ SELECT DISTINCT ?e WHERE {{ {where} }} }} OPTIONAL {{ ?e rasad:mentionedIn ?a }} }} GROUP BY ?e }}
        {LABELS_OF_E}
    }} GROUP BY ?e ?articles ORDER BY {ENTITY_SORTS.get(sort, ENTITY_SORTS['label'])} LIMIT {per_page} OFFSET {(page - 1) * per_page}""")
    links = rows(store, f"SELECT DISTINCT ?e ?x WHERE {{ VALUES ?e {{ {' '.join(iri(value(r, 'e')) for r in found)} }} ?e {link} ?x }}") if found else []
    names = labels(store, {value(r, "x") for r in links})
    items = []
    for r in found:
        e = value(r, "e")
        items.append({"iri": e, "path": local_path(e), "label": value(r, "en") or value(r, "ar") or short(r["e"]),
                      "label_ar": value(r, "ar"), "articles": int(value(r, "articles")),
                      "linked": [resource(value(x, "x"), names) for x in links if value(x, "e") == e]})
    result = _page(items, total, page, per_page)
    result["facets"] = {
        "year": _facet(store, f"""SELECT ?v (COUNT(DISTINCT ?e) AS ?n) WHERE {{ {{ SELECT DISTINCT ?e WHERE {{ ?e a rasad:{kind} }} }}
            ?e rasad:mentionedIn ?a . ?a dcterms:issued ?d BIND(STR(YEAR(?d)) AS ?v) }} GROUP BY ?v ORDER BY DESC(?v)"""),
        "state": _facet(store, f"""SELECT ?v (COUNT(DISTINCT ?e) AS ?n) WHERE {{ {{ SELECT DISTINCT ?e ?v WHERE {{
            {{ SELECT DISTINCT ?e WHERE {{ ?e a rasad:{kind} }} }} ?e {link} ?v }} }} }} GROUP BY ?v ORDER BY DESC(?n) ?v"""),
    }
    return result


def _incident_filter(kind: str | None, actor: str | None, year: str | None, start: str | None, end: str | None) -> str:
    where = "?i a ?type ."
    where += f" VALUES ?type {{ rasad:{kind} }}" if kind in o.INCIDENT_CLASSES else \
        f" VALUES ?type {{ {' '.join('rasad:' + c for c in o.INCIDENT_CLASSES)} }}"
    if actor:
        where += f" ?i ?role {iri(entity_iri(actor))} . VALUES ?role {{ {' '.join(iri(p) for p in ROLE_PROPS)} }}"
    if year:
        where += f" ?i rasad:earliest ?fy FILTER(YEAR(?fy) = {int(year)})"
    if start:
        where += f" ?i rasad:latest ?fl FILTER(?fl >= {literal(start, o.XSD + 'date')})"
    if end:
        where += f" ?i rasad:earliest ?fe FILTER(?fe <= {literal(end, o.XSD + 'date')})"
    return where


def incidents(store: Store, page: int = 1, per_page: int = PER_PAGE, sort: str = "date", kind: str | None = None,
              actor: str | None = None, year: str | None = None, start: str | None = None, end: str | None = None) -> dict:
    """Incidents, filtered by type, actor, year and date range, with type and year facets."""
    where = _incident_filter(kind, actor, year, start, end)
    total = int(value(rows(store, f"SELECT (COUNT(DISTINCT ?i) AS ?n) WHERE {{ {where} }}")[0], "n"))
    order = INCIDENT_SORTS.get(sort, INCIDENT_SORTS["date"])
    # What the order needs is computed for every incident, one kind of fact per step (every graph
    # repeats what it states in the union, and the repeats must not multiply); the rest only for
    # the incidents of the page.
    facts = {"label": ("(SAMPLE(?l) AS ?label)", "{ ?i rdfs:label ?l }"),
             "reports": ("(COUNT(DISTINCT ?a) AS ?reports)", "{ ?i rasad:reportedIn ?a }")}
    key, key_pattern = facts.get(sort, ("", ""))
    keyed = "?" + sort if sort in facts else ""
    rest = [facts[f] for f in facts if f != sort]
    found = rows(store, f"""SELECT ?i ?type ?earliest {keyed} (SAMPLE(?d) AS ?date) {' '.join(a for a, _ in rest)} WHERE {{
        {{ SELECT ?i ?type ?earliest {key} WHERE {{
            {{ SELECT ?i ?type (MIN(?e) AS ?earliest) WHERE {{
                {{ SELECT DISTINCT ?i ?type WHERE {{ {where} }} }} OPTIONAL {{ ?i rasad:earliest ?e }} }} GROUP BY ?i ?type }}
            {"OPTIONAL " + key_pattern if key_pattern else ""}
        }} GROUP BY ?i ?type ?earliest ORDER BY {order} LIMIT {per_page} OFFSET {(page - 1) * per_page} }}
        OPTIONAL {{ {{ ?i rasad:date ?d }} {' '.join("UNION " + p for _, p in rest)} }}
    }} GROUP BY ?i ?type ?earliest {keyed} ORDER BY {order}""")
    items = [{"iri": value(r, "i"), "path": local_path(value(r, "i")), "label": value(r, "label", "incident"),
              "type": value(r, "type").removeprefix(o.RASAD), "date": value(r, "date"), "earliest": value(r, "earliest"),
              "reports": int(value(r, "reports"))} for r in found]
    result = _page(items, total, page, per_page)
    result["facets"] = {
        "type": _facet(store, f"SELECT ?v (COUNT(DISTINCT ?i) AS ?n) WHERE {{ {_incident_filter(None, actor, year, start, end)} BIND(?type AS ?v) }} GROUP BY ?v ORDER BY DESC(?n)"),
        "year": _facet(store, f"SELECT ?v (COUNT(DISTINCT ?i) AS ?n) WHERE {{ {_incident_filter(kind, actor, None, start, end)} ?i rasad:earliest ?y BIND(STR(YEAR(?y)) AS ?v) }} GROUP BY ?v ORDER BY DESC(?v)"),
    }
    return result


def timeline(store: Store, **filters) -> dict:
    """Incidents oldest first, grouped by month (undated ones last); those dated only to a year
    come before that year's months."""
    found = incidents(store, per_page=filters.pop("limit", 1000), sort="-date", **filters)
    months: list[dict] = []
    for item in sorted(found["items"], key=lambda i: (i["earliest"] is None, i["earliest"] or "", len(i["date"] or ""))):
        month = (item["date"] or item["earliest"] or "undated")[:7]
        if not months or months[-1]["month"] != month:
            months.append({"month": month, "items": []})
        months[-1]["items"].append(item)
    return {"total": found["total"], "months": months, "facets": found["facets"]}


def articles(store: Store, page: int = 1, per_page: int = PER_PAGE, sort: str = "date", year: str | None = None,
             publisher: str | None = None, lang: str | None = None, entity: str | None = None, with_facets: bool = True) -> dict:
    """Articles, newest first, filtered by year, publisher, language or an entity they mention."""
    where = "?a a rasad:Article ."
    if entity:
        where += f" {iri(entity_iri(entity))} rasad:mentionedIn ?a ."
    if year:
        where += f" ?a dcterms:issued ?fy FILTER(YEAR(?fy) = {int(year)})"
    if publisher:
        where += f" ?a dcterms:publisher {literal(publisher)} ."
    if lang:
        where += f" ?a dcterms:language {literal(lang)} ."
    total = int(value(rows(store, f"SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE {{ {where} }}")[0], "n"))
    order = ARTICLE_SORTS.get(sort, ARTICLE_SORTS["date"])
    # Title and date (what the order needs) for every article, the counts only for the page; the
    # facts of one step are alternatives of a UNION, so that their numbers add up, not multiply.
    found = rows(store, f"""SELECT ?a ?title ?issued (SAMPLE(?p) AS ?publisher) (SAMPLE(?l) AS ?lang)
        (COUNT(DISTINCT ?e) AS ?entities) (COUNT(DISTINCT ?i) AS ?incidents) WHERE {{
        {{ SELECT ?a (SAMPLE(?t) AS ?title) (SAMPLE(?d) AS ?issued) WHERE {{
            {{ SELECT DISTINCT ?a WHERE {{ {where} }} }} OPTIONAL {{ {{ ?a dcterms:title ?t }} UNION {{ ?a dcterms:issued ?d }} }}
        }} GROUP BY ?a ORDER BY {order} LIMIT {per_page} OFFSET {(page - 1) * per_page} }}
        OPTIONAL {{ {{ ?a dcterms:publisher ?p }} UNION {{ ?a dcterms:language ?l }} UNION {{ ?e rasad:mentionedIn ?a }}
                   UNION {{ ?i rasad:reportedIn ?a }} }}
    }} GROUP BY ?a ?title ?issued ORDER BY {order}""")
    items = [{"iri": value(r, "a"), "path": local_path(value(r, "a")), "title": value(r, "title") or value(r, "a"),
              "issued": value(r, "issued"), "publisher": value(r, "publisher"), "lang": value(r, "lang"),
              "entities": int(value(r, "entities")), "incidents": int(value(r, "incidents"))} for r in found]
    result = _page(items, total, page, per_page)
    if not with_facets:
        return result
    result["facets"] = {
        "year": _facet(store, "SELECT ?v (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a rasad:Article ; dcterms:issued ?d BIND(STR(YEAR(?d)) AS ?v) } GROUP BY ?v ORDER BY DESC(?v)"),
        "publisher": _facet(store, "SELECT ?v (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a rasad:Article ; dcterms:publisher ?v } GROUP BY ?v ORDER BY DESC(?n) ?v"),
        "lang": _facet(store, "SELECT ?v (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a rasad:Article ; dcterms:language ?v } GROUP BY ?v ORDER BY ?v"),
    }
    return result


# ---- search ------------------------------------------------------------------------------

class SearchIndex:
    """Labels and aliases of actors (and article titles), normalised as the extractor does,
    held in memory: a scan of label text in SPARQL grows with the store."""

    def __init__(self, store: Store, ttl: float = 300.0):
        self.store, self.ttl, self.built, self.entries = store, ttl, 0.0, []

    def refresh(self) -> None:
        classes = " ".join("rasad:" + c for c in (*o.ENTITY_CLASSES, "Article"))
        # Each resource's class once before its labels: every graph repeats what it states in the
        # union, and an older store repeats a catalogue actor's class and labels in every article.
        found = rows(self.store, f"""SELECT DISTINCT ?s ?c ?p ?l WHERE {{
            {{ SELECT DISTINCT ?s ?c WHERE {{ VALUES ?c {{ {classes} }} ?s a ?c }} }}
            VALUES ?p {{ rdfs:label skos:altLabel }} ?s ?p ?l }}""")
        names = labels(self.store, {value(r, "s") for r in found})
        self.entries = [(normalise(value(r, "l")), value(r, "p") == o.RDFS + "label", value(r, "c").removeprefix(o.RASAD),
                         value(r, "s"), value(r, "l")) for r in found]
        self.names, self.built = names, time.monotonic()

    def search(self, query: str, limit: int = 20) -> list[dict]:
        if time.monotonic() - self.built > self.ttl:
            self.refresh()
        wanted = normalise(query)
        if not wanted:
            return []
        best: dict[str, tuple] = {}
        for text, is_label, kind, subject, surface in self.entries:
            rank = _rank(text, wanted)
            if rank is None:
                continue
            # the surface, and below the IRI, last: ties do not depend on the order rows come in
            score = (rank, 0 if is_label else 1, kind == "Article", len(text), surface)
            if subject not in best or score < best[subject][0]:
                best[subject] = (score, kind, surface)
        ordered = sorted(best.items(), key=lambda item: (item[1][0], self.names.get(item[0], {}).get("en", ""), item[0]))
        return [resource(s, self.names) | {"kind": kind, "matched": surface} for s, (_, kind, surface) in ordered[:limit]]


def _rank(text: str, wanted: str) -> int | None:
    """0 the whole name, 1 its start, 2 the start of a word, 3 anywhere; None no match."""
    if text == wanted:
        return 0
    if text.startswith(wanted):
        return 1
    position = text.find(wanted)
    if position < 0:
        return None
    return 2 if text[position - 1] in " -'(\"" else 3
