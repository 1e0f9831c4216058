"""Synthetic news articles for the benchmarks: Arabic and English, press style, deterministic.

Every article is composed from the actor catalogue (kg/data/catalogue) and sentence templates
written in the register of wire copy: several incidents (attacks, talks, threats, agreements,
sanctions), officials with their titles, sponsorship phrases, quotes, background sentences and
dates relative to publication. Article `i` of seed `s` depends on (s, i) only, so any slice of
a corpus can be regenerated, and two runs write byte-identical files.

    python bench/generate.py --articles 10000            # bench/corpus/articles-10k.jsonl
    python bench/generate.py --quads 1000000             # bench/corpus/quads-1M.nq (extracted)
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "bench" / "corpus"
SEED = 20240312
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from kg.extract.catalogue import Actor, Catalogue, default_catalogue  # noqa: E402

STATES = ("iran", "israel", "usa", "saudi", "yemen", "lebanon", "syria", "iraq", "qatar", "oman", "egypt",
          "turkey", "uae", "jordan", "russia", "uk", "france", "china", "bahrain", "kuwait")
MEDIATORS = ("qatar", "oman", "egypt", "usa", "france", "china", "turkey", "jordan")
SOURCES = {"en": ("Synthetic Wire", "Gulf Desk Synthetic", "Levant Test Service"),
           "ar": ("وكالة الأنباء التجريبية", "خدمة المشرق الاصطناعية", "نشرة الخليج التجريبية")}
WEEKDAYS = {"en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
            "ar": ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")}
MONTHS = {"en": ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                 "October", "November", "December"),
          "ar": ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر",
                 "نوفمبر", "ديسمبر")}
# Invented people (not in the catalogue), introduced by a title: "Houthi spokesman Karim Haddad".
FIRST = (("Karim", "كريم"), ("Samir", "سمير"), ("Youssef", "يوسف"), ("Hadi", "هادي"), ("Nabil", "نبيل"),
         ("Tariq", "طارق"), ("Walid", "وليد"), ("Ziad", "زياد"), ("Fadi", "فادي"), ("Bassam", "بسام"))
LAST = (("Haddad", "حداد"), ("Mansour", "منصور"), ("Khalil", "خليل"), ("Darwish", "درويش"), ("Hamdan", "حمدان"),
        ("Jaber", "جابر"), ("Rahimi", "رحيمي"), ("Farahani", "فراهاني"), ("Shalabi", "شلبي"), ("Nouri", "نوري"))
TOPICS = (("maritime security", "الأمن البحري"), ("the nuclear file", "الملف النووي"),
          ("a prisoner exchange", "تبادل الأسرى"), ("border security", "أمن الحدود"),
          ("reconstruction", "إعادة الإعمار"), ("humanitarian access", "إيصال المساعدات الإنسانية"))
WEAPONS = (("drones", "طائرات مسيرة"), ("ballistic missiles", "صواريخ باليستية"), ("rockets", "صواريخ"),
           ("cruise missiles", "صواريخ كروز"))
NUMBERS = (("two", "اثنين"), ("three", "ثلاثة"), ("four", "أربعة"), ("five", "خمسة"), ("a dozen", "اثني عشر"),
           ("dozens of", "عشرات"))


@dataclass(frozen=True)
class Cast:
    """Who an article is about: a group and its sponsor, the side it fights, a mediator."""

    proxy: Actor
    sponsor: Actor
    enemy: Actor
    mediator: Actor
    other: Actor
    place: Actor | None


class Pools:
    """The catalogue, sorted into the roles the templates need (built once per process)."""

    def __init__(self, catalogue: Catalogue):
        actors = catalogue.actors
        self.states = [actors[k] for k in STATES if k in actors]
        self.mediators = [actors[k] for k in MEDIATORS if k in actors]
        self.proxies = sorted((a for a in actors.values() if a.kind == "Proxy"), key=lambda a: a.key)
        self.backed = [a for a in self.proxies if any(s in actors for s in a.sponsors)]
        self.officials: dict[str, list[Actor]] = {}
        for a in sorted(actors.values(), key=lambda a: a.key):
            if a.kind == "Official" and a.of and (a.office_en or a.office_ar):
                self.officials.setdefault(a.of, []).append(a)
        self.organs: dict[str, list[Actor]] = {}
        self.places: dict[str, list[Actor]] = {}
        for a in sorted(actors.values(), key=lambda a: a.key):
            if a.kind == "Organ" and a.of:
                self.organs.setdefault(a.of, []).append(a)
            if a.kind == "Place" and a.of:
                self.places.setdefault(a.of, []).append(a)
        self.actors = actors

    def cast(self, rng: random.Random) -> Cast:
        proxy = rng.choice(self.backed if rng.random() < 0.8 else self.proxies)
        sponsors = [self.actors[s] for s in proxy.sponsors if s in self.actors]
        sponsor = rng.choice(sponsors) if sponsors else rng.choice(self.states)
        enemies = [s for s in self.states if s.key not in (sponsor.key, proxy.base)]
        enemy = rng.choice(enemies)
        mediator = rng.choice([m for m in self.mediators if m.key not in (sponsor.key, enemy.key)])
        other = rng.choice([s for s in self.states if s.key not in (sponsor.key, enemy.key, mediator.key)])
        base = self.actors.get(proxy.base or "")
        places = self.places.get(enemy.key, [])
        place = rng.choice(places) if places and rng.random() < 0.5 else base
        return Cast(proxy, sponsor, enemy, mediator, other, place)


class Writer:
    """Renders the phrases of one article in one language."""

    def __init__(self, pools: Pools, rng: random.Random, lang: str, published: date):
        self.pools, self.rng, self.lang, self.published = pools, rng, lang, published
        self.ar = lang == "ar"

    def pick(self, pair: tuple[str, str]) -> str:
        return pair[1] if self.ar else pair[0]

    def name(self, actor: Actor | None, metonym_chance: float = 0.15) -> str:
        if actor is None:
            return self.pick(("the region", "المنطقة"))
        mine = [m for m in actor.metonyms if _is_arabic(m) == self.ar]
        if mine and self.rng.random() < metonym_chance:
            return self.rng.choice(mine)
        return actor.ar if self.ar else actor.en

    def capital(self, state: Actor) -> str:
        mine = [m for m in state.metonyms if _is_arabic(m) == self.ar]
        return mine[0] if mine else self.name(state, 0)

    def official(self, side: Actor) -> str:
        people = [p for p in self.pools.officials.get(side.key, []) if _in_office(p, self.published)]
        if not people or self.rng.random() < 0.25:
            return self.new_official(side)
        person = self.rng.choice(people)
        if self.ar:
            return f"{person.office_ar} {person.ar}" if person.office_ar else person.ar
        office = (person.office_en or "").split(" (")[0]
        if not office or office.split()[-1] in person.en.split():
            return person.en
        return f"{office} {person.en}" if " of " in office or " to " in office else f"{_adjective(side)} {office} {person.en}"

    def new_official(self, side: Actor) -> str:
        first, last = self.rng.choice(FIRST), self.rng.choice(LAST)
        if self.ar:
            return f"المتحدث باسم {side.ar} {first[1]} {last[1]}"
        who = f"{_adjective(side)} military" if side.kind == "State" else side.en
        return f"{who} spokesman {first[0]} {last[0]}"

    def organ(self, side: Actor) -> str:
        organs = self.pools.organs.get(side.key)
        if not organs:
            return self.name(side)
        organ = self.rng.choice(organs)
        return organ.ar if self.ar else organ.en

    def when(self) -> str:
        """A date phrase relative to publication (or none), in the press's usual forms."""
        rng, ar = self.rng, self.ar
        back = rng.randint(0, 6)
        day = self.published - timedelta(days=back)
        weekday = WEEKDAYS[self.lang][day.weekday()]
        month = MONTHS[self.lang][day.month - 1]
        forms = (
            f"يوم {weekday}" if ar else f"on {weekday}",
            f"مساء {weekday}" if ar else f"on {weekday} night",
            "أمس" if ar else "yesterday",
            "الأسبوع الماضي" if ar else "last week",
            "مطلع الشهر الجاري" if ar else "earlier this month",
            f"في {day.day} {month}" if ar else f"on {month} {day.day}",
            f"في {day.day} {month} {day.year}" if ar else f"on {day.day} {month} {day.year}",
            "",
        )
        return rng.choice(forms)

    def count(self) -> str:
        return self.pick(self.rng.choice(NUMBERS))


