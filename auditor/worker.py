"""The stages of an audit, per snapshot, and the per-file work as a pure function that
returns rows to write (store.audit_rows); the only module that runs every stage.

Runs in worker processes (`auditor audit --jobs N`, the Spark job) or in the main process;
only the caller writes to the database. A page that takes too long is stopped by a timer
and becomes a recorded skip.
"""

from __future__ import annotations

import traceback
from dataclasses import dataclass
from pathlib import Path

from .version import AUDIT_VERSION
from .article import extract_article
from .attribution import attribute_claims
from .claims import paragraph_layout, split_claims
from .deadline import time_limit
from .errors import AuditorError, SnapshotError
from .lexicons import Lexicon, load_lexicon
from .models import Article, Audit, Snapshot
from .snapshot import iter_snapshots
from .store import AuditRows, audit_rows

PAGE_SECONDS = 60.0  # one page's audit; the slowest dev page takes under 1 s (bench/RESULTS.md)


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one snapshot: an audit to write, a skip or an error to record."""

    kind: str  # "audit", "skip", "error"
    name: str  # the snapshot's path (a WARC record: <file>#<offset>)
    rows: AuditRows | None = None  # an audit's rows, for the writer
    reason: str | None = None
    detail: str | None = None  # traceback, for errors
    sha256: str | None = None


def audit_file(path: str, seconds: float = PAGE_SECONDS) -> list[Outcome]:
    """Audit every snapshot in one file (a page, or each HTML record of a WARC)."""
    lexicon = load_lexicon()
    outcomes = []
    try:
        for item in iter_snapshots(Path(path)):
            if isinstance(item, SnapshotError):
                name = str(item).split(": ", 1)[0]
                outcomes.append(Outcome("skip", name, reason=_reason(item, name)))
                continue
            outcomes.append(_audit_snapshot(item, lexicon, seconds))
    except AuditorError as exc:  # the file itself could not be read (a WARC)
        outcomes.append(Outcome("skip", path, reason=_reason(exc, path)))
    return outcomes


def audit_article(snapshot: Snapshot, article: Article, lexicon: Lexicon) -> Audit:
    """Claims and attributions of an extracted article: the stages after extraction."""
    layout = paragraph_layout(article, lexicon)
    claims = split_claims(article, lexicon, layout)
    return Audit(snapshot, article, claims, attribute_claims(article, claims, lexicon, layout), AUDIT_VERSION)


def run_stages(snapshot: Snapshot, lexicon: Lexicon) -> Audit:
    """Every stage after loading, for one snapshot; raises AuditorError for bad input."""
    return audit_article(snapshot, extract_article(snapshot, lexicon), lexicon)


def _audit_snapshot(snapshot: Snapshot, lexicon: Lexicon, seconds: float) -> Outcome:
    try:
        with time_limit(seconds, snapshot.path):
            audit = run_stages(snapshot, lexicon)
    except AuditorError as exc:
        return Outcome("skip", snapshot.path, reason=_reason(exc, snapshot.path), sha256=snapshot.sha256)
    except RecursionError as exc:  # pathological nesting: bad input, not a bug
        return Outcome("skip", snapshot.path, reason=f"too deeply nested to audit ({exc})",
                       sha256=snapshot.sha256)
    except Exception as exc:  # a bug: recorded with its traceback; the run goes on
        return Outcome("error", snapshot.path, reason=f"{type(exc).__name__}: {exc}",
                       detail=traceback.format_exc(), sha256=snapshot.sha256)
    return Outcome("audit", snapshot.path, rows=audit_rows(audit), sha256=snapshot.sha256)


def _reason(exc: Exception, name: str) -> str:
    return str(exc).removeprefix(f"{name}: ")
