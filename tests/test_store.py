"""The audit database: schema, foreign keys, full-text search, views, re-runs, bad input."""

from __future__ import annotations

import re
import shutil
import sqlite3

import pytest
import sqlite_utils

from auditor import audit_paths
from auditor.store import TABLES, VIEWS, canonical_dump

from .conftest import ROOT, bad

SCHEMA_DOC = ROOT / "docs" / "schema.md"


@pytest.fixture
def audited(snapshot_copy, db_path):
    folder = snapshot_copy("rt-s400-turkey-erdogan.html", "rt-s400-article.txt", "bbc-world-europe-50473792.html.gz")
    summary = audit_paths([folder], db_path)
    return folder, db_path, summary


def test_tables_views_and_foreign_keys(audited):
    _, db_path, summary = audited
    assert summary.audited == 3 and summary.skipped == 0 and summary.failed == 0
    db = sqlite_utils.Database(db_path)
    assert set(TABLES) <= set(db.table_names())
    assert set(VIEWS) <= set(db.view_names())
    fks = {(fk.column, fk.other_table) for fk in db["attributions"].foreign_keys}
    assert {("claim_id", "claims"), ("source_id", "sources"), ("article_id", "articles"),
            ("relay_outlet_id", "outlets")} <= fks
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_an_articles_rows_have_ids_that_sort_together(audited):
    _, db_path, _ = audited
    db = sqlite_utils.Database(db_path)
    for table, pk in (("paragraphs", "paragraph_id"), ("claims", "claim_id"), ("attributions", "attribution_id"),
                      ("removed_blocks", "removed_id"), ("links", "link_id")):
        rows = db.execute(f"select {pk}, article_id from {table}").fetchall()
        assert rows, table
        assert all(re.fullmatch(r"[0-9a-f]{20}", row_id) and row_id[:8] == article_id[:8]
                   for row_id, article_id in rows), table


def test_full_text_search_finds_a_claim(audited):
    _, db_path, _ = audited
    db = sqlite_utils.Database(db_path)
    rows = list(db["claims"].search("hesitations"))
    assert any("We have no hesitations" in r["text"] for r in rows)
    assert list(db["sources"].search("Mikheev"))


def test_views_answer_the_common_questions(audited):
    _, db_path, _ = audited
    db = sqlite_utils.Database(db_path)
    erdogan = list(db.query("select * from claims_by_source where source = 'Recep Tayyip Erdogan'"))
    assert {r["mode"] for r in erdogan} >= {"direct", "reported"}
    own = list(db.query("select claim from unattributed_claims"))
    assert any(r["claim"].startswith("The $2.5 billion deal") for r in own)
    profile = {r["title"][:20]: r for r in db.query("select * from article_sourcing")}
    rt = profile["Despite American obj"]
    assert rt["outlet"] == "RT" and rt["claims"] == 14 and rt["cross_links"] == 2
    assert 0 < rt["share_attributed"] < 1


def test_rerun_leaves_the_database_identical(audited, db_path):
    folder, _, _ = audited
    before = "\n".join(l for l in sqlite3.connect(db_path).iterdump() if "INSERT INTO \"runs\"" not in l)
    summary = audit_paths([folder], db_path)
    assert summary.unchanged == 3 and summary.audited == 0
    after = "\n".join(l for l in sqlite3.connect(db_path).iterdump() if "INSERT INTO \"runs\"" not in l)
    assert before == after
    assert sqlite3.connect(db_path).execute("select count(*) from runs").fetchone() == (2,)


def test_forced_rerun_rewrites_the_same_rows(audited, db_path):
    folder, _, _ = audited
    before = canonical_dump(sqlite_utils.Database(db_path))
    summary = audit_paths([folder], db_path, force=True)
    assert summary.audited == 3
    assert canonical_dump(sqlite_utils.Database(db_path)) == before


