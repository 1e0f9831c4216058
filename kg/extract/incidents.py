"""Incidents: trigger words, roles from the sentence's structure, negation, dates, merging.

Roles come from markers, not from mere proximity: the agent after `by`/شنته, the target after
`on`/على, the mediator after `mediated by`/بوساطة, a place after `in`/في; otherwise the subject
of the clause. Denials and accusations take the perpetrator role away from who denies or is
accused; conditionals and negations keep an act from being reported as done.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from kg.extract.dates import DateValue, find_dates
from kg.extract.lexicon import Lexicon
from kg.extract.model import Evidence, Incident, Mention

TYPES = ("Attack", "Talks", "Threat", "Agreement", "Sanction")
PARTY_TYPES = ("Talks", "Agreement")
# Where a clause ends, for finding the subject of a trigger.
_CLAUSE_BREAK = re.compile(r"[،,;:()«»\"]|\s[-–]\s|\b(?:after|before|while|whereas|which|who|when)\b|\s(?:بعد|قبل|فيما|بينما|غداة|اثر|عندما|حيث|الذي|التي|الذين)\s")
_SENTENCE_PART_BREAK = re.compile(r"[;؛]|\b(?:while|whereas)\b|\s(?:فيما|بينما)\s")
_MAX_GAP_WORDS = 3


@dataclass(frozen=True)
class Actor:
    """A state or group taking part: a mention, or an official standing for their side."""

    key: str
    n_start: int
    n_end: int
    mention: Mention


@dataclass(frozen=True)
class Trigger:
    type: str
    n_start: int
    n_end: int
    verb: bool
    defence: bool
    word: str


def role_actors(mentions: list[Mention], side_of: dict[str, str]) -> list[Actor]:
    """States and groups by name; officials and organs by the side they serve."""
    result = []
    for m in mentions:
        key = m.key if m.kind in ("State", "Proxy") else side_of.get(m.key)
        if key:
            result.append(Actor(key, m.n_start, m.n_end, m))
    return result


def find_triggers(text: str, lexicon: Lexicon, mentions: list[Mention]) -> list[Trigger]:
    found = []
    for kind in TYPES:
        for verb, pattern in ((False, lexicon.nouns[kind]), (True, lexicon.verbs[kind])):
            for m in pattern.finditer(text):
                found.append(Trigger(kind, m.start(), m.end(), verb, False, m.group()))
    for m in lexicon.defence.finditer(text):
        found.append(Trigger("Attack", m.start(), m.end(), True, True, m.group()))
    found.sort(key=lambda t: (t.n_start, -(t.n_end - t.n_start)))
    result: list[Trigger] = []
    for trigger in found:
        inside_name = any(m.n_start <= trigger.n_start and trigger.n_end <= m.n_end for m in mentions)
        if inside_name or any(t.n_start <= trigger.n_start < t.n_end for t in result):
            continue
        result.append(trigger)
    return result


def _words(text: str) -> int:
    return len(re.findall(r"[\w'-]+", text))


def _after_marker(text: str, actor: Actor, markers: re.Pattern, lo: int) -> bool:
    """Whether a marker word stands just before the actor (at most a few words between)."""
    window = text[lo:actor.n_start]
    for m in markers.finditer(window):
        if _words(window[m.end():]) <= _MAX_GAP_WORDS and not _CLAUSE_BREAK.search(window[m.end():]):
            return True
    return False


def _clause_before(text: str, position: int, lexicon: Lexicon) -> int:
    """Where the clause that ends at `position` starts (after a break or a verb of saying)."""
    start = 0
    for pattern in (_CLAUSE_BREAK, lexicon.speech):
        for m in pattern.finditer(text, 0, position):
            start = max(start, m.end())
    return start


def _sentence_part(text: str, position: int) -> tuple[int, int]:
    start, end = 0, len(text)
    for m in _SENTENCE_PART_BREAK.finditer(text):
        if m.end() <= position:
            start = m.end()
        elif m.start() >= position:
            end = m.start()
            break
    return start, end


class SentenceReader:
    """Reads the incidents of one sentence."""

    def __init__(self, text: str, actors: list[Actor], lexicon: Lexicon, arabic: bool):
        self.text, self.actors, self.lexicon, self.arabic = text, actors, lexicon, arabic
        self.excluded = self._denied_or_accused()

    def _denied_or_accused(self) -> set[str]:
        """Who denies an act, or is only accused of it, is not reported as its perpetrator."""
        out = set()
        for m in self.lexicon.denial.finditer(self.text):
            before = [a for a in self.actors if a.n_end <= m.start() and not _CLAUSE_BREAK.search(self.text[a.n_end:m.start()])]
            after = [a for a in self.actors if a.n_start >= m.end() and _words(self.text[m.end():a.n_start]) <= 2]
            out.update(a.key for a in (before[-1:] + after[:1]))
        for m in self.lexicon.accusation.finditer(self.text):
            after = [a for a in self.actors if a.n_start >= m.end() and _words(self.text[m.end():a.n_start]) <= 3]
            out.update(a.key for a in after[:1])
        return out

    def subject(self, trigger: Trigger) -> Actor | None:
        """The agent of a trigger: marked (by X, شنته X), else the clause's subject."""
        text = self.text
        part_start, part_end = _sentence_part(text, trigger.n_start)
        for actor in self.actors:
            if trigger.n_end <= actor.n_start < part_end and _after_marker(text, actor, self.lexicon.agent, trigger.n_end):
                return self._possessed(actor)
        if self.arabic:
            after = [a for a in self.actors if a.n_start >= trigger.n_end and _words(text[trigger.n_end:a.n_start]) <= (2 if trigger.verb else 1)
                     and not _CLAUSE_BREAK.search(text[trigger.n_end:a.n_start])
                     and not _after_marker(text, a, self.lexicon.target, trigger.n_end)]
            if after:
                return after[0]
        clause = max(part_start, _clause_before(text, trigger.n_start, self.lexicon))
        before = [a for a in self.actors if clause <= a.n_start and a.n_end <= trigger.n_start
                  and not _after_marker(text, a, self.lexicon.target, clause)]
        return before[-1] if before else None

    def _possessed(self, actor: Actor) -> Actor:
        """`Yemen's Houthi rebels`: the possessed, not the possessor."""
        following = [a for a in self.actors if a.n_start >= actor.n_end]
        if following and re.fullmatch(r"'s\s+", self.text[actor.n_end:following[0].n_start]):
            return following[0]
        return actor

    def speaker(self, trigger: Trigger) -> Actor | None:
        """Who says the sentence's statement, for threats: `X said`, `قال X`, `X vowed`."""
        for m in self.lexicon.speech.finditer(self.text, 0, trigger.n_start):
            before = [a for a in self.actors if a.n_end <= m.start() and not _CLAUSE_BREAK.search(self.text[a.n_end:m.start()])]
            if before:
                return before[-1]
            after = [a for a in self.actors if a.n_start >= m.end() and _words(self.text[m.end():a.n_start]) <= 6]
            if after:
                return after[0]
        return None

    def targets(self, trigger: Trigger, exclude: set[str]) -> list[str]:
        text = self.text
        _, part_end = _sentence_part(text, trigger.n_start)
        found = []
        later = [a for a in self.actors if trigger.n_end <= a.n_start < part_end and a.key not in exclude]
        for actor in later:
            window = text[trigger.n_end:actor.n_start]
            if self.lexicon.target.search(window) or (trigger.verb and actor is later[0] and _words(window) <= 3):
                if not self.lexicon.speech.search(window) and actor.key not in found:
                    found.append(actor.key)
        return found

    def hypothetical(self, trigger: Trigger) -> bool:
        """An act in a conditional clause, negated, or announced for the future did not take place."""
        clause = _clause_before(self.text, trigger.n_start, self.lexicon)
        lead = self.text[clause:trigger.n_start]
        if self.lexicon.conditional.search(lead):
            return True
        near = self.text[max(0, trigger.n_start - 25):trigger.n_start]
        negations = list(self.lexicon.negation.finditer(near))
        return bool(negations) and _words(near[negations[-1].end():]) <= 2

    def threatened(self, trigger: Trigger, triggers: list[Trigger]) -> bool:
        """`vowed to attack`, `متوعداً بمواصلة الهجمات`: the attack is the content of a threat."""
        return any(t.type == "Threat" and t.n_end <= trigger.n_start and _words(self.text[t.n_end:trigger.n_start]) <= 4
                   for t in triggers)

    def incident(self, trigger: Trigger, triggers: list[Trigger]) -> Incident | None:
        if trigger.type in PARTY_TYPES:
            return self._between_parties(trigger)
        if trigger.type == "Threat":
            return self._threat(trigger)
        if self.hypothetical(trigger) or self.threatened(trigger, triggers):
            return None
        agent = self.subject(trigger)
        if trigger.defence:
            # the defender is the target; the attacker is whoever fired (from X, by X)
            targets = [agent.key] if agent else []
            return Incident(trigger.type, (), tuple(targets)) if targets else None
        perpetrators = () if agent is None or agent.key in self.excluded else (agent.key,)
        targets = self.targets(trigger, set(perpetrators))
        if not perpetrators and not targets:
            return None
        return Incident(trigger.type, perpetrators, tuple(targets))

    def _threat(self, trigger: Trigger) -> Incident | None:
        agent = self.speaker(trigger) or self.subject(trigger)
        if agent is None:
            return None
        targets = [a.key for a in self.actors if a.n_start >= trigger.n_end and a.key != agent.key]
        if not targets:
            targets = [a.key for a in self.actors if a.n_start > agent.n_end and a.key != agent.key and a.n_end <= trigger.n_start]
        return Incident("Threat", (agent.key,), tuple(dict.fromkeys(targets)))

    def _between_parties(self, trigger: Trigger) -> Incident | None:
        if self.hypothetical(trigger):
            return None
        mediators, places, parties = [], [], []
        for actor in self.actors:
            if _after_marker(self.text, actor, self.lexicon.mediator, 0) or self._mediating_subject(actor):
                mediators.append(actor.key)
            elif _after_marker(self.text, actor, self.lexicon.place, 0) and actor.mention.kind == "State" and actor.mention.form != "demonym":
                places.append(actor.key)
            else:
                parties.append(actor.key)
        parties = [p for p in dict.fromkeys(parties) if p not in mediators]
        if len(parties) < 2:
            return None
        location = next((p for p in places if p not in parties), None)
        if location and location not in mediators and re.search(r"indirect|غير\s+مباشره", self.text):
            mediators.append(location)
        return Incident(trigger.type, parties=tuple(parties), mediators=tuple(dict.fromkeys(mediators)), location=location)

    def _mediating_subject(self, actor: Actor) -> bool:
        """`Qatar, which has been mediating`, `China, which brokered`: the subject of mediation."""
        for m in self.lexicon.mediation.finditer(self.text, actor.n_end):
            between = self.text[actor.n_end:m.start()]
            return _words(between) <= 4 and not re.search(r"[.;]", between)
        return False


