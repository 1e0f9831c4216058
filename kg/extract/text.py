"""Arabic and English text handling: one normalisation for text and catalogue, sentences."""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

ARABIC_LETTERS = re.compile("[\u0621-\u064a]+")  # every character of the range is a letter
# Diacritics (harakat, tanween, shadda, sukun), superscript alef and tatweel: dropped.
_DROPPED = set(chr(c) for c in range(0x0610, 0x061B)) | set(chr(c) for c in range(0x064B, 0x0660)) | {"\u0670", "\u0640"}
_FOLD = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي", "ؤ": "و", "ئ": "ي",
         "’": "'", "‘": "'", "`": "'", "‐": "-", "‑": "-", "–": "-", "—": "-"}
_ARABIC_INDIC = {ord(c): str(i) for i, c in enumerate("٠١٢٣٤٥٦٧٨٩")} | {ord(c): str(i) for i, c in enumerate("۰۱۲۳۴۵۶۷۸۹")}


@dataclass(frozen=True)
class Normalised:
    """Normalised text and, for each of its characters, the offset in the original."""

    text: str
    offsets: Sequence[int]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of the normalised span [start, end)."""
        return self.offsets[start], self.offsets[end - 1] + 1


def fold_char(ch: str) -> str:
    ch = ch.translate(_ARABIC_INDIC)
    ch = _FOLD.get(ch, ch)
    folded = ch.lower()
    return folded if len(folded) == 1 else ch


_TABLE = {**_ARABIC_INDIC, **{ord(k): v for k, v in _FOLD.items()}, **{ord(c): None for c in _DROPPED}}
_HAS_DROPPED = re.compile("[" + "".join(sorted(_DROPPED)) + "]")
# translate() looks up every character; a text without any of these (English, or a text
# normalised already) needs only lower()
_TO_TRANSLATE = re.compile("[" + re.escape("".join(sorted(chr(c) for c in _TABLE))) + "]")


def normalise_with_offsets(text: str) -> Normalised:
    """Fold case, Arabic letter variants and digits; drop diacritics and tatweel."""
    folded = (text.translate(_TABLE) if _TO_TRANSLATE.search(text) else text).lower()
    if not _HAS_DROPPED.search(text):
        if len(folded) == len(text):
            return Normalised(folded, range(len(text)))
    elif len(folded) == len(text) - sum(1 for ch in text if ch in _DROPPED):
        return Normalised(folded, tuple(i for i, ch in enumerate(text) if ch not in _DROPPED))
    # a character whose lower case is longer (İ): fold one by one
    out, offsets = [], []
    for i, ch in enumerate(text):
        if ch in _DROPPED:
            continue
        out.append(fold_char(ch))
        offsets.append(i)
    return Normalised("".join(out), tuple(offsets))


_SPACES = re.compile(r"\s+")


def normalise(text: str) -> str:
    """The normalised form used to compare names (search, catalogue, text)."""
    folded = normalise_with_offsets(text).text
    return _SPACES.sub(" ", folded).strip()


def is_arabic(text: str) -> bool:
    """Whether more than 30% of the letters are Arabic (counted in C: this runs per sentence)."""
    letters = sum(map(str.isalpha, text))
    if not letters:
        return False
    return sum(map(len, ARABIC_LETTERS.findall(text))) / letters > 0.3


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str
    paragraph: int


# A sentence ends at . ! ? ؟ or a line break; not after an initial or a short abbreviation.
_BOUNDARY = re.compile(r"(?<=[.!?؟])[\"'»”)]*\s+|\n+")
_NO_BREAK_BEFORE = re.compile(r"(?:\b[A-Z]|\b(?:U\.S|U\.K|U\.N|Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Sgt|Sen|Rep|Gov|St|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|No|vs|Adm|Brig|Capt))\.$")
# (`at 8 p.m. New York time on Saturday`, `at 11 a.m. (0800 GMT)`: the clock goes on)
_CLOCK = re.compile(r"\b[ap]\.m\.$")
_TIME_GOES_ON = re.compile(r"[(a-z0-9]|(?:[A-Z][\w.]*\s+){1,2}time\b|GMT\b|EST\b|EDT\b|UTC\b")
# (`"... like nothing you have ever seen before!" he wrote`: the quote's attribution goes on)
_ATTRIBUTION_GOES_ON = re.compile(r"[\"'”]\s+[a-z]")
_NO_BREAK_LONGEST = 5  # "Sept.": a match starts no further back from the end (\b still sees the text before)


def sentences(text: str) -> list[Sentence]:
    """Split into sentences with their character spans in `text`."""
    result: list[Sentence] = []
    start, paragraph = 0, 0
    pieces = []
    for match in _BOUNDARY.finditer(text):
        head = text[start:match.start()].rstrip()
        if "\n" not in match.group() and (_NO_BREAK_BEFORE.search(head, max(0, len(head) - _NO_BREAK_LONGEST))
                                          or (_CLOCK.search(head) and _TIME_GOES_ON.match(text, match.end()))
                                          or _ATTRIBUTION_GOES_ON.match(text, match.start())):
            continue
        pieces.append((start, match.start(), "\n" in match.group()))
        start = match.end()
    pieces.append((start, len(text), False))
    for s, e, ends_paragraph in pieces:
        chunk = text[s:e]
        lead = len(chunk) - len(chunk.lstrip())
        body = chunk.strip()
        if body:
            result.append(Sentence(len(result), s + lead, s + lead + len(body), body, paragraph))
        if ends_paragraph:
            paragraph += 1
    return result
