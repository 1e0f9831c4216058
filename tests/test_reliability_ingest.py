"""Ingest loses nothing and half-writes nothing: a SIGKILL mid-run, a second writer, readers
during a run, every class of bad input, an article over the limit, and a JSONL of a million
lines read with flat memory. Everything is run as a user runs it, through `kg`."""
from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.articles import MAX_ARTICLE_BYTES, MAX_TEXT_CHARS, megabytes
from kg.store import LOCK_FILE, EmbeddedStore

# ------------------------------------------------------------------ a corpus of generated articles
# Short fresh articles from a few templates, in both languages, with distinct ids; the actors,
# places and days vary so that the articles give different entities, facts and incidents.

EN_TEMPLATES = [
    "{a} fired {n} rockets at {b} on {day}, the group said. {c} condemned the attack.",
    "{a}, which is backed by Iran, launched drones at {b} on {day}. {b} struck targets in {place} in response.",
    "Officials from {a} and {b} met in {place} on {day} for talks mediated by {c}.",
    "{c} said on {day} that it supports {a}. {b} did not comment on the statement.",
]
AR_TEMPLATES = [
    "أطلق {a} {n} صواريخ على {b} يوم {day}. وأدانت {c} الهجوم.",
    "قال مسؤولون في {c} يوم {day} إن {a} تدعم {b}.",
    "استضافت {place} يوم {day} محادثات بين {a} و{b} بوساطة {c}.",
]
EN_ACTORS = ["Hezbollah", "the Houthis", "Israel", "Iran", "the United States", "Oman", "Saudi Arabia", "Hamas"]
EN_PLACES = ["Muscat", "Beirut", "southern Lebanon", "Sanaa", "Doha", "Baghdad"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
AR_ACTORS = ["حزب الله", "الحوثيون", "إسرائيل", "إيران", "الولايات المتحدة", "سلطنة عمان", "السعودية", "حماس"]
AR_PLACES = ["مسقط", "بيروت", "صنعاء", "الدوحة", "بغداد"]
AR_DAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]


def generated_articles(count: int, seed: int = 7) -> list[dict]:
    """`count` short articles with ids gen-0000, gen-0001, ...: two English to one Arabic."""
    rng = random.Random(seed)
    articles = []
    for i in range(count):
        arabic = i % 3 == 2
        actors, places, days = (AR_ACTORS, AR_PLACES, AR_DAYS) if arabic else (EN_ACTORS, EN_PLACES, EN_DAYS)
        a, b, c = rng.sample(actors, 3)
        sentences = [rng.choice(AR_TEMPLATES if arabic else EN_TEMPLATES).format(
            a=a, b=b, c=c, n=rng.randint(2, 40), place=rng.choice(places), day=rng.choice(days)) for _ in range(3)]
        articles.append({
            "id": f"gen-{i:04d}", "lang": "ar" if arabic else "en", "source": "Generated Wire",
            "published": f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            "title": sentences[0][:60], "text": " ".join(sentences),
        })
    return articles


def write_jsonl(path: Path, records) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def by_graph(nquads: str | bytes) -> dict[str, set[str]]:
    """N-Quads text → graph IRI → its quads (as N-Quads statements)."""
    data = nquads.encode("utf-8") if isinstance(nquads, str) else nquads
    graphs: dict[str, set[str]] = {}
    for quad in ox.parse(data, format=ox.RdfFormat.N_QUADS):
        graphs.setdefault(quad.graph_name.value, set()).add(str(quad))
    return graphs


def export_nquads(tools, store) -> str:
    return tools.ok(tools.run_kg("export", "--store", store, "--format", "nquads")).stdout


def article_count(store) -> int:
    """How many article graphs a read-only view of the store sees now."""
    view = EmbeddedStore(store, read_only=True)
    try:
        return sum(1 for g in view.graphs() if g.startswith("https://w3id.org/rasad/article/"))
    finally:
        view.close()