def sentence_incidents(text: str, sentence_index: int, sentence_start: int, offsets, mentions: list[Mention],
                       side_of: dict[str, str], lexicon: Lexicon, published: date | None, arabic: bool) -> list[Incident]:
    """The incidents one sentence reports, each with its date and evidence."""
    actors = role_actors(mentions, side_of)
    triggers = find_triggers(text, lexicon, mentions)
    if not actors or not triggers:
        return []
    reader = SentenceReader(text, actors, lexicon, arabic)
    dates = find_dates(text, published)
    claims = bool(lexicon.claim.search(text))
    result = []
    for trigger in triggers:
        incident = reader.incident(trigger, triggers)
        if incident is None:
            continue
        start, end = offsets(trigger.n_start, trigger.n_end)
        evidence = Evidence(sentence_index, sentence_start + start, sentence_start + end,
                            f"{incident.type.lower()} trigger '{trigger.word}'", 0.6)
        when = _date_for(text, trigger, dates, lexicon)
        claimed = incident.perpetrators if claims and incident.type == "Attack" else ()
        result.append(replace(incident, date=when, claimed_by=claimed, evidence=(evidence,)))
    return _merge(result)


def _date_for(text: str, trigger: Trigger, dates: list[DateValue], lexicon: Lexicon) -> DateValue | None:
    """The date expression nearest the trigger, unless a verb of saying separates them."""
    best, distance = None, None
    for value in dates:
        lo, hi = (value.end, trigger.n_start) if value.end <= trigger.n_start else (trigger.n_end, value.start)
        between = text[lo:hi]
        if value.end <= trigger.n_start and lexicon.speech.search(between):
            continue
        gap = _words(between)
        if distance is None or gap < distance:
            best, distance = value, gap
    return best


