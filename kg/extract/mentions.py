"""Actor mentions in an article: catalogue names, surnames after a full mention, pronoun-like
references to the last named group, and new officials introduced by a title."""
from __future__ import annotations

from datetime import date

import re
from dataclasses import dataclass, field
from functools import lru_cache

from kg.extract.catalogue import Actor, Catalogue, Match
from kg.extract.clauses import ARTICLE, dateline_end, words
from kg.extract.lexicon import Lexicon, WordList
from kg.extract.model import Mention
from kg.extract.text import Normalised, Sentence, normalise, normalise_with_offsets

# عمان is Oman unless written عمّان or next to Jordan (الأردن, الأردنية, أردني).
_AMMAN_CONTEXT = re.compile(r"اردن")
_SHADDA = "\u0651"
_COUNTRIES = re.compile(r"countr|neighbo|بلد")
_GROUPS = re.compile(r"movement|group|faction|حركت|فصيل")  # `the two movements`, `الحركتين`: two groups
_PEOPLE = re.compile(r"\bmen\b|leaders|ministers|رجل|زعيم|وزير")  # `the two men`, `الرجلين`: two officials
# An English personal name: two to four capitalised words, with particles (al-, bin, ...).
_EN_NAME = re.compile(r"(?:(?:al-|el-|bin |ibn |Abu |Al |Abdul-|Abdel-)?[A-Z][\w'’-]+)(?:\s+(?:(?:al-|el-|bin |ibn |Abu |Al )?[A-Z][\w'’-]+|bin|ibn|al-[A-Z][\w'’-]+)){1,3}")
_NOT_KEY = re.compile(r"\W+")
_RANK = re.compile(r"(?:(?:Rear|Vice|Lt\.|Lieutenant|Maj\.|Major|Brig\.|Brigadier|Gen\.|General|Col\.|Colonel|Adm\.|Admiral"
                   r"|Capt\.|Captain|Sgt\.|Sheikh|Dr\.)\s+)+")
# After an Arabic title, before the name: its adjectives (المستشار العسكري، الناطق الرسمي، السفير السابق)
# and the body it speaks for (باسم وزارة الخارجية، باسم الوفد الحكومي)
_TITLE_QUALIFIER = re.compile(r"\s+((?:ال\w+ي|السابق|الاسبق|الخاص|الاعلي|الجديد)(?!\w)"
                              r"|(?:باسم\s+)?(?:وزاره|الوفد|هييه|الحكومه|مجلس|لجنه|الجيش|القوات|الخارجيه|قياده|حركه)(?!\w))")
# `علي` after a title is the name Ali unless a preposition's object follows (`على هامش`, `على الأرض`)
_ALI_FOLLOWER = re.compile(r"\s+(?!ال)(?!(?:هامش|خلفيه|لسان|صعيد|راس|حد|وقع|اثر|متن|ضوء|ان|انه|انها)\b)\w")
_QUALIFIER_GAP = re.compile(r"\s+(?:of|for|to|باسم|لدى|ل|في)?\s*")
_WORD = re.compile(r"[\w-]+")
_AR_STOP = set(normalise(w) for w in (
    "في على من إلى الى عن أن إن ان قال قالت وقال وقالت أكد أكدت أعلن أعلنت الذي التي خلال بعد قبل "
    "مع حيث كما بأن لكن أو و يوم اليوم أمس بين عبر إثر وذلك أنه إنه أنها إنها ذلك هذا هذه ضد بشأن حول "
    "لدى عند منذ حتى وفق بحسب أيضا أيضاً فيما بينما إذ ثم الذين "
    "بانه بانها بان قد لقد بعدها قبلها مساء صباح فجر ليل ليلة ظهر شقيق نجل زوجة زعيم حزب حركة "
    "بما لما مما عما كما فما ما لم لن عدم بعدم لعدم دون بدون غير سوى إلا نحو تجاه أي كل جميع بعض ضرورة").split())  # (`باسم العوادي بما وصفها`: the name ends before بما)


