"""A page's time limit: SIGALRM raises PageTimeout in the main thread, and the stages check
the flag it leaves at their loop boundaries.

The check is needed because a signal handled inside a finalizer (a generator closed early,
a weakref callback) has its exception swallowed ("Exception ignored in …"); the flag stays
set, and the next check() raises where the exception cannot be lost.
"""

from __future__ import annotations

import signal

from .errors import AuditorError


class PageTimeout(AuditorError):
    """A page whose audit ran past the time limit."""


_active: "time_limit | None" = None


def check() -> None:
    """Raise PageTimeout if the current page's time is up (a no-op outside a time limit)."""
    if _active is not None and _active.expired:
        raise _active.error()


class time_limit:
    """`with time_limit(seconds, name):` — PageTimeout once `seconds` have passed."""

    def __init__(self, seconds: float, name: str):
        self.seconds, self.name, self.expired = seconds, name, False

    def error(self) -> PageTimeout:
        return PageTimeout(f"{self.name}: audit took longer than {self.seconds:g} s")

    def _expired(self, signum, frame):
        self.expired = True
        raise self.error()

    def __enter__(self):
        global _active
        _active = self
        self.previous = signal.signal(signal.SIGALRM, self._expired)
        signal.setitimer(signal.ITIMER_REAL, self.seconds)
        return self

    def __exit__(self, exc_type, exc, tb):
        global _active
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, self.previous)
        _active = None
        if exc_type is None and self.expired:
            raise self.error()
        return False
