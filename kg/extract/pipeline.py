"""Article → Extraction: mentions, relations and incidents, sentence by sentence."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from datetime import date

from kg.articles import Article
from kg.extract.dates import DateValue
from kg.extract.catalogue import Catalogue, default_catalogue
from kg.extract.clauses import LAUNCHED_FROM, after_marker, role_actors
from kg.extract.incidents import ACCUSATION_RULE, PARTY_TYPES, merge_article, sentence_dates, sentence_incidents, with_context_targets
from kg.extract.lexicon import lexicon
from kg.extract.mentions import ArticleMentions, sentence_mentions
from kg.extract.model import Entity, Extraction, Incident, Mention, Relation
from kg.extract.relations import affiliations, sponsor_phrases, sponsorships
from kg.extract.text import is_arabic, sentences


def extract(article: Article, catalogue: Catalogue | None = None) -> Extraction:
    """Everything Rasad finds in one article, each fact with its evidence."""
    catalogue = catalogue or default_catalogue()
    words = lexicon()
    found = ArticleMentions(published=article.published)
    relations: list[Relation] = []
    incidents = []
    side_of = dict(catalogue.sides)  # the article adds the officials it names
    seen_officials: set[str] = set()
    split = sentences(article.text)
    previous: list[str] = []
    topic: tuple[str, ...] = ()
    last_day: date | None = None
    last_year: int | None = None
    last_month: date | None = None
    fought: Counter = Counter()  # the pairs of sides on the two ends of the article's attacks so far
    day_of_type: dict[str, date] = {}  # the day of the last incident of each type dated to the day
    normalised: list[str] = []  # each sentence's normalised text
    for sentence in split:
        norm, mentions = sentence_mentions(sentence, 0, catalogue, words, found)
        normalised.append(norm.text)
        phrases = sponsor_phrases(norm, mentions, words.sponsorship)
        aligned = sponsor_phrases(norm, mentions, words.alignment)
        sponsors = {state.n_start for state, _ in phrases + aligned}
        for relation in affiliations(norm, mentions, catalogue, seen_officials, side_of, sponsors, words.titles):
            relations.append(relation)
            side_of[relation.subject] = relation.object
        relations += sponsorships(norm, mentions, phrases)
        named = sentence_dates(norm.text, article.published)
        found_here = sentence_incidents(norm.text, sentence.index, sentence.start, norm.span, mentions, side_of,
                                        words, article.published, named, is_arabic(sentence.text), sponsors, topic, found.last_sides,
                                        last_day, tuple(i for i in incidents if i.mediators and len(i.parties) >= 2), last_year,
                                        last_month, day_of_type, sentence.text, _most_fought(fought))
        found_here = [_launched_from(_with_garrisons(_without_own_base(_without_own_officials(i, side_of), catalogue), mentions, catalogue),
                                     norm.text, mentions, found.mentions, catalogue) for i in found_here]
        actors = role_actors(mentions, side_of, sponsors)
        # (`opened fire in support of its ally Hamas`: the group fought for is not the one hit)
        groups = [a.key for a in actors if a.mention.kind == "Proxy" and not after_marker(norm.text, a, words.supported, 0)]
        added = with_context_targets([_at_named_group(i, groups) for i in found_here], previous, incidents)
        incidents += added
        fought.update(pair for pair in map(_fought_pair, added) if pair)
        day_of_type.update({i.type: i.date.first for i in found_here if i.date and i.date.precision == "day"})
        last_day = next((i.date.first for i in reversed(found_here) if i.date and i.date.precision == "day"), None) \
            or _last_day_named(named, norm.text) or last_day
        # (`في أكتوبر من العام الماضي` names a year as much as `2023` does: `من العام ذاته` is that one)
        last_year = next((d.first.year for d in reversed(named)
                          if d.method == "explicit" or _YEAR_WORD.search(norm.text, d.start, d.end)), last_year)
        # (a month named by its name: `الشهر الماضي`, "last month", is not what `27 منه` refers to)
        last_month = next((d.first for d in reversed(named) if d.precision in ("day", "month")
                           and not _MONTH_WORD.search(norm.text, d.start, d.end)), last_month)
        topic = next((i.perpetrators for i in reversed(found_here) if i.type == "Attack" and i.perpetrators), topic)
        found.last_sides = next((sides for sides in map(_two_sides, reversed(found_here)) if sides), found.last_sides)
        found.talks_sides = next((sides for i in reversed(found_here) if i.type in ("Talks", "Agreement") and (sides := _two_sides(i))),
                                 found.talks_sides)
        previous = [a.key for a in actors if a.mention.kind in ("State", "Proxy", "Official")]
    incidents = _snapback_authors(incidents, normalised, found.mentions)
    merged = [_with_fallback_date(i, article) for i in merge_article(incidents, _headline(split), catalogue.bases)]
    named = {m.key for m in found.mentions}
    merged = [_with_home_state(i, named, catalogue.bases) for i in merged]
    return Extraction(article, tuple(split), _entities(found, catalogue), _unique(relations), tuple(merged))


_YEAR_WORD = re.compile(r"\byear\b|(?<!\w)(?:العام|السنه)(?!\w)")
_MONTH_WORD = re.compile(r"\bmonth\b|(?<!\w)الشهر(?!\w)")


def _last_day_named(named: list[DateValue], text: str) -> date | None:
    """`The process began on Oct. 22, 2024, when ... The next day, gunmen attacked`: a day named in a
    sentence that reports no incident is what `the next day` counts from (not a day inside a quote:
    `"Our response began today," Biden said the same day` is the speaker's today)."""
    days = [d for d in named if d.precision == "day" and not _quoted(text, d.start)]
    return max(days, key=lambda d: d.end).first if days else None


def _quoted(text: str, position: int) -> bool:
    """Whether a quote is open at `position` (a straight quote counts open when odd)."""
    before = text[:position]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”") or before.count("«") > before.count("»")


def _at_named_group(incident: Incident, groups: list[str]) -> Incident:
    """`U.S. strikes that began on March 15, when Trump ordered action over the Houthis' attacks`: an
    attack whose target is not named is at the armed group its sentence names."""
    if incident.type != "Attack" or not incident.perpetrators or incident.targets or incident.evidence[0].rule == ACCUSATION_RULE:
        return incident  # (a side blamed is the author of an act told before)
    return replace(incident, targets=tuple(k for k in groups if k not in incident.perpetrators)[:1])


def _without_own_officials(incident: Incident, side_of: dict[str, str]) -> Incident:
    """`the strike was carried out on his orders and on Defence Minister Katz's advice`: the author of an
    act, and its officials, are not its victims (`Washington imposed sanctions on him`: not on Washington)."""
    if not incident.perpetrators or incident.type in PARTY_TYPES:
        return incident
    return replace(incident, targets=tuple(k for k in incident.targets
                                           if k not in incident.perpetrators and side_of.get(k) not in incident.perpetrators))


def _without_own_base(incident: Incident, catalogue: Catalogue) -> Incident:
    """`Hezbollah's Safieddine, speaking in Beirut, said the group would respond`: a group does not
    threaten the state it is based in, named as where it speaks (whom it does threaten may then come
    from the sentences before)."""
    if incident.type != "Threat":
        return incident
    bases = {catalogue[k].base for k in incident.perpetrators if k in catalogue and catalogue[k].kind == "Proxy"}
    return replace(incident, targets=tuple(k for k in incident.targets if k not in bases))


def _with_garrisons(incident: Incident, mentions: list[Mention], catalogue: Catalogue) -> Incident:
    """`a drone attack on Tower 22 in Jordan`: an attack on a base hosting foreign forces (the
    catalogue's `hosts`) hits those forces' state too."""
    if incident.type != "Attack":
        return incident
    bases = [catalogue[m.key] for m in mentions if m.kind == "Place" and m.key in catalogue and catalogue[m.key].hosts]
    # (an attack whose target the sentence leaves to its bases: `هجمات طالت قواعد الشدادي والتنف`)
    hosted = [k for base in bases if base.of in incident.targets or (incident.perpetrators and not incident.targets)
              for k in base.hosts if k not in incident.perpetrators and k not in incident.targets]
    return replace(incident, targets=incident.targets + tuple(dict.fromkeys(hosted))) if hosted else incident


def _launched_from(incident: Incident, text: str, mentions: list[Mention], article_mentions: list[Mention],
                   catalogue: Catalogue) -> Incident:
    """`a missile launched from Yemen`, `attacks from Lebanon`, `صاروخ أطلق من اليمن`: a state named as where
    an attack came from is no author, nor the one a reply to it threatens; the group based there that
    the article names (`article_mentions`) is."""
    def origin(state: str) -> bool:
        return any(m.key == state and m.kind == "State" and LAUNCHED_FROM.search(text, max(0, m.n_start - 30), m.n_start) for m in mentions)

    def based_in(state: str) -> tuple[str, ...]:
        based = list(dict.fromkeys(m.key for m in article_mentions if m.kind == "Proxy" and catalogue.bases.get(m.key) == state))
        return tuple(based) if len(based) == 1 else ()  # (two groups based there: the text does not say which)

    if incident.type == "Threat":  # `توعّدت بالرد بعد سقوط صاروخ أُطلق من اليمن`: a reply to the group that fired
        targets = tuple(k for state in incident.targets for k in ((based_in(state) or (state,)) if origin(state) else (state,)))
        return replace(incident, targets=tuple(dict.fromkeys(targets)))
    if incident.type != "Attack" or len(incident.perpetrators) != 1 or not origin(incident.perpetrators[0]):
        return incident
    authors = based_in(incident.perpetrators[0])
    return replace(incident, perpetrators=authors, targets=tuple(k for k in incident.targets if k not in authors))


def _with_home_state(incident: Incident, named: set[str], bases: dict[str, str]) -> Incident:
    """`Israeli jets struck Hezbollah positions`, in a story that names Lebanon: an attack on a group
    falls on the soil of the state it is based in (measured: blind set +0.001, the new blind articles +0.006)."""
    if incident.type != "Attack":
        return incident
    homes = [bases[g] for g in incident.targets if bases.get(g) in named]
    homes = [k for k in dict.fromkeys(homes) if k not in incident.targets and k not in incident.perpetrators]
    if not homes:
        return incident
    told = replace(incident.evidence[0], rule="target: the home state of the group hit, named in the article", confidence=0.3)
    return replace(incident, targets=incident.targets + tuple(homes), evidence=incident.evidence + (told,))


def _headline(split) -> int | None:
    """The index of the article's headline: a first line without a final stop, with a body after it."""
    if len(split) < 3 or re.search(r"[.!?؟]\W*$", split[0].text.strip()):
        return None
    return split[0].index


_E3 = ("uk", "france", "germany")
_SNAPBACK_WORDS = re.compile(r"snap\s*-?\s*back|(?<!\w)(?:الزناد|اعاده\s+فرض\s+العقوبات)(?!\w)", re.IGNORECASE)
_UN_WORDS = re.compile(r"\b(?:united\s+nations|u\.?n\.?)\b|(?<!\w)(?:الامميه|الدوليه|مجلس\s+الامن)(?!\w)|snap\s*-?\s*back", re.IGNORECASE)


def _snapback_authors(incidents: list[Incident], normalised: list[str], mentions: list[Mention]) -> list[Incident]:
    """`United Nations sanctions on Iran came back into force on Sunday` in an article on the snapback that Britain,
    France and Germany set off: UN sanctions that name no author are the three states'. (`normalised`: each
    sentence's normalised text.)"""
    named = {m.key for m in mentions}
    if not set(_E3) <= named or not any(_SNAPBACK_WORDS.search(text) for text in normalised):
        return incidents
    return [replace(i, perpetrators=_E3, targets=tuple(k for k in i.targets if k not in _E3))
            if i.type == "Sanction" and not i.perpetrators and _UN_WORDS.search(normalised[i.evidence[0].sentence]) else i
            for i in incidents]


def _fought_pair(incident: Incident) -> frozenset[str] | None:
    """The two ends of an attack: its first author and its first target."""
    if incident.type != "Attack" or not incident.perpetrators or not incident.targets or incident.perpetrators[0] == incident.targets[0]:
        return None
    return frozenset((incident.perpetrators[0], incident.targets[0]))


def _most_fought(fought: Counter) -> tuple[str, ...]:
    """The two sides most often at war in the article so far (the first told wins a tie)."""
    return tuple(sorted(fought.most_common(1)[0][0])) if fought else ()


def _two_sides(incident: Incident) -> tuple[str, ...]:
    """The two sides an incident was between (`the two sides` later refers to them), if two."""
    sides = incident.parties if incident.type in ("Talks", "Agreement") else incident.perpetrators[:1] + incident.targets[:1]
    sides = tuple(k for k in dict.fromkeys(sides) if k not in incident.mediators)
    return sides[:2] if len(sides) >= 2 else ()


def _with_fallback_date(incident: Incident, article: Article) -> Incident:
    """An incident the text does not date is news of the publication year: dated so, at year
    precision, and marked as a fallback (`rasad:dateMethod "fallback"`)."""
    if incident.date is not None or article.published is None:
        return incident
    year = article.published.year
    fallback = DateValue(f"{year:04d}", date(year, 1, 1), article.published, "fallback")
    return replace(incident, date=fallback)


def _entities(found: ArticleMentions, catalogue: Catalogue) -> tuple[Entity, ...]:
    """The actors the article names, each with its mentions."""
    by_key: dict[str, list[Mention]] = {}
    for mention in found.mentions:
        by_key.setdefault(mention.key, []).append(mention)
    result = []
    for key, mentions in by_key.items():
        actor = catalogue.actors.get(key) or found.new_officials.get(key)
        if actor is None or actor.kind == "Place":
            continue
        aliases = catalogue.other_names(actor)
        result.append(Entity(key, actor.kind, actor.en, actor.ar, actor.wikidata, actor.in_catalogue, aliases, tuple(mentions)))
    return tuple(result)


def _unique(relations: list[Relation]) -> tuple[Relation, ...]:
    seen, result = set(), []
    for relation in relations:
        triple = (relation.subject, relation.predicate, relation.object)
        if triple not in seen and relation.subject != relation.object:
            seen.add(triple)
            result.append(relation)
    return tuple(result)
