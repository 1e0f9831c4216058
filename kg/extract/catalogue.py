"""The actor catalogue (YAML data files) and a longest-first matcher over normalised text.

Arabic names are not cut from their clitics in the text (لبنان and بغداد begin with clitic
letters): instead a match may be preceded by an allowed chain of proclitics.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import ahocorasick

from kg.datafiles import read_yaml
from kg.extract.text import Normalised, is_arabic, normalise

CATALOGUE_DIR = Path(__file__).resolve().parent.parent / "data" / "catalogue"
KINDS = {"states": "State", "proxies": "Proxy", "officials": "Official", "organs": "Organ", "places": "Place"}

_CONJ, _PREP, _ART = ("", "و", "ف"), ("", "ب", "ك", "ل"), ("", "ال")
# ل + ال is written لل: that form is matched against names stripped of their article.
ARABIC_PREFIXES = frozenset(c + ("لل" if (p, a) == ("ل", "ال") else p + a) for c in _CONJ for p in _PREP for a in _ART)
LAM_LAM_PREFIXES = frozenset(c + "لل" for c in _CONJ)
FORM_RANK = ("name", "alias", "metonym", "demonym", "short")
NISBA_ENDINGS = ("", "ه", "ون", "ين", "ان", "ا", "تين", "تان")


@dataclass(frozen=True)
class Actor:
    key: str
    kind: str
    en: str
    ar: str
    wikidata: str | None = None
    aliases: tuple[str, ...] = ()
    metonyms: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    short: tuple[str, ...] = ()
    of: str | None = None
    office_en: str | None = None
    office_ar: str | None = None
    sponsors: tuple[str, ...] = ()
    base: str | None = None
    hosts: tuple[str, ...] = ()  # a base's foreign garrison: whose forces an attack on it hits
    governs: tuple[str, str] | None = None  # (state, since when): a group that became a state's government
    period: tuple[str | None, str | None] = (None, None)
    source: str = ""
    in_catalogue: bool = True


@dataclass(frozen=True)
class Pattern:
    key: str
    form: str  # name | alias | metonym | demonym | short
    arabic: bool
    exact_case: str | None  # the surface that must match letter for letter (acronyms)
    lam_lam: bool = False   # the article-less form written after لل
    lower_initial: bool = False  # written in small letters in the catalogue (`al-Qaida`, `authorities in Sanaa`)


@dataclass(frozen=True)
class Match:
    """A name found in text, with every reading of it (one for most names)."""

    readings: tuple[Pattern, ...]  # best first: names, aliases, metonyms, demonyms, short forms
    start: int  # original offsets, the proclitics excluded
    end: int
    n_start: int  # the same span in the normalised text
    n_end: int
    surface: str


def _names(entry: dict, fieldname: str) -> list[str]:
    value = entry.get(fieldname) or {}
    if isinstance(value, list):
        return [str(v) for v in value if v]
    return [str(v) for lang in ("en", "ar") for v in (value.get(lang) or []) if v]


def _actor(entry: dict, kind: str, source_file: str) -> Actor:
    office = entry.get("office") or {}
    return Actor(
        key=entry["key"], kind=kind, en=entry["en"], ar=entry["ar"], wikidata=entry.get("wikidata"),
        aliases=tuple(_names(entry, "aliases")), metonyms=tuple(_names(entry, "metonyms")),
        demonyms=tuple(_names(entry, "demonyms")), short=tuple(_names(entry, "short")),
        of=entry.get("of"), office_en=office.get("en"), office_ar=office.get("ar"),
        sponsors=tuple(entry.get("sponsors") or ()), base=entry.get("base"), hosts=tuple(entry.get("hosts") or ()),
        period=(_iso(entry.get("from")), _iso(entry.get("to"))),
        governs=(entry["governs"]["state"], _iso(entry["governs"]["since"])) if entry.get("governs") else None,
        source=entry.get("source") or source_file,
    )


def _surnames(actor: Actor) -> tuple[str, ...]:
    """An official the catalogue gives no short names: the last word of each full name (`Hussein`,
    `حسين` for Fuad Hussein), which names him only after his full name in the same article."""
    if actor.kind != "Official":
        return ()
    return tuple(name.split()[-1] for name in (actor.en, actor.ar) if len(name.split()) >= 2 and len(name.split()[-1]) >= 3)


def _iso(value) -> str | None:
    return None if value is None else str(value)


# Spellings the Arabic press uses for the same word (AFP writes `الديموقراطية` for `الديمقراطية`)
_SPELLINGS = (("ديمقراط", "ديموقراط"),)


class Catalogue:
    """All actors by key, and a matcher that finds their names in text."""

    def __init__(self, actors: list[Actor], stoplist: frozenset[str] = frozenset()):
        self.actors: dict[str, Actor] = {}
        for actor in actors:
            self.actors.setdefault(actor.key, actor)
        self._automaton = ahocorasick.Automaton()
        patterns: dict[str, list[Pattern]] = {}
        owners: dict[str, set[str]] = {}
        for actor in self.actors.values():
            for form, surface in self._surfaces(actor):
                owners.setdefault(normalise(surface), set()).add(actor.key)
                for text, pattern in self._patterns(actor.key, form, surface):
                    if text in stoplist:
                        continue
                    patterns.setdefault(text, []).append(pattern)
        for text, found in patterns.items():
            found.sort(key=lambda p: FORM_RANK.index(p.form))
            self._automaton.add_word(text, (len(text), tuple(found)))
        self._automaton.make_automaton()
        # short names several actors answer to (`Bagheri`: Ali Bagheri Kani and Mohammad Bagheri)
        self._shared = {surface for surface, keys in owners.items() if len(keys) > 1}
        # organs, places and armed wings by the state or group they belong to: where each article's sides start
        self.sides: dict[str, str] = {a.key: a.of for a in self.actors.values() if a.kind in ("Organ", "Place", "Proxy") and a.of}
        # each group by the state it is based in
        self.bases: dict[str, str] = {a.key: a.base for a in self.actors.values() if a.kind == "Proxy" and a.base}

    def other_names(self, actor: Actor) -> tuple[str, ...]:
        """An actor's aliases, metonyms and short names, without a short name it shares with another
        actor: a label that names two people would make a reader of the graph take one for the other."""
        shorts = tuple(name for name in actor.short if normalise(name) not in self._shared)
        return tuple(dict.fromkeys((*actor.aliases, *actor.metonyms, *shorts)))

    def __getitem__(self, key: str) -> Actor:
        return self.actors[key]

    def __contains__(self, key: str) -> bool:
        return key in self.actors

    @staticmethod
    def _surfaces(actor: Actor):
        yield "name", actor.en
        yield "name", actor.ar
        for alias in actor.aliases:
            yield "alias", alias
        for metonym in actor.metonyms:
            yield "metonym", metonym
        for demonym in actor.demonyms:
            yield "demonym", demonym
        for short in actor.short or _surnames(actor):
            yield "short", short

    @staticmethod
    def _patterns(key: str, form: str, surface: str):
        surface = re.sub(r"^(the|The)\s+", "", surface.strip())
        if not surface:
            return
        arabic = is_arabic(surface)
        text = normalise(surface)
        if not arabic:
            compact = surface.replace(".", "")
            exact = surface if (compact.isupper() and len(compact) <= 5) else None
            yield text, Pattern(key, form, False, exact, lower_initial=surface[:1].islower())
            return
        endings = NISBA_ENDINGS if form == "demonym" else ("",)
        for spelling in dict.fromkeys((text, *(text.replace(usual, variant) for usual, variant in _SPELLINGS))):
            for ending in endings:
                yield spelling + ending, Pattern(key, form, True, None)
                if spelling.startswith("ال") and len(spelling) > 3:
                    yield spelling[2:] + ending, Pattern(key, form, True, None, lam_lam=True)

    def find(self, norm: Normalised, original: str) -> list[Match]:
        """Every catalogue name in the text, longest first, without overlaps."""
        text = norm.text
        by_word: dict[tuple[int, int], tuple[int, tuple[Pattern, ...]]] = {}  # (word start, end) -> (name start, readings)
        for end_index, (length, found) in self._automaton.iter(text):
            start, end = end_index - length + 1, end_index + 1
            if end < len(text) and (text[end].isalnum() or text[end] == "_"):
                continue
            word_start = start
            while word_start > 0 and text[word_start - 1].isalnum():
                word_start -= 1
            prefix = text[word_start:start]
            readings = tuple(p for p in found if self._accepts(p, prefix, norm, original, start, end))
            if readings:
                # (`السوداني` is both Sudani's surname and the nisba of Sudan with its article: one word, both
                # readings, spanning from the longer name's start)
                earlier_start, earlier = by_word.get((word_start, end), (start, ()))
                by_word[(word_start, end)] = (min(start, earlier_start), earlier + readings)
        candidates = [(word_start, start, end, tuple(sorted(dict.fromkeys(readings), key=self._rank(text[word_start:start]))))
                      for (word_start, end), (start, readings) in by_word.items()]
        candidates.sort(key=lambda c: (-(c[2] - c[1]), c[0]))
        taken: list[tuple[int, int]] = []
        matches = []
        for word_start, start, end, readings in candidates:
            if any(word_start < e and s < end for s, e in taken):
                continue
            taken.append((word_start, end))
            o_start, o_end = norm.span(start, end)
            matches.append(Match(readings, o_start, o_end, start, end, original[o_start:o_end]))
        return sorted(matches, key=lambda m: m.start)

    @staticmethod
    def _rank(prefix: str):
        """Readings best first; after the article a nisba reads before a name (`وزارة الداخلية السورية`: Syrian,
        not the alias `سورية`)."""
        article = prefix.endswith(("ال", "لل"))
        return lambda p: (not (article and p.form == "demonym"), FORM_RANK.index(p.form))

    @staticmethod
    def _accepts(pattern: Pattern, prefix: str, norm: Normalised, original: str, start: int, end: int) -> bool:
        if pattern.arabic:
            return prefix in (LAM_LAM_PREFIXES if pattern.lam_lam else ARABIC_PREFIXES)
        if prefix:
            return False
        o_start, o_end = norm.span(start, end)
        surface = original[o_start:o_end]
        if pattern.exact_case is not None:
            return surface == pattern.exact_case
        if pattern.form == "short" and surface[:1].islower():
            # `the army`, `the military`: a common noun names the organ only with its article (not `the military wing`)
            return _THE_BEFORE.search(original, 0, o_start) is not None and not _WING_AFTER.match(original, o_end)
        return surface[:1].isupper() or not surface[:1].isalpha() or pattern.lower_initial


_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_WING_AFTER = re.compile(r"\s+wings?\b")


def load_actors(directory: Path = CATALOGUE_DIR) -> list[Actor]:
    actors = []
    for path in sorted(directory.glob("*.yaml")):
        kind = next((k for prefix, k in KINDS.items() if path.name.startswith(prefix)), None)
        if kind is None:
            continue
        for entry in read_yaml(path) or []:
            actors.append(_actor(entry, kind, path.name))
    return actors


def load_stoplist(directory: Path = CATALOGUE_DIR) -> frozenset[str]:
    path = directory / "stoplist.yaml"
    if not path.exists():
        return frozenset()
    return frozenset(normalise(str(word)) for word in read_yaml(path) or [])


@lru_cache(maxsize=1)
def default_catalogue() -> Catalogue:
    return Catalogue(load_actors(), load_stoplist())
