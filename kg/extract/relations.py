"""Relations stated by the article: a group backed by a state, a person serving a state or group."""
from __future__ import annotations

import re

from kg.extract.catalogue import Catalogue
from kg.extract.lexicon import WordList
from kg.extract.model import Evidence, Mention, Relation
from kg.extract.text import Normalised

_AFFILIATION_WINDOW = 70  # characters between an affiliation and the name it qualifies
_CLAUSE_BREAK = re.compile(r"[،,;:.()«»\"]|\s(?:and|و)\s")


def sponsorships(norm: Normalised, mentions: list[Mention], phrases: list[tuple[Mention, str]]) -> list[Relation]:
    """`Iran-backed Houthis`, `الحوثي المدعومة من إيران`, `Hamas ... is backed by Tehran`
    (`phrases`: from sponsor_phrases)."""
    text = norm.text
    relations = []
    for state, phrase in phrases:
        for proxy in _sponsored(text, state, phrase, mentions):
            evidence = Evidence(state.sentence, min(proxy.start, state.start), max(proxy.end, state.end),
                                f"sponsorship phrase '{phrase}'", 0.85)
            relations.append(Relation(proxy.key, "sponsoredBy", state.key, evidence))
    return relations


_COPULA = re.compile(r"\b(?:is|are|was|were|been|being)\s+(?:also\s+|all\s+|both\s+)?$")
_ADJACENT = re.compile(r"^[\s,،»«\"'()]*(?:(?:التي|الذي|الذين|which\s+(?:is|are))\s*)?$")
# `Kataib Hezbollah, a militia armed and funded by Iran`: an apposition between group and phrase
_APPOSITION = re.compile(r"^\s*[,،]\s*(?:an?|the)?\s*(?:[\w-]+\s+){0,5}?(?:and\s+)?$")
_GROUP_NOUN = re.compile(r"^\s*(?:[\w-]+\s+){0,2}?(?:group|groups|militia|militias|movement|faction|factions|الجماعه|الحزب|الحركه)\b")


def _sponsored(text: str, state: Mention, phrase: str, mentions: list[Mention]) -> list[Mention]:
    """Which groups a sponsorship phrase is about: the subject of `is backed by`, the group it
    qualifies or stands in apposition to, the group a following `group`/`militia` refers back
    to; after a general noun ("factions backed by Iran, from Iraq to Yemen"), the groups named
    after it; else those named before it in the sentence."""
    proxies = [m for m in mentions if m.kind == "Proxy"]
    before_part, _, after_part = phrase.partition("{state}")
    phrase_start = state.n_start - len(before_part) if before_part else state.n_start
    phrase_end = state.n_end + len(after_part)
    before = [p for p in proxies if p.n_end <= phrase_start]
    if _COPULA.search(text[:phrase_start]):
        clause_start = max((m.end() for m in re.finditer(r"[;.]", text[:phrase_start])), default=0)
        return [p for p in before if clause_start <= p.n_start]
    if before and (_ADJACENT.match(text[before[-1].n_end:phrase_start]) or _APPOSITION.match(text[before[-1].n_end:phrase_start])):
        return before[-1:]
    following = [p for p in proxies if p.n_start >= phrase_end]
    if following and len(text[phrase_end:following[0].n_start].split()) <= 1:
        return following[:1]
    if after_part and before and _GROUP_NOUN.match(text[phrase_end:]):
        return before[-1:]
    return following or before


def sponsor_phrases(norm: Normalised, mentions: list[Mention], phrases: tuple[tuple[str, str], ...]) -> list[tuple[Mention, str]]:
    """The states named as a sponsor (`Iran-backed`, with the lexicon's sponsorship phrases; `Iran-aligned`,
    with its alignment phrases), each with its phrase: such a state is not an actor of the sentence."""
    found = []
    if not any(part.strip() and part.strip() in norm.text for pair in phrases for part in pair):
        return found  # none of the phrases' words is in the sentence
    for state in mentions:
        if state.kind == "State":
            phrase = _sponsor_phrase(norm.text, state, phrases)
            if phrase is not None:
                found.append((state, phrase))
    return found


def _sponsor_phrase(text: str, state: Mention, phrases: tuple[tuple[str, str], ...]) -> str | None:
    """The sponsorship phrase around a state's mention, if there is one."""
    before_text = _without_final_the(text[:state.n_start])
    for before, after in phrases:
        if before_text.endswith(before) and text.startswith(after, state.n_end):
            return f"{before}{{state}}{after}".strip()
    return None


def _without_final_the(text: str) -> str:
    r"""The text without a final word `the` and the spaces after it (`backed by the `); what
    re.sub(r"\bthe\s+$", "", text) does, without scanning the whole text."""
    head = text.rstrip()
    if len(head) < len(text) and head.endswith("the") and (len(head) == 3 or not _is_word_char(head[-4])):
        return head[:-3]
    return text


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def affiliations(norm: Normalised, mentions: list[Mention], catalogue: Catalogue, seen: set[str],
                 side_of: dict[str, str], not_actors: set[int], titles: WordList) -> list[Relation]:
    """Each official, once per article: the state or group the title gives, else the catalogue's."""
    relations = []
    for person in (m for m in mentions if m.kind == "Official"):
        if person.key in seen:
            continue
        given = _titled_affiliation(norm.text, person, mentions, side_of, not_actors, titles)
        actor = catalogue.actors.get(person.key)
        if given is not None and actor is not None and actor.of in catalogue and given in catalogue \
                and catalogue[given].kind == catalogue[actor.of].kind == "State":
            # `تل أبيب أبلغت الرئيس الفلسطيني محمود عباس`, `Washington knew where Khamenei was hiding`: a state
            # official is not another state's by a nearby name; a group named in the title may be (HTS leader al-Sharaa)
            given = actor.of
        if given is not None and given in catalogue:
            evidence = Evidence(person.sentence, person.start, person.end, "title names the state or group", 0.9)
            relations.append(Relation(person.key, "officialOf", given, evidence))
        elif actor is not None and actor.of and actor.of in catalogue:
            evidence = Evidence(person.sentence, person.start, person.end, "catalogue: office holder", 0.7)
            relations.append(Relation(person.key, "officialOf", actor.of, evidence))
        else:
            continue
        seen.add(person.key)
    return relations


