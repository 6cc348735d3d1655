"""Runs the stages per snapshot and per batch; the only module that imports them all."""

from __future__ import annotations

import glob
import logging
import traceback
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterable

from . import __version__
from .article import article_from_text, extract_article
from .attribution import attribute_claims
from .claims import split_claims
from .errors import AuditorError, SnapshotError
from .lexicons import Lexicon, load_lexicon
from .models import Audit, Snapshot
from .snapshot import is_snapshot_file, iter_snapshots, load_snapshot, snapshot_from_bytes
from .store import finish_run, is_audited, open_db, start_run, write_audit, write_skip

log = logging.getLogger(__name__)
Progress = Callable[[int, int, str], None]


def audit_snapshot(path: Path | str, lexicon: Lexicon | None = None) -> Audit:
    """Audit one saved page: a pure function of its bytes and the rules; raises AuditorError."""
    lexicon = lexicon or load_lexicon()
    snapshot = load_snapshot(path)
    article = extract_article(snapshot, lexicon)
    claims = split_claims(article, lexicon)
    attributions = attribute_claims(article, claims, lexicon)
    return Audit(snapshot, article, claims, attributions, __version__)


def attribute_text(text: str, lexicon: Lexicon | None = None, first_line_title: bool = False) -> Audit:
    """Claims and attributions of a plain-text article, by the same stages as `audit_snapshot`.

    Every line is a paragraph (the first is the headline only if first_line_title), so the
    offsets of quote_records() point into text.
    """
    lexicon = lexicon or load_lexicon()
    article = article_from_text(text, lexicon, first_line_title=first_line_title)
    claims = split_claims(article, lexicon)
    snapshot = snapshot_from_bytes(text.encode("utf-8"), "<text>.txt")
    return Audit(snapshot, article, claims, attribute_claims(article, claims, lexicon), __version__)


def find_snapshots(paths: Iterable[Path | str]) -> list[Path]:
    """Snapshot files named by paths: files, folders (recursively) and glob patterns, sorted."""
    found: dict[str, Path] = {}
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            candidates = [p for p in path.rglob("*") if p.is_file()]
        elif path.exists():
            candidates = [path]
        else:
            candidates = [Path(p) for p in glob.glob(str(raw), recursive=True)]
            if not candidates:
                raise AuditorError(f"{raw}: no such file, folder or glob match")
        for candidate in candidates:
            if candidate.is_file() and (candidate == path or is_snapshot_file(candidate)):
                found[str(candidate)] = candidate
    return [found[k] for k in sorted(found)]


@dataclass
class Summary:
    """What a run did: counts, and the reason of each skip."""

    db_path: str
    audited: int = 0
    unchanged: int = 0
    skipped: int = 0
    failed: int = 0
    claims: int = 0
    attributed: int = 0
    skips: list[tuple[str, str]] = field(default_factory=list)
    integrity_warnings: list[tuple[str, str]] = field(default_factory=list)

    @property
    def articles(self) -> int:
        return self.audited + self.unchanged

    def describe(self) -> str:
        """A few lines for people: articles, claims, share attributed, skips and why."""
        share = f"{self.attributed / self.claims:.0%}" if self.claims else "n/a"
        lines = [
            f"{self.articles} articles ({self.audited} audited, {self.unchanged} unchanged), "
            f"{self.skipped} skipped, {self.failed} failed -> {self.db_path}",
            f"{self.claims} claims, {share} attributed to a source",
        ]
        lines += [f"  skipped {path}: {reason}" for path, reason in self.skips]
        lines += [f"  INTEGRITY {path}: {detail}" for path, detail in self.integrity_warnings]
        return "\n".join(lines)


def audit_paths(paths: Iterable[Path | str], db_path: Path | str, force: bool = False,
                progress: Progress | None = None) -> Summary:
    """Audit every snapshot under paths into the database at db_path.

    A snapshot already audited by this version is left as it is unless force is set.
    Bad input becomes a recorded skip and a bug a recorded failure; neither stops the run
    nor touches what earlier snapshots wrote.
    """
    lexicon = load_lexicon()
    files = find_snapshots(paths)
    db = open_db(db_path)
    summary = Summary(str(db_path))
    run_id = start_run(db, _now(), __version__, [str(p) for p in paths])
    audited_ids: list[str] = []
    for done, path in enumerate(files, start=1):
        if progress:
            progress(done, len(files), str(path))
        try:
            for item in iter_snapshots(path):
                _audit_one(db, item, lexicon, force, summary, audited_ids)
        except AuditorError as exc:  # the file itself (a WARC) could not be read
            _record_skip(db, summary, str(path), exc)
    summary.claims, summary.attributed = _claim_counts(db, audited_ids)
    finish_run(db, run_id, _now(), {"seen": summary.audited + summary.unchanged + summary.skipped
                                    + summary.failed, "audited": summary.audited,
                                    "unchanged": summary.unchanged, "skipped": summary.skipped,
                                    "failed": summary.failed})
    db.close()
    return summary


def _audit_one(db, item: Snapshot | SnapshotError, lexicon: Lexicon, force: bool, summary: Summary,
               audited_ids: list[str]) -> None:
    """Audit one snapshot and write it, or record why not."""
    if isinstance(item, SnapshotError):
        name = str(item).split(": ", 1)[0]
        _record_skip(db, summary, name, item)
        return
    snapshot = item
    try:
        if not force and is_audited(db, snapshot.sha256, __version__):
            summary.unchanged += 1
            audited_ids.append(snapshot.sha256)
            return
        article = extract_article(snapshot, lexicon)
        claims = split_claims(article, lexicon)
        audit = Audit(snapshot, article, claims, attribute_claims(article, claims, lexicon), __version__)
    except AuditorError as exc:
        _record_skip(db, summary, snapshot.path, exc, snapshot.sha256)
        return
    except Exception as exc:  # a bug: recorded with its traceback, the run goes on
        log.exception("auditing %s failed", snapshot.path)
        summary.failed += 1
        summary.skips.append((snapshot.path, f"error: {type(exc).__name__}: {exc}"))
        write_skip(db, snapshot.path, "error", f"{type(exc).__name__}: {exc}", traceback.format_exc(),
                   snapshot.sha256, __version__)
        return
    write_audit(db, audit)
    summary.audited += 1
    audited_ids.append(snapshot.sha256)
    if snapshot.integrity == "mismatch":
        summary.integrity_warnings.append((snapshot.path, snapshot.integrity_detail or "digest mismatch"))


def _record_skip(db, summary: Summary, name: str, exc: AuditorError, sha256: str | None = None) -> None:
    reason = str(exc).removeprefix(f"{name}: ")  # the skips table has the path already
    summary.skipped += 1
    summary.skips.append((name, reason))
    write_skip(db, name, "skip", reason, None, sha256, __version__)


def _claim_counts(db, article_ids: list[str]) -> tuple[int, int]:
    claims = attributed = 0
    for start in range(0, len(article_ids), 500):
        chunk = article_ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        row = db.execute(f"select count(*), coalesce(sum(mode != 'own'), 0) from attributions "
                         f"where article_id in ({marks})", chunk).fetchone()
        claims += row[0]
        attributed += row[1]
    return claims, attributed


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")