@dataclass
class ArticleMentions:
    """Mentions found so far, and what the next sentences may refer back to."""

    mentions: list[Mention] = field(default_factory=list)
    fully_named: dict[str, int] = field(default_factory=dict)  # key -> how many mentions came before its last full one
    new_officials: dict[str, Actor] = field(default_factory=dict)
    last_sides: tuple[str, ...] = ()  # the two sides of the last incident between two actors
    talks_sides: tuple[str, ...] = ()  # the two sides of the last talks or deal
    published: date | None = None  # the article's day: a group that has since come to govern names its state
    origins: set[tuple[int, int]] = field(default_factory=set)  # (sentence, n_start) of groups named as another's origin


def sentence_mentions(sentence: Sentence, article_start: int, catalogue: Catalogue, lexicon: Lexicon,
                      state: ArticleMentions) -> tuple[Normalised, list[Mention]]:
    """The actor mentions of one sentence, in order, with normalised and article offsets."""
    norm = normalise_with_offsets(sentence.text)
    found: list[Mention] = []
    for match in catalogue.find(norm, sentence.text):
        mention = _resolve(match, sentence, catalogue, state, norm)
        if mention is not None:
            found.append(mention)
            if mention.form != "short":
                state.fully_named[mention.key] = len(state.mentions) + len(found)
    # (a city or state in a dateline, `DUBAI, United Arab Emirates (AP) —`, is where the story was filed: no actor of it)
    dateline = dateline_end(norm.text)
    # (`قوات الاحتلال الأميركي`, `العدو الأميركي`: an occupation or an enemy named with a nisba is that state, not Israel)
    found = [m for m in found if m.n_start >= dateline and not (_OCCUPATION.search(norm.text, m.n_start, m.n_end) and any(
        o.form == "demonym" and o.key != m.key and _NISBA_NEXT.fullmatch(norm.text, m.n_end, o.n_start) for o in found))]
    found += _new_officials(sentence, norm, found, catalogue, lexicon, state)
    # (`HTS, a group with roots in al-Qaida ... The group launched`: the group is HTS)
    state.origins.update((sentence.index, m.n_start) for m in found
                         if m.kind == "Proxy" and _ORIGIN_BEFORE.search(norm.text, max(0, m.n_start - 40), m.n_start))
    found += _anaphora(sentence, norm, found, lexicon, state, catalogue)
    found.sort(key=lambda m: m.n_start)
    state.mentions.extend(found)
    return norm, found


_OCCUPATION = re.compile(r"(?:الاحتلال|العدو)$")
_NISBA_NEXT = re.compile(r"\s+(?:ال)?")


def _mention(key: str, kind: str, form: str, sentence: Sentence, norm: Normalised, n_start: int, n_end: int) -> Mention:
    start, end = norm.span(n_start, n_end)
    return Mention(key, kind, form, sentence.start + start, sentence.start + end,
                   sentence.text[start:end], sentence.index, n_start, n_end)


def _resolve(match: Match, sentence: Sentence, catalogue: Catalogue, state: ArticleMentions,
             norm: Normalised) -> Mention | None:
    """Pick the reading of a name: full names first; a surname only after its full name; a state
    organ's short name (`the Treasury`) once it or its state is named; a short name several organs
    share (`the army`), the one named in full last."""
    readings = [p for p in match.readings if p.form != "short"]
    shorts = [p for p in match.readings if p.form == "short"]
    # (`the army` after Israel and Lebanon are named is neither's until one's army is)
    shorts = [p for p in shorts if (p.key in state.fully_named if len(shorts) > 1 else _last_named(p.key, catalogue, state) is not None)]
    if shorts:
        best = max(shorts, key=lambda p: _last_named(p.key, catalogue, state))
        # (`وقال السوداني` after Mohammed Shia al-Sudani was named: the man, not the nisba of Sudan)
        readings = [best] + readings if all(p.form == "demonym" for p in readings) else readings + [best]
    for pattern in readings:
        key = pattern.key
        governed = _governed_state(catalogue[key], state.published)
        if governed is not None:  # `the Taliban` in 2024 copy: Afghanistan's government
            return _mention(governed, "State", "metonym", sentence, norm, match.n_start, match.n_end)
        if key == "oman" and _means_amman(match, norm.text):
            key = "jordan" if "jordan" in catalogue else key
            return _mention(key, catalogue[key].kind, "metonym", sentence, norm, match.n_start, match.n_end) if key == "jordan" else None
        return _mention(key, catalogue[key].kind, pattern.form, sentence, norm, match.n_start, match.n_end)
    return None


