"""Audit database -> one JSON object per article (JSON Lines), in a fixed, documented shape."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

import sqlite_utils

from .errors import AuditorError


def export_articles(db_path: Path | str) -> Iterator[dict]:
    """Yield each article as {"snapshot", "article", "paragraphs", "removed", "links", "claims"}."""
    if not Path(db_path).is_file():
        raise AuditorError(f"{db_path}: no such database")
    db = sqlite_utils.Database(Path(db_path))
    try:
        articles = list(db.query(
            "select a.*, s.path, s.sha256, s.url, s.captured_at, o.name as outlet_name, "
            "o.domain as outlet_domain from articles a join snapshots s on s.snapshot_id = a.snapshot_id "
            "left join outlets o on o.outlet_id = a.outlet_id order by s.path, a.article_id"))
        for row in articles:
            yield _article(db, row)
    finally:
        db.close()


def _article(db: sqlite_utils.Database, row: dict) -> dict:
    article_id = row["article_id"]
    paragraphs = [r["text"] for r in db.query(
        "select text from paragraphs where article_id = ? order by idx", [article_id])]
    removed = [dict(r) for r in db.query(
        "select text, kind, rule from removed_blocks where article_id = ? order by idx", [article_id])]
    links = [{"href": r["href"], "text": r["text"], "internal": bool(r["internal"])} for r in db.query(
        "select href, text, internal from links where article_id = ? order by idx", [article_id])]
    claims = []
    for c in db.query(
            "select c.paragraph, c.start, c.end, c.text, t.idx, t.mode, t.content, t.content_start, "
            "t.content_end, t.role, t.organisation, t.mention, t.cue, s.name as source_name, "
            "s.kind as source_kind, r.name as relay from claims c "
            "join attributions t on t.claim_id = c.claim_id "
            "left join sources s on s.source_id = t.source_id "
            "left join outlets r on r.outlet_id = t.relay_outlet_id "
            "where c.article_id = ? order by c.paragraph, c.start, t.idx", [article_id]):
        source = None
        if c["source_name"]:
            source = {"name": c["source_name"], "kind": c["source_kind"], "role": c["role"],
                      "organisation": c["organisation"]}
        attribution = {"mode": c["mode"], "content": c["content"], "content_start": c["content_start"],
                       "content_end": c["content_end"], "source": source, "mention": c["mention"],
                       "cue": c["cue"], "relay": c["relay"]}
        if c["idx"]:  # a further statement in the same claim: "…, adding that …"
            claims[-1]["further"].append(attribution)
            continue
        claims.append({"paragraph": c["paragraph"], "start": c["start"], "end": c["end"], "text": c["text"],
                       **attribution, "further": []})
    return {
        "snapshot": {"path": row["path"], "sha256": row["sha256"], "url": row["url"],
                     "captured_at": row["captured_at"]},
        "article": {"title": row["title"], "byline": row["byline"], "published": row["published"],
                    "updated": row["updated"],
                    "canonical_url": row["canonical_url"],
                    "outlet": {"name": row["outlet_name"], "domain": row["outlet_domain"]}},
        "paragraphs": paragraphs,
        "removed": removed,
        "links": links,
        "claims": claims,
    }
