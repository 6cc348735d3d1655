"""The audit database described: docs/schema.md and Datasette's metadata come from
auditor/data/schema.toml and the schema in store.py, so the three cannot drift apart."""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources

from .errors import LexiconError
from .store import TABLES

SQL_TYPES = {int: "integer", str: "text", float: "real"}


@cache
def schema_descriptions() -> dict:
    """auditor/data/schema.toml, checked against the tables store.py creates."""
    text = (resources.files("auditor") / "data" / "schema.toml").read_text(encoding="utf-8")
    data = tomllib.loads(text)
    for table, spec in TABLES.items():
        described = data["tables"].get(table, {}).get("columns", {})
        missing = [c for c in spec["columns"] if c not in described]
        if missing:
            raise LexiconError(f"schema.toml: {table}.{missing[0]} has no description")
    return data


def render_schema_markdown() -> str:
    """docs/schema.md, rendered."""
    data = schema_descriptions()
    lines = ["# The audit database", "", data["intro"].strip(), "", "## Tables", ""]
    for table, spec in TABLES.items():
        described = data["tables"][table]
        lines += [f"### `{table}`", described["description"].strip(), "",
                  "| column | type | meaning |", "|---|---|---|"]
        for column, kind in spec["columns"].items():
            lines.append(f"| `{column}` | {SQL_TYPES[kind]} | {described['columns'][column].strip()} |")
        lines.append("")
    lines.append(data["views_and_examples"].strip())
    return "\n".join(lines) + "\n"
