"""The `kg` command: thin glue over the library's functions."""
from __future__ import annotations

import signal
import os
import sys
from datetime import date
from pathlib import Path

import click

from kg.articles import Defaults, check_language, parse_published
from kg.errors import InputError, RasadError

STORE_HELP = "Store: a folder (embedded Oxigraph) or an http(s) SPARQL endpoint URL. Default: $RASAD_STORE or ~/.local/share/rasad/store."
store_option = click.option("--store", "store_location", metavar="DIR|URL", default=None, help=STORE_HELP)


def fail(message: str) -> None:
    click.echo(f"Error: {message}", err=True)
    sys.exit(1)


class _StopOnSignal:
    """The first Ctrl-C or SIGTERM asks the ingest to stop once the article in hand has landed;
    a second one interrupts at once. A flag rather than an exception at any bytecode: an
    exception raised inside a library's callback (pyoxigraph formatting a value) can be
    swallowed, and the run would go on as if never asked to stop."""

    def __init__(self) -> None:
        self.count = 0
        for number in (signal.SIGINT, signal.SIGTERM):
            signal.signal(number, self._handle)

    def _handle(self, number, frame) -> None:
        self.count += 1
        if self.count > 1:
            raise KeyboardInterrupt

    def requested(self) -> bool:
        return self.count > 0


def _open(location: str | None, read_only: bool = False):
    from kg.store import open_store

    try:
        return open_store(location, read_only=read_only)
    except RasadError as e:
        fail(str(e))


@click.group()
@click.version_option(package_name="rasad")
def main() -> None:
    """Rasad: a knowledge graph of Middle East states, proxies, officials and incidents from news."""


@main.command()
@store_option
@click.option("--published", help="Publication date (YYYY-MM-DD) for .txt files, which carry none.")
@click.option("--source", help="Source name for .txt files.")
@click.option("--lang", help="Language for .txt files (detected when absent).")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
def ingest(store_location, published, source, lang, paths) -> None:
    """Ingest articles: JSON, JSONL, .txt, saved .html pages, and folders of them."""
    from tqdm import tqdm

    from kg.ingest import ingest as run_ingest

    try:
        when: date | None = parse_published(published, "--published") if published else None
        language = check_language(lang, "--lang", name="--lang") if lang else None
    except InputError as e:
        fail(e.problem)
    store = _open(store_location)
    stop = _StopOnSignal()
    try:
        report = run_ingest(store, list(paths), Defaults(when, source, language),
                            progress=lambda total: tqdm(total=total, unit="article", file=sys.stderr, disable=None, leave=False),
                            on_error=lambda error: tqdm.write(f"Error: {error}", file=sys.stderr),
                            stop_requested=stop.requested)
    except RasadError as e:
        store.close()
        fail(str(e))
    except KeyboardInterrupt:
        report = None
    store.close()
    if report is None or report.stopped:
        fail("interrupted: every article written so far is whole; run the same ingest again to finish")
    click.echo(report.summary(), err=True)
    if report.failed:
        sys.exit(1)


@main.command()
@store_option
@click.option("--format", "fmt", default="turtle", show_default=True,
              type=click.Choice(["turtle", "trig", "nquads", "ntriples", "jsonld"], case_sensitive=False))
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write to this file instead of standard output.")
@click.option("--graph", metavar="IRI", help="Export one named graph (an article's IRI) only.")
def export(store_location, fmt, output, graph) -> None:
    """Export the store: Turtle/N-Triples/JSON-LD of the union, TriG/N-Quads with named graphs."""
    from kg.export import export as run_export
    from kg.store import write_whole

    store = _open(store_location, read_only=True)
    try:
        if output:
            partial = output.with_name(output.name + ".part")
            try:
                with partial.open("wb") as handle:
                    write_whole(store, handle, lambda view, out: run_export(view, out, fmt, graph))
                partial.replace(output)  # a failed export leaves no half-written file
            finally:
                partial.unlink(missing_ok=True)
        else:
            write_whole(store, sys.stdout.buffer, lambda view, out: run_export(view, out, fmt, graph))
            sys.stdout.buffer.flush()
    except RasadError as e:
        fail(str(e))
    except BrokenPipeError:  # `kg export | head`: the reader has all it wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    finally:
        store.close()


@main.command()
@store_option
@click.option("--format", "fmt", default="table", show_default=True, type=click.Choice(["table", "csv", "tsv", "json", "xml"]))
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE", help="A saved query's parameter (repeatable).")
@click.argument("query")
def query(store_location, fmt, params, query) -> None:
    """Run QUERY: SPARQL text, a .rq file, or the name of a saved query (see `kg queries`)."""
    from kg.query import run
    from kg.results import render

    values = {}
    for item in params:
        name, sep, value = item.partition("=")
        if not sep:
            fail(f"--param takes NAME=VALUE, not '{item}'")
        values[name.strip()] = value
    store = _open(store_location, read_only=True)
    try:
        results = run(store, query, values)
    except RasadError as e:
        fail(str(e))
    finally:
        store.close()
    text = render(results, fmt)
    click.echo(text, nl=not text.endswith("\n"))


