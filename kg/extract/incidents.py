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
from kg.extract.lexicon import Lexicon, WordList
from kg.extract.model import Evidence, Incident, Mention

TYPES = ("Attack", "Talks", "Threat", "Agreement", "Sanction")
PARTY_TYPES = ("Talks", "Agreement")
# Where a clause ends, for finding the subject of a trigger.
_CLAUSE_BREAK = re.compile(r"[،,;:()]|\s[-–]\s|\b(?:after|before|while|whereas|which|who|when|since|where)\b|\s(?:بعد|قبل|فيما|بينما|في حين|غداة|اثر|عندما|حيث|الذي|التي|الذين|منذ)\s")
# Within a clause, what may stand between a role marker and the actors it governs: other actors
# of an enumeration ("on Iraq, Syria and Lebanon", "بوساطة قطرية ومصرية") and short words.
_ENUMERATION = re.compile(r"^(?:\s|,|،|\band\b|\bthe\b|\bof\b|و|'s)*$")
_PRONOUN_SUBJECT = re.compile(r"\b(?:it|they|we|its|their|our)\b|(?<!\w)(?:انه|انها|انهم|اننا|انا)(?!\w)")
_AGENT_WINDOW_WORDS = 6
_CLAUSE_END = re.compile(r"[;:()]|\s[-–]\s|[,،]\s*(?:which|who|when|where|الذي|التي)\b|\b(?:after|before|while|whereas|since)\b|\s(?:بعد|قبل|فيما|بينما|في حين|غداة|عندما|حيث)\s")
_RELATIVE_BEFORE = re.compile(r"[,،]\s*(?:which|who|whose|الذي|التي|الذين)\b[^,،;.]*[,،]\s*(?:has\s+|had\s+)?$")
_FUTURE_AFTER = re.compile(r"^\s*(?:[\w-]+\s+){0,3}?(?:will|would|shall)\b")
_JOINT = re.compile(r"\s*(?:[,،]\s*)?(?:(?:and\s+)|و)?(?:the\s+)?")
_SENTENCE_PART_BREAK = re.compile(r"[;؛]|\b(?:while|whereas)\b|\s(?:فيما|بينما|في حين)\s")
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


_DATELINE = re.compile(r"^\s*(?:[\w.'’]+[ /]?){1,4}(?:\s*\([^)]{1,30}\))?\s*[-–—]\s")


def dateline_end(text: str) -> int:
    """`BEIRUT (AP) —`, `صنعاء/واشنطن (رويترز) -`: where a dateline ends (0 when none)."""
    m = _DATELINE.match(text)
    return m.end() if m else 0


def role_actors(mentions: list[Mention], side_of: dict[str, str], not_actors: set[int]) -> list[Actor]:
    """States and groups by name; officials and organs by the side they serve.

    Left out: a state named only as a group's sponsor (`Iran-backed`), and people named by
    a plural demonym (`Palestinians`), who are not the state acting."""
    result = []
    for i, m in enumerate(mentions):
        if m.n_start in not_actors or (m.form == "demonym" and m.surface.endswith("s") and m.surface.isascii()):
            continue
        if m.form == "demonym" and _qualifies_group(m, mentions[i - 1] if i else None, mentions[i + 1] if i + 1 < len(mentions) else None):
            continue  # «كتائب حزب الله» العراقية, Iraqi Kataib Hezbollah: the group's origin, not an actor
        key = m.key if m.kind in ("State", "Proxy") else side_of.get(m.key)
        key = side_of.get(key, key) if key else None  # an official of the IRGC acts for Iran
        if key:
            result.append(Actor(key, m.n_start, m.n_end, m))
    return result


def _qualifies_group(demonym: Mention, before: Mention | None, after: Mention | None) -> bool:
    near_before = before is not None and before.kind in ("Proxy", "Place") and demonym.n_start - before.n_end <= 3
    near_after = after is not None and after.kind in ("Proxy", "Place") and after.n_start - demonym.n_end <= 2
    return near_before or near_after


