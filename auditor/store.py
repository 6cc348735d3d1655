"""The audit database: schema (tables, foreign keys, indexes, full-text search, views) and writes.

Ids come from content (a snapshot is the SHA-256 of its bytes; a claim is a hash of the
snapshot, paragraph and offset), rows are replaced, and each snapshot is written in one
transaction, so a re-run gives the same database and a crash leaves no half article.
docs/schema.md documents every table and column; a test checks the two agree.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlite_utils

from .errors import AuditorError
from .models import Audit, SourceKind

TABLES: dict[str, dict[str, Any]] = {
    "runs": {
        "columns": {"run_id": int, "started_at": str, "finished_at": str, "auditor_version": str,
                    "inputs": str, "seen": int, "audited": int, "unchanged": int, "skipped": int,
                    "failed": int},
        "pk": "run_id", "not_null": {"started_at", "auditor_version"},
    },
    "snapshots": {
        "columns": {"snapshot_id": str, "path": str, "size": int, "sha256": str, "media_type": str,
                    "encoding": str, "encoding_origin": str, "url": str, "url_origin": str,
                    "captured_at": str, "captured_at_origin": str, "integrity": str,
                    "integrity_detail": str, "flags": str, "auditor_version": str},
        "pk": "snapshot_id", "not_null": {"path", "sha256", "size", "media_type"},
    },
    "outlets": {
        "columns": {"outlet_id": str, "name": str, "domain": str},
        "pk": "outlet_id", "not_null": {"name"},
    },
    "articles": {
        "columns": {"article_id": str, "snapshot_id": str, "outlet_id": str, "title": str,
                    "title_origin": str, "byline": str, "byline_origin": str, "published": str,
                    "published_origin": str, "updated": str, "updated_origin": str,
                    "canonical_url": str, "canonical_url_origin": str,
                    "outlet_origin": str, "paragraph_count": int, "word_count": int,
                    "claim_count": int, "flags": str},
        "pk": "article_id", "not_null": {"snapshot_id"},
        "foreign_keys": [("snapshot_id", "snapshots", "snapshot_id"), ("outlet_id", "outlets", "outlet_id")],
    },
    "paragraphs": {
        "columns": {"paragraph_id": str, "article_id": str, "idx": int, "text": str, "quoted": int},
        "pk": "paragraph_id", "not_null": {"article_id", "idx", "text"},
        "foreign_keys": [("article_id", "articles", "article_id")],
    },
    "sources": {
        "columns": {"source_id": str, "name": str, "kind": str},
        "pk": "source_id", "not_null": {"name", "kind"},
    },
    "claims": {
        "columns": {"claim_id": str, "article_id": str, "paragraph_id": str, "paragraph": int,
                    "start": int, "end": int, "text": str},
        "pk": "claim_id", "not_null": {"article_id", "paragraph_id", "text"},
        "foreign_keys": [("article_id", "articles", "article_id"),
                         ("paragraph_id", "paragraphs", "paragraph_id")],
    },
    "attributions": {
        "columns": {"attribution_id": str, "claim_id": str, "idx": int, "article_id": str, "mode": str,
                    "source_id": str, "role": str, "organisation": str, "mention": str, "cue": str,
                    "relay_outlet_id": str, "content": str, "content_start": int, "content_end": int,
                    "note": str},
        "pk": "attribution_id", "not_null": {"claim_id", "article_id", "mode"},
        "foreign_keys": [("claim_id", "claims", "claim_id"), ("article_id", "articles", "article_id"),
                         ("source_id", "sources", "source_id"),
                         ("relay_outlet_id", "outlets", "outlet_id")],
    },
    "removed_blocks": {
        "columns": {"removed_id": str, "article_id": str, "idx": int, "kind": str, "rule": str,
                    "text": str},
        "pk": "removed_id", "not_null": {"article_id", "kind", "rule"},
        "foreign_keys": [("article_id", "articles", "article_id")],
    },
    "links": {
        "columns": {"link_id": str, "article_id": str, "idx": int, "paragraph": int, "href": str,
                    "text": str, "internal": int},
        "pk": "link_id", "not_null": {"article_id", "href"},
        "foreign_keys": [("article_id", "articles", "article_id")],
    },
    "skips": {
        "columns": {"skip_id": str, "path": str, "sha256": str, "kind": str, "reason": str,
                    "detail": str, "auditor_version": str},
        "pk": "skip_id", "not_null": {"path", "kind", "reason"},
    },
}
CHILD_TABLES = ("attributions", "claims", "paragraphs", "removed_blocks", "links")
INDEXES = {
    "articles": [["snapshot_id"], ["outlet_id"], ["published"]],
    "paragraphs": [["article_id", "idx"]],
    "claims": [["article_id"], ["paragraph_id"]],
    "attributions": [["claim_id"], ["article_id"], ["source_id"], ["mode"], ["relay_outlet_id"]],
    "removed_blocks": [["article_id"], ["kind"]],
    "links": [["article_id"], ["internal"]],
    "snapshots": [["path"]],
    "skips": [["path"]],
    "sources": [["kind"], ["name"]],
}
FTS = {"claims": ["text"], "sources": ["name"], "articles": ["title", "byline"]}
VIEWS = {
    "claims_by_source": """
        select sources.name as source, sources.kind as source_kind, attributions.idx, attributions.role,
               attributions.organisation, attributions.mode, attributions.cue,
               relay.name as relay, outlets.name as outlet, articles.title as article,
               claims.text as claim, attributions.content, claims.claim_id, articles.article_id
        from attributions
        join sources on sources.source_id = attributions.source_id
        join claims on claims.claim_id = attributions.claim_id
        join articles on articles.article_id = attributions.article_id
        left join outlets on outlets.outlet_id = articles.outlet_id
        left join outlets as relay on relay.outlet_id = attributions.relay_outlet_id
        order by sources.name, articles.article_id, claims.paragraph, claims.start, attributions.idx""",
    "unattributed_claims": """
        select outlets.name as outlet, articles.title as article, claims.paragraph, claims.text as claim,
               claims.claim_id, articles.article_id
        from attributions
        join claims on claims.claim_id = attributions.claim_id
        join articles on articles.article_id = attributions.article_id
        left join outlets on outlets.outlet_id = articles.outlet_id
        where attributions.mode = 'own'
        order by articles.article_id, claims.paragraph, claims.start""",
    "article_sourcing": """
        select articles.article_id, articles.title, outlets.name as outlet,
               count(attributions.attribution_id) as claims,
               round(1.0 * sum(attributions.mode != 'own') / max(count(attributions.attribution_id), 1), 3)
                   as share_attributed,
               sum(attributions.mode = 'direct') as direct,
               sum(attributions.mode = 'reported') as reported,
               sum(attributions.mode = 'mixed') as mixed,
               sum(attributions.mode = 'own') as own_voice,
               sum(sources.kind = 'anonymous') as anonymous,
               count(distinct attributions.source_id) as distinct_sources,
               count(distinct attributions.relay_outlet_id) as relayed_outlets,
               (select count(*) from removed_blocks r where r.article_id = articles.article_id
                  and r.kind = 'cross_link') as cross_links
        from articles
        left join outlets on outlets.outlet_id = articles.outlet_id
        left join attributions on attributions.article_id = articles.article_id and attributions.idx = 0
        left join sources on sources.source_id = attributions.source_id
        group by articles.article_id
        order by articles.article_id""",
}


def content_id(*parts: object) -> str:
    """A stable id from content: the first 16 hex digits of a SHA-256."""
    return hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:16]


def article_row_id(article_id: str, *parts: object) -> str:
    """The id of a row belonging to one article: the article id's first 8 hex digits, then 12
    of a SHA-256 over the article id and what the row is. Stable like content_id, and one
    article's rows sit together in every index on an id, so writing an article touches a few
    b-tree pages instead of one page per row (writes 12 → 7 ms a page, bench/RESULTS.md)."""
    return article_id[:8] + content_id(article_id, *parts)[:12]


def open_db(path: Path | str) -> sqlite_utils.Database:
    """Open (creating if needed) an audit database with its schema in place."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite_utils.Database(path)
    db.execute("PRAGMA foreign_keys = ON")
    # WAL with synchronous=NORMAL: a committed snapshot survives a crash of auditor (not
    # necessarily a power cut), and a commit costs no fsync; measured in bench/RESULTS.md
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = NORMAL")
    # fewer, larger checkpoints: each rewrites the hot b-tree and full-text pages once (a WAL
    # of up to ~40 MB); writes 15% faster in bench/pipeline.py's write measurement
    db.execute("PRAGMA wal_autocheckpoint = 10000")
    ensure_schema(db)
    return db


