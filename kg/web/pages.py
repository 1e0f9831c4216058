"""The explorer's pages: home, entity, incident and article pages, lists, timeline, search."""
from __future__ import annotations

import re
from datetime import date

from flask import Blueprint, abort, redirect, request, url_for

from kg import describe
from kg.ontology import ENTITY, ENTITY_CLASSES, INCIDENT_CLASSES
from kg.web.common import (choice_arg, int_arg, json_response, negotiated_rdf, page, pattern_arg, rdf_response,
                           search_index, split_suffix, store)

bp = Blueprint("pages", __name__)
PAGE_SUFFIXES = ("json", "ttl", "jsonld", "nt")
ARTICLE_SUFFIXES = ("json", "ttl", "jsonld", "nt", "nq", "trig")
LISTS = {"states": "State", "proxies": "Proxy", "officials": "Official", "organs": "Organ"}
PLURALS = {"State": "States", "Proxy": "Proxies and armed groups", "Official": "Officials", "Organ": "State organs"}
YEAR = (r"\d{4}", "a year such as 2024")
DATE = (r"\d{4}-\d{2}-\d{2}", "a date YYYY-MM-DD")
KEY = (r"[^\s<>\"{}|\\^`]{1,200}", "an entity key such as 'iran'")


@bp.app_template_global()
def url_with(**changes) -> str:
    """The current URL with some query arguments changed (None removes one; page resets)."""
    args = {k: v for k, v in request.args.items()}
    if "page" not in changes:
        args.pop("page", None)
    for k, v in changes.items():
        if v is None:
            args.pop(k, None)
        else:
            args[k] = v
    return url_for(request.endpoint, **(request.view_args or {}), **args)


@bp.route("/")
@bp.route("/index.<any(json):fmt>")
def home(fmt=None):
    return page("home.html", describe.overview(store()), fmt)


def _twin(key: str, suffixes=PAGE_SUFFIXES) -> tuple[str, str | None]:
    """The resource's key and the format asked for by suffix (or by Accept, redirecting)."""
    base, ext = split_suffix(key, suffixes)
    if ext is None:
        wanted = negotiated_rdf()
        if wanted in suffixes:
            response = redirect(request.path + "." + wanted, code=303)
            response.headers["Vary"] = "Accept"
            abort(response)
    return base, ext


@bp.route("/entity/<path:key>")
def entity(key):
    key, ext = _twin(key)
    if ext in ("ttl", "jsonld", "nt"):
        return _description(describe.entity_iri(key), ext)
    data = describe.describe_entity(store(), key)
    if data is None:
        abort(404, f"no entity '{key}' in the store")
    data["graph"] = neighbourhood(data)
    return page("entity.html", data, ext, axis=axis(data["timeline"]))


@bp.route("/incident/<path:key>")
def incident(key):
    key, ext = _twin(key)
    if ext in ("ttl", "jsonld", "nt"):
        return _description(describe.incident_iri(key), ext)
    data = describe.describe_incident(store(), key)
    if data is None:
        abort(404, f"no incident '{key}' in the store")
    return page("incident.html", data, ext)


@bp.route("/article/<path:key>")
def article(key):
    key, ext = _twin(key, ARTICLE_SUFFIXES)
    if ext not in (None, "json"):
        from kg.web.saved import graph_export

        return graph_export(describe.article_iri(key), ext, key)
    data = describe.describe_article(store(), key)
    if data is None:
        abort(404, f"no article '{key}' in the store")
    if ext == "json":
        return json_response(data)
    hl = pattern_arg("hl", r"\d+,\d+", "two offsets such as 10,42")
    highlight = tuple(int(n) for n in hl.split(",")) if hl else None
    spans = sorted({(e["start"], e["end"]) for e in data["evidence"]})
    return page("article.html", data, segments=segments(data["text"], data["mentions"], spans, highlight))


def neighbourhood(page: dict, limit: int = 40) -> dict:
    """Nodes and edges around one entity: its relations and its incidents."""
    centre = page["iri"]
    nodes = {centre: {"id": centre, "label": page["label"], "kind": page.get("kind") or "", "path": page["path"], "centre": True}}
    edges = []

    def add(node: dict, kind: str) -> None:
        if node["iri"] not in nodes and len(nodes) < limit:
            nodes[node["iri"]] = {"id": node["iri"], "label": node["label"], "kind": kind, "path": node["path"]}

    for direction, key in (("out", "facts_out"), ("in", "facts_in")):
        for group in page[key]:
            for v in group["values"]:
                other = v["term"]
                if other.get("path", "") and other["iri"].startswith(ENTITY):
                    add(other, other.get("kind") or "Entity")
                    if other["iri"] in nodes:
                        ends = (centre, other["iri"]) if direction == "out" else (other["iri"], centre)
                        edges.append({"source": ends[0], "target": ends[1], "label": group["property"]["label"], "kind": "relation"})
    for item in page["timeline"][-12:]:
        add(item["incident"], item["type"])
        if item["incident"]["iri"] in nodes:
            edges.append({"source": item["incident"]["iri"], "target": centre, "label": ", ".join(item["roles"]), "kind": "role"})
    return {"nodes": list(nodes.values()), "edges": edges}