def find_triggers(text: str, lexicon: Lexicon, mentions: list[Mention]) -> list[Trigger]:
    found = []
    for kind in TYPES:
        for verb, pattern in ((False, lexicon.nouns[kind]), (True, lexicon.verbs[kind])):
            for m in pattern.finditer(text):
                found.append(Trigger(kind, m.start(), m.end(), verb, False, m.group()))
    for m in lexicon.defence.finditer(text):
        found.append(Trigger("Attack", m.start(), m.end(), True, True, m.group()))
    for m in lexicon.future_force.finditer(text):
        found.append(Trigger("Threat", m.start(), m.end(), True, False, m.group()))
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


def _after_marker(text: str, actor: Actor, markers: WordList, lo: int, actors: list[Actor] | None = None) -> bool:
    """Whether a marker word governs the actor: just before it (a few words between), or
    before an enumeration of actors that it ends."""
    window = text[lo:actor.n_start]
    for m in markers.finditer(window):
        gap = window[m.end():]
        if _words(gap) <= _MAX_GAP_WORDS and not _CLAUSE_BREAK.search(gap):
            return True
        if actors and _enumerated(text, lo + m.end(), actor, actors):
            return True
    return False


def _enumerated(text: str, start: int, actor: Actor, actors: list[Actor]) -> bool:
    """Only actors, commas and `and` between `start` and the actor (after a short head)."""
    between = [a for a in actors if start <= a.n_start and a.n_end <= actor.n_start]
    if not between:
        return False
    head = text[start:between[0].n_start]
    if _words(head) > _MAX_GAP_WORDS or re.search(r"[;:()]", head):
        return False
    position = between[0].n_end
    for other in between[1:] + [actor]:
        if not _ENUMERATION.match(text[position:other.n_start]):
            return False
        position = other.n_end
    return True


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

    def __init__(self, text: str, actors: list[Actor], lexicon: Lexicon, arabic: bool, triggers: list[Trigger]):
        self.text, self.actors, self.lexicon, self.arabic, self.triggers = text, actors, lexicon, arabic, triggers
        self.excluded_targets: set[str] = set()
        self.excluded = self._denied_or_accused() | self._victims()

    def _denied_or_accused(self) -> set[str]:
        """Who denies an act, or is only accused of it, is not reported as its perpetrator."""
        out = set()
        for m in self.lexicon.denial.finditer(self.text):
            before = [a for a in self.actors if a.n_end <= m.start() and not _CLAUSE_BREAK.search(self.text[a.n_end:m.start()])]
            after = [a for a in self.actors if a.n_start >= m.end() and _words(self.text[m.end():a.n_start]) <= 2]
            out.update(a.key for a in (before[-1:] + after[:1]))
        for m in self.lexicon.accusation.finditer(self.text):
            after = [a for a in self.actors if a.n_start >= m.end() and _words(self.text[m.end():a.n_start]) <= (6 if self.arabic else 3)]
            # English: the accused follows; Arabic (VSO): accusers, then the accused
            out.update(a.key for a in (after if self.arabic else after[:1]))
        return out

    def _victims(self) -> set[str]:
        """Who suffers an act is not its perpetrator: the object of `killed`/`اغتال`, the
        subject of `came under`/`تعرض`."""
        out = set()
        for trigger in self.triggers:
            if trigger.verb and trigger.type == "Attack" and self.lexicon.patient_nouns.fullmatch(trigger.word):
                after = [a for a in self.actors if a.n_start >= trigger.n_end and _words(self.text[trigger.n_end:a.n_start]) <= 1
                         and not _CLAUSE_BREAK.search(self.text[trigger.n_end:a.n_start])]
                if after and not self.arabic:
                    out.add(after[0].key)
        for m in self.lexicon.undergo.finditer(self.text):
            near = [a for a in self.actors if (a.n_start >= m.end() and _words(self.text[m.end():a.n_start]) <= 2)
                    or (a.n_end <= m.start() and _words(self.text[a.n_end:m.start()]) <= 2)]
            out.update(a.key for a in near)
        return out

    def _marked(self, actor: Actor, markers: WordList, lo: int) -> bool:
        return _after_marker(self.text, actor, markers, lo, self.actors)

    def subject(self, trigger: Trigger) -> Actor | None:
        """The agent of a trigger: marked (by X, شنته X), claimed, else the clause's subject."""
        text = self.text
        part_start, part_end = _sentence_part(text, trigger.n_start)
        for actor in self.actors:
            if (trigger.n_end <= actor.n_start < part_end and _words(text[trigger.n_end:actor.n_start]) <= _AGENT_WINDOW_WORDS
                    and self._marked(actor, self.lexicon.agent, trigger.n_end)):
                return self._possessed(actor)
        claimant = self._claimant(trigger, part_end)
        if claimant is not None:
            return claimant
        if self.arabic and trigger.verb:
            right_before = [a for a in self.actors if a.n_end <= trigger.n_start and _words(text[a.n_end:trigger.n_start]) <= 1
                            and not _CLAUSE_BREAK.search(text[a.n_end:trigger.n_start]) and a.mention.kind != "Place"
                            and not self._after_speech(a)]
            if right_before:
                return right_before[-1]
        if self.arabic:
            after = [a for a in self.actors if a.n_start >= trigger.n_end and _words(text[trigger.n_end:a.n_start]) <= (2 if trigger.verb else 1)
                     and not _CLAUSE_BREAK.search(text[trigger.n_end:a.n_start])
                     and not self._marked(a, self.lexicon.target, trigger.n_end)
                     and not (a.mention.form == "metonym" and self._after_attack_noun(a)) and a.mention.kind != "Place"]
            if after:
                return after[0]
        clause = max(part_start, _clause_before(text, trigger.n_start, self.lexicon))
        speaker = self._speaker_of_pronoun(clause, trigger)
        if speaker is not None:
            return speaker
        victims = list(self.lexicon.patient_nouns.finditer(text, clause, trigger.n_start))
        lower = max(victims[-1].end() if victims else clause, self._after_speaker_phrase(trigger))
        before = [a for a in self.actors if lower <= a.n_start and a.n_end <= trigger.n_start and a.mention.kind != "Place"
                  and not self._marked(a, self.lexicon.target, clause) and not _names_place_of(text, a, trigger)
                  and not self._after_speech(a)]
        if before:
            return before[-1]
        return self._antecedent_subject(trigger)

    def _antecedent_subject(self, trigger: Trigger) -> Actor | None:
        """`The Houthis, who are backed by Iran, fired`: the subject stands before the relative clause."""
        relative = _RELATIVE_BEFORE.search(self.text[:trigger.n_start])
        if not relative:
            return None
        before = [a for a in self.actors if a.n_end <= relative.start() and a.mention.kind != "Place"
                  and not _CLAUSE_BREAK.search(self.text[a.n_end:relative.start()])]
        return before[-1] if before else None

    def _after_speaker_phrase(self, trigger: Trigger) -> int:
        """`دان المتحدث باسم الخارجية الإيرانية الضربات`: without `أن`/`that` after the verb of
        saying, the actors up to the trigger are the speaker, not the agent."""
        speech = list(self.lexicon.speech.finditer(self.text, 0, trigger.n_start))
        if not speech or not self.arabic:  # English is SVO: after the verb comes its object
            return 0
        last = speech[-1]
        complement = list(self.lexicon.complementizer.finditer(self.text, last.end(), trigger.n_start))
        return complement[-1].end() if complement else trigger.n_start

    def _after_speech(self, actor: Actor) -> bool:
        """`ودانت السعودية الضربات`: the actor right after a verb of saying is its speaker."""
        words = re.findall(r"[\w-]+", self.text[:actor.n_start])[-2:]
        return any(self.lexicon.speech.fullmatch(w) for w in words)

    def _after_attack_noun(self, actor: Actor) -> bool:
        """`هجوم أنقرة`: a capital in the genitive of an attack noun names the place."""
        words = re.findall(r"[\w-]+", self.text[:actor.n_start])
        return bool(words) and bool(self.lexicon.nouns["Attack"].fullmatch(words[-1]))

    def _claimant(self, trigger: Trigger, part_end: int) -> Actor | None:
        """`an attack ... which the PKK claimed`: the subject of a later verb of claiming."""
        for m in self.lexicon.claim.finditer(self.text, trigger.n_end, part_end):
            if any(trigger.n_end <= t.n_start < m.start() and t.type == "Attack" for t in self.triggers):
                return None  # the claim belongs to a nearer attack
            before = [a for a in self.actors if trigger.n_end <= a.n_start and a.n_end <= m.start()
                      and _words(self.text[a.n_end:m.start()]) <= 2]
            if before:
                return before[-1]
        return None

    def _speaker_of_pronoun(self, clause: int, trigger: Trigger) -> Actor | None:
        """`The Israeli military said it struck`, `قال الجيش إنه قصف`: the speaker is the agent."""
        pronouns = list(_PRONOUN_SUBJECT.finditer(self.text, clause, trigger.n_start))
        if clause == 0 or not pronouns or not trigger.verb or _words(self.text[pronouns[-1].end():trigger.n_start]) > 2:
            return None
        speech = [m for m in self.lexicon.speech.finditer(self.text, 0, trigger.n_start) if m.end() <= clause]
        if not speech:
            return None
        return self._speaker_at(speech[-1])

    def _speaker_at(self, verb) -> Actor | None:
        """Who says: before the verb in English (`X said`), after it in Arabic (`قال X`)."""
        end = verb.start()
        relative = _RELATIVE_BEFORE.search(self.text[:end])
        if relative:
            end = relative.start()  # `Trump, who pulled out of the deal, warned`: skip the relative clause
        speakers = [a for a in self.actors if a.mention.kind != "Place"]
        before = [a for a in speakers if a.n_end <= end and _words(self.text[a.n_end:end]) <= 4
                  and not re.search(r"[;.]" if not self.arabic else r"[;.,،]", self.text[a.n_end:end])]
        after = [a for a in speakers if a.n_start >= verb.end() and _words(self.text[verb.end():a.n_start]) <= 6
                 and not re.search(r"[;.]", self.text[verb.end():a.n_start])]
        ordered = (after[:1] + before[-1:]) if self.arabic else (before[-1:] + after[:1])
        return ordered[0] if ordered else None

    def coordinated(self, actor: Actor) -> list[str]:
        """The actor and those joined to it by `and`, `و` or commas: `the US and Britain struck`."""
        index = self.actors.index(actor)
        low = high = index
        while low > 0 and self._joined(self.actors[low - 1], self.actors[low]):
            low -= 1
        while high < len(self.actors) - 1 and self._joined(self.actors[high], self.actors[high + 1]):
            high += 1
        return list(dict.fromkeys(a.key for a in self.actors[low:high + 1]))

    def _joined(self, first: Actor, second: Actor) -> bool:
        joint = self.text[first.n_end:second.n_start]
        return bool(re.search(r"[,،]|\band\b|و", joint)) and bool(_JOINT.fullmatch(joint))

    def _is_state(self, key: str) -> bool:
        return any(a.key == key and a.mention.kind in ("State", "Organ", "Official") for a in self.actors) and \
            not any(a.key == key and a.mention.kind == "Proxy" for a in self.actors)

    def _patient_noun(self, trigger: Trigger) -> bool:
        """`the killing of X`, `اغتيال X`: the actor that follows is the victim."""
        return not trigger.verb and bool(self.lexicon.patient_nouns.fullmatch(trigger.word))

    def _possessed(self, actor: Actor) -> Actor:
        """`Yemen's Houthi rebels`: the possessed, not the possessor."""
        following = [a for a in self.actors if a.n_start >= actor.n_end]
        if following and re.fullmatch(r"'s\s+", self.text[actor.n_end:following[0].n_start]):
            return following[0]
        return actor

    def speaker(self, trigger: Trigger) -> Actor | None:
        """Who says the sentence's statement: `X said`, `قال X`, `"...," X said`."""
        for m in self.lexicon.speech.finditer(self.text):
            speaker = self._speaker_at(m)
            if speaker is not None:
                return speaker
        return None

    def targets(self, trigger: Trigger, exclude: set[str], every_later_actor: bool = False) -> list[str]:
        text = self.text
        _, part_end = _sentence_part(text, trigger.n_start)
        if every_later_actor:
            part_end = min(part_end, _clause_after(text, trigger.n_end))
        found = []
        later = [a for a in self.actors if trigger.n_end <= a.n_start < part_end and a.key not in exclude and a.key not in self.excluded_targets]
        for actor in later:
            window = text[trigger.n_end:actor.n_start]
            if self.lexicon.speech.search(window):
                break
            if every_later_actor or self._marked(actor, self.lexicon.target, trigger.n_end) or (trigger.verb and actor is later[0] and _words(window) <= 3):
                if actor.key not in found:
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

    def _announced(self, trigger: Trigger) -> bool:
        """`Israel's strike on Iran would be lethal`: a future attack announced by a speaker is a threat."""
        if not _FUTURE_AFTER.match(self.text[trigger.n_end:]) or self.lexicon.conditional.search(
                self.text[_clause_before(self.text, trigger.n_start, self.lexicon):trigger.n_start]):
            return False
        return self.speaker(trigger) is not None

    def threatened(self, trigger: Trigger, triggers: list[Trigger]) -> bool:
        """`vowed to attack`, `متوعداً بمواصلة الهجمات`: the attack is the content of a threat."""
        return any(t.type == "Threat" and t.n_start <= trigger.n_start < t.n_end + 40 and t is not trigger
                   and _words(self.text[t.n_end:trigger.n_start]) <= 4 for t in triggers)

    def incident(self, trigger: Trigger, triggers: list[Trigger]) -> Incident | None:
        if trigger.type in PARTY_TYPES:
            return self._between_parties(trigger)
        if trigger.type == "Threat":
            return self._threat(trigger)
        if self.threatened(trigger, triggers):
            return None
        if self._announced(trigger):
            threat = self._threat(trigger)
            return threat if threat and threat.targets else None
        if self.hypothetical(trigger):
            return None
        if self._patient_noun(trigger):
            victims = self.targets(trigger, set(), every_later_actor=False)
            return Incident(trigger.type, (), tuple(victims)) if victims else None
        agent = self.subject(trigger)
        if trigger.defence:
            # the defender is the target; the attacker is whoever fired (from X, by X)
            targets = [agent.key] if agent else []
            return Incident(trigger.type, (), tuple(targets)) if targets else None
        perpetrators = () if agent is None else tuple(k for k in self.coordinated(agent) if k not in self.excluded)
        if trigger.type == "Sanction":
            perpetrators = tuple(k for k in perpetrators if self._is_state(k))
        targets = self.targets(trigger, set(perpetrators), every_later_actor=True)
        if not perpetrators and not targets:
            return None
        return Incident(trigger.type, perpetrators, tuple(targets))

    def _threat(self, trigger: Trigger) -> Incident | None:
        agent = self.speaker(trigger) or self.subject(trigger)
        if agent is None:
            return None
        side = self.coordinated(agent)
        targets = [a.key for a in self.actors if a.key not in side and a.mention.kind != "Place"]
        return Incident("Threat", tuple(side), tuple(dict.fromkeys(targets)))

    def _between_parties(self, trigger: Trigger) -> Incident | None:
        if self.hypothetical(trigger):
            return None
        if trigger.type == "Agreement" and not trigger.verb and not self.lexicon.concluded.search(self.text):
            return None
        start = _clause_before(self.text, trigger.n_start, self.lexicon)
        end = self._talks_clause_end(trigger)
        speakers = {a.key for a in (self._speaker_before(trigger),) if a is not None}
        mediators, places, parties = [], [], []
        for actor in self.actors:
            if self._marked(actor, self.lexicon.mediator, 0) or self._mediating_subject(actor):
                mediators.append(actor.key)
            elif actor.mention.kind == "Place" or (self._marked(actor, self.lexicon.place, 0) and actor.mention.kind == "State" and actor.mention.form != "demonym"):
                places.append(actor.key)
            elif start <= actor.n_start < end or actor.mention.form == "anaphora":
                parties.append(actor.key)
        antecedent = self._relative_antecedent(start)
        if antecedent is not None:
            parties.insert(0, antecedent.key)
        if re.fullmatch(r"mediation|وساطه|بوساطه", trigger.word):
            adjacent = [a for a in self.actors if a.n_end <= trigger.n_start and _words(self.text[a.n_end:trigger.n_start]) <= 1]
            mediators += self.coordinated(adjacent[-1]) if adjacent else []
        parties = [p for p in dict.fromkeys(parties) if p not in mediators]
        if len([p for p in parties if p not in speakers]) >= 2:
            parties = [p for p in parties if p not in speakers]
        elif len(parties) < 2:
            # `أعلنت السعودية وإيران ... التوصل إلى اتفاق`: who announces a deal or talks is a party
            announcer = self._speaker_before(trigger)
            if announcer is not None:
                parties = list(dict.fromkeys(parties + [k for k in self.coordinated(announcer) if k not in mediators]))
        if len(parties) < 2:
            return None
        location = next((p for p in places if p not in parties), None)
        if location and location not in mediators and re.search(r"indirect|غير\s+مباشره", self.text):
            mediators.append(location)
        return Incident(trigger.type, parties=tuple(parties), mediators=tuple(dict.fromkeys(mediators)), location=location)

    def _relative_antecedent(self, clause: int) -> Actor | None:
        """`Netanyahu, who met Trump`: the actor the relative clause is about."""
        if not re.search(r"(?:\bwho|\bwhich|الذي|التي)\s*$", self.text[:clause]):
            return None
        before = [a for a in self.actors if a.n_end <= clause and re.fullmatch(r"\s*[,،]?\s*(?:who|which|الذي|التي)\s*", self.text[a.n_end:clause])]
        return before[-1] if before else None

    def _talks_clause_end(self, trigger: Trigger) -> int:
        """After the trigger, parties run until a clause break, what was said (`that`, `إن`),
        or a comma that does not continue an enumeration of actors."""
        end = _clause_after(self.text, trigger.n_end)
        complement = self.lexicon.complementizer.search(self.text, trigger.n_end, end)
        end = complement.start() if complement else end
        for comma in re.finditer(r"[,،]", self.text[:end]):
            if comma.start() < trigger.n_end:
                continue
            if not any(a.n_start >= comma.end() and _JOINT.fullmatch(self.text[comma.start():a.n_start]) for a in self.actors):
                return comma.start()
        return end

    def _speaker_before(self, trigger: Trigger) -> Actor | None:
        speech = [m for m in self.lexicon.speech.finditer(self.text, 0, trigger.n_start)]
        return self._speaker_at(speech[-1]) if speech else None

    def _mediating_subject(self, actor: Actor) -> bool:
        """`Qatar, which has been mediating`, `China, which brokered`, `التي رعتها قطر ومصر`:
        the subject of mediation (before the verb in English, after it in Arabic)."""
        if self.arabic:
            for m in self.lexicon.mediation.finditer(self.text, 0, actor.n_start):
                between = self.text[m.end():actor.n_start]
                if _words(between) <= 1 and not re.search(r"[.;،,]", between) or self._enumerated_after(m.end(), actor):
                    return True
        for m in self.lexicon.mediation.finditer(self.text, actor.n_end):
            between = self.text[actor.n_end:m.start()]
            return _words(between) <= 4 and not re.search(r"[.;]", between)
        return False

    def _enumerated_after(self, start: int, actor: Actor) -> bool:
        return _enumerated(self.text, start, actor, self.actors)