def ensure_schema(db: sqlite_utils.Database) -> None:
    """Create missing tables, indexes, full-text search and views; idempotent, and in one
    transaction, so a run killed while creating them leaves all or nothing."""
    with db.atomic():
        _create_schema(db)


def _create_schema(db: sqlite_utils.Database) -> None:
    for name, spec in TABLES.items():
        if not db[name].exists():
            db[name].create(spec["columns"], pk=spec["pk"], not_null=spec.get("not_null"),
                            foreign_keys=spec.get("foreign_keys"))
        else:  # a database from an earlier version: add the columns it lacks
            existing = set(db[name].columns_dict)
            for column, kind in spec["columns"].items():
                if column not in existing:
                    db[name].add_column(column, kind)
    for table, indexes in INDEXES.items():
        for columns in indexes:
            db[table].create_index(columns, if_not_exists=True)
    for table, columns in FTS.items():
        if not db[table].detect_fts():
            db[table].enable_fts(columns, create_triggers=True, tokenize="porter")
    for name, sql in VIEWS.items():
        db.create_view(name, sql.strip(), replace=True)


def is_audited(db: sqlite_utils.Database, sha256: str, version: str) -> bool:
    """True when this snapshot was audited by this auditor version already."""
    return bool(db.execute("select 1 from snapshots s join articles a on a.article_id = s.snapshot_id "
                           "where s.snapshot_id = ? and s.auditor_version = ?", [sha256, version]).fetchall())


