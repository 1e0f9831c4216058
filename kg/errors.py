"""One vocabulary of errors: the CLI prints them as `Error: WHERE: what`, the web as a status."""
from __future__ import annotations


class RasadError(Exception):
    """Base of every error Rasad reports to a user."""


class InputError(RasadError):
    """An input file (or one line of it) that cannot be read as an article."""

    def __init__(self, where: str, problem: str, line: int | None = None):
        self.where, self.problem, self.line = where, problem, line
        place = f"{where}:{line}" if line is not None else where
        super().__init__(f"{place}: {problem}")


class StoreError(RasadError):
    """The store cannot be opened, read or written."""


class QueryError(RasadError):
    """A query that cannot be parsed or run, or a saved query that does not exist."""