@main.command()
def queries() -> None:
    """List the saved queries with their parameters."""
    from kg.query import saved_queries

    for name, saved in saved_queries().items():
        params = ", ".join(f"{p.name}={p.default}" if p.default else p.name for p in saved.parameters)
        click.echo(f"{name:<28} {saved.title}" + (f"  [{params}]" if params else ""))


@main.command()
@store_option
def stats(store_location) -> None:
    """Counts: entities and incidents by class, articles, graphs."""
    from kg.query import stats as run_stats

    store = _open(store_location, read_only=True)
    try:
        counts = run_stats(store)
    except RasadError as e:
        fail(str(e))
    finally:
        store.close()
    click.echo(f"articles  {counts['articles']}")
    click.echo(f"graphs    {counts['graphs']}")
    for name, n in counts["classes"].items():
        click.echo(f"{name:<10}{n}")


@main.command()
@click.option("--format", "fmt", default="turtle", show_default=True, type=click.Choice(["turtle", "ntriples", "jsonld", "rdfxml"]))
@click.option("--check", is_flag=True, help="Check the ontology's consistency with HermiT (needs Java).")
def ontology(fmt, check) -> None:
    """Print the Rasad ontology, or check it with a reasoner."""
    from kg import ontology_check

    if check:
        try:
            click.echo(ontology_check.check())
        except RasadError as e:
            fail(str(e))
        return
    sys.stdout.buffer.write(ontology_check.serialized(fmt))


@main.command()
@store_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (0.0.0.0: every interface).")
@click.option("--port", default=8000, show_default=True, type=int)
@click.option("--threads", default=8, show_default=True, type=click.IntRange(1, 256),
              help="waitress worker threads: requests answered at once (more wait in waitress's queue).")
@click.option("--workers", default=4, show_default=True, type=click.IntRange(1, 64),
              help="Query worker processes: queries run at once. /sparql may use all but one, so pages stay answered.")
@click.option("--timeout", default=10.0, show_default=True, type=click.FloatRange(0.1, 3600),
              help="Deadline of every query, in seconds: a query still running is stopped (its worker killed) "
                   "and answered 503. /sparql takes a lower one per request: timeout=SECONDS.")
@click.option("--max-rows", default=10_000, show_default=True, type=click.IntRange(1, 10_000_000),
              help="Most rows (or triples) /sparql and saved queries return; a cut answer says so "
                   "(X-Rasad-Truncated: true, \"truncated\": true in SPARQL JSON).")
@click.option("--worker-memory", default=2048, show_default=True, type=click.IntRange(0, 1 << 20), metavar="MB",
              help="Memory each query worker may use (address space, MB; 0: no cap): a query needing more is stopped.")
@click.option("--refresh", default=2.0, show_default=True, type=click.FloatRange(0, 3600),
              help="Seconds between looks for articles ingested while serving (0: never; restart to see them).")
def serve(store_location, host, port, threads, workers, timeout, max_rows, worker_memory, refresh) -> None:
    """Serve the explorer and the SPARQL endpoint (waitress, a production WSGI server).

    \b
    The store is read only: `kg ingest` can write it while the server runs, and new articles
    appear within --refresh seconds. Each request is answered by one of --threads threads;
    each query runs in one of --workers processes, under the --timeout deadline and the
    --max-rows cap. /sparql refuses SPARQL Update and SERVICE (403); request bodies are
    capped at 1 MB (413). Stop with Ctrl-C.
    """
    from waitress import serve as waitress_serve

    from kg.web import create_app

    try:
        app = create_app({"STORE": store_location, "QUERY_TIMEOUT": timeout, "MAX_ROWS": max_rows, "QUERY_WORKERS": workers,
                          "WORKER_MEMORY_MB": worker_memory, "REFRESH_SECONDS": refresh})
    except (RasadError, ValueError) as e:
        fail(str(e))
    click.echo(f"Rasad explorer on http://{host}:{port}/  (SPARQL endpoint: /sparql; {threads} threads, "
               f"{workers} query workers, {timeout:g} s deadline, {max_rows:,} rows)", err=True)
    try:
        # channel_request_lookahead lets waitress tell a request that its client went away
        # (the query is stopped then); bodies above 2 MB are refused before they are read.
        waitress_serve(app, host=host, port=port, threads=threads, channel_request_lookahead=1,
                       max_request_body_size=app.config["MAX_CONTENT_LENGTH"] * 2, ident="rasad")
    finally:
        app.extensions["rasad"]["store"].close()


@main.command()
@click.option("--published", help="Publication date (YYYY-MM-DD) for a .txt file.")
@click.argument("path", type=click.Path(path_type=Path))
def explain(published, path) -> None:
    """Extract one article file and print every fact with the sentence it came from."""
    from kg.articles import read_articles
    from kg.explain import explain as run_explain
    from kg.extract.catalogue import default_catalogue
    from kg.extract.pipeline import extract

    try:
        when = parse_published(published, "--published") if published else None
    except InputError as e:
        fail(e.problem)
    items = list(read_articles([path], Defaults(published=when)))
    for item in items:
        if isinstance(item, InputError):
            fail(str(item))
    catalogue = default_catalogue()
    click.echo("\n\n".join(run_explain(extract(article, catalogue), catalogue) for article in items))


