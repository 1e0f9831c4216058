"""The saved queries in queries/*.rq: each has a title, a description and a test of its answers,
runs with its defaults on any SPARQL store, and gives analysts the right answers."""
from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.errors import QueryError
from kg.ingest import ingest
from kg.query import SavedQuery, bind, parse_saved, run, saved_queries
from kg.store import open_store

DEV = Path(__file__).parents[1].parent / "shared" / "eval" / "dev"
ENTITY = "https://w3id.org/rasad/entity/"
INCIDENT = "https://w3id.org/rasad/incident/"
SAVED = saved_queries()
NAMES = sorted(SAVED)

# Small articles written for these tests, so that the answers checked below do not depend on
# the shared evaluation folder. Each line of the comment says what extraction finds in it.
ARTICLES = {
    # houthis sponsoredBy iran; yahya_saree officialOf houthis; Attack houthis → israel on Monday
    # 2024-03-04; Sanction usa → hezbollah on Tuesday 2024-03-05; Threat hezbollah → israel.
    "t-en-attack": {
        "lang": "en", "source": "Test wire", "published": "2024-03-06",
        "title": "Iran-backed Houthis attack Israel",
        "text": "Iran-backed Houthis attacked Israel on Monday. Houthi military spokesman Yahya Saree said the "
                "group fired missiles at Eilat.\n\nThe United States imposed sanctions on Hezbollah on Tuesday. "
                "Hezbollah threatened Israel.",
    },
    # Talks iran + usa mediated by oman on Sunday 2024-05-19; araghchi officialOf iran;
    # houthis sponsoredBy iran.
    "t-ar-talks": {
        "lang": "ar", "source": "اختبار", "published": "2024-05-20",
        "title": "محادثات بين إيران وأميركا في مسقط",
        "text": "أجرت إيران والولايات المتحدة محادثات غير مباشرة بوساطة سلطنة عمان يوم الأحد. وشارك وزير "
                "الخارجية الإيراني عباس عراقجي في المحادثات. وقال إن الحوثيين المدعومين من إيران لن يوقفوا هجماتهم.",
    },
    # Attack israel → iran on Friday 2024-04-19; a person the catalogue does not know, named
    # after a title: Karim Farahani, officialOf iran.
    "t-en-strike": {
        "lang": "en", "source": "Test wire", "published": "2024-04-20",
        "title": "Israel strikes Iran",
        "text": "Israel struck Iran on Friday, Iranian state media said. Iranian envoy Karim Farahani condemned the strike.",
    },
    # Attack iran → israel on Tuesday 2020-01-07: outside any recent period.
    "t-en-old": {
        "lang": "en", "source": "Test wire", "published": "2020-01-09",
        "title": "Iran fires missiles at Israel",
        "text": "Iran fired missiles at Israel on Tuesday.",
    },
}

# Saved queries whose answers a test below checks (filled by @answers).
CHECKED: set[str] = set()


def answers(*names: str):
    """Marks a test as checking the answers of these saved queries."""
    CHECKED.update(names)
    return lambda test: test


