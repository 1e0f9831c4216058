"""The explorer in a real browser, as an analyst uses it: find an actor by its Arabic name,
read its page, follow links, read the timeline, run queries, download Turtle."""
from __future__ import annotations

import re

from playwright.sync_api import expect

from kg.query import saved_queries


def test_typing_hezbollahs_arabic_name_suggests_it_and_opens_its_page(page):
    page.goto("/")
    page.fill("#search-box", "حزب الله")
    suggestion = page.locator("#suggestions li a").first
    expect(suggestion).to_contain_text("Hezbollah")
    suggestion.click()
    expect(page).to_have_url(re.compile(r"/entity/hezbollah$"))
    arabic = page.locator("h1 span[lang='ar']")
    expect(arabic).to_have_text("حزب الله")
    assert arabic.evaluate("e => getComputedStyle(e).direction") == "rtl"
    expect(page.locator("h1 span[lang='en']")).to_have_text("Hezbollah")


def test_searching_iran_without_its_hamza_lists_iran_first(page):
    page.goto("/")
    page.fill("#search-box", "ايران")
    page.press("#search-box", "Enter")
    expect(page).to_have_url(re.compile(r"/search\?q="))
    first = page.locator("ol.results li").first
    expect(first).to_contain_text("Iran")
    expect(first).to_contain_text("إيران")


def test_a_proxy_page_shows_who_backs_it_and_on_what_evidence(page):
    page.goto("/entity/hezbollah")
    backed = page.locator("dl.relations dt:text-is('Backed by') + dd a")
    expect(backed).to_contain_text("Iran")
    evidence = page.locator("ol.evidence li").filter(has_text="sponsored by").first
    expect(evidence.locator("mark")).to_be_visible()
    expect(evidence.locator(".source a")).to_have_attribute("href", re.compile(r"^/article/.+\?hl=\d+,\d+#hl$"))


def test_following_the_sponsor_link_opens_the_state_with_its_proxies(page):
    page.goto("/entity/hezbollah")
    page.locator("dl.relations dt:text-is('Backed by') + dd a").first.click()
    expect(page).to_have_url(re.compile(r"/entity/iran$"))
    proxies = page.locator("dl.relations dt:text-is('Its proxies and armed groups') + dd")
    expect(proxies).to_contain_text("Hezbollah")
    expect(proxies).to_contain_text("Houthis")


def test_the_neighbourhood_graph_is_drawn(page):
    page.goto("/entity/iran")
    graph = page.locator("#graph[data-ready]")
    expect(graph).to_be_visible()
    assert int(graph.get_attribute("data-ready")) >= 3
    assert graph.locator("canvas").count() > 0


def test_evidence_link_opens_the_article_with_the_span_highlighted(page):
    page.goto("/entity/houthis")
    page.locator("ol.evidence .source a[href^='/article/test-ar-houthi-missiles']").first.click()
    expect(page).to_have_url(re.compile(r"/article/test-ar-houthi-missiles\?hl=\d+,\d+#hl$"))
    text = page.locator("div.text")
    assert text.evaluate("e => getComputedStyle(e).direction") == "rtl"
    highlighted = page.locator("div.text .hl").first
    expect(highlighted).to_be_visible()
    expect(page.locator("div.text a.mention[href='/entity/houthis']").first).to_be_visible()


def test_reading_the_timeline_filtered_by_actor_and_type(page):
    page.goto("/timeline")
    page.fill("form.filters input[name='actor']", "iran")
    page.select_option("form.filters select[name='type']", "Talks")
    page.click("form.filters button")
    expect(page).to_have_url(re.compile(r"actor=iran.*type=Talks"))
    expect(page.locator("p.filtering")).to_contain_text("Iran")
    items = page.locator("ol.timeline li")
    expect(items.first).to_contain_text("Talks")
    assert all("Talks" in text for text in items.all_inner_texts())
    items.first.locator("a").click()
    expect(page).to_have_url(re.compile(r"/incident/[0-9a-f]+$"))
    expect(page.locator("dl.relations")).to_contain_text("Iran")


def test_an_actor_timeline_shows_its_role_in_each_incident(page):
    page.goto("/entity/houthis")
    item = page.locator("#timeline ol.timeline li").filter(has_text="Houthis → Israel").first
    expect(item).to_contain_text("as perpetrator")
    expect(page.locator("#timeline .axis a.dot").first).to_be_attached()


def test_running_a_query_in_yasgui(page):
    page.goto("/sparql")
    expect(page.locator("#yasgui[data-ready]")).to_be_attached()
    page.select_option("#examples", label="Proxies and their sponsors")
    expect(page.locator(".CodeMirror")).to_contain_text("rasad:sponsoredBy")
    page.locator(".yasqe_queryButton").click()
    table = page.locator(".yasr table.dataTable tbody")
    expect(table).to_contain_text("Hezbollah")
    expect(table.locator("a[href='/entity/iran']").first).to_be_attached()


def test_running_a_saved_query_with_a_parameter(page):
    name, saved = next((n, q) for n, q in saved_queries().items()
                       if any(p.kind == "entity" and p.default for p in q.parameters))
    page.goto("/queries")
    page.locator(f"dl.queries a[href='/queries/{name}']").click()
    expect(page.locator("h1")).to_have_text(saved.title)
    parameter = next(p for p in saved.parameters if p.kind == "entity" and p.default)
    page.fill(f"form.params input[name='{parameter.name}']", parameter.default)
    page.locator("form.params button").click()
    expect(page).to_have_url(re.compile(rf"/queries/{name}\?.*{parameter.name}={parameter.default}"))
    expect(page.locator("p.downloads a", has_text="CSV")).to_be_visible()


def test_downloading_the_whole_graph_as_turtle(page):
    page.goto("/entity/hezbollah")
    with page.expect_download() as download:
        page.locator("footer a[href='/export.ttl']").click()
    assert download.value.suggested_filename == "rasad.ttl"
    assert "@prefix rasad:" in open(download.value.path(), encoding="utf-8").read()
