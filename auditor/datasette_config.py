"""Datasette metadata (titles, descriptions of every table and column) and configuration
(full-text search, facets, sortable columns, canned queries) for an audit database."""

from __future__ import annotations

import json
import re
from pathlib import Path

from .query import SHORTCUTS
from .schema_doc import schema_descriptions

FACETS = {
    "attributions": ["mode", "cue", "relay_outlet_id"],
    "sources": ["kind"],
    "removed_blocks": ["kind", "rule"],
    "articles": ["outlet_id", "title_origin", "published_origin"],
    "snapshots": ["integrity", "media_type", "encoding_origin"],
    "links": ["internal"],
    "skips": ["kind"],
}
SORTABLE = {
    "articles": ["published", "word_count", "claim_count", "paragraph_count"],
    "claims": ["paragraph", "start"],
    "snapshots": ["size", "captured_at"],
    "runs": ["started_at", "audited", "skipped"],
}
FTS = {"claims": "claims_fts", "sources": "sources_fts", "articles": "articles_fts"}


def _canned(sql: str) -> str:
    """A shortcut's SQL for Datasette: parameters left empty mean "no filter", no limit."""
    sql = re.sub(r"\(:(\w+) is null or", r"(coalesce(:\1, '') = '' or", sql)
    sql = re.sub(r"\s*limit :limit", "", sql)
    return "\n".join(line.rstrip() for line in sql.strip().splitlines())


def datasette_files(database: str) -> tuple[dict, dict]:
    """(metadata, config) for a database named `database` (its file name without .db)."""
    described = schema_descriptions()["tables"]
    metadata = {
        "title": "auditor: source attribution and provenance audit",
        "description": "Who each claim of each saved news article is attributed to, how, through which "
                       "outlet, and where the page came from. Written by `auditor audit`; schema in "
                       "docs/schema.md.",
        "databases": {database: {"tables": {
            table: {"description": spec["description"].strip(),
                    "columns": {c: " ".join(d.split()) for c, d in spec["columns"].items()}}
            for table, spec in described.items()}}},
    }
    tables: dict[str, dict] = {}
    for table, facets in FACETS.items():
        tables.setdefault(table, {})["facets"] = facets
    for table, columns in SORTABLE.items():
        tables.setdefault(table, {})["sortable_columns"] = columns
    for table, fts in FTS.items():
        tables.setdefault(table, {}).update({"fts_table": fts, "fts_pk": "rowid"})
    # named apart from the tables, which Datasette would serve instead
    queries = {
        "cited_sources": {"title": "Who is cited, how often, by which outlets",
                          "sql": _canned(SHORTCUTS["sources"])},
        "find_claims": {"title": "Claims by source, outlet or mode (mode 'anonymous': anonymous sources)",
                        "sql": _canned(SHORTCUTS["claims"])},
        "outlet_profiles": {"title": "The sourcing profile of each outlet", "sql": _canned(SHORTCUTS["outlets"])},
    }
    config = {"databases": {database: {"tables": tables, "queries": queries}}}
    return metadata, config


def write_datasette_config(out_dir: Path | str, database: str = "audit") -> tuple[Path, Path]:
    """Write metadata.json and datasette.yaml (JSON, which YAML reads) into out_dir."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    metadata, config = datasette_files(database)
    metadata_path, config_path = out / "metadata.json", out / "datasette.yaml"
    metadata_path.write_text(json.dumps(metadata, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    config_path.write_text("# Datasette configuration written by `auditor datasette-config` (JSON is YAML)\n"
                           + json.dumps(config, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return metadata_path, config_path
