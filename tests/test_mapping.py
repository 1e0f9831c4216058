"""Mapping (kg.mapping): an extraction becomes quads in the article's named graph, with the contract
terms, labels in both languages, and provenance that points back into the text."""
from __future__ import annotations

import re

import pyoxigraph as ox
import pytest

from kg.articles import article_from_record
from kg.extract.catalogue import default_catalogue
from kg.extract.pipeline import extract
from kg.mapping import article_quads
from kg.ontology import ENTITY_CLASSES, INCIDENT_CLASSES

RASAD = "https://w3id.org/rasad/ontology#"
ENTITY = "https://w3id.org/rasad/entity/"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
DERIVED = ox.NamedNode("http://www.w3.org/ns/prov#wasDerivedFrom")
XSD = "http://www.w3.org/2001/XMLSchema#"
CATALOGUE = ox.NamedNode("https://w3id.org/rasad/graph/catalogue")


def R(term: str) -> ox.NamedNode:  # noqa: N802 - reads like the prefix
    return ox.NamedNode(RASAD + term)


def E(key: str) -> ox.NamedNode:  # noqa: N802
    return ox.NamedNode(ENTITY + key)


class Mapped:
    """One article's extraction and quads, with a store over them to query."""

    def __init__(self, record: dict):
        catalogue = default_catalogue()
        self.article = article_from_record(record, "test")
        self.extraction = extract(self.article, catalogue)
        self.quads = article_quads(self.extraction, catalogue)
        self.node = ox.NamedNode(f"https://w3id.org/rasad/article/{self.article.id}")
        self.own = {(q.subject, q.predicate, q.object) for q in self.quads if q.graph_name == self.node}
        # what a query over the union sees: the article's graph and the catalogue's descriptions
        self.union = {(q.subject, q.predicate, q.object) for q in self.quads}
        self.store = ox.Store()
        self.store.extend(self.quads)

    def objects(self, subject, predicate) -> set:
        return {o for s, p, o in self.union if s == subject and p == predicate}

    def subjects(self, predicate, obj) -> set:
        return {s for s, p, o in self.own if p == predicate and o == obj}

    def ask(self, pattern: str) -> bool:
        prefixes = f"PREFIX rasad: <{RASAD}> PREFIX entity: <{ENTITY}> PREFIX xsd: <{XSD}> "
        return bool(self.store.query(prefixes + f"ASK {{ {pattern} }}", use_default_graph_as_union=True))


@pytest.fixture(scope="module", params=["en", "ar"])
def mapped(request, tools) -> Mapped:
    return Mapped(tools.EN_ARTICLE if request.param == "en" else tools.AR_ARTICLE)


@pytest.fixture(scope="module")
def en(tools) -> Mapped:
    return Mapped(tools.EN_ARTICLE)


@pytest.fixture(scope="module")
def ar(tools) -> Mapped:
    return Mapped(tools.AR_ARTICLE)


def test_mapping_finds_the_actors_of_the_article(mapped):
    keys = {e.key for e in mapped.extraction.entities}
    assert {"iran", "houthis", "israel", "oman", "usa", "amir_abdollahian"} <= keys


def test_mapping_writes_every_quad_to_the_article_graph_or_the_catalogue_graph(mapped):
    assert {q.graph_name for q in mapped.quads} == {mapped.node, CATALOGUE}


def test_mapping_describes_the_article_in_its_own_graph(mapped):
    assert (mapped.node, RDF_TYPE, R("Article")) in mapped.own
    assert mapped.objects(mapped.node, ox.NamedNode("http://purl.org/dc/terms/identifier")) == {
        ox.Literal(mapped.article.id)}
    assert mapped.objects(mapped.node, R("text")) == {ox.Literal(mapped.article.text, language=mapped.article.lang)}
    assert mapped.objects(mapped.node, ox.NamedNode("http://purl.org/dc/terms/issued")) == {
        ox.Literal("2024-03-12", datatype=ox.NamedNode(XSD + "date"))}


def test_every_entity_is_mentioned_in_the_article(mapped):
    for entity in mapped.extraction.entities:
        assert (E(entity.key), R("mentionedIn"), mapped.node) in mapped.own, entity.key


def test_every_entity_is_typed_with_a_contract_class(mapped):
    for entity in mapped.extraction.entities:
        assert entity.kind in ENTITY_CLASSES
        assert (E(entity.key), RDF_TYPE, R(entity.kind)) in mapped.union, entity.key


def test_catalogue_actors_are_described_once_in_the_catalogue_graph_not_in_each_article(mapped):
    for entity in mapped.extraction.entities:
        if entity.in_catalogue:
            assert (E(entity.key), RDF_TYPE, R(entity.kind)) not in mapped.own, entity.key


def test_every_entity_has_a_label_in_english_and_in_arabic(mapped):
    for entity in mapped.extraction.entities:
        languages = {o.language for o in mapped.objects(E(entity.key), LABEL)}
        assert {"en", "ar"} <= languages, f"{entity.key} has labels in {languages}"