def audited_by_other_version(db: sqlite_utils.Database, sha256: str, version: str) -> bool:
    """True when another version of auditor audited these bytes (this run re-audits them)."""
    return bool(db.execute("select 1 from snapshots where snapshot_id = ? and auditor_version != ?",
                           [sha256, version]).fetchall())


@dataclass(frozen=True, slots=True)
class AuditRows:
    """One snapshot's audit as the rows to write (table -> tuples in TABLES' column order):
    what a worker process sends the writer — plain values, cheap to pickle."""

    article_id: str
    path: str
    integrity: str | None
    integrity_detail: str | None
    tables: dict[str, list[tuple]]


def write_audit(db: sqlite_utils.Database, audit: Audit) -> None:
    """Write one snapshot's audit in one transaction, replacing an earlier audit of it."""
    write_rows(db, audit_rows(audit))


def write_rows(db: sqlite_utils.Database, rows: AuditRows) -> None:
    """Write one snapshot's rows in one transaction, replacing an earlier audit of it."""
    with db.atomic():
        shared: tuple[list[str], list[str]] = ([], [])
        if db.execute("select 1 from articles where article_id = ?", [rows.article_id]).fetchone():
            shared = _delete_article(db, rows.article_id)  # children exist only under an article row
        db.execute("delete from skips where path = ?", [rows.path])
        for table, values in rows.tables.items():  # parents before children
            if values:
                db.conn.executemany(_INSERT_SQL[table], values)
        _delete_unreferenced(db, *shared)


