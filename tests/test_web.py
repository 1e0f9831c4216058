"""The explorer's pages through Flask's test client: what an analyst sees on each page, its
.json twin, its RDF twins, and the errors, on a store built from three small articles."""
from __future__ import annotations

import json
import re
from pathlib import Path

import lxml.html
import pytest
from rdflib import Dataset, Graph, Literal, URIRef

from kg.ingest import ingest
from kg.store import open_store
from kg.web import create_app

ROOT = Path(__file__).resolve().parent.parent
RASAD = "https://w3id.org/rasad/ontology#"
ENTITY = "https://w3id.org/rasad/entity/"


@pytest.fixture(scope="module")
def app(tmp_path_factory, articles_dir):
    location = tmp_path_factory.mktemp("web") / "store"
    store = open_store(str(location))
    report = ingest(store, [articles_dir, ROOT / "examples" / "seed.json"])
    store.close()
    assert not report.errors and report.articles == 4
    application = create_app({"STORE": str(location), "TESTING": True})
    yield application
    application.extensions["rasad"]["store"].close()


@pytest.fixture
def client(app):
    return app.test_client()


def html(response):
    assert response.status_code == 200, response.get_data(as_text=True)[:500]
    assert response.mimetype == "text/html"
    return lxml.html.fromstring(response.get_data(as_text=True))


def texts(tree, xpath: str) -> list[str]:
    return [" ".join(e.text_content().split()) for e in tree.xpath(xpath)]


def incident_path(client, label_start: str) -> str:
    items = client.get("/incidents.json?per_page=500").get_json()["items"]
    return next(i["path"] for i in items if i["label"].startswith(label_start))


def test_home_shows_counts_dates_and_latest_incidents(client):
    page = html(client.get("/"))
    cards = texts(page, "//a[@class='card']")
    assert "4 articles" in cards and any("proxies" in c for c in cards)
    assert "2023-03-11" not in page.text_content() and "2024-03-12" in page.text_content()
    latest = texts(page, "//ol[@class='incidents']/li")
    assert any("Hezbollah → Israel" in item for item in latest)
    assert page.xpath("//a[@href='/timeline']") and page.xpath("//a[@href='/sparql']")


def test_home_json_twin_holds_the_same_counts(client):
    data = client.get("/index.json").get_json()
    assert data["articles"] == 4
    assert data["entities"]["Proxy"] >= 2 and data["incidents"]["Attack"] >= 2
    assert data["published"]["first"] == "2024-03-12"


@pytest.mark.parametrize("path", ["/", "/entity/hezbollah", "/articles", "/sparql", "/queries", "/search?q=x"])
def test_every_page_sends_strict_security_headers_and_no_inline_script(client, path):
    response = client.get(path, headers={"Accept": "text/html"})
    csp = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-eval" not in csp and "default-src 'self'" in csp
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "same-origin"
    body = response.get_data(as_text=True)
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", body), "an inline script"
    assert not re.search(r"\son[a-z]+=\"", body), "an inline event handler"
    assert not re.search(r"(src|href)=\"(https?:)?//(?!www\.wikidata)", body), "a resource from another host"


def test_entity_page_shows_arabic_label_right_to_left_beside_english(client):
    page = html(client.get("/entity/hezbollah"))
    assert texts(page, "//h1/span[@lang='en']") == ["Hezbollah"]
    arabic = page.xpath("//h1/span[@lang='ar']")[0]
    assert arabic.get("dir") == "rtl" and arabic.text_content() == "حزب الله"


def test_entity_page_shows_type_aliases_and_wikidata_link(client):
    page = html(client.get("/entity/hezbollah"))
    assert "Proxy" in texts(page, "//header//span[contains(@class, 'badge')]")
    aliases = texts(page, "//div[@class='aliases']//li")
    assert "Hizballah" in aliases
    assert page.xpath("//div[@class='aliases']//li[@lang='ar' and @dir='rtl']")
    assert page.xpath("//a[@href='https://www.wikidata.org/wiki/Q41053']")


