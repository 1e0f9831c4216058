"""The one place where Rasad's IRIs are spelled: namespaces, terms, and IRIs of things."""
from __future__ import annotations

import hashlib
from pathlib import Path
from urllib.parse import quote

RASAD = "https://w3id.org/rasad/ontology#"
BASE = "https://w3id.org/rasad/"
ARTICLE = BASE + "article/"
ENTITY = BASE + "entity/"
INCIDENT = BASE + "incident/"
STATEMENT = BASE + "statement/"
CATALOGUE_GRAPH = BASE + "graph/catalogue"
WIKIDATA = "http://www.wikidata.org/entity/"

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
OWL = "http://www.w3.org/2002/07/owl#"
XSD = "http://www.w3.org/2001/XMLSchema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
DCTERMS = "http://purl.org/dc/terms/"
PROV = "http://www.w3.org/ns/prov#"
SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/"
SCHEMA = "http://schema.org/"

PREFIXES = {
    "rasad": RASAD, "rdf": RDF, "rdfs": RDFS, "owl": OWL, "xsd": XSD, "skos": SKOS,
    "dcterms": DCTERMS, "prov": PROV, "sem": SEM, "schema": SCHEMA, "wd": WIKIDATA,
    "entity": ENTITY, "article": ARTICLE, "incident": INCIDENT,
}
ONTOLOGY_FILE = Path(__file__).resolve().parent.parent / "ontology" / "rasad.ttl"
ENTITY_CLASSES = ("State", "Proxy", "Official", "Organ")
INCIDENT_CLASSES = ("Attack", "Talks", "Threat", "Agreement", "Sanction")


def sparql_prefixes() -> str:
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())


def article_iri(article_id: str) -> str:
    return ARTICLE + quote(article_id, safe="")


def entity_iri(key: str) -> str:
    return ENTITY + quote(key, safe="")


def incident_iri(kind: str, actors: tuple[str, ...], targets: tuple[str, ...], when: str | None) -> str:
    """The same incident from two articles gets one IRI: type, main participants and date."""
    signature = "|".join([kind, ",".join(sorted(actors)), ",".join(sorted(targets)), when or "undated"])
    return INCIDENT + hashlib.sha1(signature.encode("utf-8")).hexdigest()[:20]


def statement_iri(article_id: str, subject: str, predicate: str, obj: str) -> str:
    digest = hashlib.sha1(f"{article_id}|{subject}|{predicate}|{obj}".encode("utf-8")).hexdigest()[:20]
    return STATEMENT + digest


def mention_iri(article_id: str, start: int, end: int) -> str:
    """A span of an article's text, in the style of RFC 5147 fragments."""
    return f"{article_iri(article_id)}#char={start},{end}"


def evidence_iri(article_id: str, start: int, end: int, rule: str) -> str:
    digest = hashlib.sha1(f"{article_id}|{start}|{end}|{rule}".encode("utf-8")).hexdigest()[:20]
    return BASE + "evidence/" + digest