def segments(text: str, mentions: list[dict], evidence_spans: list[tuple[int, int]], highlight: tuple[int, int] | None) -> list[dict]:
    """The text cut at every span boundary; each piece knows its entity link and highlights."""
    cuts = {0, len(text)}
    for m in mentions:
        cuts |= {m["start"], m["end"]}
    for a, b in evidence_spans + ([highlight] if highlight else []):
        cuts |= {a, b}
    cuts = sorted(c for c in cuts if 0 <= c <= len(text))
    out = []
    for a, b in zip(cuts, cuts[1:]):
        entity = next((m["entity"] for m in mentions if m["start"] <= a and b <= m["end"]), None)
        out.append({"text": text[a:b], "entity": entity,
                    "evidence": any(s <= a and b <= e for s, e in evidence_spans),
                    "highlight": bool(highlight and highlight[0] <= a and b <= highlight[1]),
                    "anchor": bool(highlight and a == highlight[0])})
    return out


def _description(subject: str, ext: str):
    triples = describe.description(store(), subject)
    if not triples:
        abort(404, f"nothing is known about <{subject}>")
    return rdf_response(triples, ext)


def axis(items: list[dict]) -> list[dict]:
    """Positions (0–100 %) of dated incidents along one axis, for the timeline strip."""
    dated = [i for i in items if i.get("earliest")]
    if not dated:
        return []
    days = [date.fromisoformat(i["earliest"]).toordinal() for i in dated]
    first, span = min(days), max(max(days) - min(days), 1)
    return [i | {"left": round(3 + 94 * (d - first) / span, 2)} for i, d in zip(dated, days)]


@bp.route("/<any(states,proxies,officials,organs):name>")
@bp.route("/<any(states,proxies,officials,organs):name>.<any(json):fmt>")
def entity_list(name, fmt=None):
    kind = LISTS[name]
    data = describe.entities(store(), kind, page=int_arg("page"), per_page=int_arg("per_page", describe.PER_PAGE, 1, 500),
                             sort=choice_arg("sort", describe.ENTITY_SORTS) or "label",
                             year=pattern_arg("year", *YEAR), state=pattern_arg("state", *KEY))
    data["kind"] = kind
    return page("entities.html", data, fmt, title=PLURALS[kind])


def _incident_filters() -> dict:
    return {"kind": choice_arg("type", INCIDENT_CLASSES), "actor": pattern_arg("actor", *KEY),
            "year": pattern_arg("year", *YEAR), "start": pattern_arg("from", *DATE), "end": pattern_arg("to", *DATE)}


@bp.route("/incidents")
@bp.route("/incidents.<any(json):fmt>")
def incident_list(fmt=None):
    data = describe.incidents(store(), page=int_arg("page"), per_page=int_arg("per_page", describe.PER_PAGE, 1, 500),
                              sort=choice_arg("sort", describe.INCIDENT_SORTS) or "date", **_incident_filters())
    return page("incidents.html", data, fmt, actor=_actor_label(), types=INCIDENT_CLASSES)


@bp.route("/timeline")
@bp.route("/timeline.<any(json):fmt>")
def timeline(fmt=None):
    data = describe.timeline(store(), **_incident_filters())
    return page("timeline.html", data, fmt, actor=_actor_label(), types=INCIDENT_CLASSES)


def _actor_label(argument: str = "actor") -> dict | None:
    key = request.args.get(argument)
    if not key:
        return None
    found = describe.labels(store(), [describe.entity_iri(key)])
    return describe.resource(describe.entity_iri(key), found) | {"key": key}


@bp.route("/articles")
@bp.route("/articles.<any(json):fmt>")
def article_list(fmt=None):
    data = describe.articles(store(), page=int_arg("page"), per_page=int_arg("per_page", describe.PER_PAGE, 1, 500),
                             sort=choice_arg("sort", describe.ARTICLE_SORTS) or "date", year=pattern_arg("year", *YEAR),
                             publisher=request.args.get("publisher") or None,
                             lang=pattern_arg("lang", r"[a-z]{2,3}", "a language code such as ar"), entity=pattern_arg("entity", *KEY))
    return page("articles.html", data, fmt, entity=_actor_label("entity"))


@bp.route("/search")
@bp.route("/search.<any(json):fmt>")
def search(fmt=None):
    query = (request.args.get("q") or "").strip()
    if len(query) > 200:
        abort(400, "a search is at most 200 characters")
    limit = int_arg("limit", 50 if fmt is None else 10, 1, 200)
    results = search_index().search(query, limit) if query else []
    if fmt is None and len(results) == 1 and request.args.get("go"):
        return redirect(results[0]["path"])
    data = {"query": query, "results": results}
    return page("search.html", data, fmt)


@bp.app_template_filter("kind_class")
def kind_class(kind: str | None) -> str:
    return "kind-" + re.sub(r"[^a-z]", "", (kind or "other").lower())


@bp.app_template_global()
def class_names() -> dict:
    return {"entities": ENTITY_CLASSES, "incidents": INCIDENT_CLASSES, "lists": {v: k for k, v in LISTS.items()}}