_HOST = re.compile(r"(?:\b(?:in|at|to)|(?<!\w)(?:في|لدي|الي))\s*$")  # normalised: لدى → لدي, إلى → الي


def _titled_affiliation(text: str, person: Mention, mentions: list[Mention], side_of: dict[str, str],
                        not_actors: set[int], titles: WordList) -> str | None:
    """The state or group named in the title phrase around the person: before it (`Iranian
    Foreign Minister X`, `المتحدث باسم الحوثيين X`, `Biden's adviser X`) or in apposition
    after it (`X, a senior Hezbollah commander`); not a host (`ambassador to Yemen`, `in
    Doha`) and not a sponsor (`حزب الله المدعوم إيرانياً`)."""
    for other in sorted(mentions, key=lambda m: -m.n_end):
        if other.n_end > person.n_start or other is person:
            continue
        between = text[other.n_end:person.n_start]
        if len(between) > _AFFILIATION_WINDOW or _CLAUSE_BREAK.search(between):
            break
        if other.n_start in not_actors or _HOST.search(text[:other.n_start]):
            continue
        if between.strip(" '’s") and not titles.search(between):
            break  # `the Israeli military said it killed X`: no title between, no affiliation
        if _words_besides_titles(between, titles) > 3:
            break  # `إسرائيل ... منذ سقوط نظام الرئيس المخلوع بشار الأسد`: the state is outside the title
        if between.isascii() and any(_VERB_WORD.fullmatch(w) for w in _besides_titles(between, titles)):
            break  # `rebels led by HTS toppled President Bashar al-Assad`: a verb, not a title phrase
        possessive = between.startswith(("'s", "’s"))
        if other.kind == "Official" and not possessive:
            break  # `كاتس إلى مهاجمة الرئيس الفلسطيني محمود عباس`: another person ends the title phrase
        side = _side(other, side_of, possessive=possessive)
        if side:
            return side
    return _apposition(text, person, [m for m in mentions if m.n_start not in not_actors], side_of, titles)


def _besides_titles(between: str, titles: WordList) -> list[str]:
    """The words between a state and a person that are not part of a title (`Foreign Minister`)."""
    rest = between
    for m in reversed(list(titles.finditer(between))):
        rest = rest[:m.start()] + " " + rest[m.end():]
    return re.findall(r"\w+", rest)


def _words_besides_titles(between: str, titles: WordList) -> int:
    return len(_besides_titles(between, titles))


# a verb between a side and a person ends the title phrase (`toppled`, `met`, `told`)
_VERB_WORD = re.compile(r"\w+ed|met|meets|struck|hit|told|said|says|killed|kills|visited|visits")


def _apposition(text: str, person: Mention, mentions: list[Mention], side_of: dict[str, str],
                titles: WordList) -> str | None:
    after = [m for m in mentions if m.n_start >= person.n_end]
    segment = text[person.n_end:person.n_end + _AFFILIATION_WINDOW]
    if not after or not re.match(r"^\s*[,،]", segment):
        return None
    first = after[0]
    between = text[person.n_end:first.n_start]
    if len(between) > 40 or re.search(r"[.;]", between) or not titles.search(text[first.n_end:first.n_end + 30] + " " + between):
        return None
    if _NOT_APPOSITION.match(between):
        return None  # `الشيخ محمد، في اتصال هاتفي مع وزير الخارجية الإيراني`: a phrase of the clause, not a description
    if any(m.kind == "Official" and first.n_end <= m.n_start <= first.n_end + _AFFILIATION_WINDOW for m in after):
        return None  # `CIA Director William Burns, Qatari Prime Minister Sheikh Mohammed`: a list of people
    owner = next((m for m in after[1:3] if m.kind == "Proxy" and re.fullmatch(r"['’]s\s+(?:[\w-]+\s+){0,3}", text[first.n_end:m.n_start])), None)
    if owner is not None:
        return owner.key  # `a senior commander of Lebanon's Iran-backed Hezbollah`: the group, not its country
    return _side(first, side_of, possessive=False)


# (nor a participle of saying: `... وزير الدفاع يسرائيل كاتس، موضحاً أنها استهدفت «رئيس أركان» الحزب`)
_NOT_APPOSITION = re.compile(r"^\s*[,،]\s*(?:in|on|at|with|during|after|before|from|to|along with|together with|and|who|which|that"
                             r"|saying|adding|noting|warning|stressing|explaining"
                             r"|في|مع|خلال|بعد|قبل|من|الى|عبر|الذي|التي"
                             r"|(?:موضح|مضيف|قائل|مؤكد|مشير|معتبر|محذر|لافت|متوعد|مشدد)(?:ا|ة|ه))\s")


def _side(mention: Mention, side_of: dict[str, str], possessive: bool) -> str | None:
    if mention.kind in ("State", "Proxy"):
        return mention.key
    if mention.kind == "Organ" or possessive:
        side = side_of.get(mention.key)
        return side_of.get(side, side) if side else None
    return None