def _overlap(a: tuple, b: tuple) -> bool:
    return not a or not b or bool(set(a) & set(b))


def compatible(a: Incident, b: Incident) -> bool:
    """Two reports that can be one incident: same type, no conflicting roles, dates that agree."""
    if a.type != b.type:
        return False
    if a.date and b.date and not (a.date.first <= b.date.last and b.date.first <= a.date.last):
        return False
    if a.type in PARTY_TYPES:
        shared = set(a.parties) & set(b.parties)
        return len(shared) >= min(2, len(a.parties), len(b.parties))
    if a.perpetrators and b.perpetrators:
        return bool(set(a.perpetrators) & set(b.perpetrators)) and _overlap(a.targets, b.targets)
    # one report lacks the perpetrator: the targets must then be shared
    return bool(set(a.targets) & set(b.targets))


def combine(a: Incident, b: Incident) -> Incident:
    """One incident from two compatible reports: roles joined, the finer date kept."""
    finer = a.date
    if b.date and (a.date is None or (b.date.last - b.date.first) < (a.date.last - a.date.first)):
        finer = b.date

    def join(x, y):
        return tuple(dict.fromkeys(x + y))

    return Incident(a.type, join(a.perpetrators, b.perpetrators), join(a.targets, b.targets), join(a.parties, b.parties),
                    join(a.mediators, b.mediators), a.location or b.location, finer, join(a.claimed_by, b.claimed_by),
                    a.evidence + b.evidence)


def _merge(incidents: list[Incident]) -> list[Incident]:
    merged: list[Incident] = []
    for incident in incidents:
        for i, other in enumerate(merged):
            if compatible(other, incident):
                merged[i] = combine(other, incident)
                break
        else:
            merged.append(incident)
    return merged


def merge_article(incidents: list[Incident]) -> list[Incident]:
    """Mentions of one incident across the article become one; incomplete ones must merge or go."""
    complete = [i for i in incidents if is_complete(i)]
    partial = [i for i in incidents if not is_complete(i)]
    merged = _merge(complete)
    for incident in partial:
        for i, other in enumerate(merged):
            if compatible(other, incident):
                merged[i] = combine(other, incident)
                break
    return merged


def is_complete(incident: Incident) -> bool:
    if incident.type in PARTY_TYPES:
        return len(incident.parties) >= 2
    return bool(incident.perpetrators)