CORPUS_SIZE = 600
ARTICLE_IRI = "https://w3id.org/rasad/article/"
KG = Path(sys.executable).parent / "kg"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    return write_jsonl(folder / "corpus.jsonl", generated_articles(CORPUS_SIZE))


@pytest.fixture(scope="module")
def clean(tools, tmp_path_factory, corpus) -> dict:
    """A clean ingest of the corpus in a fresh store: its export, by graph, and how long it took."""
    location = tmp_path_factory.mktemp("clean") / "store"
    started = time.monotonic()
    tools.ok(tools.run_kg("ingest", "--store", location, corpus))
    seconds = time.monotonic() - started
    text = export_nquads(tools, location)
    graphs = by_graph(text)
    assert sum(1 for g in graphs if g.startswith(ARTICLE_IRI)) == CORPUS_SIZE
    return {"store": location, "lines": set(text.splitlines()), "graphs": graphs, "seconds": seconds}


def start_ingest(tools, store, *paths) -> subprocess.Popen:
    return subprocess.Popen([str(KG), "ingest", "--store", str(store), *map(str, paths)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=tools.kg_env(), text=True)


def wait_for_articles(store: Path, process: subprocess.Popen, at_least: int, timeout: float = 120) -> int:
    """Poll a read-only view until the running ingest has written `at_least` articles."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert process.poll() is None, f"the ingest ended early:\n{process.communicate()[1]}"
        if (store / "CURRENT").exists():
            count = article_count(store)
            if count >= at_least:
                return count
        time.sleep(0.05)
    raise AssertionError(f"the ingest did not write {at_least} articles within {timeout} s")


def assert_only_whole_articles(tools, graphs: dict[str, set[str]], clean: dict) -> None:
    """Every graph present equals the clean run's; the catalogue holds nothing the clean run's does not."""
    for name, quads in graphs.items():
        if name == tools.CATALOGUE_GRAPH:
            assert quads <= clean["graphs"][name], sorted(quads - clean["graphs"][name])[:3]
        else:
            assert name in clean["graphs"], f"a graph the clean run does not have: {name}"
            assert quads == clean["graphs"][name], f"{name} is not whole: {len(quads)} of {len(clean['graphs'][name])} quads"


# ------------------------------------------------------------------ SIGKILL in the middle of a run


def test_an_ingest_killed_mid_run_leaves_whole_articles_and_a_rerun_equals_a_clean_run(tools, tmp_path, corpus, clean):
    store = tmp_path / "killed"
    process = start_ingest(tools, store, corpus)
    try:
        written = wait_for_articles(store, process, CORPUS_SIZE // 4)
    finally:
        process.send_signal(signal.SIGKILL)
        process.communicate()
    assert process.returncode == -signal.SIGKILL
    assert (store / LOCK_FILE).exists(), "the killed writer's lock file should be left behind (and then ignored)"

    survivors = by_graph(export_nquads(tools, store))
    articles = [g for g in survivors if g.startswith(ARTICLE_IRI)]
    assert written <= len(articles) < CORPUS_SIZE, f"killed after {written}, found {len(articles)} of {CORPUS_SIZE}"
    assert_only_whole_articles(tools, survivors, clean)

    rerun = tools.ok(tools.run_kg("ingest", "--store", store, corpus))
    assert rerun.stderr.strip().splitlines()[-1].startswith(f"{CORPUS_SIZE} articles, ")
    assert set(export_nquads(tools, store).splitlines()) == clean["lines"]
    assert not (store / LOCK_FILE).exists()


@pytest.fixture(scope="module")
def older(tools, tmp_path_factory) -> dict:
    """The same ids with older texts, ingested cleanly: the store a re-ingest replaces."""
    folder = tmp_path_factory.mktemp("older")
    feed = write_jsonl(folder / "older.jsonl", generated_articles(CORPUS_SIZE, seed=11))
    tools.ok(tools.run_kg("ingest", "--store", folder / "store", feed))
    return {"store": folder / "store", "graphs": by_graph(export_nquads(tools, folder / "store"))}


def text_of(store: Path, article_id: str) -> str | None:
    view = EmbeddedStore(store, read_only=True)
    try:
        rows = view.query(f"SELECT ?t WHERE {{ <{ARTICLE_IRI}{article_id}> rasad:text ?t }}").rows
        return rows[0]["t"].value if rows else None
    finally:
        view.close()


def test_an_ingest_killed_while_replacing_articles_leaves_each_wholly_old_or_wholly_new(tools, tmp_path, corpus, clean, older):
    store = tools.copy_store(older["store"], tmp_path / "replacing")
    marker = generated_articles(CORPUS_SIZE)[CORPUS_SIZE // 4]
    process = start_ingest(tools, store, corpus)
    try:
        deadline = time.monotonic() + 120
        while text_of(store, marker["id"]) != marker["text"]:
            assert process.poll() is None and time.monotonic() < deadline, process.communicate()[1]
            time.sleep(0.05)
    finally:
        process.send_signal(signal.SIGKILL)
        process.communicate()
    graphs = by_graph(export_nquads(tools, store))
    articles = {g: q for g, q in graphs.items() if g.startswith(ARTICLE_IRI)}
    assert set(articles) == {g for g in clean["graphs"] if g.startswith(ARTICLE_IRI)}, "an article went missing"
    new = [g for g, quads in articles.items() if quads == clean["graphs"][g]]
    old = [g for g, quads in articles.items() if quads == older["graphs"][g]]
    assert len(new) + len(old) == CORPUS_SIZE, f"{CORPUS_SIZE - len(new) - len(old)} article graphs are neither old nor new"
    assert CORPUS_SIZE // 4 < len(new) < CORPUS_SIZE, f"killed with {len(new)} of {CORPUS_SIZE} replaced"
    tools.ok(tools.run_kg("ingest", "--store", store, corpus))
    final = by_graph(export_nquads(tools, store))
    assert {g: q for g, q in final.items() if g.startswith(ARTICLE_IRI)} == {
        g: q for g, q in clean["graphs"].items() if g.startswith(ARTICLE_IRI)}
    catalogue = tools.CATALOGUE_GRAPH
    assert clean["graphs"][catalogue] <= final[catalogue] <= clean["graphs"][catalogue] | older["graphs"][catalogue]


@pytest.mark.parametrize("signals", [[signal.SIGTERM], [signal.SIGINT], [signal.SIGTERM, signal.SIGTERM]],
                         ids=["sigterm", "ctrl-c", "sigterm-twice"])
def test_an_ingest_stopped_by_a_signal_closes_the_store_and_says_how_to_finish(tools, tmp_path, corpus, clean, signals):
    store = tmp_path / "stopped"
    process = start_ingest(tools, store, corpus)
    try:
        wait_for_articles(store, process, 10)
    finally:
        for number in signals:
            process.send_signal(number)
        _, stderr = process.communicate(timeout=60)
    assert process.returncode == 1 and "Traceback" not in stderr, stderr
    assert stderr.strip().splitlines()[-1] == ("Error: interrupted: every article written so far is whole; "
                                               "run the same ingest again to finish")
    assert not (store / LOCK_FILE).exists()
    assert_only_whole_articles(tools, by_graph(export_nquads(tools, store)), clean)


# ------------------------------------------------------------------ one writer, many readers


def test_a_second_ingest_is_refused_naming_the_writing_process_and_changes_nothing(tools, tmp_path, corpus, articles_dir):
    store = tmp_path / "busy"
    process = start_ingest(tools, store, corpus)
    try:
        wait_for_articles(store, process, 5)
        second = tools.run_kg("ingest", "--store", store, articles_dir / f"{tools.EN_ARTICLE['id']}.json")
    finally:
        process.kill()
        process.communicate()
    assert second.returncode == 1
    assert second.stderr.strip() == f"Error: the store at {store} is being written by process {process.pid}"
    assert tools.article_iri(tools.EN_ARTICLE["id"]) not in by_graph(export_nquads(tools, store))


def test_the_lock_file_holds_the_writers_pid_while_writing_and_is_removed_at_close(tmp_path):
    writer = EmbeddedStore(tmp_path / "s")
    try:
        assert (tmp_path / "s" / LOCK_FILE).read_text().strip() == str(os.getpid())
    finally:
        writer.close()
    assert not (tmp_path / "s" / LOCK_FILE).exists()


def test_a_stale_lock_of_a_process_that_is_gone_is_ignored(tools, tmp_path, articles_dir):
    store = tmp_path / "stale"
    tools.ok(tools.run_kg("ingest", "--store", store, articles_dir / f"{tools.EN_ARTICLE['id']}.json"))
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    (store / LOCK_FILE).write_text(f"{gone.pid}\n")
    tools.ok(tools.run_kg("ingest", "--store", store, articles_dir / f"{tools.AR_ARTICLE['id']}.json"))
    assert not (store / LOCK_FILE).exists()
    assert tools.article_iri(tools.AR_ARTICLE["id"]) in by_graph(export_nquads(tools, store))


def test_an_ingest_refuses_a_folder_that_is_not_a_store_and_not_empty(tools, tmp_path, articles_dir):
    folder = tmp_path / "documents"
    folder.mkdir()
    (folder / "thesis.docx").write_bytes(b"precious")
    result = tools.run_kg("ingest", "--store", folder, articles_dir / f"{tools.EN_ARTICLE['id']}.json")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.strip() == (f"Error: {folder}: not a Rasad store and not empty (it holds thesis.docx): "
                                     "give a new or empty folder")
    assert sorted(p.name for p in folder.iterdir()) == ["thesis.docx"]


def test_query_stats_and_export_keep_working_during_an_ingest_and_see_only_whole_articles(tools, tmp_path, corpus, clean):
    store = tmp_path / "shared"
    process = start_ingest(tools, store, corpus)
    seen = []
    try:
        wait_for_articles(store, process, 1)
        while process.poll() is None and len(seen) < 8:
            count = tools.query_json(store, "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a rasad:Article }")
            seen.append(int(tools.values(count, "n")[0]))
            stats = tools.ok(tools.run_kg("stats", "--store", store)).stdout
            assert stats.startswith("articles  ")
            assert_only_whole_articles(tools, by_graph(export_nquads(tools, store)), clean)
    finally:
        _, stderr = process.communicate(timeout=600)
    assert process.returncode == 0, stderr
    assert len(seen) >= 2, "the ingest ended before the readers could read twice"
    assert seen == sorted(seen) and seen[0] >= 1, f"a reader saw articles disappear: {seen}"
    assert set(export_nquads(tools, store).splitlines()) == clean["lines"]


def test_a_read_only_view_sees_what_was_committed_when_it_opened_and_more_after_refresh(tmp_path):
    graph = "https://w3id.org/rasad/article/view-test"
    label = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")

    def quads(text):
        return [ox.Quad(ox.NamedNode("https://x/a"), label, ox.Literal(text), ox.NamedNode(graph))]

    writer = EmbeddedStore(tmp_path / "s")
    try:
        writer.replace_graph(graph, quads("first"))
        view = EmbeddedStore(tmp_path / "s", read_only=True)
        labels = "SELECT ?l WHERE { ?s rdfs:label ?l }"
        assert [r["l"].value for r in view.query(labels).rows] == ["first"]
        writer.replace_graph(graph, quads("second"))
        assert [r["l"].value for r in view.query(labels).rows] == ["first"]
        assert view.refresh() is True
        assert [r["l"].value for r in view.query(labels).rows] == ["second"]
        assert view.refresh() is False
        view.close()
    finally:
        writer.close()


# ------------------------------------------------------------------ every class of bad input

GOOD = {"id": "good-in-bad-run", "lang": "en", "published": "2024-04-02", "title": "Oman hosts talks",
        "text": "Oman hosted talks between Iran and the United States in Muscat on Tuesday."}
BIG_BYTES = 50 * 1024 * 1024
LIMIT = megabytes(MAX_ARTICLE_BYTES)
HTML_WITHOUT_ARTICLE = ("<!DOCTYPE html><html><head><title>Menu</title></head><body><nav><a href='/'>Home</a>"
                        "<a href='/world'>World</a></nav><footer>Copyright</footer></body></html>")


def _big_file(path: Path, head: bytes, fill: bytes, tail: bytes, size: int = BIG_BYTES) -> None:
    with path.open("wb") as handle:
        handle.write(head)
        handle.write(fill * ((size - len(head) - len(tail)) // len(fill)))
        handle.write(tail)


def make_bad_inputs(folder: Path) -> dict[str, tuple[Path, str]]:
    """name → (path, the error line `kg ingest` must print about it, after 'Error: ')."""
    folder.mkdir(parents=True, exist_ok=True)
    bad: dict[str, tuple[Path, str]] = {}

    def add(name: str, content: bytes | None, message: str, where: str | None = None) -> Path:
        path = folder / name
        if content is not None:
            path.write_bytes(content)
        bad[name] = (path, f"{where or path}: {message}")
        return path

    add("missing.json", None, "no such file or folder")
    fifo = folder / "pipe.json"
    os.mkfifo(fifo)
    bad["pipe.json"] = (fifo, f"{fifo}: cannot read: not a regular file (a pipe, socket or device)")
    (folder / "folder.json").mkdir()
    bad["folder.json"] = (folder / "folder.json", f"{folder / 'folder.json'}: no article files "
                                                  "(.htm, .html, .json, .jsonl, .ndjson, .txt) in this folder")
    add("empty.json", b"", "the file is empty")
    add("empty.jsonl", b"\n \n", "the file is empty")
    add("empty.txt", b" \n", "the file is empty")
    add("empty.html", b"", "the file is empty")
    add("broken.json", b'{"id": "broken", "text": "Iran and Oman"', "invalid JSON: Expecting ',' delimiter (line 1, column 41)")
    add("list-of-numbers.json", b"[1, 2, 3]", "expected a JSON object or a list of objects with 'id' and 'text', "
                                              "got a list whose first element is a number")
    add("string.json", b'"Iran and Oman"', "expected a JSON object with 'id' and 'text', got a string")
    add("nested.json", b"[" * 50_000 + b"]" * 50_000, "invalid JSON: nested too deeply", f"{folder / 'nested.json'}:1")
    add("no-text.json", b'{"id": "no-text", "title": "Talks"}', "the article has no 'text'")
    add("blank-text.json", b'{"id": "blank-text", "text": " \\n\\t "}', "'text' is blank")
    add("bad-date.json", b'{"id": "bad-date", "text": "Iran and Oman held talks.", "published": "19/05/2024"}',
        "'published' is not an ISO date (YYYY-MM-DD) or datetime: '19/05/2024'")
    add("bad-lang.json", b'{"id": "bad-lang", "text": "Iran and Oman held talks.", "lang": "en_US"}',
        "'lang' is not a BCP 47 language tag (such as en, ar or ar-SY): 'en_US'")
    add("surrogate.json", b'{"id": "surrogate", "text": "Iran \\ud800 Oman"}',
        "'text' holds invalid Unicode (a lone surrogate '\\ud800' at character 5)")
    add("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary data, not a text file")
    add("latin1.txt", "Le Liban et la Syrie ont signé un accord à Beyrouth.".encode("latin-1"),
        "cannot decode the file as UTF-8 (and it is not Windows-1256 Arabic)")
    add("no-article.html", HTML_WITHOUT_ARTICLE.encode(), "no article text found in the HTML page")
    add("notes.docx", b"PK\x03\x04 a word document",
        "unknown file type '.docx' (expected one of .htm, .html, .json, .jsonl, .ndjson, .txt)")
    _big_file(folder / "huge.txt", b"Huge\n", b"Iran and Oman held talks in Muscat. ", b"\n")
    bad["huge.txt"] = (folder / "huge.txt", f"{folder / 'huge.txt'}: the article is 50 MB, over the {LIMIT} limit for one article")
    _big_file(folder / "huge.json", b'{"id": "huge", "text": "', b"Iran and Oman held talks in Muscat. ", b'"}')
    bad["huge.json"] = (folder / "huge.json", f"{folder / 'huge.json'}: the article is 50 MB, over the {LIMIT} limit for one article")
    _big_file(folder / "huge.html", b"<html><body><article><p>", b"Iran and Oman held talks in Muscat. ", b"</p></article></body></html>")
    bad["huge.html"] = (folder / "huge.html", f"{folder / 'huge.html'}: the article is 50 MB, over the {LIMIT} limit for one article")
    long_text = ("Iran and Oman held talks in Muscat. " * (MAX_TEXT_CHARS // 36 + 2))[: MAX_TEXT_CHARS + 1]
    add("long.txt", f"Long\n{long_text}".encode(), f"the article's text is {MAX_TEXT_CHARS + 1:,} characters, "
                                                   f"over the {MAX_TEXT_CHARS:,}-character limit for one article")
    return bad


def make_mixed_feed(folder: Path) -> tuple[Path, list[str], list[dict]]:
    """A JSONL feed: good lines, and one bad line of each kind (the errors are FILE:LINE)."""
    good = [dict(GOOD, id=f"feed-good-{i}") for i in range(3)]
    huge_line = json.dumps({"id": "huge-line", "text": "x" * (MAX_ARTICLE_BYTES + 10)})
    lines = [json.dumps(good[0]), '{"id": "cut", "text": ', json.dumps({"id": "no-text"}), "",
             json.dumps(good[1]), huge_line, json.dumps({"id": "d", "text": "Iran.", "published": "tomorrow"}),
             '"a string"', json.dumps(good[2])]
    path = folder / "feed.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    messages = [f"{path}:2: invalid JSON: Expecting value (column 22)",
                f"{path}:3: the article has no 'text'",
                f"{path}:6: the line is over the {LIMIT} limit for one article",
                f"{path}:7: 'published' is not an ISO date (YYYY-MM-DD) or datetime: 'tomorrow'",
                f"{path}:8: expected a JSON object with 'id' and 'text', got a string"]
    return path, messages, good


def make_mixed_list(folder: Path) -> tuple[Path, list[str], list[dict]]:
    """A JSON list with good articles and bad ones: each bad one named by the line it starts on."""
    good = [dict(GOOD, id=f"list-good-{i}") for i in range(2)]
    path = folder / "list.json"
    path.write_text("[\n" + ",\n".join([json.dumps(good[0]), json.dumps({"id": "list-no-text"}),
                                        '{"id": "cut", "text": }', json.dumps(good[1])]) + "\n]\n", encoding="utf-8")
    return path, [f"{path}:3: the article has no 'text'", f"{path}:4: invalid JSON: Expecting value (column 23)"], good


@pytest.fixture(scope="module")
def bad_run(tools, tmp_path_factory, articles_dir):
    """A store holding one article; `kg ingest` of every bad input with good ones among them."""
    folder = tmp_path_factory.mktemp("bad-inputs")
    bad = make_bad_inputs(folder / "bad")
    feed, feed_errors, feed_good = make_mixed_feed(folder)
    mixed, list_errors, list_good = make_mixed_list(folder)
    good_file = tools.write_json(folder / "good.json", GOOD)
    first = articles_dir / f"{tools.EN_ARTICLE['id']}.json"
    location = folder / "store"
    tools.ok(tools.run_kg("ingest", "--store", location, first))
    before = export_nquads(tools, location)
    paths = [path for path, _ in bad.values()]
    only_bad = tools.run_kg("ingest", "--store", location, *paths, timeout=300)
    after_bad = export_nquads(tools, location)
    mixed_run = tools.run_kg("ingest", "--store", location, paths[0], good_file, feed, *paths[1:], mixed, timeout=300)
    reference = folder / "reference"
    tools.ok(tools.run_kg("ingest", "--store", reference, first, good_file))
    write_jsonl(folder / "good.jsonl", feed_good + list_good)
    tools.ok(tools.run_kg("ingest", "--store", reference, folder / "good.jsonl"))
    return {"bad": bad, "only_bad": only_bad, "mixed": mixed_run, "before": before, "after_bad": after_bad,
            "after": export_nquads(tools, location), "reference": export_nquads(tools, reference),
            "feed_errors": feed_errors, "list_errors": list_errors}


BAD_NAMES = ["missing.json", "pipe.json", "folder.json", "empty.json", "empty.jsonl", "empty.txt", "empty.html",
             "broken.json", "list-of-numbers.json", "string.json", "nested.json", "no-text.json", "blank-text.json",
             "bad-date.json", "bad-lang.json", "surrogate.json", "binary.txt", "latin1.txt", "no-article.html",
             "notes.docx", "huge.txt", "huge.json", "huge.html", "long.txt"]


def test_the_bad_input_list_covers_every_input_made(bad_run):
    assert sorted(BAD_NAMES) == sorted(bad_run["bad"])


@pytest.mark.parametrize("name", BAD_NAMES)
def test_each_bad_input_gets_one_clear_error_line_naming_it(bad_run, name):
    path, expected = bad_run["bad"][name]
    for run in ("only_bad", "mixed"):
        stderr = bad_run[run].stderr
        lines = [line for line in stderr.splitlines() if line.startswith(f"Error: {path}:") or line == f"Error: {expected}"]
        assert lines == [f"Error: {expected}"], f"{run}:\n{stderr}"


def test_bad_jsonl_lines_and_bad_list_elements_are_named_by_file_and_line(bad_run):
    errors = [line for line in bad_run["mixed"].stderr.splitlines() if line.startswith("Error: ")]
    for expected in bad_run["feed_errors"] + bad_run["list_errors"]:
        assert f"Error: {expected}" in errors, "\n".join(errors)


def test_bad_inputs_exit_non_zero_without_a_traceback_and_count_every_failure(bad_run):
    for run in ("only_bad", "mixed"):
        result = bad_run[run]
        assert result.returncode == 1
        assert "Traceback" not in result.stderr and "Traceback" not in result.stdout
        lines = result.stderr.strip().splitlines()
        assert all(line.startswith("Error: ") for line in lines[:-1]), lines
    assert bad_run["only_bad"].stderr.strip().splitlines()[-1].startswith("0 articles, ")
    assert bad_run["only_bad"].stderr.strip().splitlines()[-1].endswith(f"; {len(BAD_NAMES)} inputs failed")
    failures = len(BAD_NAMES) + len(bad_run["feed_errors"]) + len(bad_run["list_errors"])
    assert bad_run["mixed"].stderr.strip().splitlines()[-1].startswith("6 articles, ")
    assert bad_run["mixed"].stderr.strip().splitlines()[-1].endswith(f"; {failures} inputs failed")


def test_bad_inputs_leave_the_store_unchanged(bad_run):
    assert bad_run["before"].strip()
    assert set(bad_run["after_bad"].splitlines()) == set(bad_run["before"].splitlines())


def test_good_inputs_among_bad_ones_land_as_a_clean_ingest_of_them_alone(bad_run):
    assert set(bad_run["after"].splitlines()) == set(bad_run["reference"].splitlines())


def test_two_text_files_that_would_get_one_id_are_not_merged_the_second_is_reported(tools, tmp_path, store):
    (tmp_path / "news" / "may").mkdir(parents=True)
    (tmp_path / "news" / "june").mkdir()
    (tmp_path / "news" / "may" / "report.txt").write_text("Talks in May\nIran and Oman held talks in Muscat.", encoding="utf-8")
    june = tmp_path / "news" / "june" / "report.txt"
    june.write_text("محادثات\nاستضافت مسقط محادثات بين إيران والولايات المتحدة.", encoding="utf-8")
    result = tools.run_kg("ingest", "--store", store, tmp_path / "news")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    may = tmp_path / "news" / "may" / "report.txt"  # read after june/, folders being read in sorted order
    assert tools.error_lines(result.stderr) == [f"Error: {may}: its article id 'report' (from the file name) is already "
                                                f"taken by {june.resolve()} in this run: rename one of the two files"]
    titles = tools.values(tools.query_json(store, "SELECT ?t WHERE { ?a dcterms:title ?t }"), "t")
    assert titles == ["محادثات"]


def test_an_unreadable_file_is_reported_when_permissions_apply(tools, tmp_path, store):
    path = tools.write_json(tmp_path / "locked.json", GOOD)
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            pytest.skip("running as root: file permissions do not apply (the FIFO above stands in)")
        result = tools.run_kg("ingest", "--store", store, path)
    finally:
        path.chmod(0o644)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert f"Error: {path}: cannot read: Permission denied" in result.stderr.splitlines()


def test_utf16_text_as_windows_notepad_saves_it_is_read(tools, tmp_path, store):
    path = tmp_path / "notepad.txt"
    path.write_bytes("محادثات في مسقط\nاستضافت مسقط محادثات بين إيران والولايات المتحدة.".encode("utf-16"))
    tools.ok(tools.run_kg("ingest", "--store", store, path))
    titles = tools.values(tools.query_json(store, "SELECT ?t WHERE { ?a dcterms:title ?t }"), "t")
    assert titles == ["محادثات في مسقط"]


# ------------------------------------------------------------------ memory: reading streams

# Peak RSS from /proc (VmHWM, this process's own): ru_maxrss would carry over the high-water
# mark of the forking pytest process across exec.
READ_AND_MEASURE = """
import re, sys
from pathlib import Path
from kg.articles import Article, read_articles
count = errors = 0
for item in read_articles([Path(sys.argv[1])]):
    if isinstance(item, Article):
        count += 1
    else:
        errors += 1
status = Path("/proc/self/status").read_text()
print(count, errors, re.search(r"VmHWM:\\s+(\\d+) kB", status).group(1))
"""


def write_feed(path: Path, lines: int, as_list: bool = False) -> Path:
    """`lines` short articles, as JSONL or as one JSON list (one element a line)."""
    with path.open("w", encoding="utf-8") as handle:
        handle.write("[\n" if as_list else "")
        for i in range(lines):
            record = {"id": f"m{i}", "lang": "en", "published": "2024-05-01", "text": f"Iran and Oman held talks, round {i}."}
            handle.write(json.dumps(record) + (",\n" if as_list and i < lines - 1 else "\n"))
        handle.write("]\n" if as_list else "")
    return path


def peak_rss_kb(path: Path) -> tuple[int, int]:
    """(articles read, peak RSS in kB) of a process that only reads the file with kg.articles."""
    result = subprocess.run([sys.executable, "-c", READ_AND_MEASURE, str(path)], capture_output=True, text=True,
                            timeout=1800)
    assert result.returncode == 0, result.stderr
    count, errors, peak = map(int, result.stdout.split())
    assert errors == 0
    return count, peak


# Set RASAD_MEMORY_LINES=1000000 to measure a million lines (about a minute); CI reads 100,000.
BIG = int(os.environ.get("RASAD_MEMORY_LINES", "100000"))


@pytest.mark.parametrize("as_list", [False, True], ids=["jsonl", "json-list"])
@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="measures memory through Linux's /proc")
def test_reading_a_long_feed_streams_with_flat_memory(tmp_path, as_list):
    small, big = BIG // 10, BIG
    suffix = ".json" if as_list else ".jsonl"
    small_count, small_peak = peak_rss_kb(write_feed(tmp_path / f"small{suffix}", small, as_list))
    big_count, big_peak = peak_rss_kb(write_feed(tmp_path / f"big{suffix}", big, as_list))
    assert (small_count, big_count) == (small, big)
    print(f"peak RSS reading {small:,} lines: {small_peak / 1024:.1f} MB; {big:,} lines: {big_peak / 1024:.1f} MB")
    assert big_peak < 1.3 * small_peak, f"{small:,} lines: {small_peak} kB, {big:,} lines: {big_peak} kB"