def audit_rows(audit: Audit) -> AuditRows:
    """The rows of one snapshot's audit, with their content-derived ids."""
    snap, article = audit.snapshot, audit.article
    meta = article.metadata
    article_id = snap.sha256
    paragraphs = article.paragraphs
    paragraph_ids = [article_row_id(article_id, "p", i) for i in range(len(paragraphs))]
    outlets: dict[str, dict] = {}
    sources: dict[str, dict] = {}
    claim_rows, attribution_rows = [], []
    for claim, attribution in zip(audit.claims, audit.attributions):
        claim_id = article_row_id(article_id, "c", claim.paragraph, claim.start)
        claim_rows.append({"claim_id": claim_id, "article_id": article_id,
                           "paragraph_id": paragraph_ids[claim.paragraph], "paragraph": claim.paragraph,
                           "start": claim.start, "end": claim.end, "text": claim.text})
        text = paragraphs[claim.paragraph].text
        for idx, one in enumerate((attribution, *attribution.further)):
            source = one.source
            has_content = one.content_start is not None
            attribution_rows.append({
                # the claim's own attribution keeps the claim's id; a further one ("…, adding that …") its index
                "attribution_id": claim_id if idx == 0 else article_row_id(article_id, "a", claim.paragraph,
                                                                            claim.start, idx),
                "claim_id": claim_id, "idx": idx, "article_id": article_id,
                "mode": str(one.mode), "source_id": _source_row(sources, source.name, source.kind) if source else None,
                "role": source.role if source else None,
                "organisation": source.organisation if source else None,
                "mention": one.mention, "cue": one.cue,
                "relay_outlet_id": _outlet_row(outlets, one.relay, one.relay_domain),
                "content": text[one.content_start:one.content_end] if has_content else None,
                "content_start": one.content_start, "content_end": one.content_end,
                "note": one.note,
            })
    outlet_id = _outlet_row(outlets, meta.outlet_name.value, meta.outlet_domain.value)
    tables = {
        "snapshots": [{
            "snapshot_id": snap.sha256, "path": snap.path, "size": snap.size, "sha256": snap.sha256,
            "media_type": snap.media_type, "encoding": snap.encoding,
            "encoding_origin": snap.encoding_origin, "url": snap.url.value,
            "url_origin": snap.url.origin, "captured_at": snap.captured_at.value,
            "captured_at_origin": snap.captured_at.origin, "integrity": snap.integrity,
            "integrity_detail": snap.integrity_detail, "flags": json.dumps(list(snap.flags)),
            "auditor_version": audit.auditor_version,
        }],
        "outlets": list(outlets.values()),
        "sources": list(sources.values()),
        "articles": [{
            "article_id": article_id, "snapshot_id": snap.sha256, "outlet_id": outlet_id,
            "title": meta.title.value, "title_origin": meta.title.origin,
            "byline": meta.byline.value, "byline_origin": meta.byline.origin,
            "published": meta.published.value, "published_origin": meta.published.origin,
            "updated": meta.updated.value, "updated_origin": meta.updated.origin,
            "canonical_url": meta.canonical_url.value, "canonical_url_origin": meta.canonical_url.origin,
            "outlet_origin": meta.outlet_name.origin, "paragraph_count": len(paragraphs),
            "word_count": sum(len(p.text.split()) for p in paragraphs),
            "claim_count": len(audit.claims), "flags": json.dumps(list(article.flags)),
        }],
        "paragraphs": [
            {"paragraph_id": pid, "article_id": article_id, "idx": i, "text": p.text, "quoted": int(p.quoted)}
            for i, (pid, p) in enumerate(zip(paragraph_ids, paragraphs))],
        "claims": claim_rows,
        "attributions": attribution_rows,
        "removed_blocks": [
            {"removed_id": article_row_id(article_id, "r", i), "article_id": article_id, "idx": i,
             "kind": str(r.kind), "rule": r.rule, "text": r.text} for i, r in enumerate(article.removed)],
        "links": [
            {"link_id": article_row_id(article_id, "l", i), "article_id": article_id, "idx": i,
             "paragraph": link.paragraph, "href": link.href, "text": link.text, "internal": int(link.internal)}
            for i, link in enumerate(article.links)],
    }
    return AuditRows(article_id, snap.path, snap.integrity, snap.integrity_detail,
                     {table: [tuple(map(row.get, TABLES[table]["columns"])) for row in values]
                      for table, values in tables.items()})


def _insert_sql(table: str) -> str:
    """sqlite-utils defines the schema; plain SQL writes the rows, one executemany per table.
    A snapshot replaces its earlier row; outlets and sources are shared by articles."""
    conflict = {"snapshots": "or replace", "outlets": "or ignore", "sources": "or ignore"}.get(table, "")
    columns = TABLES[table]["columns"]
    return (f"insert {conflict} into [{table}] ({', '.join(f'[{c}]' for c in columns)}) "
            f"values ({', '.join('?' * len(columns))})")


_INSERT_SQL = {table: _insert_sql(table) for table in TABLES}


def write_skip(db: sqlite_utils.Database, path: str, kind: str, reason: str, detail: str | None,
               sha256: str | None, version: str) -> None:
    """Record a snapshot that was skipped (bad input) or failed (a bug), in its own transaction."""
    with db.atomic():
        db["skips"].insert({"skip_id": content_id("skip", path), "path": path, "sha256": sha256,
                            "kind": kind, "reason": reason, "detail": detail,
                            "auditor_version": version}, replace=True)


