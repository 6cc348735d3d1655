"""Runs audits per snapshot and per batch: finds the files, farms them out to workers
(worker.py runs the stages), and writes what comes back."""

from __future__ import annotations

import glob
import hashlib
import logging
import os
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterable, Iterator

from .version import AUDIT_VERSION
from .archives import is_warc
from .article import article_from_text
from .errors import AuditorError
from .lexicons import Lexicon, load_lexicon
from .models import Audit
from .snapshot import is_snapshot_file, load_snapshot, snapshot_from_bytes
from .store import (audited_by_other_version, finish_run, is_audited, open_db, start_run, write_rows,
                    write_skip)
from .worker import PAGE_SECONDS, Outcome, audit_article, audit_file, run_stages

log = logging.getLogger(__name__)
WINDOW_PER_JOB = 4  # files in flight per worker
Progress = Callable[[int, int, str], None]


def audit_snapshot(path: Path | str, lexicon: Lexicon | None = None) -> Audit:
    """Audit one saved page: a pure function of its bytes and the rules; raises AuditorError."""
    return run_stages(load_snapshot(path), lexicon or load_lexicon())


def attribute_text(text: str, lexicon: Lexicon | None = None, first_line_title: bool = False) -> Audit:
    """Claims and attributions of a plain-text article, by the same stages as `audit_snapshot`.

    Every line is a paragraph (the first is the headline only if first_line_title), so the
    offsets of quote_records() point into text.
    """
    lexicon = lexicon or load_lexicon()
    article = article_from_text(text, lexicon, first_line_title=first_line_title)
    return audit_article(snapshot_from_bytes(text.encode("utf-8"), "<text>.txt"), article, lexicon)


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
    reaudited: int = 0  # audited before by another version of auditor
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
        if self.reaudited:
            lines.append(f"{self.reaudited} snapshots re-audited: an earlier auditor version had audited them")
        lines += [f"  skipped {path}: {reason}" for path, reason in self.skips]
        lines += [f"  INTEGRITY {path}: {detail}" for path, detail in self.integrity_warnings]
        return "\n".join(lines)


def audit_paths(paths: Iterable[Path | str], db_path: Path | str, force: bool = False,
                progress: Progress | None = None, jobs: int | None = 1,
                page_seconds: float = PAGE_SECONDS) -> Summary:
    """Audit every snapshot under paths into the database at db_path.

    Worker processes (jobs; None: one per core) do the per-file work; this process writes,
    one transaction per snapshot, in file order, so any number of jobs gives the same
    database. A snapshot already audited by this version is left as it is unless force is
    set. Bad input becomes a recorded skip and a bug a recorded failure; neither stops the
    run nor touches what earlier snapshots wrote.
    """
    files = find_snapshots(paths)
    db = open_db(db_path)
    summary = Summary(str(db_path))
    run_id = start_run(db, _now(), AUDIT_VERSION, [str(p) for p in paths])
    audited_ids: list[str] = []
    todo = []
    for path in files:
        sha256 = None if is_warc(path) else _file_sha256(path)
        if sha256 and not force and is_audited(db, sha256, AUDIT_VERSION):
            summary.unchanged += 1
            audited_ids.append(sha256)
        else:
            todo.append(str(path))
    done = summary.unchanged
    for path, outcomes in _run(todo, jobs, page_seconds):
        done += 1
        if progress:
            progress(done, len(files), path)
        for outcome in outcomes:
            write_outcome(db, outcome, force, summary, audited_ids)
    summary.claims, summary.attributed = _claim_counts(db, audited_ids)
    finish_run(db, run_id, _now(), {"seen": summary.audited + summary.unchanged + summary.skipped
                                    + summary.failed, "audited": summary.audited,
                                    "unchanged": summary.unchanged, "skipped": summary.skipped,
                                    "failed": summary.failed})
    db.close()
    return summary


def _run(todo: list[str], jobs: int | None, page_seconds: float) -> Iterator[tuple[str, list[Outcome]]]:
    """(path, outcomes) in the order of todo, from worker processes or from this one."""
    jobs = jobs or os.cpu_count() or 1
    if jobs <= 1 or len(todo) <= 1:
        for path in todo:
            yield path, audit_file(path, page_seconds)
        return
    window = jobs * WINDOW_PER_JOB  # results waiting to be written stay few: memory stays flat
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        pending: deque = deque()
        queue = iter(todo)
        for path in queue:
            pending.append((path, pool.submit(audit_file, path, page_seconds)))
            if len(pending) >= window:
                break
        while pending:
            path, future = pending.popleft()
            yield path, future.result()
            for path in queue:
                pending.append((path, pool.submit(audit_file, path, page_seconds)))
                break


def write_outcome(db, outcome: Outcome, force: bool, summary: Summary, audited_ids: list[str]) -> None:
    """Write one outcome: the audit in one transaction, or the skip or error."""
    if outcome.kind == "skip":
        summary.skipped += 1
        summary.skips.append((outcome.name, outcome.reason or ""))
        write_skip(db, outcome.name, "skip", outcome.reason or "", None, outcome.sha256, AUDIT_VERSION)
        return
    if outcome.kind == "error":
        log.error("auditing %s failed: %s", outcome.name, outcome.reason)
        summary.failed += 1
        summary.skips.append((outcome.name, f"error: {outcome.reason}"))
        write_skip(db, outcome.name, "error", outcome.reason or "", outcome.detail, outcome.sha256, AUDIT_VERSION)
        return
    rows = outcome.rows
    if not force and is_audited(db, rows.article_id, AUDIT_VERSION):  # a WARC record seen before
        summary.unchanged += 1
    else:
        if audited_by_other_version(db, rows.article_id, AUDIT_VERSION):
            summary.reaudited += 1
        write_rows(db, rows)
        summary.audited += 1
        if rows.integrity == "mismatch":
            summary.integrity_warnings.append((rows.path, rows.integrity_detail or "digest mismatch"))
    audited_ids.append(rows.article_id)


def _file_sha256(path: Path) -> str | None:
    try:
        digest = hashlib.sha256()
        with path.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
        return digest.hexdigest()
    except OSError:
        return None  # the worker reports why it cannot be read


def _claim_counts(db, article_ids: list[str]) -> tuple[int, int]:
    claims = attributed = 0
    for start in range(0, len(article_ids), 500):
        chunk = article_ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        row = db.execute(f"select count(*), coalesce(sum(mode != 'own'), 0) from attributions "
                         f"where idx = 0 and article_id in ({marks})", chunk).fetchone()
        claims += row[0]
        attributed += row[1]
    return claims, attributed


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")
