"""Trigger words, markers and titles from the data files, compiled to regular expressions."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from kg.extract.text import is_arabic, normalise

DATA = Path(__file__).resolve().parent.parent / "data"
AR_PROCLITICS = r"(?:[وفبلك]|ال|وال|بال|فال|كال|لل|ولل|فلل|وب|فب|ول|فل|وس|س)?"


def word_pattern(entry: str) -> str:
    """A data-file word as a regex over normalised text: `*` any ending, Arabic proclitics allowed."""
    stem = entry.endswith("*")
    text = normalise(entry.rstrip("*"))
    body = re.escape(text).replace(r"\ ", r"\s+")
    tail = r"\w*" if stem else ""
    if is_arabic(text):
        return rf"(?<!\w){AR_PROCLITICS}{body}{tail}(?!\w)"
    return rf"(?<![\w-]){body}{tail}(?![\w])"


def compile_words(entries) -> re.Pattern:
    ordered = sorted({str(e) for e in entries}, key=lambda e: -len(e))
    if not ordered:
        return re.compile(r"(?!x)x")
    return re.compile("|".join(word_pattern(e) for e in ordered))


@dataclass(frozen=True)
class Lexicon:
    nouns: dict[str, re.Pattern]
    verbs: dict[str, re.Pattern]
    defence: re.Pattern
    future_force: re.Pattern
    concluded: re.Pattern
    patient_nouns: re.Pattern
    undergo: re.Pattern
    complementizer: re.Pattern
    speech: re.Pattern
    mediation: re.Pattern
    agent: re.Pattern
    target: re.Pattern
    mediator: re.Pattern
    place: re.Pattern
    denial: re.Pattern
    accusation: re.Pattern
    conditional: re.Pattern
    negation: re.Pattern
    claim: re.Pattern
    group_anaphora: re.Pattern
    person_anaphora: re.Pattern
    pair_anaphora: re.Pattern
    sponsorship: tuple[tuple[str, str], ...]  # (before {state}, after {state}) in normalised text
    titles: re.Pattern
    clitic_initial_names: frozenset[str]


def _both(section: dict) -> list:
    return [*(section.get("en") or []), *(section.get("ar") or [])]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    data = yaml.safe_load((DATA / "triggers.yaml").read_text(encoding="utf-8"))
    titles = yaml.safe_load((DATA / "titles.yaml").read_text(encoding="utf-8"))
    nouns, verbs = {}, {}
    for kind, langs in data["incidents"].items():
        nouns[kind] = compile_words([w for lang in langs.values() for w in lang.get("nouns", [])])
        verbs[kind] = compile_words([w for lang in langs.values() for w in lang.get("verbs", [])])
    sponsorship = []
    for phrase in _both(data["sponsorship"]):
        before, _, after = phrase.partition("{state}")
        before = normalise(before) + (" " if before.endswith(" ") else "")
        after = (" " if after.startswith(" ") else "") + normalise(after)
        sponsorship.append((before, after))
    defence = [w for lang in data["incidents"]["Attack"].values() for w in lang.get("defence", [])]
    force = "|".join(re.escape(w) for w in data["incidents"]["Threat"]["en"]["future_force"])
    force_ar = "|".join(re.escape(normalise(w)) for w in data["incidents"]["Threat"]["ar"]["future_force"])
    attack_noun = "|".join(re.escape(normalise(w.rstrip("*"))) for w in data["incidents"]["Attack"]["ar"]["nouns"])
    future_force = re.compile(
        rf"(?:\bwill|\bwould|\bshall|'ll)\s+(?:[\w-]+\s+){{0,3}}?(?:{force})\w*"
        rf"|(?<!\w)[وف]?س[نتيا](?:{force_ar})\w*"
        rf"|(?<!\w)[وف]?س[نتيا]واصل\w*\s+(?:\w+\s+)?(?:ال)?(?:{attack_noun})\w*")
    return Lexicon(
        nouns=nouns, verbs=verbs, defence=compile_words(defence), future_force=future_force,
        concluded=compile_words(data["agreement_concluded"]), patient_nouns=compile_words(data["patient_nouns"]),
        undergo=compile_words(data["undergo"]), complementizer=compile_words(data["complementizer"]),
        speech=compile_words(data["speech"]), mediation=compile_words(data["mediation"]),
        agent=compile_words(_both(data["agent_markers"])), target=compile_words(_both(data["target_markers"])),
        mediator=compile_words(_both(data["mediator_markers"])), place=compile_words(_both(data["place_markers"])),
        denial=compile_words(data["denial"]), accusation=compile_words(data["accusation"]),
        conditional=compile_words(data["conditional"]), negation=compile_words(data["negation"]),
        claim=compile_words(data["claim"]),
        group_anaphora=compile_words(_both(data["anaphora"]["group"])),
        person_anaphora=compile_words(_both(data["anaphora"]["person"])),
        pair_anaphora=compile_words(_both(data["anaphora"]["pair"])),
        sponsorship=tuple(sponsorship), titles=compile_words(_both(titles)),
        clitic_initial_names=frozenset(normalise(n) for n in titles.get("clitic_initial_names", [])),
    )