def start_run(db: sqlite_utils.Database, started_at: str, version: str, inputs: list[str]) -> int:
    with db.atomic():
        return db["runs"].insert({"started_at": started_at, "auditor_version": version,
                                  "inputs": json.dumps(inputs)}).last_pk


def finish_run(db: sqlite_utils.Database, run_id: int, finished_at: str, counts: dict[str, int]) -> None:
    with db.atomic():
        db["runs"].update(run_id, {"finished_at": finished_at, **counts})


def _delete_article(db: sqlite_utils.Database, article_id: str) -> tuple[list[str], list[str]]:
    """Delete an article and its rows; return the sources and outlets they referred to."""
    sources = [r[0] for r in db.execute("select distinct source_id from attributions where article_id = ? "
                                        "and source_id is not null", [article_id])]
    outlets = [r[0] for r in db.execute("select relay_outlet_id from attributions where article_id = ? "
                                        "and relay_outlet_id is not null union select outlet_id from articles "
                                        "where article_id = ? and outlet_id is not null", [article_id, article_id])]
    for table in CHILD_TABLES + ("articles",):
        db.execute(f"delete from [{table}] where article_id = ?", [article_id])
    return sources, outlets


def _delete_unreferenced(db: sqlite_utils.Database, sources: list[str], outlets: list[str]) -> None:
    """Sources and outlets a re-audit no longer refers to, and no other article does: gone, so
    a re-audited database holds what a fresh audit of the same snapshots would."""
    for source_id in sources:
        db.execute("delete from sources where source_id = ? and not exists "
                   "(select 1 from attributions where source_id = ?)", [source_id, source_id])
    for outlet_id in outlets:
        db.execute("delete from outlets where outlet_id = ? and not exists "
                   "(select 1 from attributions where relay_outlet_id = ?) and not exists "
                   "(select 1 from articles where outlet_id = ?)", [outlet_id, outlet_id, outlet_id])


def _outlet_row(rows: dict[str, dict], name: str | None, domain: str | None) -> str | None:
    if not name and not domain:
        return None
    outlet_id = domain or "name:" + _slug(name or "")
    rows.setdefault(outlet_id, {"outlet_id": outlet_id, "name": name or domain, "domain": domain})
    return outlet_id


def _source_row(rows: dict[str, dict], name: str, kind: SourceKind) -> str:
    source_id = content_id("source", str(kind), name.lower())
    rows.setdefault(source_id, {"source_id": source_id, "name": name, "kind": str(kind)})
    return source_id


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def canonical_dump(db: sqlite_utils.Database) -> list[tuple[str, list[tuple]]]:
    """Every content table's rows sorted by primary key (runs, a log of invocations, excluded)."""
    dump = []
    for name in TABLES:
        if name == "runs":
            continue
        pk = TABLES[name]["pk"]
        rows = db.execute(f"select * from [{name}] order by [{pk}]").fetchall()
        dump.append((name, rows))
    return dump



def merge_databases(out_path: Path | str, shard_paths: list[Path | str]) -> dict[str, int]:
    """Merge audit databases (shards of one corpus) into out_path; return rows added per table.

    Ids come from content, so a row present in several shards is the same row: merging is
    idempotent and the order of the shards does not matter (for shards written by the same
    auditor version; `runs`, a log, is appended). Each shard is merged in one transaction.
    """
    db = open_db(out_path)
    added = {name: 0 for name in TABLES}
    try:
        for shard in shard_paths:
            shard = Path(shard)
            if not shard.is_file():
                raise AuditorError(f"{shard}: no such database")
            db.execute("ATTACH DATABASE ? AS shard", [str(shard)])
            try:
                with db.atomic():
                    for name, spec in TABLES.items():  # parents before children
                        columns = [c for c in spec["columns"] if not (name == "runs" and c == "run_id")]
                        have = {row[1] for row in db.execute(f"PRAGMA shard.table_info([{name}])").fetchall()}
                        if not have:
                            continue
                        select = ", ".join(f"[{c}]" if c in have else "null" for c in columns)
                        verb = "insert" if name == "runs" else "insert or ignore"
                        cursor = db.execute(f"{verb} into main.[{name}] ({', '.join(f'[{c}]' for c in columns)}) "
                                            f"select {select} from shard.[{name}]")
                        added[name] += max(cursor.rowcount, 0)
            finally:
                db.execute("DETACH DATABASE shard")
    finally:
        db.close()
    return added
