"""Ingest: read articles, extract, map to RDF and write each article's graph in one transaction.

An article lands whole or not at all (one SPARQL update replaces its graph), so a run that is
killed leaves only whole articles, and running it again finishes it: IRIs are deterministic,
so nothing is doubled. A bad input, or an article the extractor fails on, is reported and the
run goes on; a store that fails stops the run, since no later article could land either.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from pyoxigraph import Quad

from kg.articles import Article, Defaults, expand_paths, read_articles
from kg.errors import InputError, RasadError, StoreError
from kg.extract.catalogue import Catalogue, default_catalogue
from kg.extract.pipeline import extract
from kg.mapping import article_graphs
from kg.ontology import article_iri
from kg.store import Store

KEPT_ERRORS = 10_000  # errors kept in the report; all are counted (and passed to on_error)


@dataclass
class IngestReport:
    articles: int = 0
    entities: int = 0
    facts: int = 0
    incidents: int = 0
    quads: int = 0
    seconds: float = 0.0
    errors: list[RasadError] = field(default_factory=list)
    failed: int = 0
    stopped: bool = False  # the run was asked to stop before its last article

    def add_error(self, error: RasadError) -> None:
        self.failed += 1
        if len(self.errors) < KEPT_ERRORS:
            self.errors.append(error)

    def summary(self) -> str:
        line = (f"{self.articles} article{'s' if self.articles != 1 else ''}, {self.entities} entities, "
                f"{self.facts} facts, {self.incidents} incidents, {self.quads} quads in {self.seconds:.2f} s")
        if self.failed:
            line += f"; {self.failed} input{'s' if self.failed != 1 else ''} failed"
        return line


def ingest_article(store: Store, article: Article, catalogue: Catalogue, report: IngestReport,
                   described: set[Quad] | None = None) -> None:
    """Extract one article and replace its graph; on any error the store keeps what it had.
    `described`: catalogue quads this run has already written, left out of the update (the
    catalogue graph is only ever added to); the article's are added once its update is in."""
    extraction = extract(article, catalogue)
    own, background = article_graphs(extraction, catalogue)
    if described is not None:
        background = [q for q in background if q not in described]
    store.replace_graph(article_iri(article.id), own + background)
    if described is not None:
        described.update(background)
    report.articles += 1
    report.entities += len(extraction.entities)
    report.facts += len(extraction.relations)
    report.incidents += len(extraction.incidents)
    report.quads += len(own) + len(background)


def ingest(store: Store, paths: list[Path], defaults: Defaults = Defaults(),
           progress: Callable[[int | None], object] | None = None,
           on_error: Callable[[RasadError], object] | None = None,
           stop_requested: Callable[[], bool] | None = None) -> IngestReport:
    """Ingest every article under the paths; bad inputs are reported (to `on_error` as they
    come, and in the report), good ones still land. A StoreError stops the run, and so does
    `stop_requested()` turning true: checked after each article, so each lands whole."""
    catalogue = default_catalogue()
    report = IngestReport()
    described: set[Quad] = set()  # bounded by the catalogue's size
    started = time.perf_counter()
    bar = progress(_count_files(paths)) if progress else None

    def failed(error: RasadError) -> None:
        report.add_error(error)
        if on_error is not None:
            on_error(error)

    try:
        for item in read_articles(paths, defaults):
            if isinstance(item, InputError):
                failed(item)
            else:
                _ingest_one(store, item, catalogue, report, failed, described)
            if bar is not None:
                bar.update(1)
            if stop_requested is not None and stop_requested():
                report.stopped = True
                break
    finally:
        if bar is not None:
            bar.close()
        report.seconds = time.perf_counter() - started
    return report


def _ingest_one(store: Store, article: Article, catalogue: Catalogue, report: IngestReport,
                failed: Callable[[RasadError], None], described: set[Quad]) -> None:
    try:
        ingest_article(store, article, catalogue, report, described)
    except StoreError:
        raise
    except RasadError as error:
        failed(InputError(article.origin, str(error)))
    except (RecursionError, MemoryError):
        failed(InputError(article.origin, "the article is too complex to extract (recursion or memory exhausted)"))
    except Exception as error:  # a bug met on one article must not cost the articles after it
        reason = (str(error).strip().splitlines() or [""])[0][:300]
        failed(InputError(article.origin, f"cannot be ingested, a bug in Rasad: {type(error).__name__}: {reason}"))


def _count_files(paths: list[Path]) -> int | None:
    files = [p for p in expand_paths(paths) if isinstance(p, Path)]
    if any(p.suffix.lower() in (".jsonl", ".ndjson") for p in files):
        return None
    return len(files)