def _governed_state(actor: Actor, published: date | None) -> str | None:
    if actor.governs is None or published is None:
        return None
    state, since = actor.governs
    return state if published.isoformat() >= since else None


def _last_named(key: str, catalogue: Catalogue, state: ArticleMentions) -> int | None:
    """When the actor, or the state an organ serves, was last named in full; None if not yet."""
    actor = catalogue[key]
    times = [state.fully_named.get(key), state.fully_named.get(actor.of) if actor.kind == "Organ" else None]
    return max((t for t in times if t is not None), default=None)


def _means_amman(match: Match, normalised_sentence: str) -> bool:
    if match.surface.startswith("Amman"):
        return True
    if _SHADDA in match.surface:
        return True
    if normalised_sentence[max(0, match.n_start - 6):match.n_start].endswith("سلطنه "):
        return False
    return bool(_AMMAN_CONTEXT.search(normalised_sentence))


def _new_officials(sentence: Sentence, norm: Normalised, found: list[Mention], catalogue: Catalogue,
                   lexicon: Lexicon, state: ArticleMentions) -> list[Mention]:
    """A person named right after a title who is not in the catalogue becomes a new official."""
    result = []
    taken = [(m.n_start, m.n_end) for m in found]
    for title in lexicon.titles.finditer(norm.text):
        span = _name_after_title(norm, sentence.text, title.end(), found, lexicon) or _name_before_title(norm, sentence.text, title.start(), found)
        if span is None or any(s < span[1] and span[0] < e for s, e in taken):
            continue
        start, end = norm.span(*span)
        name = sentence.text[start:end].strip(" ،,")
        key = "person_" + _NOT_KEY.sub("_", normalise(name)).strip("_")
        if key not in catalogue.actors and key not in state.new_officials:
            arabic = any("\u0600" <= c <= "\u06ff" for c in name)
            state.new_officials[key] = Actor(key=key, kind="Official", en="" if arabic else name, ar=name if arabic else "",
                                             source="extracted: a title before the name", in_catalogue=False)
        taken.append(span)
        result.append(_mention(key, "Official", "title", sentence, norm, *span))
    return result


# `Hossein Akbari, Iran's ambassador to Syria,`, `Majed al-Ansari, the Qatari foreign ministry spokesman,`:
# a name, a comma, then a title phrase (a possessive or an article and up to three words before the title)
_NOT_NAME_START = frozenset("On In At By For From With After Before Since During Until The A An But And Also Last Earlier Later "
                            "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June "
                            "July August September October November December".split())
_BODY_WORDS = frozenset("General Assembly Council Ministry Forces Army Party Brigade Brigades Guard Guards Corps Command "
                        "Office Agency Committee Nations Union House Department Authority Front Movement Organization "
                        "Organisation Court Parliament Government Administration".split())
_TITLE_PHRASE_BEFORE = re.compile(r",\s+(?:(?:the|a|an)\s+)?(?:[\w.’'-]+\s+){0,3}$")


