"""Read-only querying and the shortcuts, on a real audit database."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from auditor import audit_paths
from auditor.cli import cli


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    from .conftest import SNAPSHOTS
    path = tmp_path_factory.mktemp("q") / "audit.db"
    audit_paths([SNAPSHOTS], path)
    return str(path)


def run(*args):
    return CliRunner().invoke(cli, list(args))


def test_query_csv_json_and_table(db):
    sql = "select name, domain from outlets where domain = :d"
    result = run("query", sql, "--db", db, "-p", "d", "rt.com", "--csv")
    assert result.exit_code == 0 and result.output.splitlines() == ["name,domain", "RT,rt.com"]
    result = run("query", sql, "--db", db, "-p", "d", "rt.com", "--json")
    assert json.loads(result.output) == [{"name": "RT", "domain": "rt.com"}]
    result = run("query", sql, "--db", db, "-p", "d", "rt.com")
    assert result.output.splitlines()[0].split() == ["name", "domain"] and "RT" in result.output


@pytest.mark.parametrize("sql", ["delete from claims", "drop table claims", "insert into outlets values ('x', 'x', 'x')",
                                 "update sources set name = 'x'", "pragma query_only = off; delete from claims",
                                 "attach database 'evil.db' as e", "pragma query_only = off"])
def test_writes_are_refused_and_change_nothing(db, sql):
    before = run("query", "select count(*) as n from claims", "--db", db, "--json").output
    result = run("query", sql, "--db", db)
    assert result.exit_code != 0 and "Traceback" not in result.output
    assert "read-only" in result.output or "SQL error" in result.output
    assert run("query", "select count(*) as n from claims", "--db", db, "--json").output == before


def test_bad_sql_is_a_clear_error(db):
    result = run("query", "selec * from nowhere", "--db", db)
    assert result.exit_code == 1 and result.output.startswith("Error: SQL error:") and "Traceback" not in result.output


def test_sources_shortcut(db):
    rows = json.loads(run("sources", "--db", db, "--json").output)
    top = {r["source"]: r for r in rows}
    assert top["Recep Tayyip Erdogan"]["cited_by"] == "RT" and top["Recep Tayyip Erdogan"]["articles"] == 2
    anonymous = json.loads(run("sources", "--db", db, "--kind", "anonymous", "--json").output)
    assert anonymous and all(r["kind"] == "anonymous" for r in anonymous)


def test_claims_shortcut_filters(db):
    by_source = json.loads(run("claims", "--db", db, "--source", "Mikheev", "--json").output)
    assert by_source and all(r["source"] == "Alexander Mikheev" for r in by_source)
    by_outlet = json.loads(run("claims", "--db", db, "--outlet", "BBC", "--json").output)
    assert by_outlet and {r["outlet"] for r in by_outlet} == {"BBC"}
    anonymous = json.loads(run("claims", "--db", db, "--mode", "anonymous", "--json").output)
    assert anonymous and all(r["source_kind"] == "anonymous" for r in anonymous)
    own = json.loads(run("claims", "--db", db, "--mode", "own", "--outlet", "rt.com", "--json").output)
    assert any(r["claim"].startswith("The $2.5 billion deal") for r in own)


def test_outlets_shortcut(db):
    rows = {r["outlet"]: r for r in json.loads(run("outlets", "--db", db, "--json").output)}
    rt = rows["RT"]
    assert rt["articles"] == 3 and rt["cross_links"] >= 2
    assert abs(rt["own_voice"] + rt["direct"] + rt["reported"] - 1) < 0.01


def test_missing_database_is_a_clear_error(tmp_path):
    result = run("outlets", "--db", str(tmp_path / "none.db"))
    assert result.exit_code == 1 and "no such database" in result.output


def test_datasette_loads_the_database_and_runs_a_canned_query(db, tmp_path):
    import asyncio

    from datasette.app import Datasette

    result = run("datasette-config", "--db", db, "--out", str(tmp_path))
    assert result.exit_code == 0
    metadata = json.loads((tmp_path / "metadata.json").read_text())
    config = json.loads("".join(l for l in (tmp_path / "datasette.yaml").read_text().splitlines(True)
                                if not l.startswith("#")))
    assert metadata["databases"]["audit"]["tables"]["claims"]["columns"]["text"]

    async def fetch():
        ds = Datasette([db], metadata=metadata, config=config)
        profiles = await ds.client.get("/audit/outlet_profiles.json?_shape=array")
        claims = await ds.client.get("/audit/find_claims.json?_shape=array&source=Erdogan&outlet=&mode=")
        search = await ds.client.get("/audit/claims.json?_search=hesitations&_shape=array")
        return profiles, claims, search

    profiles, claims, search = asyncio.run(fetch())
    assert profiles.status_code == 200 and {r["outlet"] for r in profiles.json()} >= {"RT", "BBC"}
    assert claims.status_code == 200 and claims.json()
    assert all(r["source"] == "Recep Tayyip Erdogan" for r in claims.json())
    assert any("hesitations" in r["text"] for r in search.json())


def test_full_text_search_and_schema_pragmas_are_allowed(db):
    rows = json.loads(run("query", "select text from claims where rowid in (select rowid from claims_fts "
                          "where claims_fts match 'hesitations')", "--db", db, "--json").output)
    assert any("hesitations" in r["text"] for r in rows)
    assert "claim_id" in run("query", "pragma table_info(claims)", "--db", db).output
