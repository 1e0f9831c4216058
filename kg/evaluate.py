"""Score extraction against gold files (the GOLD.md format): precision, recall and F1 per kind
of fact and per language, with every miss and false alarm and the sentence behind it."""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from kg.articles import article_from_record
from kg.errors import InputError
from kg.extract.catalogue import Catalogue, default_catalogue
from kg.extract.dates import DateValue
from kg.extract.model import Extraction, Incident
from kg.extract.pipeline import extract

KINDS = ("entities", "relations", "incidents")
ROLES = ("perpetrators", "targets", "parties", "mediators")


def gold_norm(text: str) -> str:
    """The scorer's name normalisation: case, Arabic letter variants, diacritics, a leading article."""
    s = unicodedata.normalize("NFKC", str(text)).casefold()
    s = re.sub("[\u0610-\u061a\u064b-\u065f\u0670\u0640]", "", s)
    s = re.sub("[أإآٱ]", "ا", s).replace("ة", "ه").replace("ى", "ي")
    s = re.sub(r"[^\w\s]", " ", s)
    s = re.sub(r"\s+", " ", s).strip()
    return re.sub(r"^(the |ال)", "", s)


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: "Tally") -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class ArticleScore:
    article: str
    lang: str
    tallies: dict[str, Tally] = field(default_factory=lambda: {k: Tally() for k in KINDS})
    dates: Tally = field(default_factory=Tally)
    misses: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)


class GoldIndex:
    def __init__(self, gold: dict):
        self.types = {e["key"]: e["type"] for e in gold["entities"]}
        self.optional = {e["key"] for e in gold["entities"] if e.get("optional")}
        self.by_qid = {e["wikidata"]: e["key"] for e in gold["entities"] if e.get("wikidata")}
        self.by_label: dict[str, str] = {}
        for e in gold["entities"]:
            for name in [e.get("en"), e.get("ar"), *e.get("aliases", [])]:
                if name:
                    self.by_label.setdefault(gold_norm(name), e["key"])
        self.ignored = {gold_norm(n) for n in gold.get("ignore", [])}

    def resolve(self, key: str, catalogue: Catalogue, extraction: Extraction) -> tuple[str | None, bool]:
        actor = catalogue.actors.get(key)
        entity = next((e for e in extraction.entities if e.key == key), None)
        qid = (actor.wikidata if actor else None) or (entity.wikidata if entity else None)
        if qid and qid in self.by_qid:
            return self.by_qid[qid], False
        names = [entity.en, entity.ar, *entity.aliases] if entity else ([actor.en, actor.ar, *actor.aliases, *actor.metonyms, *actor.short] if actor else [])
        labels = list(dict.fromkeys(gold_norm(n) for n in names if n))  # (in order: the same answer every run)
        for label in labels:
            if label in self.by_label:
                return self.by_label[label], False
        return None, bool(set(labels) & self.ignored)


def _interval(value):
    if value is None:
        return None
    if isinstance(value, DateValue):
        return value.first, value.last
    if isinstance(value, dict):
        return date.fromisoformat(value["from"]), date.fromisoformat(value["to"])
    from kg.extract.dates import day_value, month_value, year_value
    text = str(value)
    if len(text) == 10:
        v = day_value(date.fromisoformat(text), "", 0, 0)
    elif len(text) == 7:
        v = month_value(int(text[:4]), int(text[5:7]), "", 0, 0)
    else:
        v = year_value(int(text[:4]), "", 0, 0)
    return v.first, v.last


def score_document(doc: dict, catalogue: Catalogue | None = None) -> tuple[ArticleScore, Extraction]:
    catalogue = catalogue or default_catalogue()
    article = article_from_record({k: v for k, v in doc.items() if k != "gold"}, doc.get("id", "?"))
    extraction = extract(article, catalogue)
    gold = doc["gold"]
    index = GoldIndex(gold)
    score = ArticleScore(article.id, article.lang)
    keys: dict[str, str] = {}

    def key_of(k: str) -> str:
        if k not in keys:
            keys[k] = index.resolve(k, catalogue, extraction)[0] or f"?{k}"
        return keys[k]

    sentence_of = {i: s.text for i, s in enumerate(extraction.sentences)}
    _score_entities(score, extraction, index, catalogue, sentence_of)
    _score_relations(score, extraction, gold, key_of, sentence_of)
    _score_incidents(score, extraction, gold, key_of, sentence_of)
    return score, extraction


