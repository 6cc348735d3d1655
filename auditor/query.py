"""Read-only SQL over an audit database, and the questions people ask most, as SQL."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from urllib.parse import quote

from .errors import AuditorError

SHORTCUTS = {
    "sources": """
        select sources.name as source, sources.kind, count(distinct attributions.claim_id) as claims,
               count(distinct attributions.article_id) as articles,
               group_concat(distinct outlets.name) as cited_by
        from attributions
        join sources on sources.source_id = attributions.source_id
        join articles on articles.article_id = attributions.article_id
        left join outlets on outlets.outlet_id = articles.outlet_id
        where (:kind is null or sources.kind = :kind)
        group by sources.source_id
        order by claims desc, source
        limit :limit""",
    "claims": """
        select outlets.name as outlet, articles.title as article, attributions.mode,
               sources.name as source, sources.kind as source_kind, attributions.cue,
               relay.name as relay, claims.text as claim
        from attributions
        join claims on claims.claim_id = attributions.claim_id
        join articles on articles.article_id = attributions.article_id
        left join outlets on outlets.outlet_id = articles.outlet_id
        left join sources on sources.source_id = attributions.source_id
        left join outlets as relay on relay.outlet_id = attributions.relay_outlet_id
        where attributions.idx = 0
          and (:source is null or sources.name like '%' || :source || '%')
          and (:outlet is null or outlets.name like :outlet or outlets.domain like :outlet)
          and (:mode is null or attributions.mode = :mode
               or (:mode = 'anonymous' and sources.kind = 'anonymous'))
        order by articles.article_id, claims.paragraph, claims.start
        limit :limit""",
    "outlets": """
        select outlets.name as outlet, outlets.domain, count(distinct articles.article_id) as articles,
               count(attributions.attribution_id) as claims,
               round(1.0 * sum(attributions.mode = 'own') / max(count(attributions.attribution_id), 1), 3) as own_voice,
               round(1.0 * sum(attributions.mode = 'direct') / max(count(attributions.attribution_id), 1), 3) as direct,
               round(1.0 * sum(attributions.mode in ('reported', 'mixed')) / max(count(attributions.attribution_id), 1), 3)
                   as reported,
               round(1.0 * sum(sources.kind = 'anonymous') / max(count(attributions.attribution_id), 1), 3) as anonymous,
               count(distinct attributions.relay_outlet_id) as relayed_outlets,
               (select count(*) from removed_blocks r join articles a on a.article_id = r.article_id
                 where a.outlet_id = outlets.outlet_id and r.kind = 'cross_link') as cross_links
        from outlets
        join articles on articles.outlet_id = outlets.outlet_id
        left join attributions on attributions.article_id = articles.article_id and attributions.idx = 0
        left join sources on sources.source_id = attributions.source_id
        group by outlets.outlet_id
        order by articles desc, outlet""",
}


# pragmas that take an argument and only read
READ_PRAGMAS = {"table_info", "table_xinfo", "index_list", "index_info", "index_xinfo", "foreign_key_list",
                "function_list", "pragma_list", "table_list"}


def _authorize(action: int, arg1, arg2, db_name, trigger) -> int:
    """No ATTACH (it creates files) and no PRAGMA that sets a value (query_only stays on);
    writes are refused by the read-only connection itself."""
    if action in (sqlite3.SQLITE_ATTACH, sqlite3.SQLITE_DETACH):
        return sqlite3.SQLITE_DENY
    if action == sqlite3.SQLITE_PRAGMA and arg2 is not None and str(arg1).lower() not in READ_PRAGMAS:
        return sqlite3.SQLITE_DENY
    return sqlite3.SQLITE_OK


def connect_read_only(db_path: Path | str) -> sqlite3.Connection:
    """The database opened read-only: no statement run through it can change a file."""
    path = Path(db_path)
    if not path.is_file():
        raise AuditorError(f"{db_path}: no such database")
    conn = sqlite3.connect(f"file:{quote(str(path.resolve()))}?mode=ro", uri=True)
    conn.execute("PRAGMA query_only = ON")
    conn.set_authorizer(_authorize)
    return conn


def run_query(db_path: Path | str, sql: str, params: dict | None = None) -> tuple[list[str], list[tuple]]:
    """(column names, rows) of one read-only statement; AuditorError for writes and bad SQL."""
    conn = connect_read_only(db_path)
    try:
        cursor = conn.execute(sql, params or {})
        columns = [d[0] for d in cursor.description or ()]
        return columns, cursor.fetchall()
    except sqlite3.OperationalError as exc:
        message = str(exc)
        if "readonly" in message or "not authorized" in message or "read-only" in message:
            raise AuditorError(f"refused: auditor query is read-only ({message})") from None
        raise AuditorError(f"SQL error: {message}") from None
    except sqlite3.DatabaseError as exc:
        if "not authorized" in str(exc):
            raise AuditorError(f"refused: auditor query is read-only ({exc})") from None
        raise AuditorError(f"SQL error: {exc}") from None
    except (sqlite3.ProgrammingError, sqlite3.Warning) as exc:
        raise AuditorError(f"SQL error: {exc}") from None
    finally:
        conn.close()


def run_shortcut(db_path: Path | str, name: str, **params) -> tuple[list[str], list[tuple]]:
    """One of SHORTCUTS with its parameters (None: no filter)."""
    defaults = {"kind": None, "source": None, "outlet": None, "mode": None, "limit": -1}
    return run_query(db_path, SHORTCUTS[name], {**defaults, **params})