def _is_arabic(text: str) -> bool:
    return any("\u0600" <= c <= "\u06ff" for c in text)


def _adjective(state: Actor) -> str:
    return next((d for d in state.demonyms if not _is_arabic(d) and not d.endswith("s")), state.en)


def _in_office(person: Actor, day: date) -> bool:
    start, end = person.period
    return (start is None or start[:10] <= day.isoformat()) and (end is None or day.isoformat() <= end[:10])


def _attack(w: Writer, c: Cast) -> str:
    p, s, e, place = w.name(c.proxy, 0), w.name(c.sponsor), w.name(c.enemy), w.name(c.place, 0)
    weapons, n, when = w.pick(w.rng.choice(WEAPONS)), w.count(), w.when()
    if w.ar:
        forms = (
            f"أطلقت {p} المدعومة من {s} {weapons} على {e} {when}، بحسب بيان للجماعة.",
            f"شنت {e} غارات جوية على مواقع تابعة لـ{p} في {place} {when}، ما أسفر عن مقتل {n} عناصر.",
            f"وأعلن {w.organ(c.enemy)} أنه قصف أهدافاً تابعة لـ{p} في {place} {when}.",
            f"واعترضت {e} {weapons} أطلقتها {p} {when}.",
            f"وتبنت {p} هجوماً بطائرات مسيرة على {e} {when}.",
        )
    else:
        sponsor_en = c.sponsor.en
        forms = (
            f"{p}, which is backed by {s}, fired {n} {weapons} at {e} {when}, the group said.",
            f"The {sponsor_en}-backed {p} launched {weapons} at {e} {when}.",
            f"{e} carried out air strikes on {p} positions in {place} {when}, killing {n} fighters.",
            f"The {w.organ(c.enemy)} said it struck targets belonging to {p} in {place} {when}.",
            f"{e} intercepted {n} {weapons} fired by {p} {when}, the military said.",
            f"An attack claimed by {p} killed {n} soldiers in {place} {when}.",
        )
    return w.rng.choice(forms)