def test_a_re_audit_leaves_no_source_or_outlet_only_the_old_audit_named(audited, db_path):
    folder, _, _ = audited
    before = canonical_dump(sqlite_utils.Database(db_path))
    conn = sqlite3.connect(db_path)
    with conn:  # what an earlier auditor version might have said: another speaker, another relay
        conn.execute("insert into sources (source_id, name, kind) values ('old', 'Old Speaker', 'person')")
        conn.execute("insert into outlets (outlet_id, name, domain) values ('old.example', 'Old Outlet', "
                     "'old.example')")
        conn.execute("update attributions set source_id = 'old', relay_outlet_id = 'old.example' "
                     "where attribution_id = (select min(attribution_id) from attributions)")
    conn.close()
    audit_paths([folder], db_path, force=True)
    db = sqlite_utils.Database(db_path)
    assert db.execute("select count(*) from sources where source_id = 'old'").fetchone() == (0,)
    assert db.execute("select count(*) from outlets where outlet_id = 'old.example'").fetchone() == (0,)
    assert canonical_dump(db) == before
    assert not list(db["sources"].search("Old Speaker"))  # and out of the full-text index


def test_bad_input_is_a_recorded_skip_and_earlier_rows_survive(audited, tmp_path):
    folder, db_path, _ = audited
    for name in ("empty.html", "binary.html", "corrupt.html.gz", "index-page.html", "truncated.html",
                 "latin1-no-charset.html"):
        shutil.copy(bad(name), folder / name)
    summary = audit_paths([folder], db_path)
    reasons = dict(summary.skips)
    assert summary.failed == 0 and summary.skipped == 4 and summary.audited == 2
    assert reasons[str(folder / "empty.html")] == "empty file"
    assert "looks binary" in reasons[str(folder / "binary.html")]
    assert "not valid gzip" in reasons[str(folder / "corrupt.html.gz")]
    assert "homepage" in reasons[str(folder / "index-page.html")]
    db = sqlite_utils.Database(db_path)
    skips = {r["path"]: r for r in db["skips"].rows}
    assert skips[str(folder / "empty.html")]["reason"] == "empty file"
    assert db["articles"].count == 5  # the three from before, plus two best-effort audits
    flags = {r["path"]: r["flags"] for r in db.query("select path, flags from snapshots")}
    assert "encoding guessed" in flags[str(folder / "latin1-no-charset.html")]
    assert "truncated" in flags[str(folder / "truncated.html")]


def test_schema_document_is_rendered_from_the_schema():
    from auditor.schema_doc import render_schema_markdown
    assert SCHEMA_DOC.read_text(encoding="utf-8") == render_schema_markdown(), \
        "docs/schema.md is stale: auditor schema > docs/schema.md"


def test_schema_document_describes_every_table_and_column():
    doc = SCHEMA_DOC.read_text(encoding="utf-8")
    for table, spec in TABLES.items():
        section = re.search(rf"^### `{table}`\n(.*?)(?=^### |\Z)", doc, re.M | re.S)
        assert section, f"docs/schema.md has no section for {table}"
        for column in spec["columns"]:
            assert f"`{column}`" in section.group(1), f"{table}.{column} undocumented"
    for view in VIEWS:
        assert f"`{view}`" in doc


def test_a_further_statement_in_a_claim_is_one_more_attribution_row(further_statement_folder, db_path):
    folder = further_statement_folder
    audit_paths([folder], db_path)
    db = sqlite_utils.Database(db_path)
    rows = list(db.query("select a.idx, a.mode, a.cue, a.content, s.name from attributions a "
                         "left join sources s on s.source_id = a.source_id order by a.claim_id, a.idx"))
    said = [r for r in rows if r["name"] == "Anna Berg"]
    assert [(r["idx"], r["mode"], r["cue"]) for r in said] == [(0, "direct", "said"), (1, "reported", "adding")]
    assert said[1]["content"] == "the talks would resume in March"
    profile, = db.query("select claims, direct, reported, own_voice from article_sourcing")
    assert profile == {"claims": 2, "direct": 1, "reported": 0, "own_voice": 1}
    assert db.execute("select count(*) from claims").fetchone()[0] == 2
    from auditor import export_articles
    exported, = export_articles(db_path)
    claim = next(c for c in exported["claims"] if c["further"])
    assert (claim["cue"], claim["further"][0]["cue"]) == ("said", "adding")
    before = canonical_dump(db)
    audit_paths([folder], db_path, force=True)
    assert canonical_dump(sqlite_utils.Database(db_path)) == before
