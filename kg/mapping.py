"""Extraction → RDF quads in the article's named graph (pure: no I/O).

The catalogue's description of an actor (names, aliases, Wikidata, background relations)
goes to the catalogue graph; what the article says goes to the article's graph, each
statement also reified with its evidence so that provenance survives a flattening export.
"""
from __future__ import annotations

from functools import cache
from weakref import WeakKeyDictionary

from pyoxigraph import Literal, NamedNode, Quad

from kg import ontology as o
from kg.extract.catalogue import Actor, Catalogue
from kg.extract.model import Entity, Evidence, Extraction, Incident

XSD_DATE = NamedNode(o.XSD + "date")
DATE_TYPES = {"day": XSD_DATE, "month": NamedNode(o.XSD + "gYearMonth"), "year": NamedNode(o.XSD + "gYear")}


@cache  # the ontology's terms are few and each is met hundreds of times per article
def R(term: str) -> NamedNode:  # noqa: N802 - a namespace accessor reads best short
    return NamedNode(o.RASAD + term)


TYPE = NamedNode(o.RDF + "type")
LABEL = NamedNode(o.RDFS + "label")
ALT = NamedNode(o.SKOS + "altLabel")
SAME_AS = NamedNode(o.OWL + "sameAs")
DERIVED = NamedNode(o.PROV + "wasDerivedFrom")
CATALOGUE = NamedNode(o.CATALOGUE_GRAPH)
RDF_SUBJECT, RDF_PREDICATE, RDF_OBJECT = (NamedNode(o.RDF + name) for name in ("subject", "predicate", "object"))
# Each catalogue's descriptions of its actors, built once: most articles name a few actors
_DESCRIPTIONS: WeakKeyDictionary[Catalogue, dict[str, list[Quad]]] = WeakKeyDictionary()


class _Graph:
    """Collects the quads of one named graph."""

    def __init__(self, name: NamedNode):
        self.name, self.quads = name, []

    def add(self, s, p, obj) -> None:
        self.quads.append(Quad(s, p, obj, self.name))


def article_quads(extraction: Extraction, catalogue: Catalogue) -> list[Quad]:
    """Every quad that ingesting this article writes: its own graph and catalogue descriptions."""
    own, background = article_graphs(extraction, catalogue)
    return own + background


def article_graphs(extraction: Extraction, catalogue: Catalogue) -> tuple[list[Quad], list[Quad]]:
    """The quads of the article's own graph, and those of the catalogue graph it needs."""
    art = extraction.article
    node = NamedNode(o.article_iri(art.id))
    graph = _Graph(node)
    _describe_article(graph, node, extraction)
    background = _Graph(CATALOGUE)
    for entity in extraction.entities:
        _entity(graph, background, node, extraction, entity, catalogue)
    for relation in extraction.relations:
        s, p, obj = NamedNode(o.entity_iri(relation.subject)), R(relation.predicate), NamedNode(o.entity_iri(relation.object))
        graph.add(s, p, obj)
        stmt = NamedNode(o.statement_iri(art.id, relation.subject, relation.predicate, relation.object))
        graph.add(stmt, TYPE, R("Statement"))
        graph.add(stmt, RDF_SUBJECT, s)
        graph.add(stmt, RDF_PREDICATE, p)
        graph.add(stmt, RDF_OBJECT, obj)
        _provenance(graph, stmt, node, extraction, relation.evidence)
    used: set[str] = set()
    for incident in extraction.incidents:
        _incident(graph, node, extraction, incident, catalogue, _incident_node(incident, art.id, used))
    return graph.quads, background.quads


def _incident_node(incident: Incident, article_id: str, used: set[str]) -> NamedNode:
    """The incident's IRI: from type, participants and date, so that two articles reporting one
    incident share it; an incident dated only by the fallback is this article's own; two
    distinct incidents of one article never share a node."""
    dated = incident.date is not None and incident.date.method != "fallback"
    when = incident.date.value if dated else f"undated in {article_id}"
    iri = o.incident_iri(incident.type, incident.actors, incident.targets, when)
    candidate, n = iri, 1
    while candidate in used:
        n += 1
        candidate = f"{iri}-{n}"
    used.add(candidate)
    return NamedNode(candidate)


def _describe_article(graph: _Graph, node: NamedNode, extraction: Extraction) -> None:
    art = extraction.article
    graph.add(node, TYPE, R("Article"))
    graph.add(node, NamedNode(o.DCTERMS + "identifier"), Literal(art.id))
    if art.title:
        graph.add(node, NamedNode(o.DCTERMS + "title"), Literal(art.title, language=art.lang))
        graph.add(node, LABEL, Literal(art.title, language=art.lang))
    if art.url:
        graph.add(node, NamedNode(o.SCHEMA + "url"), Literal(art.url, datatype=NamedNode(o.XSD + "anyURI")))
    if art.source:
        graph.add(node, NamedNode(o.DCTERMS + "publisher"), Literal(art.source))
    if art.published:
        graph.add(node, NamedNode(o.DCTERMS + "issued"), Literal(art.published.isoformat(), datatype=XSD_DATE))
    graph.add(node, NamedNode(o.DCTERMS + "language"), Literal(art.lang))
    graph.add(node, R("text"), Literal(art.text, language=art.lang))


def _labels(graph: _Graph, node: NamedNode, en: str, ar: str) -> None:
    if en:
        graph.add(node, LABEL, Literal(en, language="en"))
    if ar:
        graph.add(node, LABEL, Literal(ar, language="ar"))


