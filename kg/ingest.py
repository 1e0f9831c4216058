"""Ingest: read articles, extract, map to RDF and write each article's graph in one transaction."""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from kg.articles import Article, Defaults, expand_paths, read_articles
from kg.errors import InputError, RasadError
from kg.extract.catalogue import Catalogue, default_catalogue
from kg.extract.pipeline import extract
from kg.mapping import article_quads
from kg.ontology import article_iri
from kg.store import Store


@dataclass
class IngestReport:
    articles: int = 0
    entities: int = 0
    facts: int = 0
    incidents: int = 0
    quads: int = 0
    seconds: float = 0.0
    errors: list[RasadError] = field(default_factory=list)

    def summary(self) -> str:
        line = (f"{self.articles} article{'s' if self.articles != 1 else ''}, {self.entities} entities, "
                f"{self.facts} facts, {self.incidents} incidents, {self.quads} quads in {self.seconds:.2f} s")
        if self.errors:
            line += f"; {len(self.errors)} input{'s' if len(self.errors) != 1 else ''} failed"
        return line


def ingest_article(store: Store, article: Article, catalogue: Catalogue, report: IngestReport) -> None:
    """Extract one article and replace its graph; on any error the store keeps what it had."""
    extraction = extract(article, catalogue)
    quads = article_quads(extraction, catalogue)
    store.replace_graph(article_iri(article.id), quads)
    report.articles += 1
    report.entities += len(extraction.entities)
    report.facts += len(extraction.relations)
    report.incidents += len(extraction.incidents)
    report.quads += len(quads)


def ingest(store: Store, paths: list[Path], defaults: Defaults = Defaults(),
           progress: Callable[[int | None], object] | None = None) -> IngestReport:
    """Ingest every article under the paths; bad inputs are reported, good ones still land."""
    catalogue = default_catalogue()
    report = IngestReport()
    started = time.perf_counter()
    bar = progress(_count_files(paths)) if progress else None
    for item in read_articles(paths, defaults):
        if isinstance(item, InputError):
            report.errors.append(item)
        else:
            try:
                ingest_article(store, item, catalogue, report)
            except RasadError as error:
                report.errors.append(InputError(item.origin, str(error)))
        if bar is not None:
            bar.update(1)
    if bar is not None:
        bar.close()
    report.seconds = time.perf_counter() - started
    return report


def _count_files(paths: list[Path]) -> int | None:
    files = [p for p in expand_paths(paths) if isinstance(p, Path)]
    if any(p.suffix.lower() in (".jsonl", ".ndjson") for p in files):
        return None
    return len(files)
