"""Trigger words, markers and titles from the data files, compiled for fast matching."""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import ahocorasick

from kg.datafiles import read_yaml
from kg.extract.text import is_arabic, normalise

DATA = Path(__file__).resolve().parent.parent / "data"


AR_PROCLITIC_SET = frozenset(["", "و", "ف", "ب", "ل", "ك", "ال", "وال", "بال", "فال", "كال", "لل", "ولل", "فلل",
                               "وب", "فب", "ول", "فل", "وس", "س"])


@dataclass(frozen=True)
class WordMatch:
    """A match of a data-file word in normalised text (the shape of an `re.Match` that callers use)."""

    begin: int
    finish: int
    text: str

    def start(self) -> int:
        return self.begin

    def end(self) -> int:
        return self.finish

    def group(self) -> str:
        return self.text


class WordIndex:
    """The words and phrases of one or more lists in one Aho-Corasick automaton: one pass over
    a text finds the matches of every list (find_triggers asks the eleven trigger lists about
    each sentence; other lists are asked about windows of it, and have an index of their own)."""

    def __init__(self):
        self._lists_of: dict[str, list[tuple[int, bool]]] = {}  # body → (list number, stem) per list
        self._count = 0
        self._automaton: ahocorasick.Automaton | None = None
        # a sentence and its pieces are asked about again and again: hits cost no Python call
        self.matches = lru_cache(maxsize=4096)(self._scan)

    def add(self, entries) -> WordList:
        """A list of data-file entries (see WordList); all lists are added before the first match."""
        if self._automaton is not None:
            raise RuntimeError("a word list was added after matching began")
        number, self._count = self._count, self._count + 1
        stems: dict[str, bool] = {}
        for entry in {str(e) for e in entries}:
            body = normalise(entry.rstrip("*"))
            # ل before the article drops its alef: الحزب → للحزب
            forms = [body, "لل" + body[2:]] if body.startswith("ال") and len(body) > 3 else [body]
            if entry.endswith("*") and body.endswith("اء"):
                forms.append(body[:-1] + "ي")  # (a hamza before a pronoun is written ئ, normalised ي: لقاء* → لقائه)
            for form in forms:
                if form:
                    stems[form] = entry.endswith("*") or stems.get(form, False)
        for body, stem in stems.items():
            self._lists_of.setdefault(body, []).append((number, stem))
        return WordList(self, number)

    def _scan(self, text: str) -> dict[int, list[WordMatch]]:
        """Each list's matches in the text (lists without any left out)."""
        if not self._lists_of:
            return {}
        if self._automaton is None:
            self._automaton = self._build()
        candidates: dict[int, list[WordMatch]] = {}
        for last, (length, arabic, lists) in self._automaton.iter(text):
            start, end = last - length + 1, last + 1
            for number, stem in lists:
                found = _accept(text, start, end, arabic, stem)
                if found is not None:
                    candidates.setdefault(number, []).append(found)
        return {number: _leftmost_longest(found) for number, found in candidates.items()}

    def _build(self) -> ahocorasick.Automaton:
        automaton = ahocorasick.Automaton()
        for body, lists in self._lists_of.items():
            automaton.add_word(body, (len(body), is_arabic(body), tuple(lists)))
        automaton.make_automaton()
        return automaton


def _accept(text: str, start: int, end: int, arabic: bool, stem: bool) -> WordMatch | None:
    if stem:
        while end < len(text) and (text[end].isalnum() or text[end] == "_"):
            end += 1
    elif end < len(text) and (text[end].isalnum() or text[end] == "_"):
        return None
    word_start = start
    if arabic:
        while word_start > 0 and (text[word_start - 1].isalnum() or text[word_start - 1] == "_"):
            word_start -= 1
        prefix = text[word_start:start]
        if prefix not in AR_PROCLITIC_SET or (end - start <= 2 and prefix.strip("وف")):
            return None  # (a two-letter word takes only و and ف: `وبحث` is not `و` + `ب` + `حث`)
    elif start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_-"):
        return None
    return WordMatch(word_start, end, text[word_start:end])


