"""auditor: source attribution and provenance for saved news pages.

    >>> import auditor
    >>> summary = auditor.audit_paths(["snapshots/"], "reports/audit.db")
    >>> audit = auditor.audit_snapshot("snapshots/rt-s400-article.txt")
"""

from .version import AUDIT_VERSION, RELEASE as __version__  # noqa: E402

from .errors import AuditorError, LexiconError, NotAnArticle, SnapshotError  # noqa: E402
from .export import export_articles  # noqa: E402
from .lexicons import load_lexicon  # noqa: E402
from .pipeline import Summary, attribute_text, audit_paths, audit_snapshot, find_snapshots  # noqa: E402
from .quotes import quote_records  # noqa: E402
from .store import open_db  # noqa: E402

__all__ = [
    "__version__", "AUDIT_VERSION", "audit_paths", "audit_snapshot", "attribute_text", "quote_records",
    "find_snapshots",
    "open_db", "export_articles",
    "load_lexicon", "Summary", "AuditorError", "SnapshotError", "NotAnArticle", "LexiconError",
]