def _name_before_title(norm: Normalised, original: str, title_start: int, found: list[Mention]) -> tuple[int, int] | None:
    """An English name in apposition before its title (`X, Iran's ambassador to Syria, said`)."""
    o_title = norm.span(title_start, title_start + 1)[0]
    phrase = _TITLE_PHRASE_BEFORE.search(original, 0, o_title)
    if phrase is None or not original[o_title:o_title + 1].isascii():
        return None
    names = [m for m in _EN_NAME.finditer(original, max(0, phrase.start() - 60), phrase.start())
             if m.end() == phrase.start() and m.group().split()[0] not in _NOT_NAME_START and not _BODY_WORDS & set(m.group().split())]
    if not names:
        return None
    start, end = _normalised_index(norm, names[-1].start()), _normalised_index(norm, names[-1].end())
    if any(m.n_start < end and start < m.n_end for m in found) or (start > 0 and norm.text[start - 1].isalnum()):
        return None
    return start, end


def _name_after_title(norm: Normalised, original: str, position: int, found: list[Mention],
                      lexicon: Lexicon) -> tuple[int, int] | None:
    """The name that follows a title and its qualifiers (a nationality, 'of GROUP', باسم X)."""
    text = norm.text
    while True:  # (a nationality or a named body is a mention, read below)
        qualifier = _TITLE_QUALIFIER.match(text, position)
        if qualifier is None or any(m.n_start < qualifier.end() and qualifier.start(1) < m.n_end for m in found):
            break
        position = qualifier.end()
    # skip qualifiers that are themselves actor mentions or short connecting words
    while True:
        gap = _QUALIFIER_GAP.match(text[position:])
        after = position + (gap.end() if gap else 0)
        nxt = next((m for m in found if m.n_start == after or (m.n_start > after and text[after:m.n_start].strip(" -'s") in ("", "ال"))), None)
        if nxt is None:
            break
        if nxt.kind == "Official":
            return None  # the title is a known official's (`وزير الدفاع يشار غولر مساء الأربعاء`)
        position = nxt.n_end
        if text[position:position + 2] in ("'s", "’s"):
            position += 2
    start = position + (len(text[position:]) - len(text[position:].lstrip()))
    o_start = norm.span(start, start + 1)[0] if start < len(text) else len(original)
    if start >= len(text):
        return None
    if original[o_start].isascii():
        rank = _RANK.match(original, o_start)  # `spokesman Rear Adm. Daniel Hagari`: the rank is no part of the name
        if rank:
            o_start, start = rank.end(), _normalised_index(norm, rank.end())
        m = _EN_NAME.match(original, o_start)
        if not m:
            return None
        return start, _normalised_index(norm, m.end())
    return _arabic_name(norm, start, lexicon)


