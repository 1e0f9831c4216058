"""Relations stated by the article: a group backed by a state, a person serving a state or group."""
from __future__ import annotations

import re

from kg.extract.catalogue import Catalogue
from kg.extract.lexicon import Lexicon
from kg.extract.model import Evidence, Mention, Relation
from kg.extract.text import Normalised

_AFFILIATION_WINDOW = 70  # characters between an affiliation and the name it qualifies
_CLAUSE_BREAK = re.compile(r"[،,;:.()«»\"]|\s(?:and|و)\s")


def sponsorships(norm: Normalised, mentions: list[Mention], lexicon: Lexicon) -> list[Relation]:
    """`Iran-backed Houthis`, `الحوثي المدعومة من إيران`, `Hamas ... is backed by Tehran`."""
    text = norm.text
    relations = []
    proxies = [m for m in mentions if m.kind == "Proxy"]
    for state in (m for m in mentions if m.kind == "State"):
        phrase = _sponsor_phrase(text, state, lexicon)
        if phrase is None:
            continue
        for proxy in proxies:
            evidence = Evidence(state.sentence, min(proxy.start, state.start), max(proxy.end, state.end),
                                f"sponsorship phrase '{phrase}'", 0.85)
            relations.append(Relation(proxy.key, "sponsoredBy", state.key, evidence))
    return relations


def sponsor_mentions(norm: Normalised, mentions: list[Mention], lexicon: Lexicon) -> set[int]:
    """Where a state is named only as a sponsor (`Iran-backed`): not an actor of the sentence."""
    return {m.n_start for m in mentions if m.kind == "State" and _sponsor_phrase(norm.text, m, lexicon)}


def _sponsor_phrase(text: str, state: Mention, lexicon: Lexicon) -> str | None:
    """The sponsorship phrase around a state's mention, if there is one."""
    before_text = re.sub(r"\bthe\s+$", "", text[:state.n_start])
    after_text = text[state.n_end:]
    for before, after in lexicon.sponsorship:
        if before_text.endswith(before) and after_text.startswith(after):
            return f"{before}{{state}}{after}".strip()
    return None


def affiliations(norm: Normalised, mentions: list[Mention], catalogue: Catalogue,
                 seen: set[str]) -> list[Relation]:
    """Each official, once per article: the state or group the title gives, else the catalogue's."""
    relations = []
    for person in (m for m in mentions if m.kind == "Official"):
        if person.key in seen:
            continue
        given = _titled_affiliation(norm.text, person, mentions)
        actor = catalogue.actors.get(person.key)
        if given is not None:
            evidence = Evidence(person.sentence, min(given.start, person.start), max(given.end, person.end),
                                "title names the state or group", 0.9)
            relations.append(Relation(person.key, "officialOf", given.key, evidence))
        elif actor is not None and actor.of and actor.of in catalogue:
            evidence = Evidence(person.sentence, person.start, person.end, "catalogue: office holder", 0.7)
            relations.append(Relation(person.key, "officialOf", actor.of, evidence))
        else:
            continue
        seen.add(person.key)
    return relations


def _titled_affiliation(text: str, person: Mention, mentions: list[Mention]) -> Mention | None:
    """The nearest state or group named in the title phrase just before the person."""
    for other in sorted(mentions, key=lambda m: -m.n_end):
        if other.kind not in ("State", "Proxy") or other.n_end > person.n_start:
            continue
        between = text[other.n_end:person.n_start]
        if len(between) > _AFFILIATION_WINDOW or _CLAUSE_BREAK.search(between):
            return None
        return other
    return None