@pytest.mark.parametrize("key, kind, en_label, ar_label", [
    ("iran", "State", "Iran", "إيران"),
    ("houthis", "Proxy", "Houthis", "الحوثيون"),
    ("amir_abdollahian", "Official", "Hossein Amir-Abdollahian", "حسين أمير عبد اللهيان"),
])
def test_known_actors_get_their_class_and_both_labels(mapped, key, kind, en_label, ar_label):
    assert (E(key), RDF_TYPE, R(kind)) in mapped.union
    assert {ox.Literal(en_label, language="en"), ox.Literal(ar_label, language="ar")} <= mapped.objects(E(key), LABEL)


def test_mapping_states_the_contract_relations(mapped):
    assert (E("houthis"), R("sponsoredBy"), E("iran")) in mapped.own
    assert (E("amir_abdollahian"), R("officialOf"), E("iran")) in mapped.own


def test_every_stated_relation_is_reified_with_its_evidence(mapped):
    statements = mapped.subjects(RDF_TYPE, R("Statement"))
    assert len(statements) == len(mapped.extraction.relations) >= 2
    for statement in statements:
        assert mapped.objects(statement, DERIVED) == {mapped.node}
        evidences = mapped.objects(statement, R("evidence"))
        assert len(evidences) == 1, statement
        [evidence] = evidences
        start, end = (int(next(iter(mapped.objects(evidence, R(k)))).value) for k in ("start", "end"))
        [sentence] = mapped.objects(evidence, R("sentence"))
        assert 0 <= start < end <= len(mapped.article.text)
        assert mapped.article.text[start:end] in sentence.value
        assert mapped.objects(evidence, R("rule")) and mapped.objects(evidence, R("confidence"))


def test_every_mention_points_at_its_surface_text_in_the_article(mapped):
    mentions = mapped.subjects(RDF_TYPE, R("Mention"))
    assert mentions
    for mention in mentions:
        start, end = map(int, re.search(r"#char=(\d+),(\d+)$", mention.value).groups())
        assert mapped.objects(mention, R("anchorOf")) == {ox.Literal(mapped.article.text[start:end])}
        assert len(mapped.objects(mention, R("mentionOf"))) == 1


def test_every_incident_has_a_contract_type_a_role_a_source_and_evidence(mapped):
    incidents = {s for s, p, o in mapped.own if p == RDF_TYPE and o.value.removeprefix(RASAD) in INCIDENT_CLASSES}
    assert incidents
    roles = [R(r) for r in ("perpetrator", "target", "party", "mediator")]
    for incident in incidents:
        assert any(mapped.objects(incident, role) for role in roles), incident
        assert mapped.objects(incident, R("reportedIn")) == {mapped.node}
        assert mapped.objects(incident, R("evidence"))
        for date in mapped.objects(incident, R("date")):
            assert date.datatype.value in (XSD + "date", XSD + "gYearMonth", XSD + "gYear")
            assert mapped.objects(incident, R("earliest")) and mapped.objects(incident, R("latest"))


def test_english_talks_have_their_parties_mediator_and_date(en):
    assert en.ask("?t a rasad:Talks ; rasad:party entity:iran, entity:usa ; rasad:mediator entity:oman ; "
                  "rasad:date '2024-03-12'^^xsd:date")


def test_arabic_attack_has_its_perpetrator_target_and_date(ar):
    assert ar.ask("?a a rasad:Attack ; rasad:perpetrator entity:houthis ; rasad:target entity:israel ; "
                  "rasad:date '2024-03-11'^^xsd:date")


def test_catalogue_graph_describes_the_actors_with_wikidata_and_background_relations(mapped):
    background = {(q.subject, q.predicate, q.object) for q in mapped.quads if q.graph_name == CATALOGUE}
    assert (E("iran"), ox.NamedNode("http://www.w3.org/2002/07/owl#sameAs"),
            ox.NamedNode("http://www.wikidata.org/entity/Q794")) in background
    assert (E("houthis"), R("sponsoredBy"), E("iran")) in background


def test_mapping_is_deterministic(tools, mapped):
    again = Mapped(tools.EN_ARTICLE if mapped.article.lang == "en" else tools.AR_ARTICLE)
    assert set(again.quads) == set(mapped.quads)


def test_the_same_article_in_english_and_arabic_names_the_same_entities(en, ar):
    assert {E(k) for k in ("iran", "houthis", "israel", "amir_abdollahian")} <= (
        en.subjects(R("mentionedIn"), en.node) & ar.subjects(R("mentionedIn"), ar.node))


def test_an_armed_wing_acts_for_its_group_and_the_catalogue_graph_says_whose_wing_it_is():
    record = {"id": "wing", "lang": "en", "published": "2024-05-27", "title": "Rockets at Tel Aviv",
              "text": "Rockets at Tel Aviv\n\nHamas' armed wing, the Qassam Brigades, fired a barrage of rockets at Tel Aviv "
                      "on Sunday, the first in months."}
    wing = Mapped(record)
    [attack] = [i for i in wing.extraction.incidents if i.type == "Attack"]
    assert attack.perpetrators == ("hamas",)
    background = {(q.subject, q.predicate, q.object) for q in wing.quads if q.graph_name == CATALOGUE}
    assert (E("qassam_brigades"), R("armedWingOf"), E("hamas")) in background
    assert not any(p == R("officialOf") and s == E("qassam_brigades") for s, p, o in background)