def _score_entities(score, extraction, index, catalogue, sentence_of) -> None:
    matched = set()
    tally = score.tallies["entities"]
    for entity in extraction.entities:
        if entity.kind not in ("State", "Proxy", "Official"):
            continue
        resolved, ignored = index.resolve(entity.key, catalogue, extraction)
        if resolved is None and ignored:
            continue
        if resolved and index.types.get(resolved) == entity.kind and resolved not in matched:
            matched.add(resolved)
            tally.tp += resolved not in index.optional
        else:
            tally.fp += 1
            first = entity.mentions[0]
            score.false_alarms.append(f"entity {entity.kind} '{first.surface}' ({entity.key}): {sentence_of[first.sentence]}")
    for key, kind in index.types.items():
        if key not in matched and key not in index.optional:
            tally.fn += 1
            score.misses.append(f"entity {kind} {key}")


def _score_relations(score, extraction, gold, key_of, sentence_of) -> None:
    found = {}
    for r in extraction.relations:
        found.setdefault((r.predicate, key_of(r.subject), key_of(r.object)), r)
    wanted = {(r["p"], r["s"], r["o"]) for r in gold["relations"] if not r.get("optional")}
    allowed = {(r["p"], r["s"], r["o"]) for r in gold["relations"] if r.get("optional")}
    tally = score.tallies["relations"]
    tally.tp = len(set(found) & wanted)
    for triple in set(found) - wanted - allowed:
        tally.fp += 1
        score.false_alarms.append(f"relation {triple}: {sentence_of[found[triple].evidence.sentence]}")
    for triple in wanted - set(found):
        tally.fn += 1
        score.misses.append(f"relation {triple}")


def _roles(incident: Incident, key_of) -> dict[str, set[str]]:
    return {role: {key_of(k) for k in getattr(incident, role)} for role in ROLES}


def _compatible(incident: Incident, roles: dict, g: dict) -> bool:
    if g["type"] != incident.type:
        return False
    if g["type"] in ("Talks", "Agreement"):
        parties = set(g.get("parties", []))
        if parties and len(parties & roles["parties"]) < min(2, len(parties)):
            return False
    else:
        for role in ("perpetrators", "targets"):
            if g.get(role) and not set(g[role]) & roles[role]:
                return False
    gold_date, ours = _interval(g.get("date")), _interval(incident.date)
    return not (gold_date and ours and not (gold_date[0] <= ours[1] and ours[0] <= gold_date[1]))


def _score_incidents(score, extraction, gold, key_of, sentence_of) -> None:
    incidents = list(extraction.incidents)
    roles = [_roles(i, key_of) for i in incidents]
    golds = gold["incidents"]
    owner: dict[int, int] = {}

    def augment(i: int, seen: set) -> bool:
        for gi, g in enumerate(golds):
            if gi in seen or not _compatible(incidents[i], roles[i], g):
                continue
            seen.add(gi)
            if gi not in owner or augment(owner[gi], seen):
                owner[gi] = i
                return True
        return False

    for i in range(len(incidents)):
        augment(i, set())
    required = [gi for gi, g in enumerate(golds) if not g.get("optional")]
    tally = score.tallies["incidents"]
    tally.tp = sum(1 for gi in required if gi in owner)
    tally.fp = len(incidents) - len(owner)
    tally.fn = len(required) - tally.tp
    owned = set(owner.values())
    for i, incident in enumerate(incidents):
        if i not in owned:
            score.false_alarms.append(f"incident {_describe(incident, roles[i])}: {sentence_of[incident.evidence[0].sentence]}")
    for gi in required:
        g = golds[gi]
        if gi not in owner:
            score.misses.append(f"incident {g['type']} {g.get('date')} {({r: g[r] for r in ROLES if g.get(r)})}: {g.get('note', '')}")
        elif g.get("date") is not None:
            has = incidents[owner[gi]].date is not None
            score.dates.tp += has
            score.dates.fn += not has
            if not has:
                score.misses.append(f"date of {g['type']} {g.get('date')}: {g.get('note', '')}")