def _talks(w: Writer, c: Cast) -> str:
    s, o, m, cap = w.name(c.sponsor, 0), w.name(c.other, 0), w.name(c.mediator, 0), w.capital(c.mediator)
    topic, when = w.pick(w.rng.choice(TOPICS)), w.when()
    if w.ar:
        forms = (
            f"والتقى {w.official(c.sponsor)} {w.official(c.mediator)} في {cap} {when} لبحث {topic}.",
            f"واستضافت {m} محادثات غير مباشرة بين {s} و{o} في {cap} {when}.",
            f"وعقدت {s} و{o} جولة مفاوضات في {cap} {when} بوساطة {m}.",
        )
    else:
        forms = (
            f"{w.official(c.sponsor)} met {w.official(c.mediator)} in {cap} {when} to discuss {topic}.",
            f"{m} hosted indirect talks between {s} and {o} in {cap} {when}.",
            f"{s} and {o} held talks in {cap} {when}, mediated by {m}.",
        )
    return w.rng.choice(forms)


def _threat(w: Writer, c: Cast) -> str:
    p, e, when = w.name(c.proxy, 0), w.name(c.enemy), w.when()
    if w.ar:
        forms = (f"وهدد {w.official(c.sponsor)} {e} برد حاسم {when}.", f"وتوعدت {p} {e} بالرد على الغارات.")
    else:
        forms = (f"{w.official(c.sponsor)} threatened {e} with a harsh response {when}.",
                 f"{p} vowed to retaliate against {e} for the strikes.")
    return w.rng.choice(forms)