def _leftmost_longest(candidates: list[WordMatch]) -> list[WordMatch]:
    """Leftmost, then longest, matches without overlaps."""
    if len(candidates) < 2:  # most texts: nothing to order
        return candidates
    candidates.sort(key=lambda m: (m.begin, -m.finish))
    matches, reach = [], -1
    for m in candidates:
        if m.begin >= reach:
            matches.append(m)
            reach = m.finish
    return matches


class WordList:
    """Data-file words and phrases matched in normalised text (through a WordIndex).

    `*` at the end of an entry matches any ending; an Arabic entry may carry the proclitics
    و ف ب ل ك ال and their combinations; English entries match whole words. Leftmost, then
    longest, matches win, as with a regex alternation of the longest entries first."""

    def __init__(self, index: WordIndex, number: int):
        self._index, self._number = index, number

    def _all(self, text: str) -> Sequence[WordMatch]:
        return self._index.matches(text).get(self._number, _NO_MATCHES)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):
        found = self._index.matches(text).get(self._number, _NO_MATCHES)
        if pos == 0 and endpos is None:
            return iter(found)
        endpos = len(text) if endpos is None else endpos
        return (m for m in found if m.begin >= pos and m.finish <= endpos)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> WordMatch | None:
        return next(self.finditer(text, pos, endpos), None)

    def fullmatch(self, word: str) -> WordMatch | None:
        return next((m for m in self._all(word) if m.begin == 0 and m.finish == len(word)), None)


_NO_MATCHES: tuple[WordMatch, ...] = ()


def compile_words(entries) -> WordList:
    """A word list with an index of its own."""
    return WordIndex().add(entries)


class CuedPattern:
    """A regex run only on texts that contain one of its cues, substrings that every match
    contains: re tries a many-branch pattern at every position of a sentence, while one
    Aho-Corasick pass finds the cues (most sentences have none)."""

    def __init__(self, pattern: re.Pattern, cues: list[str]):
        self.pattern = pattern
        self._cues = ahocorasick.Automaton()
        for cue in cues:
            self._cues.add_word(cue, cue)
        self._cues.make_automaton()

    def finditer(self, text: str):
        if next(self._cues.iter(text), None) is None:
            return iter(())
        return self.pattern.finditer(text)


@dataclass(frozen=True)
class Lexicon:
    nouns: dict[str, WordList]
    verbs: dict[str, WordList]
    defence: WordList
    not_triggers: WordList
    harmless_objects: WordList
    sanctioning_organs: WordList
    forces: WordList
    supported: WordList
    helpers: WordList
    partners: WordList
    civilians: WordList
    future_force: CuedPattern
    concluded: WordList
    patient_nouns: WordList
    undergo: WordList
    casualties: WordList
    casualties_verb_first: WordList
    exchange: WordList
    complementizer: WordList
    speech: WordList
    speech_participles: WordList
    mediation: WordList
    agent: WordList
    target: WordList
    mediator: WordList
    place: WordList
    denial: WordList
    accusation: WordList
    conditional: WordList
    negation: WordList
    unrealised: WordList
    scope: WordList
    cessation: WordList
    called_off: WordList
    political_threats: WordList
    claim: WordList
    group_anaphora: WordList
    person_anaphora: WordList
    forces_anaphora: WordList
    pair_anaphora: WordList
    blocs: tuple[tuple[WordList, tuple[str, ...]], ...]  # (names, member keys)
    epithets: tuple[tuple[WordList, tuple[str, ...]], ...]  # (names, the states they may stand for)
    sponsorship: tuple[tuple[str, str], ...]  # (before {state}, after {state}) in normalised text
    alignment: tuple[tuple[str, str], ...]  # the same for `Iran-aligned`: no actor, no sponsorship
    titles: WordList
    clitic_initial_names: frozenset[str]


def _both(section: dict) -> list:
    return [*(section.get("en") or []), *(section.get("ar") or [])]