def _names_place_of(text: str, actor: Actor, trigger: Trigger) -> bool:
    """`the Damascus strike`: a capital right before the trigger names where, not who."""
    return actor.mention.form == "metonym" and not text[actor.n_end:trigger.n_start].strip()


def _clause_after(text: str, position: int) -> int:
    """Where the clause that starts at `position` ends (`under which` does not end it; `, which` does)."""
    m = _CLAUSE_END.search(text, position)
    return m.start() if m else len(text)


def sentence_incidents(text: str, sentence_index: int, sentence_start: int, offsets, mentions: list[Mention],
                       side_of: dict[str, str], lexicon: Lexicon, published: date | None, arabic: bool,
                       not_actors: set[int] = frozenset()) -> list[Incident]:
    """The incidents one sentence reports, each with its date and evidence."""
    dateline = dateline_end(text)
    actors = role_actors([m for m in mentions if m.n_start >= dateline], side_of, set(not_actors))
    triggers = find_triggers(text, lexicon, mentions)
    if not actors or not triggers:
        return []
    reader = SentenceReader(text, actors, lexicon, arabic, triggers)
    dates = find_dates(text, published)
    claims = bool(lexicon.claim.search(text))
    result = []
    for trigger in triggers:
        incident = reader.incident(trigger, triggers)
        if incident is None:
            continue
        start, end = offsets(trigger.n_start, trigger.n_end)
        kind = "defence" if trigger.defence else incident.type.lower()
        evidence = Evidence(sentence_index, sentence_start + start, sentence_start + end, f"{kind} trigger '{trigger.word}'", 0.6)
        when = _date_for(text, trigger, dates, lexicon)
        claimed = incident.perpetrators if claims and incident.type == "Attack" else ()
        result.append(replace(incident, date=when, claimed_by=claimed, evidence=(evidence,)))
    return _merge(_defenders_as_targets(result))


