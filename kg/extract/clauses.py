"""Clauses, markers and actors of a sentence: the groundwork for reading incident roles.

Roles come from markers, not from mere proximity: the agent after `by`/شنته, the target after
`on`/على, the mediator after `mediated by`/بوساطة, a place after `in`/في; clauses end at
commas, relative pronouns, verbs of saying and conjunctions like `while`/فيما.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract.lexicon import Lexicon, WordList
from kg.extract.model import Mention
from kg.extract.text import is_arabic

# Where a clause ends, looking back from a trigger for its subject.
# A dash between two weekdays (`ليل الأحد - الاثنين`) or two nisba adjectives (`مصري - قطري`)
# joins them; elsewhere it opens a clause.
_PAIRED = r"(?:ال)?(?:اثنين|ثلاثاء|اربعاء|خميس|جمعه|سبت|احد)\b|\w+ي(?:ه|ين|ون)?\b"
# (`بعد ظهر`, `قبل منتصف الليل` tell the time of day, they do not open a clause)
# a side's own men or machines, by the pronoun after them: `قواته`, `مقاتليها`, `وحداتها`
OWN_MEN = r"(?:قوات|وحدات|عناصر|مقاتلي|طائرات|مقاتلات|جنود|مسيرات)(?:ه|ها|هم)"
# what places one act in time from another, right before the second: `hours before the`, `بعد يومين من`
TIMED_FROM = re.compile(r"\b(?P<unit>hours?|days?|weeks?|a\s+day|less\s+than\s+a\s+day)\s+(?P<dir>before|after)\s+(?:the\s+)?$"
                        r"|(?<!\w)(?P<dir_ar>قبل|بعد)\s+(?P<unit_ar>ساعات|ساعه|ساعتين|يوم|يومين|ايام|اسبوع|اسبوعين|اقل\s+من\s+يوم)"
                        r"\s+(?:قليله\s+)?(?:من|علي)\s+$")
CLAUSE_BREAK = re.compile(rf"[،,;:()]|\s[-–]\s(?!{_PAIRED})|\b(?:after|before|while|whereas|which|who|when|(?<!has )(?<!have )(?<!had )(?<!ever )since|where)\b|\s(?:(?:بعد|قبل)(?!\s+(?:ظهر|الظهر|منتصف|الفجر))|فيما|بينما|في حين|غداة|اثر|عندما|حيث|الذي|التي|الذين|منذ)\s")
# Within a clause, what may stand between a role marker and the actors it governs: other actors
# of an enumeration ("on Iraq, Syria and Lebanon", "بوساطة قطرية ومصرية") and short words.
ENUMERATION = re.compile(r"^(?:\s|,|،|\band\b|\bthe\b|\bof\b|و|'s)*$")
# `said it struck`, `قال إنه قصف`, `أعلنت الوزارة أن مقاتلاتها قصفت` (its jets): the speaker acts
PRONOUN_SUBJECT = re.compile(r"\b(?:it|they|we|its|their|our)\b|(?<!\w)(?:انه|انها|انهم|اننا|انا)(?!\w)|(?<!\w)[اإأ]ن\s+\w{3,}(?:ها|هم|ه)(?!\w)")
AGENT_WINDOW_WORDS = 6
# between an act's noun and a verb whose subject it is: `strikes on southern Lebanon killed`
# Words that open a new clause: `its strikes on Syria since Hamas gunmen stormed` (Hamas is neither
# the strikes' target nor are the strikes what stormed)
CLAUSE_OPENER = r"(?:since|after|before|when|while|because|until|منذ|عندما|بينما|فيما)\s"
NOUN_SUBJECT = re.compile(rf"\s+(?:(?:on|against|in|at|near|across|علي|ضد|قرب)\s+(?:(?!{CLAUSE_OPENER})[\w'.-]+\s+){{0,7}}|(?:that|which)\s+"
                          r"|(?:\S+\s+){0,2}(?:الذي|التي)\s+)"  # `الهجوم الإسرائيلي الذي استهدف`
                          r"|\s*,\s*(?:which|that)\s[^,;.]{0,60},\s*")  # `the strike, which they blamed on Israel, killed`
_OBJECT_SUFFIX = re.compile(r"(?:ه|ها|هم|هما)$")  # `هجوم شنه مسلحو الحزب`: the act is the verb's object


def act_is_subject_of(text: str, noun_end: int, verb: Trigger) -> bool:
    """`strikes on southern Lebanon killed`, `بضربات استهدفت منشآت`: the act named just before a verb
    is its subject (an Arabic verb right after an indefinite act noun describes it)."""
    if NOUN_SUBJECT.fullmatch(text, noun_end, verb.n_start):
        return True
    # (its indefinite adjectives may stand between: `حملة جوية واسعة استهدفت منشآت`)
    return noun_end <= verb.n_start and _ARABIC_ADJECTIVES.fullmatch(text, noun_end, verb.n_start) is not None \
        and is_arabic(verb.word) and not _OBJECT_SUFFIX.search(verb.word)


_ARABIC_ADJECTIVES = re.compile(r"\s*(?:(?!ال)(?!(?:في|على|من|الى|عن|مع|امس|اليوم)\s)[\u0621-\u064a]{3,}(?:ه|ة|يه|ي|ين|ات)\s+){0,2}")


# Where a clause ends, looking forward from a trigger (`under which` does not end it; `, which` does).
# (a short aside in brackets, `(فتح)`, `(PKK)`, does not end it)
CLAUSE_END = re.compile(rf"[;:]|\((?![^()]{{1,30}}\))|,\s+(?:and|but)\s+(?:the|a|an)\s(?=(?:[\w.'-]+\s+){{1,3}}(?:\w+ed|said|says|struck|hit|fired|launched)\b)|\s[-–]\s(?!{_PAIRED})|[,،]\s*(?:which|who|when|where|citing|accusing|الذي|التي|متهما)\b|\b(?:after|before|while|whereas|since)\b|\s(?:(?:بعد|قبل)(?!\s+(?:ظهر|الظهر|منتصف|الفجر))|فيما|بينما|في حين|غداة|عندما|حيث)\s")
# `X, who ... ,`, `Israel, saying it was protecting the Druze, struck`: the relative or participial
# clause right before a verb, to skip to find the subject.
# (a period inside may end a one-letter abbreviation: `who stopped attacking U.S. ships,`)
# (and a participle of company: `The Biden administration, joined by Britain, began striking`)
RELATIVE_BEFORE = re.compile(r"[,،]\s*(?:which|who|whose|saying|citing|accusing|claiming|joined\s+by|backed\s+by|aided\s+by|along\s+with|together\s+with"
                             r"|accompanied\s+by|الذي|التي|الذين)\b(?:[^,،;.]|(?<=\b\w)\.)*[,،]\s*(?:has\s+|had\s+)?"
                             r"(?:(?:began|begun|started|resumed|continued|kept\s+up|stepped\s+up)\s+)?$")
# `strike ... would be lethal`: an act announced for the future.
FUTURE_AFTER = re.compile(r"^\s*(?:[\w-]+\s+){0,3}?(?:will|would|shall)\b")
# What joins two coordinated actors: `, `, `and`, `و`.
JOINT = re.compile(r"[»\"”']?\s*(?:[,،]\s*)?(?:(?:and\s+)|و)?[«\"“']?(?:the\s+)?")  # quotes: `«فتح» و«حماس»`
# Conjunctions that join two independent reports in one sentence.
SENTENCE_PART_BREAK = re.compile(r"[;؛]|\b(?:while|whereas)\b|\s(?:فيما|بينما|في حين)\s")
# Where an attack came from (`a missile launched from Yemen`, `صاروخ أُطلق من إيران`): no target there
LAUNCHED_FROM = re.compile(r"\b(?:launched|fired|attacks?|rockets?|missiles?|drones?|projectiles?)\s+from\s+(?:the\s+)?$"
                           r"|(?<!\w)(?:اطلق|اطلقت|اطلقا|اطلقوا|انطلق|انطلقت)\s+من\s+$")
MAX_GAP_WORDS = 3
# The Arabic article, with the proclitics before it: `ال`, `وال`, `بال`, `لل`
ARTICLE = re.compile(r"^[وفبكل]?(?:ال|لل)")
# `the 2008 Strategic Framework Agreement`: a year a few words before a deal's name
NAMED_YEAR = re.compile(r"\b((?:19|20)\d\d)\s+(?:[\w-]+\s+){0,3}$")


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
    passive: bool = False  # an Arabic past verb written with the passive's damma (`استُهدف`, `أُطلق`)


# (one to four words, each separator once: a nested optional separator made `re` backtrack on long words)
# (Reuters gives the day after a comma: `MUSCAT/DUBAI, April 13 (Reuters) -`)
# (AP gives the country after a comma, before the agency: `DUBAI, United Arab Emirates (AP) —`)
_DATELINE = re.compile(r"^\s*[\w.'’]+(?:[ /][\w.'’]+){0,3}[ /]?(?:,\s*[a-z]{3,9}\.?\s+\d{1,2}|,\s*[\w.'’]+(?: [\w.'’]+){0,2}(?=\s*\())?"
                       r"(?:\s*\([^)]{1,30}\))?\s*[-–—]\s",
                       re.IGNORECASE)


def dateline_end(text: str) -> int:
    """`BEIRUT (AP) —`, `صنعاء/واشنطن (رويترز) -`, `DUBAI, April 13 (Reuters) -`: where a dateline ends (0 when none)."""
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
        key = m.key if m.kind == "State" or (m.kind == "Proxy" and m.key not in side_of) else side_of.get(m.key)  # (a wing acts for its group)
        key = side_of.get(key, key) if key else None  # an official of the IRGC acts for Iran
        if key:
            result.append(Actor(key, m.n_start, m.n_end, m))
    return result


def _qualifies_group(demonym: Mention, before: Mention | None, after: Mention | None) -> bool:
    near_before = before is not None and before.kind in ("Proxy", "Place") and demonym.n_start - before.n_end <= 5  # «حزب الله» اللبناني
    # (an Arabic nisba follows its noun: `المقاتلات الإسرائيلية حزب الله` is Israel's jets and their target)
    near_after = demonym.surface.isascii() and after is not None and after.kind in ("Proxy", "Place") \
        and after.n_start - demonym.n_end <= 1
    return near_before or near_after


def words(text: str) -> int:
    """Words in a stretch of text; proclitics attached to the name that follows (`ل` of `لحركة`) are not one."""
    return len(re.findall(r"[\w'-]+", _TRAILING_PROCLITIC.sub("", text)))


_TRAILING_PROCLITIC = re.compile(r"(?:(?<=\s)|^)(?:[وفبكل]|ال|لل|وال|بال|وبال|ولل)$")


_WHEN_AFTER = re.compile(r"\s+(?:\d|(?:the\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|jan|feb|march|april|may|june|july|aug|sept?|oct|nov|dec)"
                         r"|that\s+day|the\s+same\s+day|the\s+(?:eve|night|morning|evening)\b)")


def after_marker(text: str, actor: Actor, markers: WordList, lo: int, actors: list[Actor] | None = None) -> bool:
    """Whether a marker word governs the actor: just before it (a few words between), or
    before an enumeration of actors that it ends."""
    window = text[lo:actor.n_start]
    for m in markers.finditer(window):
        gap = window[m.end():]
        if _WHEN_AFTER.match(gap):
            continue  # `on June 22 the United States bombed`, `On Sunday the group fired`: a time, not a target
        if words(gap) <= MAX_GAP_WORDS and not CLAUSE_BREAK.search(gap) and not re.search(rf"(?<!\w){CLAUSE_OPENER}", gap):
            return True
        if actors and enumerated(text, lo + m.end(), actor, actors):
            return True
    return False


def enumerated(text: str, start: int, actor: Actor, actors: list[Actor]) -> bool:
    """Only actors, commas and `and` between `start` and the actor (after a short head)."""
    between = [a for a in actors if start <= a.n_start and a.n_end <= actor.n_start]
    if not between:
        return False
    head = text[start:between[0].n_start]
    if words(head) > MAX_GAP_WORDS or re.search(r"[;:()]", head):
        return False
    position = between[0].n_end
    for other in between[1:] + [actor]:
        if not ENUMERATION.match(text[position:other.n_start]):
            return False
        position = other.n_end
    return True


def clause_before(text: str, position: int, lexicon: Lexicon) -> int:
    """Where the clause that ends at `position` starts (after a break or a verb of saying)."""
    start = 0
    for pattern in (CLAUSE_BREAK, lexicon.speech):
        for m in pattern.finditer(text, 0, position):
            start = max(start, m.end())
    return start


def sentence_part(text: str, position: int) -> tuple[int, int]:
    start, end = 0, len(text)
    for m in SENTENCE_PART_BREAK.finditer(text):
        if m.end() <= position:
            start = m.end()
        elif m.start() >= position:
            end = m.start()
            break
    return start, end


def names_place_of(text: str, actor: Actor, trigger: Trigger) -> bool:
    """`the Damascus strike`, `the Jordan attack`: a capital, or a state's name after `the`, right
    before the trigger names where, not who (`Israel's attack`, `the Israeli attack` name who); in
    Arabic a capital right after it (`جولة روما`)."""
    if trigger.verb:
        return False
    if actor.n_start >= trigger.n_end:  # Arabic: `جولة روما`, `محادثات مسقط`, `قمة الرياض`
        return actor.mention.form == "metonym" and not text[trigger.n_end:actor.n_start].strip()
    if text[actor.n_end:trigger.n_start].strip():
        return False
    return actor.mention.form == "metonym" or (actor.mention.form == "name" and re.search(r"\bthe\s+$", text[:actor.n_start]) is not None)


def clause_after(text: str, position: int) -> int:
    """Where the clause that starts at `position` ends (`under which` does not end it; `, which` does)."""
    m = CLAUSE_END.search(text, position)
    return m.start() if m else len(text)