def _agreement(w: Writer, c: Cast) -> str:
    s, o, e, p, m = w.name(c.sponsor, 0), w.name(c.other, 0), w.name(c.enemy, 0), w.name(c.proxy, 0), w.name(c.mediator, 0)
    topic, when = w.pick(w.rng.choice(TOPICS)), w.when()
    if w.ar:
        forms = (f"ووقعت {s} و{o} اتفاقاً بشأن {topic} {when}.",
                 f"وتوصلت {e} و{p} إلى اتفاق لوقف إطلاق النار {when} بوساطة {m}.")
    else:
        forms = (f"{s} and {o} signed an agreement on {topic} {when}.",
                 f"{e} and {p} agreed to a ceasefire {when} in talks brokered by {m}.")
    return w.rng.choice(forms)


def _sanction(w: Writer, c: Cast) -> str:
    p, e, n, when = w.name(c.proxy, 0), w.name(c.enemy, 0), w.count(), w.when()
    if w.ar:
        forms = (f"وفرضت {e} عقوبات على {p} و{n} أفراد مرتبطين بها {when}.",
                 f"وأعلنت وزارة الخزانة الأميركية فرض عقوبات على {n} شركات متهمة بتمويل {p} {when}.")
    else:
        forms = (f"{e} imposed sanctions on {p} and {n} individuals linked to the group {when}.",
                 f"The U.S. Treasury sanctioned {n} companies accused of funding {p} {when}.")
    return w.rng.choice(forms)


def _quote(w: Writer, c: Cast) -> str:
    p, s = w.name(c.proxy, 0), w.name(c.sponsor)
    if w.ar:
        forms = (f"وقال {w.new_official(c.proxy)} إن الجماعة ستواصل عملياتها.",
                 f"واتهم {w.official(c.enemy)} {s} بتسليح {p}.",
                 f"ونفت {p} أي علاقة لها بالهجوم.",
                 f"وقال {w.official(c.enemy)} إن بلاده لن تسمح بتهديد أمنها.")
    else:
        forms = (f"{w.new_official(c.proxy)} said the group would continue its operations.",
                 f"{w.official(c.enemy)} accused {s} of arming {p}.",
                 f"{p} denied any role in the attack.",
                 f"\"We will not allow threats to our security,\" {w.official(c.enemy)} told reporters.")
    return w.rng.choice(forms)


def _background(w: Writer, c: Cast) -> str:
    p, s = w.name(c.proxy, 0), w.name(c.sponsor, 0)
    if w.ar:
        forms = ("وأدى القتال إلى نزوح آلاف العائلات، وفق منظمات إغاثة.",
                 "ويقول محللون إن التصعيد يهدد بجر المنطقة إلى حرب أوسع.",
                 "وغيرت شركات شحن مسارات سفنها بعيداً عن البحر الأحمر، ما رفع تكاليف التأمين.",
                 "وارتفعت أسعار النفط بأكثر من 2 في المئة بعد هذه التقارير.",
                 "وقال سكان إنهم سمعوا دوي انفجارات قوية قبل الفجر.",
                 f"وتنفي {s} تسليح {p}، لكنها تقول إنها تدعم ما تسميه محور المقاومة.",
                 f"وتصنف عدة حكومات غربية {p} منظمة إرهابية.")
    else:
        forms = ("The fighting has displaced thousands of families, according to aid agencies.",
                 "Analysts say the escalation risks drawing the region into a wider war.",
                 "Shipping companies have rerouted vessels away from the Red Sea, raising insurance costs.",
                 "Oil prices rose more than 2% after the reports.",
                 "Residents described hearing loud explosions before dawn.",
                 f"{s} denies arming {p} but says it supports what it calls the axis of resistance.",
                 f"{p} has been designated a terrorist organisation by several Western governments.")
    return w.rng.choice(forms)


INCIDENTS = (_attack, _attack, _attack, _talks, _threat, _agreement, _sanction)


def _headline(w: Writer, c: Cast) -> str:
    p, e = w.name(c.proxy, 0), w.name(c.enemy, 0)
    if w.ar:
        return w.rng.choice((f"{p} تصعد هجماتها على {e}", f"توتر متصاعد بين {e} و{p}", f"{e} ترد على هجمات {p}"))
    return w.rng.choice((f"{p} step up attacks on {e}", f"Tensions rise between {e} and {p}", f"{e} hits back at {p}"))