def test_proxy_page_shows_its_sponsor_linked_to_the_sponsor_page(client):
    page = html(client.get("/entity/hezbollah"))
    backed = page.xpath("//dl[@class='relations']/dt[.='Backed by']/following-sibling::dd[1]//a")
    assert [(a.get("href"), a.text_content().split()[0]) for a in backed] == [("/entity/iran", "Iran")]


def test_state_page_lists_its_proxies_and_officials(client):
    page = html(client.get("/entity/iran"))
    proxies = page.xpath("//dt[.='Its proxies and armed groups']/following-sibling::dd[1]//a/@href")
    assert {"/entity/hezbollah", "/entity/houthis"} <= set(proxies)
    officials = page.xpath("//dt[.='Officials']/following-sibling::dd[1]//a/@href")
    assert "/entity/amir_abdollahian" in officials


def test_facts_tell_background_from_article_stated(client):
    page = html(client.get("/entity/hezbollah"))
    row = page.xpath("//table[@class='facts']//tr[th[starts-with(normalize-space(.), 'sponsored by')]]")[0]
    assert row.xpath(".//a[@href='/entity/iran']")
    assert row.xpath(".//span[contains(@class, 'background')]"), "the catalogue says so"
    assert row.xpath(".//span[contains(@class, 'stated')]/a/@href")[0].startswith("/article/")
    source = page.xpath("//table[@class='facts']//tr[th[starts-with(normalize-space(.), 'source')]]")[0]
    assert not source.xpath(".//span[contains(@class, 'stated')]")


def test_facts_show_every_resource_by_its_label_never_a_bare_iri(client):
    page = html(client.get("/entity/iran"))
    cells = " ".join(texts(page, "//table[@class='facts']//td"))
    assert "https://w3id.org/" not in cells
    assert "Hezbollah" in cells


def test_actor_page_shows_its_incidents_on_a_timeline_with_its_role(client):
    page = html(client.get("/entity/hezbollah"))
    items = texts(page, "//section[@id='timeline']//ol[@class='timeline']/li")
    assert any("2024-06-02" in i and "Hezbollah → Israel" in i and "as perpetrator" in i for i in items)
    assert page.xpath("//section[@id='timeline']//a[@href='/timeline?actor=hezbollah']")


def test_evidence_sentence_highlights_the_span_and_links_to_the_article(client):
    page = html(client.get("/entity/houthis"))
    quotes = page.xpath("//ol[@class='evidence']/li[.//mark]")
    assert quotes
    arabic = [q for q in quotes if q.xpath(".//a[starts-with(@href, '/article/test-ar-houthi-missiles?hl=')]")]
    assert arabic, "a sentence of the Arabic article"
    assert arabic[0].xpath(".//blockquote/@dir") == ["rtl"]
    assert "الحوثي" in arabic[0].xpath(".//mark")[0].text_content()
    link = arabic[0].xpath(".//div[@class='source']/a/@href")[0]
    assert re.fullmatch(r"/article/test-ar-houthi-missiles\?hl=\d+,\d+#hl", link)


def test_entity_graph_view_loads_vendored_cytoscape_and_json_neighbours(client):
    page = html(client.get("/entity/hezbollah"))
    assert page.xpath("//div[@id='graph']/@data-source") == ["/entity/hezbollah.json"]
    assert "/static/vendor/cytoscape.min.js" in page.xpath("//script/@src")
    data = client.get("/entity/hezbollah.json").get_json()
    nodes = {n["id"]: n for n in data["graph"]["nodes"]}
    assert nodes[ENTITY + "iran"]["path"] == "/entity/iran"
    assert any(e["target"] == ENTITY + "iran" and e["label"] == "sponsored by" for e in data["graph"]["edges"])
    assert client.get("/static/vendor/cytoscape.min.js").status_code == 200


def test_entity_json_twin_holds_the_page_data(client):
    data = client.get("/entity/hezbollah.json").get_json()
    assert data["label_en"] == "Hezbollah" and data["label_ar"] == "حزب الله" and data["kind"] == "Proxy"
    assert data["wikidata"][0]["id"] == "Q41053"
    assert data["relations"]["sponsors"][0]["path"] == "/entity/iran"