@main.command()
@click.option("--details", is_flag=True, help="List every miss and false alarm with its sentence.")
@click.option("--json", "as_json", is_flag=True, help="Print the totals as JSON.")
@click.option("--min-f1", type=float, default=None, help="Exit non-zero if incidents F1 falls below this.")
@click.argument("gold", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
def evaluate(details, as_json, min_f1, gold) -> None:
    """Score extraction against gold files (GOLD.md format): P/R/F1 per kind and language."""
    import json

    from kg.evaluate import evaluate as run_evaluate, report, totals

    files = [p for g in gold for p in (sorted(g.rglob("*.json")) if g.is_dir() else [g])]
    try:
        scores = run_evaluate(files)
    except RasadError as e:
        fail(str(e))
    tallies, dates = totals(scores)
    if as_json:
        summary = {k: {"precision": round(t.precision, 3), "recall": round(t.recall, 3), "f1": round(t.f1, 3)} for k, t in tallies.items()}
        summary["dates"] = round(dates.tp / (dates.tp + dates.fn), 3) if dates.tp + dates.fn else 0.0
        click.echo(json.dumps(summary))
    else:
        click.echo(report(scores, details))
    if min_f1 is not None and tallies["incidents"].f1 < min_f1:
        fail(f"incidents F1 {tallies['incidents'].f1:.3f} is below {min_f1}")


@main.command()
@store_option
@click.option("--port", default=8000, show_default=True, type=int)
@click.option("--no-serve", is_flag=True, help="Ingest the samples and stop, without starting the explorer.")
def demo(store_location, port, no_serve) -> None:
    """Ingest the bundled sample articles and open the explorer on them."""
    from kg.ingest import ingest as run_ingest

    samples = Path(__file__).resolve().parent.parent / "examples"
    store = _open(store_location)
    report = run_ingest(store, [samples])
    store.close()
    click.echo(report.summary(), err=True)
    if not no_serve:
        ctx = click.get_current_context()
        ctx.invoke(serve, store_location=store_location, host="127.0.0.1", port=port)  # the other options' defaults


@main.command("extract")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write to this file instead of standard output.")
@click.option("--workers", default=1, show_default=True, type=int, help="Extraction processes (0: one per core); the output order stays the input order.")
@click.option("--published", help="Publication date (YYYY-MM-DD) for .txt files, which carry none.")
@click.option("--source", help="Source name for .txt files.")
@click.option("--lang", help="Language for .txt files (detected when absent).")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
def extract_command(output, workers, published, source, lang, paths) -> None:
    """Extract articles to N-Quads without a store: JSONL on standard input, or files and folders."""
    from kg.articles import read_articles
    from kg.bulk import extract_stream, read_stream

    try:
        when: date | None = parse_published(published, "--published") if published else None
    except InputError as e:
        fail(e.problem)
    items = read_articles(list(paths), Defaults(when, source, lang)) if paths else read_stream(sys.stdin.buffer)
    if output:
        with output.open("wb") as handle:
            report = extract_stream(items, handle, workers)
    else:
        report = extract_stream(items, sys.stdout.buffer, workers)
        sys.stdout.buffer.flush()
    for error in report.errors:
        click.echo(f"Error: {error}", err=True)
    click.echo(report.summary(), err=True)
    if report.errors:
        sys.exit(1)


@main.command("load")
@store_option
@click.option("--format", "fmt", type=click.Choice(["nquads", "trig", "turtle", "ntriples"], case_sensitive=False),
              help="The files' format. Default: from each file's extension (.nq, .trig, .ttl, .nt); N-Quads for '-'.")
@click.option("--graph", metavar="IRI", help="The named graph for triples (Turtle, N-Triples), which have none of their own.")
@click.option("--gsp", metavar="URL", help="Remote store: a Graph Store Protocol endpoint that takes N-Quads "
              "(Oxigraph: BASE/store; Fuseki: the dataset's URL). Default: SPARQL Update, which any server takes.")
@click.option("--replace", is_flag=True, help="First drop the named graphs the files fill (re-loading a re-extracted corpus).")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path, allow_dash=True))
def load_command(store_location, fmt, graph, gsp, replace, files) -> None:
    """Bulk-load N-Quads, TriG or Turtle files ('-': standard input) into the store."""
    import time

    from kg.bulk import load, load_stream, rdf_format

    started = time.perf_counter()
    store = _open(store_location)
    try:
        for path in files:
            if str(path) == "-":
                load_stream(store, sys.stdin.buffer, rdf_format("-", fmt or "nquads"), graph, gsp, replace)
            else:
                load(store, path, rdf_format(path, fmt), graph, gsp, replace)
    except RasadError as e:
        fail(str(e))
    finally:
        store.close()
    click.echo(f"{len(files)} file{'s' if len(files) != 1 else ''} loaded in {time.perf_counter() - started:.2f} s", err=True)