def article(pools: Pools, seed: int, index: int) -> dict:
    """Article `index` of the corpus `seed`: a headline, a lead and four to seven paragraphs."""
    rng = random.Random(f"{seed}:{index}")
    lang = "ar" if rng.random() < 0.5 else "en"
    published = date(2019, 1, 1) + timedelta(days=rng.randint(0, 2370))
    cast = pools.cast(rng)
    w = Writer(pools, rng, lang, published)
    title = _headline(w, cast)
    dateline = w.capital(cast.enemy).upper() if lang == "en" else w.capital(cast.enemy)
    lead = f"{dateline} - {_attack(w, cast).removeprefix('و')}"
    paragraphs = [title, lead]
    for _ in range(rng.randint(4, 7)):
        kinds = [rng.choice(INCIDENTS), rng.choice((_quote, _background, _background))]
        rng.shuffle(kinds)
        paragraphs.append(" ".join(k(w, cast) for k in kinds + [rng.choice((_quote, _background))]))
    text = "\n\n".join(" ".join(p.split()).replace(" ,", ",").replace(" .", ".").replace(" ،", "،") for p in paragraphs)
    return {
        "id": f"gen-{seed}-{index:07d}", "url": f"https://example.org/synthetic/{seed}/{index}",
        "source": rng.choice(SOURCES[lang]), "published": published.isoformat(), "title": title,
        "lang": lang, "text": text,
    }


def articles(count: int, seed: int = SEED, start: int = 0) -> Iterator[dict]:
    pools = Pools(default_catalogue())
    for index in range(start, start + count):
        yield article(pools, seed, index)


def label(n: int) -> str:
    """1000 → 1k, 1000000 → 1M: the size in a corpus file's name."""
    for unit, size in (("M", 1_000_000), ("k", 1000)):
        if n >= size and n % size == 0:
            return f"{n // size}{unit}"
    return str(n)


def corpus_path(count: int, seed: int = SEED) -> Path:
    return CORPUS / (f"articles-{label(count)}.jsonl" if seed == SEED else f"articles-{label(count)}-s{seed}.jsonl")


def write_articles(path: Path, count: int, seed: int = SEED) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    with partial.open("w", encoding="utf-8") as out:
        for record in articles(count, seed):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    partial.replace(path)
    return path


def ensure_articles(count: int, seed: int = SEED) -> Path:
    path = corpus_path(count, seed)
    return path if path.exists() else write_articles(path, count, seed)


def quads_path(quads: int) -> Path:
    return CORPUS / f"quads-{label(quads)}.nq"


def write_quads(path: Path, quads: int, seed: int = SEED + 1, workers: int | None = None) -> dict:
    """At least `quads` quads, extracted from generated articles by kg.bulk, as N-Quads."""
    from kg.articles import article_from_record
    from kg.bulk import ExtractReport, extract_stream

    report = ExtractReport()

    def stream():
        pools, index = Pools(default_catalogue()), 0
        while report.quads < quads:
            yield article_from_record(article(pools, seed, index), "generated")
            index += 1

    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    with partial.open("wb") as out:
        extract_stream(stream(), out, workers=workers, report=report)
    partial.replace(path)
    return {"path": str(path), "articles": report.articles, "quads": report.quads}


def ensure_quads(quads: int, workers: int | None = None) -> Path:
    path = quads_path(quads)
    if not path.exists():
        write_quads(path, quads, workers=workers)
    return path


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, action="append", default=[], help="write a corpus of N articles (repeatable)")
    parser.add_argument("--quads", type=int, action="append", default=[], help="write an N-Quads file of at least N quads")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("-o", "--output", type=Path, help="the file to write (one --articles only)")
    parser.add_argument("--force", action="store_true", help="rewrite files that exist")
    args = parser.parse_args(argv)
    if not args.articles and not args.quads:
        parser.error("give --articles N and/or --quads N")
    for count in args.articles:
        path = args.output or corpus_path(count, args.seed)
        if args.force or not path.exists():
            write_articles(path, count, args.seed)
        print(f"{path}: {count} articles", file=sys.stderr)
    for quads in args.quads:
        path = quads_path(quads)
        if args.force or not path.exists():
            print(json.dumps(write_quads(path, quads)), file=sys.stderr)
        print(f"{path}", file=sys.stderr)


if __name__ == "__main__":
    main()