@pytest.mark.parametrize("suffix, fmt, media", [("ttl", "turtle", "text/turtle"), ("nt", "nt", "application/n-triples"),
                                                 ("jsonld", "json-ld", "application/ld+json")])
def test_entity_description_downloads_as_rdf(client, suffix, fmt, media):
    response = client.get(f"/entity/hezbollah.{suffix}")
    assert response.status_code == 200 and response.mimetype == media
    graph = Graph().parse(data=response.get_data(as_text=True), format=fmt)
    hezbollah = URIRef(ENTITY + "hezbollah")
    assert (hezbollah, URIRef(RASAD + "sponsoredBy"), URIRef(ENTITY + "iran")) in graph
    assert (URIRef(ENTITY + "iran"), URIRef("http://www.w3.org/2000/01/rdf-schema#label"), Literal("Iran", lang="en")) in graph


@pytest.mark.parametrize("accept, target", [("text/turtle", "/entity/hezbollah.ttl"),
                                            ("application/ld+json", "/entity/hezbollah.jsonld"),
                                            ("application/n-triples", "/entity/hezbollah.nt"),
                                            ("application/json", "/entity/hezbollah.json")])
def test_entity_iri_negotiates_rdf_by_accept_header(client, accept, target):
    response = client.get("/entity/hezbollah", headers={"Accept": accept})
    assert response.status_code == 303 and response.headers["Location"].endswith(target)
    assert client.get("/entity/hezbollah", headers={"Accept": accept}, follow_redirects=True).status_code == 200


def test_browsers_get_the_entity_page_as_html(client):
    accept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
    assert client.get("/entity/hezbollah", headers={"Accept": accept}).mimetype == "text/html"


def test_unknown_entity_is_404_with_the_message_as_html_or_json(client):
    page = client.get("/entity/no-such-actor", headers={"Accept": "text/html"})
    assert page.status_code == 404
    message = lxml.html.fromstring(page.get_data(as_text=True)).xpath("//p[@class='error-message']")[0].text_content()
    assert message == "no entity 'no-such-actor' in the store"
    twin = client.get("/entity/no-such-actor.json")
    assert twin.status_code == 404 and twin.get_json() == {"error": "no entity 'no-such-actor' in the store", "status": 404}
    assert client.get("/incident/0000.json").status_code == 404
    assert client.get("/article/nothing-here").status_code == 404
    assert "Traceback" not in page.get_data(as_text=True)


def test_incident_page_shows_participants_by_role_date_and_sources(client):
    page = html(client.get(incident_path(client, "Attack: Hezbollah → Israel")))
    assert texts(page, "//dt[.='Perpetrator']/following-sibling::dd[1]//a")[0].startswith("Hezbollah")
    assert texts(page, "//dt[.='Target']/following-sibling::dd[1]//a")[0].startswith("Israel")
    assert "2024-06-02" in texts(page, "//dl[@class='meta']/dd")
    assert page.xpath("//a[@href='/article/test-en-hezbollah']")
    assert page.xpath("//ol[@class='evidence']//mark")


def test_incident_twins_are_json_and_rdf(client):
    path = incident_path(client, "Attack: Hezbollah → Israel")
    data = client.get(path + ".json").get_json()
    assert data["participants"]["perpetrator"][0]["path"] == "/entity/hezbollah"
    graph = Graph().parse(data=client.get(path + ".ttl").get_data(as_text=True), format="turtle")
    assert (None, URIRef(RASAD + "perpetrator"), URIRef(ENTITY + "hezbollah")) in graph


def test_article_page_shows_arabic_text_right_to_left_with_linked_mentions(client):
    page = html(client.get("/article/test-ar-houthi-missiles"))
    text = page.xpath("//div[@class='text']")[0]
    assert text.get("dir") == "rtl" and text.get("lang") == "ar"
    mentions = {a.get("href") for a in text.xpath(".//a[contains(@class, 'mention')]")}
    assert {"/entity/houthis", "/entity/iran", "/entity/israel"} <= mentions
    assert "أطلقت جماعة الحوثي" in text.text_content()