def write_articles(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for article_id, fields in ARTICLES.items():
        path = folder / f"{article_id}.json"
        path.write_text(json.dumps({"id": article_id, **fields}, ensure_ascii=False), encoding="utf-8")
        paths.append(path)
    return paths


@pytest.fixture(scope="module")
def articles_dir(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("articles")
    write_articles(folder)
    return folder


@pytest.fixture(scope="module")
def store(tmp_path_factory, articles_dir):
    """A store of the test articles only: the answers checked are exactly theirs."""
    db = open_store(str(tmp_path_factory.mktemp("fresh") / "s"))
    report = ingest(db, [articles_dir])
    assert not report.errors and report.articles == len(ARTICLES)
    yield db
    db.close()


@pytest.fixture(scope="module")
def full_store(tmp_path_factory, articles_dir):
    """The test articles and, when the shared folder is there, the dev articles."""
    db = open_store(str(tmp_path_factory.mktemp("full") / "s"))
    paths = [articles_dir] + sorted(DEV.glob("*.json")) if DEV.is_dir() else [articles_dir]
    report = ingest(db, paths)
    assert not report.errors
    yield db
    db.close()


def rows(store, name: str, **params) -> list[dict[str, str]]:
    """A saved query's answer as plain strings, one dict per row."""
    return [{k: v.value for k, v in row.items()} for row in run(store, name, params).rows]


def key(iri: str) -> str:
    return iri.removeprefix(ENTITY)


def _parameters_reach_filters() -> bool:
    """Whether kg.query.bind binds parameters where a FILTER can see them. A VALUES block
    after the query is joined after the WHERE clause (and after GROUP BY) is evaluated, so
    a FILTER comparing with a parameter (a date range) never sees its value."""
    probe = parse_saved("probe", "# title: probe\n# param: day (date) = 2024-01-01\n"
                                 "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n"
                                 'ASK WHERE { FILTER(?day = "2024-01-01"^^xsd:date) }\n')
    return bool(ox.Store().query(bind(probe, {})))


PARAMETERS_REACH_FILTERS = _parameters_reach_filters()
needs_filter_binding = pytest.mark.xfail(
    not PARAMETERS_REACH_FILTERS, strict=True,
    reason="kg.query.bind appends VALUES after the query, where SPARQL joins it only after FILTERs ran; "
           "date-range parameters need the VALUES block inside the WHERE clause")


# ------------------------------------------------------------------ every saved query

def header_problems(saved: SavedQuery) -> list[str]:
    problems = []
    if not saved.title:
        problems.append("no '# title:' line")
    if not saved.description:
        problems.append("no '# description:' line")
    for parameter in saved.parameters:
        if parameter.default is None:
            problems.append(f"parameter '{parameter.name}' has no default")
        if not parameter.doc:
            problems.append(f"parameter '{parameter.name}' is not described")
    return problems


def test_there_are_saved_queries_for_the_questions_analysts_ask():
    assert len(SAVED) >= 14


@pytest.mark.parametrize("name", NAMES)
def test_every_saved_query_has_a_title_a_description_and_described_parameters(name):
    assert header_problems(SAVED[name]) == [], f"queries/{name}.rq"


@pytest.mark.parametrize("name", NAMES)
def test_every_saved_query_has_a_test_that_checks_its_answers(name):
    assert name in CHECKED, f"queries/{name}.rq has no test of its answers in {Path(__file__).name} (mark one with @answers('{name}'))"


def test_a_query_file_without_a_title_or_a_test_is_caught(tmp_path):
    (tmp_path / "untitled.rq").write_text("# description: no title here\nSELECT * WHERE { ?s ?p ?o }\n", encoding="utf-8")
    found = saved_queries(tmp_path)
    assert header_problems(found["untitled"]) == ["no '# title:' line"]
    assert "untitled" not in CHECKED


@pytest.mark.parametrize("name", NAMES)
def test_every_saved_query_runs_with_its_defaults(full_store, name):
    results = run(full_store, name)
    assert results.kind == "select" and results.variables


@pytest.mark.parametrize("name", NAMES)
def test_every_saved_query_declares_its_prefixes_so_it_runs_on_any_sparql_server(name):
    # A bare Oxigraph store, without the prefixes the embedded store predeclares.
    ox.Store().query(bind(SAVED[name], {}))


@pytest.mark.parametrize("name", NAMES)
def test_every_saved_query_gives_a_label_next_to_each_actor_or_incident(full_store, name):
    results = run(full_store, name)
    for row in results.rows:
        for var, term in row.items():
            if isinstance(term, ox.NamedNode) and term.value.startswith((ENTITY, INCIDENT)):
                assert f"{var}Label" in row, f"{name}: ?{var} = <{term.value}> comes without ?{var}Label"


@pytest.mark.parametrize("name", NAMES)
def test_every_saved_query_returns_each_answer_once(full_store, name):
    results = run(full_store, name)
    seen = [tuple(sorted((k, str(v)) for k, v in row.items())) for row in results.rows]
    assert len(seen) == len(set(seen))


# ------------------------------------------------------------------ parameters

def test_a_parameter_of_the_wrong_type_gives_a_clear_query_error(store):
    with pytest.raises(QueryError, match=r"parameter 'from' must be a date YYYY-MM-DD, not 'last week'"):
        run(store, "incidents_between_states", {"from": "last week"})


def test_an_unknown_parameter_gives_a_query_error_naming_the_ones_it_takes(store):
    with pytest.raises(QueryError, match=r"unknown parameter\(s\) country .*it takes: state"):
        run(store, "proxies_of_state", {"country": "iran"})


def test_an_entity_parameter_takes_a_full_iri_as_well_as_a_catalogue_key(store):
    by_key = rows(store, "proxies_of_state", state="iran")
    by_iri = rows(store, "proxies_of_state", state=ENTITY + "iran")
    assert by_key == by_iri and by_key


def test_the_kg_query_command_runs_a_saved_query_with_a_parameter(articles_dir, tmp_path):
    location = str(tmp_path / "cli-store")
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", "--store", location, str(articles_dir)]).exit_code == 0
    result = runner.invoke(main, ["query", "--store", location, "sponsors_of_group", "--param", "group=houthis", "--format", "json"])
    assert result.exit_code == 0, result.output
    bindings = json.loads(result.output)["results"]["bindings"]
    assert [b["sponsor"]["value"] for b in bindings] == [ENTITY + "iran"]


# ------------------------------------------------------------------ answers

@answers("proxies_of_state")
def test_proxies_of_a_state_lists_groups_the_articles_say_it_backs(store):
    found = rows(store, "proxies_of_state", state="iran")
    houthis = [r for r in found if key(r["proxy"]) == "houthis"]
    assert houthis, found
    # two articles (English and Arabic) say so; each (group, official) pair comes once
    assert {r["articles"] for r in houthis} == {"2"}
    assert {r["articleIds"] for r in houthis} <= {"t-en-attack, t-ar-talks", "t-ar-talks, t-en-attack"}
    assert [key(r["official"]) for r in houthis if "official" in r] == ["yahya_saree"]
    assert houthis[0]["proxyLabel"] == "Houthis"
    assert next(r for r in houthis if "official" in r)["officialLabel"] == "Yahya Saree"


@answers("proxies_of_state")
def test_proxies_of_a_state_leave_out_backing_known_only_from_the_catalogue(store):
    # the catalogue says Iran backs Hezbollah, but no test article says so
    assert "hezbollah" not in {key(r["proxy"]) for r in rows(store, "proxies_of_state", state="iran")}
    assert rows(store, "proxies_of_state", state="usa") == []


@answers("sponsors_of_group")
def test_sponsors_of_a_group_tell_what_articles_say_from_catalogue_background(store):
    (houthis,) = rows(store, "sponsors_of_group", group="houthis")
    assert key(houthis["sponsor"]) == "iran" and houthis["sponsorLabel"] == "Iran"
    assert (houthis["articles"], houthis["inCatalogue"], houthis["basis"]) == ("2", "true", "articles and catalogue")
    (hezbollah,) = rows(store, "sponsors_of_group", group="hezbollah")
    assert key(hezbollah["sponsor"]) == "iran"
    assert (hezbollah["articles"], hezbollah["inCatalogue"], hezbollah["basis"]) == ("0", "true", "catalogue only")


@answers("incidents_between_states")
@needs_filter_binding
def test_incidents_between_two_states_in_a_period_find_the_attack(store):
    found = rows(store, "incidents_between_states", a="israel", b="iran", **{"from": "2024-04-01", "to": "2024-04-30"})
    assert [(r["type"], r["roleOfA"], r["roleOfB"], r["date"], r["articleIds"]) for r in found] == [
        ("Attack", "perpetrator", "target", "2024-04-19", "t-en-strike")]
    assert found[0]["incidentLabel"] == "Attack: Israel → Iran, 2024-04-19"


@answers("incidents_between_states")
@needs_filter_binding
def test_incidents_between_two_states_leave_out_what_happened_outside_the_period(store):
    every = rows(store, "incidents_between_states", a="iran", b="israel", **{"from": "2000-01-01", "to": "2030-12-31"})
    assert {r["date"] for r in every} == {"2020-01-07", "2024-04-19"}
    assert rows(store, "incidents_between_states", a="iran", b="israel", **{"from": "2024-05-01", "to": "2024-12-31"}) == []


@answers("attacks_by_proxies")
def test_attacks_by_the_proxies_of_a_state_include_the_houthi_attack_on_israel(store):
    found = rows(store, "attacks_by_proxies", state="iran")
    assert [(key(r["proxy"]), r["proxyLabel"], r["targets"], r["date"], r["articleIds"]) for r in found] == [
        ("houthis", "Houthis", "Israel", "2024-03-04", "t-en-attack")]
    assert rows(store, "attacks_by_proxies", state="israel") == []


@answers("talks_and_mediators")
def test_talks_list_the_mediator_named_in_an_arabic_article(store):
    (talks,) = rows(store, "talks_and_mediators")
    assert key(talks["mediator"]) == "oman" and talks["mediatorLabel"] == "Oman"
    assert set(talks["parties"].split(", ")) == {"Iran", "United States"}
    assert (talks["date"], talks["articleIds"]) == ("2024-05-19", "t-ar-talks")


@answers("officials_in_talks")
def test_officials_of_a_state_who_appear_in_talks_include_the_minister_the_article_names(store):
    found = rows(store, "officials_in_talks", state="iran")
    assert [(key(r["official"]), r["officialLabel"], r["articleIdentifier"], r["date"]) for r in found] == [
        ("araghchi", "Abbas Araghchi", "t-ar-talks", "2024-05-19")]
    # Karim Farahani is an Iranian official too, but his article reports no talks
    assert rows(store, "officials_in_talks", state="usa") == []


@answers("fact_support")
def test_the_articles_that_support_a_fact_come_with_their_evidence_sentences(store):
    found = rows(store, "fact_support")
    sentences = {r["articleId"]: r["sentence"] for r in found}
    assert set(sentences) == {"t-en-attack", "t-ar-talks"}
    assert sentences["t-en-attack"] == "Iran-backed Houthis attacked Israel on Monday."
    assert "المدعومين من إيران" in sentences["t-ar-talks"]
    assert all(r["inCatalogue"] == "true" and 0 < float(r["confidence"]) <= 1 and r["rule"] for r in found)
    officials = rows(store, "fact_support", subject="yahya_saree", predicate="rasad:officialOf", object="houthis")
    assert [r["articleId"] for r in officials] == ["t-en-attack"]
    assert rows(store, "fact_support", subject="houthis", predicate="rasad:sponsoredBy", object="usa") == []


@answers("co_mentions")
def test_actors_mentioned_together_are_counted_once_per_article(store):
    pairs = {(key(r["first"]), key(r["second"])): r for r in rows(store, "co_mentions")}
    assert pairs[("houthis", "iran")]["articles"] == "2"
    assert pairs[("iran", "israel")]["articles"] == "3"
    assert (pairs[("houthis", "iran")]["firstLabel"], pairs[("houthis", "iran")]["secondLabel"]) == ("Houthis", "Iran")
    counts = [int(r["articles"]) for r in rows(store, "co_mentions")]
    assert counts == sorted(counts, reverse=True)


@answers("incidents_per_month")
def test_incidents_per_month_count_each_type_in_the_month_it_took_place(store):
    found = {(r["month"], r["type"]): int(r["incidents"]) for r in rows(store, "incidents_per_month")}
    assert found == {("2020-01", "Attack"): 1, ("2024-03", "Attack"): 1, ("2024-03", "Sanction"): 1,
                     ("2024-04", "Attack"): 1, ("2024-05", "Talks"): 1}


@answers("actor_timeline")
def test_the_timeline_of_an_actor_gives_each_incident_with_its_role_and_date(store):
    found = rows(store, "actor_timeline", actor="iran")
    assert [(r["type"], r["role"], r["date"]) for r in found] == [
        ("Attack", "perpetrator", "2020-01-07"), ("Attack", "target", "2024-04-19"), ("Talks", "party", "2024-05-19")]
    assert found[1]["others"] == "Israel (perpetrator)"
    assert set(found[2]["others"].split(", ")) == {"United States (party)", "Oman (mediator)"}
    houthis = rows(store, "actor_timeline", actor="houthis")
    assert [(r["incidentLabel"], r["role"]) for r in houthis] == [("Attack: Houthis → Israel, 2024-03-04", "perpetrator")]


@answers("officials_of")
def test_officials_of_a_group_include_its_spokesman_with_his_office(store):
    (saree,) = rows(store, "officials_of", actor="houthis")
    assert (key(saree["official"]), saree["officialLabel"], saree["office"]) == ("yahya_saree", "Yahya Saree", "Military Spokesman")
    assert (saree["articles"], saree["inCatalogue"]) == ("1", "true")
    iran = {key(r["official"]): r for r in rows(store, "officials_of", actor="iran")}
    assert set(iran) == {"araghchi", "person_karim_farahani"}
    assert iran["person_karim_farahani"]["inCatalogue"] == "false"


@answers("most_mentioned_actors")
def test_the_most_mentioned_actors_come_first(store):
    found = rows(store, "most_mentioned_actors")
    assert (key(found[0]["actor"]), found[0]["actorLabel"], found[0]["kind"], found[0]["articles"]) == ("iran", "Iran", "State", "4")
    counts = [(int(r["articles"]), int(r["mentions"])) for r in found]
    assert counts == sorted(counts, reverse=True)
    assert {r["kind"] for r in found} == {"State", "Proxy", "Official"}


@answers("sanctions_and_targets")
def test_sanctions_list_their_target_and_who_imposed_them(store):
    (sanction,) = rows(store, "sanctions_and_targets")
    assert (key(sanction["target"]), sanction["targetLabel"], sanction["imposedBy"]) == ("hezbollah", "Hezbollah", "United States")
    assert (sanction["date"], sanction["articleIds"]) == ("2024-03-05", "t-en-attack")


@answers("threats_against_state")
def test_threats_against_a_state_name_who_made_them_and_the_sentence(store):
    (threat,) = rows(store, "threats_against_state", state="israel")
    assert (key(threat["threatener"]), threat["threatenerLabel"]) == ("hezbollah", "Hezbollah")
    assert threat["evidence"] == "Hezbollah threatened Israel."
    assert rows(store, "threats_against_state", state="iran") == []


@answers("articles_by_date")
def test_articles_by_date_come_newest_first_with_counts_of_what_was_extracted(store):
    found = rows(store, "articles_by_date")
    assert [r["articleId"] for r in found] == ["t-ar-talks", "t-en-strike", "t-en-attack", "t-en-old"]
    attack = found[2]
    assert (attack["title"], attack["published"], attack["language"]) == ("Iran-backed Houthis attack Israel", "2024-03-06", "en")
    # Iran, the Houthis, Israel, Yahya Saree, the United States, Hezbollah; two relations; three incidents
    assert (attack["actors"], attack["relations"], attack["incidents"]) == ("6", "2", "3")
    assert found[3]["relations"] == "0"


@answers("uncatalogued_actors")
def test_actors_missing_from_the_catalogue_are_listed_for_curation(store):
    (person,) = rows(store, "uncatalogued_actors")
    assert (key(person["actor"]), person["actorLabel"], person["namedAs"]) == ("person_karim_farahani", "Karim Farahani", "Karim Farahani")
    assert (person["officialOf"], person["articleIds"]) == ("Iran", "t-en-strike")


def test_ingesting_an_article_again_does_not_change_any_answer(store, articles_dir):
    before = {name: sorted(map(str, rows(store, name))) for name in NAMES}
    ingest(store, [articles_dir / "t-en-attack.json"])
    assert {name: sorted(map(str, rows(store, name))) for name in NAMES} == before