def _describe(incident: Incident, roles: dict) -> str:
    parts = [f"{r}={sorted(v)}" for r, v in roles.items() if v]
    return f"{incident.type} {incident.date.value if incident.date else None} {' '.join(parts)}"


def load_gold(path: Path) -> dict:
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as e:
        raise InputError(str(path), f"cannot read the gold file: {e}") from None
    if not isinstance(doc, dict) or "gold" not in doc:
        raise InputError(str(path), "not a gold file: no 'gold' key (see GOLD.md)")
    for number, incident in enumerate(doc["gold"].get("incidents", []), 1):
        if not _gold_date_ok(incident.get("date")):
            raise InputError(str(path), f"gold incident {number}: date {incident.get('date')!r} is not YYYY, YYYY-MM, "
                                        "YYYY-MM-DD or {\"from\": YYYY-MM-DD, \"to\": YYYY-MM-DD} (see GOLD.md)")
    return doc


_GOLD_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
_GOLD_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _gold_date_ok(value) -> bool:
    """A gold date as GOLD.md writes it: a year, a month, a day, a range of days, or none."""
    if value is None:
        return True
    if isinstance(value, dict):
        return set(value) == {"from", "to"} and all(isinstance(value[k], str) and _GOLD_DAY.fullmatch(value[k]) for k in value) \
            and _valid_day(value["from"]) and _valid_day(value["to"])
    return isinstance(value, str) and _GOLD_DATE.fullmatch(value) is not None and (len(value) != 10 or _valid_day(value))


def _valid_day(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


def evaluate(paths: list[Path]) -> list[ArticleScore]:
    catalogue = default_catalogue()
    return [score_document(load_gold(p), catalogue)[0] for p in paths]


def totals(scores: list[ArticleScore], lang: str | None = None) -> tuple[dict[str, Tally], Tally]:
    result, dates = {k: Tally() for k in KINDS}, Tally()
    for s in scores:
        if lang and s.lang != lang:
            continue
        for k in KINDS:
            result[k].add(s.tallies[k])
        dates.add(s.dates)
    return result, dates


def report(scores: list[ArticleScore], details: bool = False) -> str:
    lines = [f"{'article':<16} {'lang':<4} {'entities':>10} {'relations':>10} {'incidents':>10} {'dates':>7}"]
    for s in scores:
        cells = [f"{t.tp}/{t.tp + t.fp}/{t.tp + t.fn}" for t in (s.tallies[k] for k in KINDS)]
        lines.append(f"{s.article:<16} {s.lang:<4} {cells[0]:>10} {cells[1]:>10} {cells[2]:>10} {s.dates.tp}/{s.dates.tp + s.dates.fn:>5}")
    lines.append("(cells are correct/extracted/gold)")
    for lang in [None, *sorted({s.lang for s in scores})]:
        tallies, dates = totals(scores, lang)
        name = lang or "all"
        parts = "  ".join(f"{k} P {t.precision:.3f} R {t.recall:.3f} F1 {t.f1:.3f}" for k, t in tallies.items())
        share = dates.tp / (dates.tp + dates.fn) if dates.tp + dates.fn else 0.0
        lines.append(f"{name:<4} {parts}  dates {share:.3f}")
    if details:
        for s in scores:
            if s.misses or s.false_alarms:
                lines.append(f"\n== {s.article}")
                lines += [f"  miss: {m}" for m in s.misses]
                lines += [f"  false alarm: {f}" for f in s.false_alarms]
    return "\n".join(lines)
