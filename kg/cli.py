"""The `kg` command: thin glue over the library's functions."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import click

from kg.articles import Defaults, parse_published
from kg.errors import InputError, RasadError

STORE_HELP = "Store: a folder (embedded Oxigraph) or an http(s) SPARQL endpoint URL. Default: $RASAD_STORE or ~/.local/share/rasad/store."
store_option = click.option("--store", "store_location", metavar="DIR|URL", default=None, help=STORE_HELP)


def fail(message: str) -> None:
    click.echo(f"Error: {message}", err=True)
    sys.exit(1)


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
    except InputError as e:
        fail(e.problem)
    store = _open(store_location)
    report = run_ingest(store, list(paths), Defaults(when, source, lang),
                        progress=lambda total: tqdm(total=total, unit="article", file=sys.stderr, disable=None, leave=False))
    store.close()
    for error in report.errors:
        click.echo(f"Error: {error}", err=True)
    click.echo(report.summary(), err=True)
    if report.errors:
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

    store = _open(store_location)
    try:
        if output:
            partial = output.with_name(output.name + ".part")
            try:
                with partial.open("wb") as handle:
                    run_export(store, handle, fmt, graph)
                partial.replace(output)  # a failed export leaves no half-written file
            finally:
                partial.unlink(missing_ok=True)
        else:
            run_export(store, sys.stdout.buffer, fmt, graph)
            sys.stdout.buffer.flush()
    except RasadError as e:
        fail(str(e))
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
    store = _open(store_location)
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

    store = _open(store_location)
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
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=int)
@click.option("--threads", default=8, show_default=True, type=int, help="Worker threads of the WSGI server.")
def serve(store_location, host, port, threads) -> None:
    """Serve the explorer and the SPARQL endpoint (waitress)."""
    from waitress import serve as waitress_serve

    from kg.web import create_app

    try:
        app = create_app({"STORE": store_location})
    except RasadError as e:
        fail(str(e))
    click.echo(f"Rasad explorer on http://{host}:{port}/  (SPARQL endpoint: /sparql)", err=True)
    waitress_serve(app, host=host, port=port, threads=threads)


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
        ctx.invoke(serve, store_location=store_location, host="127.0.0.1", port=port, threads=8)


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
