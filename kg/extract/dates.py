"""Absolute dates from explicit and relative expressions, with their precision.

Months count only next to a day, a year, or a word that places them (مارس is also a verb,
"May" a modal), and a relative expression is resolved against the publication date.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

import ahocorasick

from kg.datafiles import read_yaml
from kg.extract.text import normalise

DATA = Path(__file__).resolve().parent.parent / "data" / "dates.yaml"


@dataclass(frozen=True)
class DateValue:
    """A date at its precision, the days it covers, and how it was found."""

    value: str  # YYYY-MM-DD, YYYY-MM or YYYY
    first: date
    last: date
    method: str  # explicit | relative
    start: int = 0  # span of the expression in the normalised sentence
    end: int = 0
    of_next: bool = False  # the day of the act named right after it (`غداة الغارة`, `two days after the strike`)
    counted: bool = False  # counted on from another day (`the next day`, `two days later`)

    @property
    def precision(self) -> str:
        return {10: "day", 7: "month", 4: "year"}[len(self.value)]


def day_value(day: date, method: str, start: int, end: int) -> DateValue:
    return DateValue(day.isoformat(), day, day, method, start, end)


def month_value(year: int, month: int, method: str, start: int, end: int) -> DateValue:
    last = calendar.monthrange(year, month)[1]
    return DateValue(f"{year:04d}-{month:02d}", date(year, month, 1), date(year, month, last), method, start, end)


def year_value(year: int, method: str, start: int, end: int) -> DateValue:
    return DateValue(f"{year:04d}", date(year, 1, 1), date(year, 12, 31), method, start, end)


def range_value(first: date, last: date, method: str, start: int, end: int) -> DateValue:
    """A span of days, stated at the finest precision that covers it whole."""
    if first.year == last.year and first.month == last.month:
        value = f"{first.year:04d}-{first.month:02d}"
    elif first.year == last.year:
        value = f"{first.year:04d}"
    else:
        value = f"{last.year:04d}"
    return DateValue(value, first, last, method, start, end)


def _alternation(words) -> str:
    forms = sorted({normalise(w) for w in words}, key=len, reverse=True)
    return "|".join(re.escape(f) for f in forms)


@lru_cache(maxsize=1)
def _grammar() -> dict:
    data = read_yaml(DATA)
    month_of = {normalise(w): int(m) for m, words in data["months"].items() for w in words}
    weekday_of = {normalise(w): int(d) for d, words in data["weekdays"].items() for w in words}
    hijri_of = {normalise(w): int(m) for m, words in data["hijri_months"].items() for w in words}
    ordinal_of = {normalise(w): i + 1 for i, w in enumerate(data["ordinals"])}
    months, weekdays = _alternation(month_of), _alternation(weekday_of)
    past, current = _alternation(data["past"]), _alternation(data["current"])
    pre = r"(?<![\w])(?:[وفبل]|ال|وال|بال|فال|لل)?"
    post = r"(?![\w])"
    # an Arabic month may be followed by its other-series name: ديسمبر (كانون الأول), أبريل/نيسان, and in
    # Reuters' Arabic with a space only: يونيو حزيران
    month = rf"{pre}(?P<month>{months})\.?{post}(?:\s*\((?:{months})\)|\s*/\s*(?:{months}){post}|\s+(?:{months}){post})?"
    year = r"(?P<year>(?:19|20)\d\d)(?!\d)"
    g = {
        "month_of": month_of, "ordinal_of": ordinal_of, "weekday_of": weekday_of, "hijri_of": hijri_of, "past": re.compile(past),
        "hijri": re.compile(rf"(?P<day>\d{{1,2}})\s+(?P<hmonth>{_alternation(hijri_of)})\s+(?P<year>1[34]\d\d)\s*ه"),
        "day_month": re.compile(rf"(?<!\d)(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{month}(?:,?\s+{year})?(?:\s+(?P<rel>{past}))?"),
        # `في الأول من الشهر الجاري`, `في 27 من الشهر نفسه`: a day of a month named by reference
        "day_of_month": re.compile(rf"(?P<day>{_alternation(ordinal_of)}|\d{{1,2}})\s+من\s+(?:هذا\s+)?الشهر\s+(?P<which>الجاري|الحالي|الماضي|المنصرم|نفسه|ذاته)"),
        # `في 27 منه`, `في التاسع منه`: a day of the month named last (`in_month_named`)
        "day_of_that_month": re.compile(rf"(?<![\w\d])(?P<day>{_alternation(ordinal_of)}|\d{{1,2}})\s+(?:منه|من\s+الشهر\s+(?:نفسه|ذاته))(?!\w)"),
        "ordinal_month": re.compile(rf"(?P<day>{_alternation(ordinal_of)})\s+من\s+{month}(?:\s+{year})?(?:\s+(?P<rel>{past}))?"),
        "month_day": re.compile(rf"{month}\s+(?P<day>\d{{1,2}})(?!\d)(?:st|nd|rd|th)?(?:,?\s+{year})?"),
        "month_year": re.compile(rf"{month},?\s+{year}"),
        "rel_month": re.compile(rf"(?P<rel>{past}|{current})\s+{month}"),
        "month_rel": re.compile(rf"{month}\s+(?P<rel>{past}|{current})(?!\s+year)"),  # (not `March last year`)
        # (`a November ceasefire`: a month naming what happened in it)
        # (`in mid-December`, `at the end of September`; not `since mid-October`, which names no month of the act)
        # (an Arabic preposition may carry و or ف: `وفي يناير`, `ومنذ شهر مارس`)
        "in_month": re.compile(rf"(?:\b(?:in|since|until|by|early|late|(?<!since )mid|a|the|(?:end|beginning|start|middle)\s+of)(?:-|-?\s+)"
                               rf"|(?<!\w)[وف]?(?:مطلع|منذ|في|أواخر|اواخر|اوايل|اوائل|منتصف|نهايه|بدايه|اواسط)\s+(?:شهر\s+)?){month}"),
        "year": re.compile(rf"(?:\b(?:in|since|of)\s+|(?<!\w)[وف]?(?:عام|العام|سنة|منذ|في|خلال)\s+){year}"),
        "years": re.compile(r"(?:عامي|between|from)\s+(?P<y1>(?:19|20)\d\d)\s+(?:و|and|to|-)\s*(?P<y2>(?:19|20)\d\d)"),
        # (`the Saturday before last`, `السبت قبل الماضي`: a week before the last one)
        "weekday": re.compile(rf"{pre}(?P<weekday>{weekdays}){post}(?:\s+(?P<rel>{past}))?(?P<before_last>\s+(?:before\s+last|قبل\s+الماضي))?"),
        "last_weekday": re.compile(rf"\b(?:last|past)\s+(?P<weekday>{weekdays}){post}"),
        "yesterday": re.compile(rf"{pre}(?:{_alternation(data['days']['day_before_yesterday'])}){post}"),
        "yesterday1": re.compile(rf"{pre}(?:{_alternation(data['days']['yesterday'])}){post}"),
        # (not `اليوم الأول من الهدنة`, `اليوم التالي`: a day counted from another)
        "today": re.compile(rf"{pre}(?:{_alternation(data['days']['today'])}){post}(?!\s+(?:{_alternation(ordinal_of)}|التالي|السابق|نفسه|ذاته))"),
        "after_weekday": re.compile(rf"\s+(?:{weekdays}){post}"),
        **{name: re.compile(pattern) for name, (_, pattern) in _PERIODS.items()},
    }
    cues = {"hijri": hijri_of, "year": ("19", "20"), "years": ("19", "20"),
            "weekday": weekday_of, "last_weekday": weekday_of,
            "yesterday": data["days"]["day_before_yesterday"], "yesterday1": data["days"]["yesterday"], "today": data["days"]["today"],
            "day_of_month": ("الشهر",),
            **{name: month_of for name in _MONTH_PATTERNS}, **{name: words for name, (words, _) in _PERIODS.items()}}
    g["cues"] = _cue_automaton(cues)
    return g


# Relative periods, each with words it cannot match without (its cues).
_PERIODS = {
    "this_week": (("week", "الاسبوع", "days"), r"\bthis week\b|\b(?:the\s+)?past week\b|\b(?:the\s+)?(?:past|last)\s+(?:seven|7)\s+days\b"
                  r"|هذا الاسبوع|الاسبوع الجاري|الاسبوع الحالي|خلال الاسبوع"),
    "last_week": (("week", "الاسبوع"), r"\blast week\b|الاسبوع الماضي"),
    # (`over the weekend`, `خلال عطلة نهاية الأسبوع`: the Saturday and Sunday just past)
    "weekend": (("weekend", "عطله"), r"\b(?:last|over\s+the|this\s+past|at\s+the|on\s+the)\s+weekend\b"
                r"|(?<!\w)(?:خلال|في)\s+عطله\s+نهايه\s+الاسبوع(?!\s+(?:ال)?(?:مقبل|قادم))"),
    # (`last night`, `الليلة الماضية`: the night before the report; `overnight`: into the day of the report)
    "last_night": (("night", "الليله"), r"\blast night\b|(?<!\w)الليله\s+الماضيه(?!\w)"),
    "overnight": (("overnight",), r"\bovernight\b(?!\s+(?:on\s+|into\s+|from\s+|to\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))"),
    # (`over the past two days`, `خلال اليومين الماضيين`, `في الأيام القليلة الماضية`: the days up to the report)
    "past_days": (("days", "اليومين", "الايام"), r"\b(?:over|in|during)\s+the\s+(?:past|last)\s+(?P<n>two|three|few|several)\s+days\b"
                  r"|(?<!\w)(?:خلال|في)\s+(?:ال)?(?P<n_ar>يومين|ايام)\s+(?:القليله\s+)?(?:الماضيين|الماضيه|الاخيره|الاخيرين)(?!\w)"),
    "this_month": (("month", "الشهر"), r"\b(?:earlier |later )?this month\b|الشهر الجاري|الشهر الحالي|هذا الشهر"),
    "last_month": (("month", "الشهر"), r"\blast month\b|الشهر الماضي"),
    "this_year": (("year", "العام"), r"\b(?:earlier )?this year\b|العام الجاري|هذا العام|العام الحالي"),
    "last_year": (("year", "العام", "السنة"), r"\blast year\b|العام الماضي|السنة الماضية"),
    # what is still to come: `next week`, `tomorrow`, `غداً`, `يوم الأحد المقبل`
    "future": (("next", "tomorrow", "coming", "غد", "مقبل", "قادم"),
               r"\bnext\s+(?:week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\btomorrow\b"
               r"|\bin\s+the\s+(?:coming|next)\s+(?:few\s+)?(?:days|weeks|months)\b|(?<!\w)(?:غدا|بعد\s+غد)(?!\w)"
               r"|(?<!\w)(?:يوم\s+)?(?:ال)?(?:اسبوع|شهر|عام|ايام|اسابيع|اشهر|سبت|احد|اثنين|ثلاثاء|اربعاء|خميس|جمعه)"
               r"\s+(?:ال)?(?:مقبل|قادم|مقبله|قادمه)(?!\w)"),
}
_MONTH_PATTERNS = ("day_month", "ordinal_month", "month_day", "month_year", "rel_month", "month_rel", "in_month")


def _cue_automaton(cues: dict) -> ahocorasick.Automaton:
    """Cue word → the patterns that cannot match without it (every pattern needs one of its cues)."""
    patterns_of: dict[str, set[str]] = {}
    for name, words in cues.items():
        for word in words:
            patterns_of.setdefault(normalise(word), set()).add(name)
    automaton = ahocorasick.Automaton()
    for word, names in patterns_of.items():
        automaton.add_word(word, frozenset(names))
    automaton.make_automaton()
    return automaton


def _cued(text: str, g: dict) -> set[str]:
    """The patterns worth running on the text: those whose cue words it contains."""
    found: set[str] = set()
    for _, names in g["cues"].iter(text):
        found |= names
    return found


def _past_month_year(month: int, published: date, explicitly_past: bool) -> int:
    """The year of the latest such month not after publication."""
    if month > published.month or (explicitly_past and month == published.month):
        return published.year - 1
    return published.year


def find_dates(sentence: str, published: date | None) -> list[DateValue]:
    """Every date expression in a sentence (normalised text), resolved where it can be."""
    return list(_dates_of(sentence, published))


@lru_cache(maxsize=256)
def _dates_of(sentence: str, published: date | None) -> tuple[DateValue, ...]:
    """(cached: the pipeline reads each sentence's dates twice, for its incidents and for the next sentence's)"""
    g = _grammar()
    text = normalise(sentence)
    cued = _cued(text, g)
    found: list[DateValue] = []
    taken: list[tuple[int, int]] = []

    def matches(name: str):
        """The pattern's matches: none without its cue words (most sentences give no date)."""
        return g[name].finditer(text) if name in cued else ()

    def add(value: DateValue | None) -> None:
        if value is None or any(value.start < e and s < value.end for s, e in taken):
            return
        taken.append((value.start, value.end))
        found.append(value)

    for m in matches("hijri"):
        add(_hijri(m))
    for name in ("ordinal_month", "day_month", "month_day"):
        for m in matches(name):
            month = g["month_of"][m["month"]]
            day = int(m["day"]) if m["day"].isdigit() else g["ordinal_of"][m["day"]]
            year = int(m["year"]) if m["year"] else (_past_month_year(month, published, False) if published and published.year > 1 else None)
            if year and 1 <= day <= calendar.monthrange(year, month)[1]:
                add(day_value(date(year, month, day), "explicit" if m["year"] else "relative", m.start(), m.end()))
    for m in matches("month_year"):
        add(month_value(int(m["year"]), g["month_of"][m["month"]], "explicit", m.start(), m.end()))
    same_month = []
    for m in matches("day_of_month"):  # before `الشهر الجاري` alone is read as the whole month
        if m["which"] in ("نفسه", "ذاته"):
            same_month.append(m)
        elif published:
            add(_day_of_month(m, g, found, published))
    if published and 1800 <= published.year <= 2200:  # the readers' range; outside it nothing is relative
        _relative(text, published, g, matches, add)
    for m in same_month:  # after the months it refers to (`في سبتمبر ... في 27 من الشهر نفسه`)
        add(_day_of_month(m, g, found, published))
    for m in matches("years"):
        add(range_value(date(int(m["y1"]), 1, 1), date(int(m["y2"]), 12, 31), "explicit", m.start(), m.end()))
    for m in matches("year"):
        add(year_value(int(m["year"]), "explicit", m.start(), m.end()))
    found = sorted(found, key=lambda d: d.start)
    found = _without_named_weekdays(text, _night_spans(text, found, g, published) if published else found)
    return tuple(_in_week_named(text, _of_last_year(text, found, published), g) if published else found)