def _entity(graph: _Graph, background: _Graph, article: NamedNode, extraction: Extraction, entity: Entity,
            catalogue: Catalogue) -> None:
    node = NamedNode(o.entity_iri(entity.key))
    graph.add(node, R("mentionedIn"), article)
    if entity.in_catalogue:
        # type, names and background facts once, in the catalogue graph: repeated in every
        # article graph they would come back once per article under the union default graph
        background.quads += _description(entity.key, catalogue)
    else:
        graph.add(node, TYPE, R(entity.kind))
        _labels(graph, node, entity.en, entity.ar)
        graph.add(node, R("inCatalogue"), Literal(False))
        graph.add(node, NamedNode(o.RDFS + "comment"), Literal("named after a title in the article; not in the actor catalogue", language="en"))
    for mention in entity.mentions:
        span = NamedNode(o.mention_iri(extraction.article.id, mention.start, mention.end))
        graph.add(span, TYPE, R("Mention"))
        graph.add(span, R("mentionOf"), node)
        graph.add(span, R("anchorOf"), Literal(mention.surface))
        graph.add(span, R("form"), Literal(mention.form))
        graph.add(span, R("inSentence"), Literal(mention.sentence))


def _description(key: str, catalogue: Catalogue) -> list[Quad]:
    """The catalogue graph's quads describing one actor (a shared list: not to be changed)."""
    described = _DESCRIPTIONS.setdefault(catalogue, {})
    if key not in described:
        graph = _Graph(CATALOGUE)
        _catalogue_description(graph, catalogue[key], catalogue)
        described[key] = graph.quads
    return described[key]


def _catalogue_description(graph: _Graph, actor: Actor, catalogue: Catalogue) -> None:
    node = NamedNode(o.entity_iri(actor.key))
    graph.add(node, TYPE, R(actor.kind))
    _labels(graph, node, actor.en, actor.ar)
    for alias in catalogue.other_names(actor):
        graph.add(node, ALT, Literal(alias, language="ar" if any("\u0600" <= c <= "\u06ff" for c in alias) else "en"))
    if actor.wikidata:
        graph.add(node, SAME_AS, NamedNode(o.WIKIDATA + actor.wikidata))
    graph.add(node, NamedNode(o.DCTERMS + "source"), Literal(actor.source))
    for sponsor in actor.sponsors:
        if sponsor in catalogue:
            graph.add(node, R("sponsoredBy"), NamedNode(o.entity_iri(sponsor)))
    link = {"Organ": "organOf", "Official": "officialOf", "Proxy": "armedWingOf"}.get(actor.kind)
    if link and actor.of and actor.of in catalogue:
        graph.add(node, R(link), NamedNode(o.entity_iri(actor.of)))
    if actor.office_en or actor.office_ar:
        office = actor.office_en or actor.office_ar
        graph.add(node, R("office"), Literal(office, language="en" if actor.office_en else "ar"))
        if actor.office_ar and actor.office_en:
            graph.add(node, R("office"), Literal(actor.office_ar, language="ar"))


def _incident(graph: _Graph, article: NamedNode, extraction: Extraction, incident: Incident, catalogue: Catalogue,
              node: NamedNode) -> None:
    graph.add(node, TYPE, R(incident.type))
    graph.add(node, LABEL, Literal(_incident_label(incident, catalogue), language="en"))
    roles = (("perpetrator", incident.perpetrators), ("target", incident.targets), ("party", incident.parties),
             ("mediator", incident.mediators), ("location", (incident.location,) if incident.location else ()))
    for prop, keys in roles:
        for key in keys:
            graph.add(node, R(prop), NamedNode(o.entity_iri(key)))
    for key in incident.claimed_by:
        graph.add(node, NamedNode(o.SEM + "accordingTo"), NamedNode(o.entity_iri(key)))
    if incident.date:
        d = incident.date
        graph.add(node, R("date"), Literal(d.value, datatype=DATE_TYPES[d.precision]))
        graph.add(node, R("earliest"), Literal(d.first.isoformat(), datatype=XSD_DATE))
        graph.add(node, R("latest"), Literal(d.last.isoformat(), datatype=XSD_DATE))
        graph.add(node, R("dateMethod"), Literal(d.method))
    graph.add(node, R("reportedIn"), article)
    for evidence in incident.evidence:
        _provenance(graph, node, article, extraction, evidence)


def _incident_label(incident: Incident, catalogue: Catalogue) -> str:
    def names(keys):
        return ", ".join(catalogue.actors[k].en if k in catalogue else k for k in keys)

    if incident.parties:
        core = names(incident.parties)
    else:
        core = f"{names(incident.perpetrators) or '?'} → {names(incident.targets) or '?'}"
    when = f", {incident.date.value}" if incident.date else ""
    return f"{incident.type}: {core}{when}"


def _provenance(graph: _Graph, node, article: NamedNode, extraction: Extraction, evidence: Evidence) -> None:
    """The article, the sentence, the span, the rule and the confidence behind a fact."""
    graph.add(node, DERIVED, article)
    ev = NamedNode(o.evidence_iri(extraction.article.id, evidence.start, evidence.end, evidence.rule))
    sentence = extraction.sentences[evidence.sentence]
    graph.add(node, R("evidence"), ev)
    graph.add(ev, TYPE, R("Evidence"))
    graph.add(ev, R("span"), NamedNode(o.mention_iri(extraction.article.id, evidence.start, evidence.end)))
    graph.add(ev, R("sentence"), Literal(sentence.text))
    graph.add(ev, R("sentenceStart"), Literal(sentence.start))
    graph.add(ev, R("start"), Literal(evidence.start))
    graph.add(ev, R("end"), Literal(evidence.end))
    graph.add(ev, R("rule"), Literal(evidence.rule))
    graph.add(ev, R("confidence"), Literal(evidence.confidence))