def _arabic_name(norm: Normalised, start: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """Two to four name words after a title: not function words, titles or trigger words; a
    first word starting with a clitic letter (و ف ب ل ك) only if it is a known given name."""
    segment = norm.text[start:start + 80]
    phrases = {m.start() for p in (*lexicon.nouns.values(), *lexicon.verbs.values()) for m in p.finditer(segment)}
    picked: list[re.Match] = []
    for word in _WORD.finditer(segment):
        between = segment[picked[-1].end() if picked else 0:word.start()]
        text = word.group()
        given_ali = not picked and text == "علي" and _ALI_FOLLOWER.match(segment, word.end())
        if between.strip() or (text in _AR_STOP and not given_ali) or lexicon.titles.fullmatch(text) \
                or word.start() in phrases:  # (a trigger word or phrase: `اتصالا هاتفيا`)
            break
        if not picked and (text.startswith("ال") or (text[0] in "وفبلك" and text not in lexicon.clitic_initial_names)
                           or text in _TITLE_HEADS):  # (`قائد الجيش رئيس مجلس السيادة عبد الفتاح البرهان`: a second title)
            break
        picked.append(word)
        if len(picked) == 4:
            break
    if len(picked) < 2:
        return None
    return start + picked[0].start(), start + picked[-1].end()


# the first words of Arabic titles, which no name starts with
_TITLE_HEADS = frozenset("رييس نايب وزير وزيره قايد مدير امين عضو مستشار سفير مبعوث متحدث ناطق".split())


def _normalised_index(norm: Normalised, original_end: int) -> int:
    for i, o in enumerate(norm.offsets):
        if o >= original_end:
            return i
    return len(norm.offsets)


_AND_JOINED = re.compile(r"\s*(?:and\s+(?:the\s+)?|و\s*)")  # `Iran and the United States`, `إيران والولايات المتحدة`


def _side(mention: Mention, catalogue: Catalogue) -> str | None:
    """The state or group a mention stands for: itself, or the side of an official the catalogue knows."""
    if mention.kind in ("State", "Proxy"):
        return mention.key
    actor = catalogue.actors.get(mention.key)
    return actor.of if mention.kind == "Official" and actor is not None and actor.of in catalogue.actors else None


def _pair_named(words: str, before: list[Mention], last_sides: tuple[str, ...], catalogue: Catalogue,
                text: str, sentence: int) -> list[str]:
    """`the two sides`: two sides joined by `and` earlier in the same sentence (`Iran and the
    United States will meet again ..., both sides said`), else the sides of the article's last
    incident between two, else the two states or groups named most so far; `the two countries`,
    `البلدين`: the last incident's sides if both are states, else the two states named last (`in
    Iraq and Syria ... in both countries`); `the two movements`, `الحركتين`: the same, of groups."""
    kinds = ("State",) if _COUNTRIES.search(words) else ("Proxy",) if _GROUPS.search(words) \
        else ("Official",) if _PEOPLE.search(words) else ("State", "Proxy")
    if kinds == ("Official",):  # (`أول لقاء جمع الرجلين`: the two people named last)
        pair = list(dict.fromkeys(x.key for x in reversed(before) if x.kind == "Official" and x.form != "anaphora"))[:2]
        return pair if len(pair) == 2 else []
    here = [x for x in before if x.sentence == sentence and x.kind in kinds and x.form != "anaphora"]
    joined = [[x.key, y.key] for x, y in zip(here, here[1:]) if x.key != y.key and _AND_JOINED.fullmatch(text, x.n_end, y.n_start)]
    if joined:
        return joined[-1]
    # `زار الصفدي دمشق والتقى الأسد، واتفق الجانبان`: the only two sides the sentence named, people by their side
    named = list(dict.fromkeys(_side(x, catalogue) for x in before if x.sentence == sentence and x.form != "anaphora"))
    named = [k for k in named if k and catalogue[k].kind in kinds]
    if len(named) == 2:
        return named
    sides = [k for k in last_sides if catalogue[k].kind in kinds]
    if len(sides) == 2:
        return sides
    if kinds == ("State",):
        pair = list(dict.fromkeys(x.key for x in reversed(before) if x.kind == "State"))[:2]
    else:
        counts: dict[str, int] = {}
        for x in before:
            if x.kind in kinds:
                counts[x.key] = counts.get(x.key, 0) + 1
        pair = sorted(counts, key=lambda k: -counts[k])[:2]
    return pair if len(pair) == 2 else []


def _named_with(actor: Actor, head: str) -> bool:
    """Whether a word is part of the group's own name (`حزب` of `حزب الله`, `حركه` of `حركة حماس`)."""
    return head in _name_words(actor)


@lru_cache(maxsize=4096)
def _name_words(actor: Actor) -> frozenset[str]:
    return frozenset(word for name in (actor.en, actor.ar, *actor.aliases) for word in normalise(name).split())


_ORIGIN_BEFORE = re.compile(r"\b(?:roots\s+in|ties\s+to|links\s+to|linked\s+to|offshoot\s+of|split\s+from|broke\s+away\s+from"
                            r"|(?:former\s+)?(?:affiliate|branch|wing)\s+of|formerly\s+(?:part\s+of|known\s+as|allied\s+with))\s+(?:the\s+)?$"
                            r"|(?<!\w)(?:(?:ال)?(?:منبثقه|منشقه)\s+عن|(?:ذات\s+)?(?:ال)?جذور\s+(?:في\s+)?|(?:ال)?مرتبطه\s+(?:سابقا\s+)?ب)\s*(?:تنظيم\s+)?[«\"]?$")
_REFERENCE_TO = re.compile(r"(?:(?<!\w)في\s+اشاره\s+(?:الي\s+|ل)|\bin\s+(?:a\s+)?reference\s+to\s+|\breferring\s+to\s+)(?:the\s+)?")
_MET_OBJECT = re.compile(r"\b(?:met|meets|meeting|received|receives|told|tells|thanked|urged|with)\s+(?:[\w.'-]+\s+){0,2}$")


def _past_proclitics(text: str, start: int, end: int, entries: WordList) -> int:
    """Where a word list's entry starts inside its match, past the proclitics (`إيران والحركة`: at الحركة),
    as a catalogue name's span does: the conjunction joins the two sides, it is not part of either."""
    while start < end - 1 and text[start] in "وفبلك" and entries.fullmatch(text[start + 1:end]):
        start += 1
    return start


_QUOTE_OPENING = re.compile(r"\s*[\"“«].*[\"”»]\s*[,،]?\s*")
_TIME_OPENING = re.compile(r"^\s*(?:(?:on|last|this|early|late|in|earlier|later|on\s+\w+|\w+day|\w+\s+\d{1,2})[\s,]*)*")


def _last_sentence_subject(mentions: list[Mention], index: int) -> Mention | None:
    """The group the previous sentence opens on, if it opens on one."""
    previous = sorted((x for x in mentions if x.sentence == index - 1), key=lambda x: x.n_start)
    return previous[0] if previous and previous[0].kind == "Proxy" else None


_TO_POWER_BEFORE = re.compile(r"(?<!\w)(?:الي|في|من|علي)\s+$")
_SPONSOR_AFTER = re.compile(r"-(?:backed|aligned|allied|funded|sponsored)\b")


def _anaphora(sentence: Sentence, norm: Normalised, found: list[Mention], lexicon: Lexicon,
              state: ArticleMentions, catalogue: Catalogue) -> list[Mention]:
    """'the group' / الجماعة: the last named group; 'he' / 'him': the last named official;
    'the two sides' / الطرفان: the two states or groups named most so far."""
    result = []
    taken = [(m.n_start, m.n_end) for m in found]
    # (`the Iran-backed group`: the sponsor named inside it does not take the group's place)
    sponsors = [(m.n_start, m.n_end) for m in found if _SPONSOR_AFTER.match(norm.text, m.n_end)]
    earlier = state.mentions + found
    for m in lexicon.group_anaphora.finditer(norm.text):
        if any(s < m.end() and m.start() < e for s, e in taken if (s, e) not in sponsors):
            continue
        before = [x for x in earlier if x.kind == "Proxy" and (x.sentence < sentence.index or x.n_end <= m.start())
                  and (x.sentence, x.n_start) not in state.origins]
        # `الحزب` is the last party named (Hezbollah), `الحركة` the last movement (Hamas), when there
        # is one; English heads (`the group`) are too general to choose by
        head = ARTICLE.sub("", m.group())
        fitting = [x for x in before if not head.isascii() and _named_with(catalogue[x.key], head)]
        # (`«الميليشيا المتمردة»، في إشارة إلى قوات الدعم السريع`: the group the text says it means)
        reference = _REFERENCE_TO.search(norm.text, m.end())
        meant = [x for x in found if x.kind == "Proxy" and reference and 0 <= x.n_start - reference.end() <= 2]
        start = _past_proclitics(norm.text, m.start(), m.end(), lexicon.group_anaphora)
        topic = _last_sentence_subject(state.mentions, sentence.index) if words(_TIME_OPENING.sub("", norm.text[:m.start()])) == 0 else None
        if topic is not None and not fitting:
            # (`The Houthis paused their campaign after a truce between Israel and Hamas. Last Tuesday, the group
            # said`: a sentence opening on the group goes on about the group the last one opened on)
            before.append(topic)
        if meant:
            result.append(_mention(meant[0].key, "Proxy", "anaphora", sentence, norm, start, m.end()))
        elif before:
            result.append(_mention((fitting or before)[-1].key, "Proxy", "anaphora", sentence, norm, start, m.end()))
    for m in lexicon.person_anaphora.finditer(norm.text):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        people = [x for x in earlier + result if x.kind == "Official" and (x.sentence < sentence.index or x.n_end <= m.start())]
        # (`Hochstein, who met Berri ... and then travelled to Israel, where he held talks`: he is not whom he met)
        subjects = [x for x in people if not (x.sentence == sentence.index and _MET_OBJECT.search(norm.text, 0, x.n_start))]
        people = subjects if subjects and subjects[-1].sentence == sentence.index else people
        if m.group() in ("him", "her"):
            # (`before Mohamed bin Zayed received him`: the verb's subject is not its object)
            people = [x for x in people if not (x.sentence == sentence.index and words(norm.text[x.n_end:m.start()]) <= 2
                                                and not re.search(r"[,،]", norm.text[x.n_end:m.start()]))]
        opening = len(_TIME_OPENING.sub("", norm.text[:m.start()]).split()) <= 1 or _QUOTE_OPENING.fullmatch(norm.text[:m.start()]) is not None
        if people and people[-1].sentence < sentence.index and opening:
            # (`Trump said the decision was made by Netanyahu. He said ...`: a sentence opening on `he` goes on
            # about the last sentence's subject, the first person it named; so does `"...," he said`)
            people = [x for x in people if x.sentence == people[-1].sentence][:1]
        if people:
            result.append(_mention(people[-1].key, "Official", "anaphora", sentence, norm, m.start(), m.end()))
    for m in lexicon.forces_anaphora.finditer(norm.text):
        if words(norm.text[:m.start()]) > 1 or any(s < m.end() and m.start() < e for s, e in taken):
            continue
        # (`Israel had lobbied against easing sanctions. Its warplanes struck Hama`: the state the last sentence is about)
        # (a state's: `Its military` after a sentence about a group and its foe's government is not the group's)
        sides = [x for x in state.mentions if x.sentence == sentence.index - 1 and x.kind == "State"]
        if sides:
            result.append(_mention(sides[0].key, sides[0].kind, "anaphora", sentence, norm, m.start(), m.end()))
    for names, states in lexicon.epithets:  # `the kingdom`: the last named of Saudi Arabia, Jordan, ...
        for m in names.finditer(norm.text):
            if any(s < m.end() and m.start() < e for s, e in taken) or _TO_POWER_BEFORE.search(norm.text, max(0, m.start() - 6), m.start()):
                continue  # (`عودة طالبان إلى السلطة`: to power, no epithet)
            named = [x for x in earlier if x.key in states and (x.sentence < sentence.index or x.n_end <= m.start())]
            if named:
                start = _past_proclitics(norm.text, m.start(), m.end(), names)
                result.append(_mention(named[-1].key, "State", "anaphora", sentence, norm, start, m.end()))
    for names, members in lexicon.blocs:  # `the E3`: Britain, France and Germany
        for m in names.finditer(norm.text):
            if not any(s < m.end() and m.start() < e for s, e in taken):
                result += [_mention(key, catalogue[key].kind, "bloc", sentence, norm, m.start(), m.end()) for key in members]
    for m in lexicon.pair_anaphora.finditer(norm.text):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        before = [x for x in earlier if x.sentence < sentence.index or x.n_end <= m.start()]
        # (`The talks, the highest-level contact between the two foes`: a sentence on talks means their sides)
        sides = state.talks_sides if state.talks_sides and lexicon.nouns["Talks"].search(norm.text) else state.last_sides
        pair = _pair_named(m.group(), before, sides, catalogue, norm.text, sentence.index)
        kind_of = {x.key: x.kind for x in before}  # (an official new to the catalogue has the kind it was found with)
        for key in pair:
            result.append(_mention(key, kind_of.get(key) or catalogue[key].kind, "anaphora", sentence, norm, m.start(), m.end()))
    return result
