"""The errors auditor raises; the pipeline turns them into recorded skips."""


class AuditorError(Exception):
    """Base class: a problem auditor can explain in one line."""


class SnapshotError(AuditorError):
    """A snapshot that cannot be read: unreadable, binary, empty, undecodable."""


class NotAnArticle(AuditorError):
    """A page that is not a news article (homepage, index, login wall)."""


class LexiconError(AuditorError):
    """A rule or lexicon file that does not validate."""
