"""The ontology (ontology/rasad.ttl): the contract terms, their labels and comments, the incident
classes and their CAMEO codes, HermiT's consistency check, and `kg ontology`."""
from __future__ import annotations

import pytest
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import OWL, RDF, RDFS

from kg.ontology import ONTOLOGY_FILE

RASAD = Namespace("https://w3id.org/rasad/ontology#")
CLASSES = ["State", "Proxy", "Official", "Incident", "Attack", "Talks", "Threat", "Agreement", "Sanction", "Article"]
OBJECT_PROPERTIES = ["sponsoredBy", "sponsors", "officialOf", "perpetrator", "target", "party", "mediator",
                     "location", "mentionedIn"]
DATATYPE_PROPERTIES = ["date"]
CONTRACT = CLASSES + OBJECT_PROPERTIES + DATATYPE_PROPERTIES
INCIDENT_TYPES = ["Attack", "Talks", "Threat", "Agreement", "Sanction"]


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(ONTOLOGY_FILE, format="turtle")


def test_ontology_parses_and_declares_itself_an_owl_ontology(onto):
    assert len(onto) > 100
    assert (URIRef("https://w3id.org/rasad/ontology"), RDF.type, OWL.Ontology) in onto


@pytest.mark.parametrize("term", CONTRACT)
def test_each_contract_term_has_english_and_arabic_labels_and_a_comment(onto, term):
    labels = list(onto.objects(RASAD[term], RDFS.label))
    assert {label.language for label in labels} >= {"en", "ar"}, f"rasad:{term} labels: {labels}"
    assert all(str(label).strip() for label in labels)
    arabic = [label for label in labels if label.language == "ar"]
    assert all(any("\u0600" <= c <= "\u06ff" for c in str(label)) for label in arabic)
    comments = list(onto.objects(RASAD[term], RDFS.comment))
    assert comments and all(len(str(c)) > 10 for c in comments)


@pytest.mark.parametrize("term, kind", [(c, OWL.Class) for c in CLASSES]
                         + [(p, OWL.ObjectProperty) for p in OBJECT_PROPERTIES]
                         + [(p, OWL.DatatypeProperty) for p in DATATYPE_PROPERTIES])
def test_each_contract_term_is_declared_with_its_owl_kind(onto, term, kind):
    assert (RASAD[term], RDF.type, kind) in onto


def test_sponsors_is_the_inverse_of_sponsored_by(onto):
    assert ((RASAD.sponsors, OWL.inverseOf, RASAD.sponsoredBy) in onto
            or (RASAD.sponsoredBy, OWL.inverseOf, RASAD.sponsors) in onto)


def test_sponsorship_runs_from_proxies_to_states(onto):
    assert (RASAD.sponsoredBy, RDFS.domain, RASAD.Proxy) in onto
    assert (RASAD.sponsoredBy, RDFS.range, RASAD.State) in onto


@pytest.mark.parametrize("incident", INCIDENT_TYPES)
def test_each_incident_class_is_an_incident_with_a_cameo_root_code(onto, incident):
    assert (RASAD[incident], RDFS.subClassOf, RASAD.Incident) in onto
    codes = [str(code) for code in onto.objects(RASAD[incident], RASAD.cameoCode)]
    assert codes, f"rasad:{incident} has no rasad:cameoCode"
    assert all(len(code) == 2 and code.isdigit() and 1 <= int(code) <= 20 for code in codes), codes


def test_incident_roles_are_declared_on_incidents(onto):
    for role in ("perpetrator", "target", "party", "mediator"):
        assert (RASAD[role], RDFS.subPropertyOf, RASAD.participant) in onto
    assert (RASAD.participant, RDFS.domain, RASAD.Incident) in onto
    assert (RASAD.date, RDFS.domain, RASAD.Incident) in onto


def test_every_rasad_term_the_store_uses_is_declared_in_the_ontology(onto, tools, both_exports):
    data = tools.parse_export(both_exports["ntriples"], "ntriples")
    used = {p for p in data.predicates() if str(p).startswith(str(RASAD))}
    used |= {o for o in data.objects(None, RDF.type) if str(o).startswith(str(RASAD))}
    declared = {s for s in onto.subjects(RDF.type, None) if str(s).startswith(str(RASAD))}
    assert used - declared == set(), f"used but not declared: {sorted(used - declared)}"


def test_hermit_finds_the_ontology_consistent(java):
    from kg.ontology_check import check

    message = check()
    assert message.startswith("consistent (HermiT)")


# ------------------------------------------------------------------ kg ontology


def test_kg_ontology_prints_the_ontology_as_turtle(tools, onto):
    out = tools.ok(tools.run_kg("ontology")).stdout
    assert isomorphic(Graph().parse(data=out, format="turtle"), onto)


@pytest.mark.parametrize("fmt, rdflib_format", [("ntriples", "nt"), ("jsonld", "json-ld"), ("rdfxml", "xml")])
def test_kg_ontology_exports_each_format(tools, onto, fmt, rdflib_format):
    out = tools.ok(tools.run_kg("ontology", "--format", fmt)).stdout
    parsed = Graph().parse(data=out, format=rdflib_format)
    assert len(parsed) == len(onto)
    assert (RASAD.sponsoredBy, RDFS.label, Literal("مدعوم من", lang="ar")) in parsed


def test_kg_ontology_check_reports_consistency(tools, java):
    result = tools.ok(tools.run_kg("ontology", "--check"))
    assert result.stdout.startswith("consistent (HermiT)")