def test_article_page_highlights_the_span_an_evidence_link_points_to(client):
    data = client.get("/entity/houthis.json").get_json()
    link = next(e["link"] for e in data["evidence"] if e["article"]["path"] == "/article/test-ar-houthi-missiles")
    page = html(client.get(link.split("#")[0]))
    highlighted = "".join(texts(page, "//div[@class='text']//*[contains(@class, 'hl')]"))
    assert "الحوثي" in highlighted
    assert page.xpath("//span[@id='hl']")


def test_article_json_twin_and_graph_downloads(client):
    data = client.get("/article/test-en-oman-talks.json").get_json()
    assert data["title"] == "Oman mediates talks between Iran and the United States" and data["issued"] == "2024-03-12"
    assert any(m["entity"]["path"] == "/entity/oman" for m in data["mentions"])
    dataset = Dataset().parse(data=client.get("/article/test-en-oman-talks.nq").get_data(as_text=True), format="nquads")
    assert {str(g.identifier) for g in dataset.graphs() if len(g)} == {"https://w3id.org/rasad/article/test-en-oman-talks"}
    turtle = client.get("/article/test-en-oman-talks.ttl")
    assert turtle.mimetype == "text/turtle" and len(Graph().parse(data=turtle.get_data(as_text=True), format="turtle")) > 10


@pytest.mark.parametrize("path, heading", [("/states", "States"), ("/proxies", "Proxies and armed groups"),
                                           ("/officials", "Officials"), ("/organs", "State organs")])
def test_each_class_has_a_list_page(client, path, heading):
    page = html(client.get(path))
    assert texts(page, "//h1")[0].startswith(heading)
    data = client.get(path + ".json").get_json()
    assert data["total"] == len(data["items"]) or data["pages"] > 1


def test_lists_paginate(client):
    first = client.get("/states.json?per_page=2").get_json()
    second = client.get("/states.json?per_page=2&page=2").get_json()
    assert first["pages"] >= 2 and len(first["items"]) == 2
    assert {i["iri"] for i in first["items"]}.isdisjoint(i["iri"] for i in second["items"])
    page = html(client.get("/states?per_page=2"))
    assert page.xpath("//nav[@class='pager']/a[@rel='next']/@href") == ["/states?per_page=2&page=2"]


def test_lists_sort_by_name_or_by_articles(client):
    by_name = [i["label"] for i in client.get("/states.json").get_json()["items"]]
    assert by_name == sorted(by_name, key=str.lower)
    by_articles = [i["articles"] for i in client.get("/states.json?sort=articles").get_json()["items"]]
    assert by_articles == sorted(by_articles, reverse=True)


def test_lists_have_year_and_state_facets(client):
    data = client.get("/proxies.json").get_json()
    backed = client.get("/proxies.json?state=iran").get_json()
    assert {"Hezbollah", "Houthis"} <= {i["label"] for i in backed["items"]}
    assert {"value": "iran", "label": "Iran", "count": backed["total"]} in data["facets"]["state"]
    assert data["facets"]["year"] == [{"value": "2024", "label": "2024", "count": data["total"]}]
    assert client.get("/proxies.json?year=1999").get_json()["total"] == 0


def test_list_arguments_are_checked(client):
    assert client.get("/states?page=zero").status_code == 400
    assert client.get("/states.json?sort=evil").get_json()["error"].startswith("'sort' must be one of")
    assert client.get("/incidents?from=yesterday").status_code == 400
    assert client.get("/incidents?type=Picnic").status_code == 400


def test_incidents_list_filters_by_type_actor_and_dates(client):
    attacks = client.get("/incidents.json?type=Attack").get_json()
    assert attacks["items"] and all(i["type"] == "Attack" for i in attacks["items"])
    by_hezbollah = [i["label"] for i in client.get("/incidents.json?actor=hezbollah").get_json()["items"]]
    assert "Attack: Hezbollah → Israel, 2024-06-02" in by_hezbollah
    assert not any(label.startswith("Talks: Oman") for label in by_hezbollah)
    in_june = {i["date"] for i in client.get("/incidents.json?from=2024-06-01&to=2024-06-30").get_json()["items"]}
    assert "2024-06-02" in in_june and "2024-03-11" not in in_june
    assert all(d in ("2024", "2024-06") or d.startswith("2024-06-") for d in in_june), "overlapping June 2024"
    assert {f["value"] for f in attacks["facets"]["type"]} >= {"Attack", "Talks"}
    page = html(client.get("/incidents?type=Talks"))
    assert page.xpath("//aside//li[@class='active']//a[contains(., 'Talks')]")