def _in_week_named(text: str, found: list[DateValue], g: dict) -> list[DateValue]:
    """`زار فانس إسرائيل الأسبوع الماضي، والتقى نتنياهو يوم الأربعاء`, `visited last week and met him on
    Wednesday`: a weekday after a week named in the sentence is that week's day."""
    result: list[DateValue] = []
    for d in found:
        weeks = [w for w in result if (w.last - w.first).days == 6 and w.method == "relative"]
        named = any(day in text[d.start:d.end].split() for day in g["weekday_of"])
        if weeks and named and d.precision == "day" and d.method == "relative" and d.first > weeks[-1].last:
            day = d.first - timedelta(days=7 * -(-(d.first - weeks[-1].last).days // 7))
            if weeks[-1].first <= day:
                d = day_value(day, "relative", d.start, d.end)
        result.append(d)
    return result


def _of_last_year(text: str, found: list[DateValue], published: date) -> list[DateValue]:
    """`on Oct. 1 last year`, `في أكتوبر من العام الماضي`: a day or month without its year, followed by
    `last year`, is of the year before publication (one date, not two)."""
    result: list[DateValue] = []
    for d in found:
        previous = result[-1] if result else None
        if previous is not None and previous.method == "relative" and previous.precision in ("day", "month") \
                and d.precision == "year" and d.first.year == published.year - 1 and _LAST_YEAR.fullmatch(text, previous.end, d.end):
            year = published.year - 1
            first = previous.first.replace(year=year) if not (previous.first.month == 2 and previous.first.day == 29) else previous.first
            value = day_value(first, "relative", previous.start, d.end) if previous.precision == "day" \
                else month_value(year, previous.first.month, "relative", previous.start, d.end)
            result[-1] = value
            continue
        result.append(d)
    return result


_LAST_YEAR = re.compile(r"\s*,?\s*(?:of\s+|من\s+)?(?:last year|العام الماضي|السنه الماضيه)")


_SAME_YEAR = re.compile(r"\s*,?\s*(?:(?:من|في)\s+)?(?:(?:العام|السنه)\s+(?:نفسه|نفسها|ذاته|ذاتها)|ذلك العام|تلك السنه)"
                        r"|\s*,?\s*of\s+(?:the\s+same|that)\s+year")


_THAT_MONTH = re.compile(r"\b(?:that|the same) month\b|(?<!\w)(?:الشهر نفسه|الشهر ذاته|ذلك الشهر)(?!\w)")


def in_month_named(text: str, dates: list[DateValue], month: date | None) -> list[DateValue]:
    """`that month`, `الشهر نفسه`: the month of the date named last, in the sentence before it or,
    failing that, in the article (`month`, any day of it)."""
    added = []
    g = _grammar()
    for m in g["day_of_that_month"].finditer(text):
        if any(d.start < m.end() and m.start() < d.end for d in dates):
            continue  # (read in the sentence already)
        before = [d for d in dates if d.end <= m.start() and d.precision in ("day", "month")]
        anchor = before[-1].first if before else month
        day = int(m["day"]) if m["day"].isdigit() else g["ordinal_of"][m["day"]]
        if anchor is not None and 1 <= day <= calendar.monthrange(anchor.year, anchor.month)[1]:
            added.append(day_value(date(anchor.year, anchor.month, day), "relative", m.start(), m.end()))
    for m in _THAT_MONTH.finditer(text):
        if any(d.start < m.end() and m.start() < d.end for d in dates):
            continue  # (`27 من الشهر نفسه` is a day, read already)
        before = [d for d in dates if d.end <= m.start() and d.precision in ("day", "month")]
        anchor = before[-1].first if before else month
        if anchor is not None:
            added.append(month_value(anchor.year, anchor.month, "relative", m.start(), m.end()))
    return sorted(dates + added, key=lambda d: d.start)


def in_year_named(text: str, dates: list[DateValue], year: int | None) -> list[DateValue]:
    """`في يونيو من العام نفسه`, `in June of that year`: a month or day of the year named last, in the
    sentence before it or, failing that, in the article (`year`)."""
    result: list[DateValue] = []
    for d in dates:
        same = _SAME_YEAR.match(text, d.end)
        if same is not None and d.method == "relative" and d.precision in ("day", "month"):
            named = [e.first.year for e in result if e.method == "explicit"]
            target = named[-1] if named else year
            if target is not None and not (d.first.month == 2 and d.first.day == 29):
                first = d.first.replace(year=target)
                d = day_value(first, "relative", d.start, same.end()) if d.precision == "day" \
                    else month_value(target, first.month, "relative", d.start, same.end())
        elif _in_an_earlier_year(text, d, result):
            # `traded fire twice last year: Tehran launched drones at Israel in April`: April of that year
            year = next(e.first.year for e in reversed(result) if e.precision == "year")
            d = month_value(year, d.first.month, "relative", d.start, d.end)
        result.append(d)
    return result


_BARE_MONTH = re.compile(r"(?:(?:in|early|late|mid|بداية|مطلع|اواخر|اوائل|منتصف|نهاية|شهر|في)[\s-]+)*[^\W\d]+\.?")


_SINCE = re.compile(r"since\b|منذ(?!\w)")


def _in_an_earlier_year(text: str, d: DateValue, before: list[DateValue]) -> bool:
    """A month named without its year (`in April`, في نيسان) after a year named earlier in the sentence."""
    # (`have fought a coalition since 2015, began targeting ships in November`: a year things run from is no frame)
    years = [e for e in before if e.precision == "year" and not _SINCE.match(text, e.start)]
    return (d.method == "relative" and d.precision == "month" and bool(years) and years[-1].first.year < d.first.year
            and _BARE_MONTH.fullmatch(text[d.start:d.end]) is not None and not re.search(r"month|شهر|ال", text[d.start:d.end]))


_NIGHT_JOIN = re.compile(r"\s*(?:[-–/]|to|and|الى|و)?\s*", re.IGNORECASE)


def _night_spans(text: str, found: list[DateValue], g: dict, published: date) -> list[DateValue]:
    """`ليل الجمعة-السبت`, `overnight Friday to Saturday`: two weekdays in a row name one night, dated
    by its morning (one day, so that a verb and its noun read one date), the last such before publication."""
    result: list[DateValue] = []
    for d in found:
        previous = result[-1] if result else None
        first_day = g["weekday_of"].get(text[previous.start:previous.end]) if previous else None
        second_day = g["weekday_of"].get(text[d.start:d.end])
        if first_day is not None and second_day == (first_day + 1) % 7 and _NIGHT_JOIN.fullmatch(text, previous.end, d.start):
            morning = d.first if d.first <= published else d.first - timedelta(days=7)
            result[-1] = day_value(morning, "relative", previous.start, d.end)
            continue
        result.append(d)
    return result


def _without_named_weekdays(text: str, found: list[DateValue]) -> list[DateValue]:
    """`on Friday, Aug. 22`, `الجمعة 22 أغسطس`: a weekday right before the day it names is that day, not
    the last such weekday before publication."""
    return [d for d, after in zip(found, found[1:] + [None])
            if not (after is not None and d.precision == after.precision == "day" and re.fullmatch(r"\s*[,،]?\s*", text[d.end:after.start]))]


def _day_of_month(m: re.Match, g: dict, found: list[DateValue], published: date) -> DateValue | None:
    """`الأول من الشهر الجاري` (of the publication's month), `من الشهر الماضي` (the month before),
    `27 من الشهر نفسه` (of the month of the last month or day the sentence named before it)."""
    day = int(m["day"]) if m["day"].isdigit() else g["ordinal_of"][m["day"]]
    if m["which"] in ("نفسه", "ذاته"):
        months = [d for d in found if d.end <= m.start() and d.precision in ("month", "day")]
        month = months[-1].first if months else None
    elif m["which"] in ("الماضي", "المنصرم"):
        month = published.replace(day=1) - timedelta(days=1)
    else:
        month = published
    if month is None or not 1 <= day <= calendar.monthrange(month.year, month.month)[1]:
        return None
    return day_value(date(month.year, month.month, day), "relative", m.start(), m.end())


def _relative(text: str, published: date, g: dict, matches, add) -> None:
    # (read first, so that the weekday of `يوم الأحد المقبل` is not taken for the last one; an act
    # dated so is planned, not reported: incidents.py)
    for m in matches("future"):
        add(range_value(published + timedelta(days=1), published + timedelta(days=7), "future", m.start(), m.end()))
    for m in (*matches("rel_month"), *matches("month_rel")):
        month = g["month_of"][m["month"]]
        if g["past"].fullmatch(m["rel"]):
            add(month_value(_past_month_year(month, published, True), month, "relative", m.start(), m.end()))
        else:
            add(month_value(published.year, month, "relative", m.start(), m.end()))
    for m in matches("in_month"):
        month = g["month_of"][m["month"]]
        add(month_value(_past_month_year(month, published, False), month, "relative", m.start(), m.end()))
    for m in matches("yesterday"):
        add(day_value(published - timedelta(days=2), "relative", m.start(), m.end()))
    for m in matches("yesterday1"):
        add(day_value(published - timedelta(days=1), "relative", m.start(), _after_weekday(text, m.end(), g)))
    for m in matches("today"):
        add(day_value(published, "relative", m.start(), _after_weekday(text, m.end(), g)))
    for name in ("last_weekday", "weekday"):
        for m in matches(name):
            weekday = g["weekday_of"][m["weekday"]]
            back = (published.weekday() - weekday) % 7
            if back == 0 and (name == "last_weekday" or m.groupdict().get("rel")):
                back = 7
            if m.groupdict().get("before_last"):
                back += 7
            add(day_value(published - timedelta(days=back), "relative", m.start(), m.end()))
    shifts = _shift_grammar()
    ago = (*shifts["ago"].finditer(text),) if "ago" in text else ()
    ago += (*shifts["ago_arabic"].finditer(text),) if "قبل" in text else ()
    for m in ago:
        add(day_value(published - timedelta(days=_count(m, shifts)), "relative", m.start(), m.end()))
    for m in matches("this_week"):
        add(range_value(published - timedelta(days=6), published, "relative", m.start(), m.end()))
    for m in matches("past_days"):
        days = {"two": 2, "three": 3, "يومين": 2}.get(m["n"] or m["n_ar"], 7)
        add(range_value(published - timedelta(days=days), published, "relative", m.start(), m.end()))
    for m in matches("weekend"):
        saturday = published - timedelta(days=(published.weekday() - 5) % 7)
        add(range_value(saturday, min(saturday + timedelta(days=1), published), "relative", m.start(), m.end()))
    for m in matches("last_night"):
        add(day_value(published - timedelta(days=1), "relative", m.start(), m.end()))
    for m in matches("overnight"):
        add(range_value(published - timedelta(days=1), published, "relative", m.start(), m.end()))
    for m in matches("last_week"):
        first, last = published - timedelta(days=published.weekday() + 7), published - timedelta(days=published.weekday() + 1)
        add(range_value(first, last, "relative", m.start(), m.end()))
    for m in matches("this_month"):
        add(month_value(published.year, published.month, "relative", m.start(), m.end()))
    for m in matches("last_month"):
        previous_month = published.replace(day=1) - timedelta(days=1)
        add(month_value(previous_month.year, previous_month.month, "relative", m.start(), m.end()))
    for m in matches("this_year"):
        add(year_value(published.year, "relative", m.start(), m.end()))
    for m in matches("last_year"):
        add(year_value(published.year - 1, "relative", m.start(), m.end()))


def _after_weekday(text: str, end: int, g: dict) -> int:
    """`أمس السبت`: the weekday that follows a relative day belongs to it."""
    m = g["after_weekday"].match(text, end)
    return m.end() if m else end


def _hijri(m: re.Match) -> DateValue | None:
    from hijridate import Hijri

    try:
        day = Hijri(int(m["year"]), _grammar()["hijri_of"][m["hmonth"]], int(m["day"])).to_gregorian()
    except (ValueError, OverflowError):
        return None
    return day_value(date(day.year, day.month, day.day), "explicit", m.start(), m.end())


@dataclass(frozen=True)
class DateShift:
    """A day told by its distance from another (`five days later`, `بعد ستة أيام من`, `غداة`):
    the day meant is the anchor's plus `days`; the anchor is the day the sentence spoke of
    before it, or, if none, the day the article last spoke of."""

    days: int
    start: int  # span in the normalised sentence
    end: int
    of_next: bool = False  # it dates the act named after it, not the clause it stands in

    def resolve(self, anchor: date) -> DateValue:
        day = anchor + timedelta(days=self.days)
        return DateValue(day.isoformat(), day, day, "relative", self.start, self.end, self.of_next, counted=True)


@lru_cache(maxsize=1)
def _shift_grammar() -> dict:
    shifts = read_yaml(DATA)["shifts"]
    numbers = {normalise(w): n for w, n in shifts["numbers"].items()}
    units = {normalise(w): n for w, n in shifts["units"].items()}
    counted = {normalise(w): n for w, n in shifts["counted_units"].items()}
    number = rf"(?P<n>{_alternation(numbers)}|\d{{1,2}})"
    kinds = {"next_day": (1, False), "previous_day": (-1, False), "day_after_event": (-1, True),
             "day_before_event": (1, True), "same_day": (0, False)}
    fixed = {normalise(w): kind for name, kind in kinds.items() for w in shifts[name]}
    return {
        "numbers": numbers, "units": units, "counted": counted, "fixed": fixed,
        # `five days later`, `a week earlier`, `two days after the strike`
        "english": re.compile(rf"\b{number}\s+(?P<unit>{_alternation(units)})\s+(?P<dir>later|earlier|after|before)\b"),
        # `بعد ستة أيام من`, `قبل يومين من`, `لترد بعد ستة أيام`, `وبعد يومين،`
        "arabic": re.compile(rf"(?<!\w)[وف]?(?P<dir>بعد|قبل)\s+(?:{number}\s+(?P<unit>{_alternation(units)})|(?P<counted>{_alternation(counted)}))"
                             rf"(?:\s+(?:فقط|تقريبا))?(?P<of>\s+(?:من|علي))?(?!\w)"),
        # `قبل ذلك بيومين`, `بعد ذلك بثلاثة أيام`
        "arabic_then": re.compile(rf"(?<!\w)[وف]?(?P<dir>بعد|قبل)\s+ذلك\s+ب(?:{number}\s+(?P<unit>{_alternation(units)})|(?P<counted>{_alternation(counted)}))(?!\w)"),
        # `two days ago`, `قبل يومين`: counted back from the publication
        "ago": re.compile(rf"\b{number}\s+(?P<unit>{_alternation(units)})\s+ago\b"),
        "ago_arabic": re.compile(rf"(?<!\w)قبل\s+(?:{number}\s+(?P<unit>{_alternation(units)})|(?P<counted>{_alternation(counted)}))"
                                 rf"(?!\w)(?!\s+(?:من|علي)(?!\w))"),
        # every shift has one of these words: most sentences are skipped after one search
        "cues": re.compile(r"later|earlier|after|before|next|following|previous|preceding|same|hour|night|evening|morning|shortly"
                           r"|بعد|قبل|غداه|عشيه|التالي|نفس|ذات"),
        "fixed_words": re.compile(rf"(?<![\w])[وف]?(?P<phrase>{_alternation(fixed)})(?![\w])(?P<object>\s+\w)?"),
    }


_APPROXIMATE = re.compile(r"\b(?:nearly|about|almost|some|around|roughly|more than|less than|over|under|at least)\s+$")


_FEAST_AFTER = re.compile(r"\s+(?:عيد|ذكري|راس\s+السنه|حلول|شهر\s+رمضان|christmas|new\s+year|eid|the\s+anniversary)", re.IGNORECASE)


def find_shifts(sentence: str) -> list[DateShift]:
    """Every day in a sentence told by its distance from another day (normalised text)."""
    g = _shift_grammar()
    text = normalise(sentence)
    found: list[DateShift] = []
    if not g["cues"].search(text):
        return found  # most sentences tell no day by another
    for m in g["english"].finditer(text):
        if _APPROXIMATE.search(text, 0, m.start()):
            continue  # `nearly two weeks after`: no day to count to
        days = _count(m, g)
        # `two days later`: after the anchor; `two days after the strike`: the strike was before it
        found.append(DateShift(days if m["dir"] in ("later", "before") else -days, m.start(), m.end(),
                               m["dir"] in ("after", "before")))
    for m in g["arabic"].finditer(text):
        days = _count(m, g)
        if m["dir"] == "قبل" and not m["of"]:
            continue  # `قبل يومين` alone is `two days ago`, a date of its own
        # `بعد ستة أيام` (later) vs `بعد ستة أيام من الهجوم` (the attack was six days before)
        later = (m["dir"] == "بعد") != bool(m["of"])
        found.append(DateShift(days if later else -days, m.start(), m.end(), bool(m["of"])))
    for m in g["arabic_then"].finditer(text):
        days = _count(m, g)
        found.append(DateShift(days if m["dir"] == "بعد" else -days, m.start(), m.end()))
    for m in g["fixed_words"].finditer(text):
        if _FEAST_AFTER.match(text, m.end("phrase")):
            continue  # `في 5 يونيو، عشية عيد الأضحى`: the eve of a feast names the day told, not another act's
        days, of_next = g["fixed"][m["phrase"]]
        if m["object"] and m["phrase"].endswith(("after", "before")):
            days, of_next = -days, True  # `the day after the strike`: the strike was the day before
        found.append(DateShift(days, m.start(), m.end("phrase"), of_next))
    return sorted(found, key=lambda s: s.start)


def _count(m: re.Match, g: dict) -> int:
    if m.groupdict().get("counted"):
        return g["counted"][m["counted"]]
    n = int(m["n"]) if m["n"].isdigit() else g["numbers"][m["n"]]
    return n * g["units"][m["unit"]]


def with_shifts(dates: list[DateValue], shifts: list[DateShift], anchor: date | None,
                latest: date | None = None, subject_day: date | None = None) -> list[DateValue]:
    """A sentence's dates with its shifts resolved. A shift counts from the last date the sentence
    gave before it (a shift resolved before it included) if that is a day; if the sentence gave
    none, a shift that dates its own clause counts from `anchor` (`two days after the strike`
    needs its clause's day, which only the sentence can give). A date inside a shift's words
    (`اليوم` in `اليوم التالي`) is the shift's; a shift with nothing to count from dates nothing,
    nor one that would land after `latest`, the publication day (`Nine days later` counted from
    the wrong day). `subject_day`: the day of the act the sentence opens with, which a shift to
    another act counts from (`The ceasefire came a day after Iran fired`)."""
    kept = [d for d in dates if not any(s.start < d.end and d.start < s.end for s in shifts)]
    resolved: list[DateValue] = []
    for shift in shifts:
        before = [d for d in kept + resolved if d.end <= shift.start]
        if before:
            last = max(before, key=lambda d: d.end)
            base = last.first if last.precision == "day" else None
        else:
            base = subject_day if shift.of_next else anchor
        value = shift.resolve(base) if base is not None else None
        if value is not None and (latest is None or value.first <= latest):
            resolved.append(value)
    return sorted(kept + resolved, key=lambda d: d.start)
