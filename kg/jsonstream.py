"""JSON read element by element: a file holding one value, or a list of any length read one
element at a time, each with the line it starts on, so that memory stays flat, a bad element
is reported by line and the others still read, and an element over the limit is skipped
without ever being held whole."""
from __future__ import annotations

import json
import re
from typing import Callable, Iterator

from kg.errors import InputError

_STRUCTURE = re.compile(r'["\[\]{}]')
_STRING_BODY = re.compile(r'[^"\\]*(?:\\.[^"\\]*)*', re.S)
_SCALAR = re.compile(r'[^\s,\]}\[{"]*')
_SPACE = re.compile(r"[ \t\r\n]*")
CHUNK_CHARS = 1 << 20


class _JsonText:
    """A JSON file's text read in chunks, with a cursor that knows its line. A value is held
    whole only up to the limit; past it, it is scanned to its end and dropped as it goes."""

    def __init__(self, chunks: Iterator[str]):
        self.chunks, self.buf, self.pos = chunks, "", 0
        self.line, self.counted = 1, 0  # the line at buf[counted]

    def _fill(self) -> bool:
        chunk = next(self.chunks, None)
        if chunk is None:
            return False
        self.buf += chunk
        return True

    def _drop(self, upto: int) -> None:
        """Forget the text before buf[upto] (after counting its lines)."""
        self.line_at(upto)
        self.buf, self.pos, self.counted = self.buf[upto:], self.pos - upto, 0

    def line_at(self, index: int) -> int:
        self.line += self.buf.count("\n", self.counted, index)
        self.counted = index
        return self.line

    def peek(self) -> str:
        """The character at the cursor, after any white space; '' at the end of the file."""
        while True:
            self.pos = _SPACE.match(self.buf, self.pos).end()
            if self.pos < len(self.buf):
                return self.buf[self.pos]
            self._drop(self.pos)
            if not self._fill():
                return ""

    def value(self, limit: int) -> tuple[int, str | None, int, bool]:
        """Scan the value at the cursor (after peek): (its line, its text or None when over the
        limit, its size, whether it ended before the file did)."""
        line, start, dropped = self.line_at(self.pos), self.pos, 0
        # the scan's state: where it is, the depth of brackets (-1: in a number or a word), in a string
        state = (start, 0 if self.buf[start] in '"[{' else -1, False)
        while True:
            end, state = self._scan(*state)
            if end is not None:
                self.pos = end
                size = dropped + end - start
                return line, (None if size > limit else self.buf[start:end]), size, True
            keep = state[0] if dropped or len(self.buf) - start > limit else start
            if keep > start:  # too big to hold: forget what is scanned of it
                dropped += keep - start
                self.pos = keep
            self._drop(keep)  # and what is behind the value
            start, state = 0, (state[0] - keep, state[1], state[2])
            if not self._fill():
                self.pos = len(self.buf)
                return line, (None if dropped else self.buf[start:]), dropped + len(self.buf) - start, False

    def _scan(self, i: int, depth: int, in_string: bool):
        """Scan on from i: (the index after the value, None) when it ends in the buffer, else
        (None, the state to go on from when there is more)."""
        buf, n = self.buf, len(self.buf)
        if depth < 0:
            j = _SCALAR.match(buf, i).end()
            return (j, None) if j < n else (None, (n, -1, False))
        while i < n:
            if in_string:
                j = _STRING_BODY.match(buf, i).end()
                if j >= n or buf[j] != '"':
                    return None, (j, depth, True)  # the buffer ends in the string, or within an escape
                i, in_string = j + 1, False
                if depth == 0:
                    return i, None
                continue
            found = _STRUCTURE.search(buf, i)
            if not found:
                return None, (n, depth, False)
            i, char = found.end(), found.group()
            if char == '"':
                in_string = True
            elif char in "[{":
                depth += 1
            else:
                depth -= 1
                if depth <= 0:
                    return i, None
        return None, (i, depth, in_string)


def _loads(raw: str, where: str, line: int | None):
    """Parse one value's text; an error names the line it is on."""
    try:
        return json.loads(raw)
    except json.JSONDecodeError as e:
        if line is None:
            raise InputError(where, f"invalid JSON: {e.msg} (line {e.lineno}, column {e.colno})") from None
        raise InputError(where, f"invalid JSON: {e.msg} (column {e.colno})", line + e.lineno - 1) from None
    except RecursionError:
        raise InputError(where, "invalid JSON: nested too deeply", line) from None
    except ValueError as e:  # json's own limits, such as integers of more than 4300 digits
        raise InputError(where, f"invalid JSON: {str(e).split(':')[0]}", line) from None


def json_values(where: str, chunks: Iterator[str], size: int, limit: int,
                too_big: Callable[[int], str]) -> Iterator[tuple[int | None, object]]:
    """(None, value) for a file of one value; (line, value or InputError) for each element of
    a list. `size` is the file's, `too_big(n)` says what is wrong with a value of n bytes."""
    text = _JsonText(chunks)
    first = text.peek()
    if not first:
        raise InputError(where, "the file is empty")
    if first != "[":
        _, raw, _, _ = text.value(limit)
        if raw is None:
            raise InputError(where, too_big(size))
        value = _loads(raw, where, None)
        if text.peek():
            raise InputError(where, f"invalid JSON: extra data after the article (line {text.line_at(text.pos)})")
        yield None, value
        return
    text.pos += 1
    if text.peek() == "]":
        raise InputError(where, "the JSON list holds no articles")
    while True:
        if not text.peek():
            raise InputError(where, "invalid JSON: the file ends before the list is closed with ']'")
        line, raw, item_size, ended = text.value(limit)
        try:
            yield line, InputError(where, too_big(item_size), line) if raw is None else _loads(raw, where, line)
        except InputError as error:
            yield line, error
        if not ended:
            return
        char = text.peek()
        if char == ",":
            text.pos += 1
            if text.peek() == "]":
                raise InputError(where, f"invalid JSON: a comma before the end of the list (line {text.line_at(text.pos)})")
        elif char == "]":
            text.pos += 1
            break
        elif char:
            raise InputError(where, f"invalid JSON: expected ',' or ']' (line {text.line_at(text.pos)})")
    if text.peek():
        raise InputError(where, f"invalid JSON: extra data after the list (line {text.line_at(text.pos)})")