def test_timeline_groups_incidents_by_month_oldest_first_and_filters_by_actor(client):
    page = html(client.get("/timeline?actor=iran"))
    months = texts(page, "//h2[@class='month']")
    dated = [m for m in months if m != "undated"]
    assert dated == sorted(dated)
    assert "Iran" in texts(page, "//p[@class='filtering']")[0]
    data = client.get("/timeline.json?actor=houthis").get_json()
    labels = [item["label"] for month in data["months"] for item in month["items"]]
    assert "Attack: Houthis → Israel, 2024-03-11" in labels and not any("Hezbollah → Israel" in label for label in labels)


def test_articles_list_shows_titles_with_language_direction(client):
    page = html(client.get("/articles"))
    arabic = page.xpath("//table[@class='list']//a[@href='/article/test-ar-houthi-missiles']")[0]
    assert arabic.get("dir") == "rtl"
    data = client.get("/articles.json?lang=ar").get_json()
    assert {i["lang"] for i in data["items"]} == {"ar"} and data["total"] == 2


def test_search_in_arabic_without_hamza_finds_iran(client):
    page = html(client.get("/search?q=ايران"))
    first = page.xpath("//ol[@class='results']/li[1]/a")[0]
    assert first.get("href") == "/entity/iran" and "إيران" in first.text_content()


def test_search_by_an_alias_finds_hezbollah(client):
    results = client.get("/search.json?q=hizballah").get_json()["results"]
    assert results[0]["path"] == "/entity/hezbollah" and results[0]["matched"] == "Hizballah"
    arabic = client.get("/search.json?q=" + "حزب الله").get_json()["results"]
    assert arabic[0]["label"] == "Hezbollah"


def test_search_suggestions_are_few_and_a_single_hit_can_open_directly(client):
    results = client.get("/search.json?q=i").get_json()["results"]
    assert 0 < len(results) <= 10
    response = client.get("/search?q=hizballah&go=1")
    assert response.status_code == 302 and response.headers["Location"] == "/entity/hezbollah"
    assert client.get("/search.json?q=").get_json()["results"] == []


def test_search_text_is_escaped_in_the_page(client):
    body = client.get("/search?q=<script>alert(1)</script>").get_data(as_text=True)
    assert "<script>alert(1)" not in body and "&lt;script&gt;alert(1)" in body


def test_search_box_script_is_served_from_the_package(client):
    page = html(client.get("/"))
    assert page.xpath("//input[@id='search-box']/@data-suggest") == ["/search.json"]
    script = client.get("/static/search.js")
    assert script.status_code == 200 and b"/search.json" not in script.data or b"fetch" in script.data


def test_unknown_page_is_404_in_the_format_asked(client):
    assert client.get("/nowhere", headers={"Accept": "text/html"}).mimetype == "text/html"
    response = client.get("/nowhere", headers={"Accept": "application/json"})
    assert response.status_code == 404 and json.loads(response.data)["status"] == 404


def test_entity_page_lists_the_articles_that_mention_it(client):
    page = html(client.get("/entity/houthis"))
    listed = page.xpath("//ul[contains(@class, 'mentioned')]//a/@href")
    assert "/article/test-ar-houthi-missiles" in listed and "/article/test-en-oman-talks" in listed
    total = client.get("/entity/houthis.json").get_json()["mentioned"]["total"]
    assert texts(page, "//h2[starts-with(., 'Mentioned in')]") == [f"Mentioned in {total} articles"]
    mentioning = client.get("/articles.json?entity=houthis").get_json()
    assert mentioning["total"] == total and "/article/test-en-hezbollah" not in [i["path"] for i in mentioning["items"]]