def _around_state(phrase: str) -> tuple[str, str]:
    """`backed by {state}` → the normalised words before and after the state, spaces kept."""
    before, _, after = phrase.partition("{state}")
    return normalise(before) + (" " if before.endswith(" ") else ""), (" " if after.startswith(" ") else "") + normalise(after)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    data = read_yaml(DATA / "triggers.yaml")
    titles = read_yaml(DATA / "titles.yaml")
    triggers = WordIndex()  # asked together about each sentence: one pass finds them all
    nouns, verbs = {}, {}
    for kind, langs in data["incidents"].items():
        nouns[kind] = triggers.add([w for lang in langs.values() for w in lang.get("nouns", [])])
        verbs[kind] = triggers.add([w for lang in langs.values() for w in lang.get("verbs", [])])
    sponsorship = tuple(_around_state(phrase) for phrase in _both(data["sponsorship"]))
    alignment = tuple(_around_state(phrase) for phrase in _both(data["alignment"]))
    defence = [w for lang in data["incidents"]["Attack"].values() for w in lang.get("defence", [])]
    force = "|".join(re.escape(w) for w in data["incidents"]["Threat"]["en"]["future_force"])
    force_ar_words = [normalise(w) for w in data["incidents"]["Threat"]["ar"]["future_force"]]
    force_ar = "|".join(re.escape(w) for w in force_ar_words)
    attack_noun = "|".join(re.escape(normalise(w.rstrip("*"))) for w in data["incidents"]["Attack"]["ar"]["nouns"])
    future_force = re.compile(
        # when changing a branch, keep `cues` below true: every match contains one of them
        rf"(?:\bwill|\bwould|\bshall|'ll)\s+(?!(?:not|never)\s+(?:confirm|comment|say|disclose|specify|elaborate|deny|discuss)\b)"
        rf"(?:(?!(?:refrain|stop|halt|cease|suspend|avoid|pause)\w*\s)[\w-]+\s+){{0,3}}?(?:{force})\w*"  # (not `would not confirm the strike`, `would refrain from further attacks`)
        rf"|(?<!\w)[وف]?س[نتيا](?:{force_ar})\w*"
        rf"|(?<!\w)[وف]?س[نتيا]واصل\w*\s+(?:\w+\s+)?(?:ال)?(?:{attack_noun}|ضرب|استهداف|قصف|عمليات)\w*"
        # force announced: "Ankara would launch a military operation against the YPG"
        rf"|(?:\bwill|\bwould)\s+(?:launch|mount|wage|start)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,2}}?(?:military operation|operation|offensive|assault|war)\b"
        # operations that will go on against a side: "operations against Israel would continue"
        rf"|\b(?:operations|attacks|strikes)\s+(?:against|on)\s+(?:[\w.'-]+\s+){{1,3}}?(?:will|would)\s+(?:continue|resume|escalate|intensify)\b"
        # a pledge whose object is force: "تعهد بمواصلة ضرب", "pledged to keep striking"
        rf"|(?<!\w)[وف]?(?:تعهد|يتعهد|تتعهد)\w*\s+(?:(?!ب?عدم\s)\w+\s+){{0,2}}?(?:ب|ل)?(?:ال)?(?:مواصله\s+)?(?:{attack_noun}|ضرب)\w*"  # (not `تعهدوا بعدم استهداف`)
        rf"|\b(?:pledged|pledges|promised|promises)\s+to\s+(?:keep\s+|continue\s+)?(?:{force})\w*"
        # a warning that attacks will resume: "warned it would resume them", "warned they would step up"
        rf"|\bwarned\s+(?:that\s+)?(?:[\w-]+\s+){{0,3}}?(?:will|would)\s+(?:resume|step up|expand|escalate|intensify)\b"
        # a response promised: "ستستخدم كل الأدوات المتاحة للرد", "the response ... was inevitable"
        rf"|(?<!\w)[وف]?س[نتيا]\w{{2,}}\s+(?:\S+\s+){{0,4}}?(?:لل|بال|ب)رد(?!\w)"
        rf"|\b(?:response|retaliation|revenge)\b[^.;]{{0,80}}?\binevitable\b"
        # force ordered: "ordered the military to strike", "أمر الجيش بشن ضربات", "أوعز للجيش بالرد"
        # (the match is the verb alone: the side that orders may stand between it and the act)
        rf"|\b(?:ordered|instructed|directed)(?=\s+(?:[\w-]+\s+){{0,3}}?to\s+(?:{force}))"
        # (`ordered "intense strikes"`; not `ordered the strikes`, those already told)
        rf"|\b(?:ordered|had ordered)(?=\s+[\"“]?(?!the\s)(?:[\w-]+\s+){{0,2}}?(?:strikes|attacks|retaliation|a strike|an attack)\b)"
        # (not `وكان ترامب قد أمر في 15 مارس بشن حملة`: an order told in the past perfect was carried out)
        rf"|(?<!\w)(?<!قد\s)[وف]?(?:امر|اوعز)\w*(?=\s+(?:\S+\s+){{0,8}}?(?:ب|بال)(?:شن|ضرب|رد|قصف|استهداف))"
        # a reply promised to whoever acts: "would be met with a \"crushing\" response", "will suffer the consequences"
        rf"|(?:\bwill|\bwould|\bshall|'ll)\s+(?:be\s+)?[\"“«']?(?:meet|met with|face|receive|draw|suffer|pay)\s+(?:\S+\s+){{0,4}}?"
        rf"[\"“«']?(?:response|answer|reaction|retaliation|blow|punishment|consequences|price|military action|war)\b")
    cues = ["will", "would", "shall", "'ll", "تعهد", "pledged", "pledges", "promised", "promises", "للرد", "بالرد", "برد",
            "inevitable", "ordered", "instructed", "directed", "امر", "اوعز",
            *("س" + tense + verb for tense in "نتيا" for verb in (*force_ar_words, "واصل"))]
    return Lexicon(
        nouns=nouns, verbs=verbs, defence=triggers.add(defence), future_force=CuedPattern(future_force, cues),
        not_triggers=compile_words(data["not_triggers"]), harmless_objects=compile_words(data["harmless_objects"]),
        sanctioning_organs=compile_words(data["sanctioning_organs"]),
        forces=compile_words(data["forces"]), supported=compile_words(data["supported"]), helpers=compile_words(data["helpers"]),
        partners=compile_words(data["partners"]), civilians=compile_words(data["civilians"]),
        concluded=compile_words(data["agreement_concluded"]), patient_nouns=compile_words(data["patient_nouns"]),
        undergo=compile_words(data["undergo"]), casualties=compile_words(data["casualties"]),
        casualties_verb_first=compile_words(data["casualties_verb_first"]), exchange=compile_words(data["exchange"]),
        complementizer=compile_words(data["complementizer"]),
        speech=compile_words(data["speech"]), speech_participles=compile_words(data["speech_participles"]), mediation=compile_words(data["mediation"]),
        agent=compile_words(_both(data["agent_markers"])), target=compile_words(_both(data["target_markers"])),
        mediator=compile_words(_both(data["mediator_markers"])), place=compile_words(_both(data["place_markers"])),
        denial=compile_words(data["denial"]), accusation=compile_words(data["accusation"]),
        conditional=compile_words(data["conditional"]), negation=compile_words(data["negation"]), unrealised=compile_words(data["unrealised"]), scope=compile_words(data["scope"]),
        cessation=compile_words(data["cessation"]), called_off=compile_words(data["called_off"]), political_threats=compile_words(data["political_threats"]),
        claim=compile_words(data["claim"]),
        group_anaphora=compile_words(_both(data["anaphora"]["group"])),
        person_anaphora=compile_words(_both(data["anaphora"]["person"])),
        forces_anaphora=compile_words(_both(data["anaphora"]["forces"])),
        pair_anaphora=compile_words(_both(data["anaphora"]["pair"])),
        blocs=tuple((compile_words(bloc["names"]), tuple(bloc["members"])) for bloc in data["anaphora"]["blocs"]),
        epithets=tuple((compile_words(e["names"]), tuple(e["states"])) for e in data["anaphora"]["epithets"]),
        sponsorship=sponsorship, alignment=alignment, titles=compile_words(_both(titles)),
        clitic_initial_names=frozenset(normalise(n) for n in titles.get("clitic_initial_names", [])),
    )