def _defenders_as_targets(incidents: list[Incident]) -> list[Incident]:
    """`X fired drones, which Y intercepted`: who intercepts in the sentence was the target."""
    defenders = [i for i in incidents if i.evidence[0].rule.startswith("defence")]
    others = [i for i in incidents if not i.evidence[0].rule.startswith("defence")]
    attacker = next((k for k, i in enumerate(others) if i.type == "Attack" and i.perpetrators), None)
    if attacker is None:
        return incidents
    for defender in defenders:
        attack = others[attacker]
        others[attacker] = replace(attack, targets=tuple(dict.fromkeys(attack.targets + defender.targets)),
                                   evidence=attack.evidence + defender.evidence)
    return others


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
    if a.type == "Threat" and a.evidence[0].sentence != b.evidence[0].sentence and not (a.date and b.date):
        return False  # threats are statements: two undated ones in different sentences are two threats
    if a.type in PARTY_TYPES:
        shared = set(a.parties) & set(b.parties)
        return len(shared) >= min(2, len(a.parties), len(b.parties))
    if a.perpetrators and b.perpetrators:
        if not set(a.perpetrators) & set(b.perpetrators):
            return False
        # an undated mention of an attack by the same side is the dated one it resembles
        return _overlap(a.targets, b.targets) or a.date is None or b.date is None
    # one report lacks the perpetrator: the targets must then be shared
    return bool(set(a.targets) & set(b.targets))


def combine(a: Incident, b: Incident) -> Incident:
    """One incident from two compatible reports: roles joined, the finer date kept."""
    finer = a.date
    if b.date and (a.date is None or (b.date.last - b.date.first) < (a.date.last - a.date.first)):
        finer = b.date

    def join(x, y):
        return tuple(dict.fromkeys(x + y))

    perpetrators = join(a.perpetrators, b.perpetrators)
    targets = tuple(t for t in join(a.targets, b.targets) if t not in perpetrators)  # no side attacks itself
    return Incident(a.type, perpetrators, targets, join(a.parties, b.parties),
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


def with_context_targets(incidents: list[Incident], previous: list[str]) -> list[Incident]:
    """`"If the threats are carried out, Iran will respond," Salami said.`: a threat that names
    no target in its sentence is aimed at the other side named in the sentence before."""
    result = []
    for incident in incidents:
        if incident.type == "Threat" and not incident.targets:
            others = tuple(dict.fromkeys(k for k in previous if k not in incident.perpetrators))
            incident = replace(incident, targets=others)
        result.append(incident)
    return result


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
