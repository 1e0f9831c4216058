"""What extraction produces: plain frozen dataclasses, each fact with its evidence."""
from __future__ import annotations

from dataclasses import dataclass

from kg.articles import Article
from kg.extract.dates import DateValue
from kg.extract.text import Sentence


@dataclass(frozen=True)
class Evidence:
    """Where a fact comes from: a span of the article's text, the rule, and a confidence."""

    sentence: int
    start: int
    end: int
    rule: str
    confidence: float


@dataclass(frozen=True)
class Mention:
    key: str
    kind: str
    form: str  # name | alias | metonym | demonym | short | title | anaphora | bloc
    start: int  # offsets in the article text
    end: int
    surface: str
    sentence: int
    n_start: int  # offsets in the normalised sentence
    n_end: int


@dataclass(frozen=True)
class Entity:
    key: str
    kind: str  # State | Proxy | Official
    en: str
    ar: str
    wikidata: str | None
    in_catalogue: bool
    aliases: tuple[str, ...]
    mentions: tuple[Mention, ...]


@dataclass(frozen=True)
class Relation:
    subject: str
    predicate: str  # sponsoredBy | officialOf
    object: str
    evidence: Evidence


@dataclass(frozen=True)
class Incident:
    type: str  # Attack | Talks | Threat | Agreement | Sanction
    perpetrators: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()
    parties: tuple[str, ...] = ()
    mediators: tuple[str, ...] = ()
    location: str | None = None
    date: DateValue | None = None
    claimed_by: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    victim_named: bool = False  # the text names who suffered the act (passive, `the killing of X`)
    new_act: bool = False  # told as news (`a drone hit`, `غارة`), not referred back to (`the strike`)

    @property
    def actors(self) -> tuple[str, ...]:
        return self.perpetrators + self.parties


@dataclass(frozen=True)
class Extraction:
    article: Article
    sentences: tuple[Sentence, ...]
    entities: tuple[Entity, ...]
    relations: tuple[Relation, ...]
    incidents: tuple[Incident, ...]
