"""The command line: parse arguments, make one library call, print."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import click

from .version import AUDIT_VERSION
from .errors import AuditorError
from .export import export_articles
from .models import SourceKind
from .fetch import DEFAULT_DELAY, Fetcher, read_url_file
from .datasette_config import write_datasette_config
from .pipeline import attribute_text, audit_paths
from .query import run_query, run_shortcut
from .report import render_report
from .schema_doc import render_schema_markdown
from .store import merge_databases
from .worker import PAGE_SECONDS
from .quotes import quote_records

DEFAULT_DB = Path("reports/audit.db")

db_option = click.option("--db", "db_path", type=click.Path(dir_okay=False, path_type=Path),
                         default=DEFAULT_DB, show_default=True, help="The audit database.")


@click.group()
@click.version_option(AUDIT_VERSION, prog_name="auditor")
def cli() -> None:
    """Audit saved news pages: who says what, through which outlet, from which snapshot."""


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option("--force", is_flag=True, help="Re-audit snapshots this version audited already.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Worker processes (default: one per core). The database is the same for any number.")
@click.option("--page-seconds", type=click.FloatRange(min=0.01), default=PAGE_SECONDS, show_default=True,
              help="Time limit for one page; a page past it is a recorded skip.")
def audit(paths: tuple[str, ...], db_path: Path, force: bool, jobs: int | None, page_seconds: float) -> None:
    """Audit saved pages (.html, .htm, .html.gz, .txt; files, folders, globs) into SQLite.

    \b
    Example:  auditor audit snapshots/ --db reports/audit.db
    """
    bar = _ProgressBar() if sys.stderr.isatty() else None
    try:
        summary = audit_paths(paths, db_path, force=force, progress=bar, jobs=jobs, page_seconds=page_seconds)
    except AuditorError as exc:
        raise click.ClickException(str(exc)) from None
    finally:
        if bar:
            bar.close()
    click.echo(summary.describe())
    if summary.failed:
        sys.exit(1)


@cli.command()
@db_option
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write JSON Lines here instead of standard output.")
def export(db_path: Path, out: Path | None) -> None:
    """Export every article of an audit as one JSON object per line.

    \b
    Example:  auditor export --db reports/audit.db --out reports/audit.jsonl
    """
    try:
        lines = (json.dumps(a, ensure_ascii=False) for a in export_articles(db_path))
        if out:
            out.parent.mkdir(parents=True, exist_ok=True)
            with out.open("w", encoding="utf-8") as handle:
                count = sum(1 for line in lines if handle.write(line + "\n"))
            click.echo(f"{count} articles -> {out}", err=True)
        else:
            for line in lines:
                click.echo(line)
    except AuditorError as exc:
        raise click.ClickException(str(exc)) from None


class _ProgressBar:
    """A one-line progress display on stderr, for terminals only."""

    def __init__(self) -> None:
        self.shown = False

    def __call__(self, done: int, total: int, path: str) -> None:
        if total < 20:
            return  # short runs finish before a bar would help
        width = 30
        filled = width * done // total
        name = path if len(path) < 50 else "…" + path[-49:]
        click.echo(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} {name:<50}",
                   err=True, nl=False)
        self.shown = True

    def close(self) -> None:
        if self.shown:
            click.echo(err=True)


@cli.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path), required=False)
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@click.option("--jsonl", "jsonl_in", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help='Read lines {"id", "text"} and write lines {"id", "quotes"}.')
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), help="Where --jsonl writes.")
def attribute(file: Path | None, as_json: bool, jsonl_in: Path | None, out: Path | None) -> None:
    """Attribute the claims of a plain-text article (no database).

    \b
    Example:  auditor attribute snapshots/rt-s400-article.txt
              auditor attribute --jsonl docs.jsonl --out quotes.jsonl
    """
    if jsonl_in:
        if not out:
            raise click.UsageError("--jsonl needs --out")
        count = 0
        with jsonl_in.open(encoding="utf-8") as source, out.open("w", encoding="utf-8") as target:
            for line in source:
                if line.strip():
                    doc = json.loads(line)
                    quotes = quote_records(attribute_text(doc["text"]))
                    target.write(json.dumps({"id": doc["id"], "quotes": quotes}, ensure_ascii=False) + "\n")
                    count += 1
        click.echo(f"{count} documents -> {out}", err=True)
        return
    if not file:
        raise click.UsageError("give a FILE, or --jsonl IN --out OUT")
    records = quote_records(attribute_text(file.read_text(encoding="utf-8"), first_line_title=True))
    if as_json:
        click.echo(json.dumps(records, ensure_ascii=False, indent=2))
        return
    for r in records:
        who = r["speaker_canonical"] or "?"
        if r["speaker"] and r["speaker"] != who:
            who += f" ({r['speaker']})"
        extra = ", ".join(x for x in (r["speaker_kind"], r["role"], r["organisation"]) if x)
        click.echo(f"{r['mode']:<8} {who}" + (f" [{extra}]" if extra else "") +
                   (f"  cue: {r['cue_text']}" if r["cue_text"] else "") +
                   (f"  relay: {r['relay']}" if r["relay"] else ""))
        click.echo(f"         {r['quote_text']}")


@cli.command()
@click.argument("out", type=click.Path(dir_okay=False, path_type=Path))
@click.argument("shards", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
def merge(out: Path, shards: tuple[Path, ...]) -> None:
    """Merge audit databases (shards) into one; idempotent, in any order.

    \b
    Example:  auditor merge reports/audit.db shards/part-*.db
    """
    try:
        added = merge_databases(out, list(shards))
    except AuditorError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"{len(shards)} shards -> {out}: " + ", ".join(f"{n} {t}" for t, n in added.items() if n))


@cli.command()
@click.argument("urls", nargs=-1)
@click.option("--from-file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Read URLs from a file, one a line (# comments allowed).")
@click.option("--into", type=click.Path(file_okay=False, path_type=Path), default=Path("snapshots"),
              show_default=True, help="Folder for the pages and their provenance sidecars.")
@click.option("--warc", "warc_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write request and response records to this WARC file (.warc or .warc.gz).")
@click.option("--contact", help="An e-mail or URL added to the User-Agent, so sites can reach you.")
@click.option("--delay", type=float, default=DEFAULT_DELAY, show_default=True,
              help="Seconds between two requests to one host (robots.txt Crawl-delay wins if longer).")
@click.option("--force", is_flag=True, help="Fetch again URLs fetched within the last 24 hours.")
def fetch(urls: tuple[str, ...], from_file: Path | None, into: Path, warc_path: Path | None,
          contact: str | None, delay: float, force: bool) -> None:
    """Fetch pages politely and save them with their provenance, ready to audit.

    \b
    Example:  auditor fetch https://www.rt.com/news/540962-turkey-erdogan-s400-purchase/ --into snapshots/
              auditor fetch --from-file urls.txt --into snapshots/ --warc reports/crawl.warc.gz
    """
    todo = list(urls) + (read_url_file(from_file) if from_file else [])
    if not todo:
        raise click.UsageError("give URLs, or --from-file")
    results = Fetcher(into, contact=contact, delay=delay, force=force, warc_path=warc_path).fetch_all(todo)
    for result in results:
        where = f" -> {result.path}" if result.path and result.status == "saved" else ""
        click.echo(f"{result.status:<9} {result.url}{where}" + (f"  ({result.reason})" if result.reason else ""))
    counts = {s: sum(r.status == s for r in results) for s in ("saved", "unchanged", "refused", "failed")}
    click.echo(", ".join(f"{n} {s}" for s, n in counts.items()), err=True)
    if counts["failed"]:
        sys.exit(1)


@cli.command()
@db_option
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=Path("reports"),
              show_default=True, help="Folder for index and article pages.")
@click.option("--format", "fmt", type=click.Choice(["html", "md"]), default="html", show_default=True)
def report(db_path: Path, out: Path, fmt: str) -> None:
    """Write provenance reports: a corpus index and one page per article.

    \b
    Example:  auditor report --db reports/audit.db --out reports/
              auditor report --format md --out reports/md/
    """
    try:
        written = render_report(db_path, out, fmt)
    except AuditorError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"{len(written) - 1} article pages and {written[0]}")


output_options = [
    click.option("--csv", "fmt", flag_value="csv", help="Comma-separated values."),
    click.option("--json", "fmt", flag_value="json", help="A JSON list of objects."),
    click.option("--table", "fmt", flag_value="table", default=True, help="An aligned table (default)."),
]


def with_output(function):
    for option in reversed(output_options):
        function = option(function)
    return function


@cli.command()
@click.argument("sql")
@db_option
@click.option("--param", "-p", "params", type=(str, str), multiple=True, help="A named parameter: -p name value.")
@with_output
def query(sql: str, db_path: Path, params: tuple[tuple[str, str], ...], fmt: str) -> None:
    """Run read-only SQL against an audit database.

    \b
    Example:  auditor query "select source, count(*) from claims_by_source group by source" --csv
              auditor query "select * from articles where outlet_id = :o" -p o rt.com --json
    """
    _show(lambda: run_query(db_path, sql, dict(params)), fmt)


@cli.command()
@db_option
@click.option("--kind", type=click.Choice([str(k) for k in SourceKind]))
@click.option("--limit", type=int, default=50, show_default=True)
@with_output
def sources(db_path: Path, kind: str | None, limit: int, fmt: str) -> None:
    """Who is cited, how often, by which outlets.

    \b
    Example:  auditor sources --kind anonymous --limit 20
    """
    _show(lambda: run_shortcut(db_path, "sources", kind=kind, limit=limit), fmt)


@cli.command()
@db_option
@click.option("--source", help="Part of a source's name.")
@click.option("--outlet", help="An outlet's name or domain.")
@click.option("--mode", type=click.Choice(["direct", "reported", "mixed", "own", "anonymous"]),
              help="A mode, or 'anonymous' for claims from anonymous sources.")
@click.option("--limit", type=int, default=200, show_default=True)
@with_output
def claims(db_path: Path, source: str | None, outlet: str | None, mode: str | None, limit: int, fmt: str) -> None:
    """Claims, filtered by source, outlet or mode.

    \b
    Example:  auditor claims --source Erdogan
              auditor claims --outlet RT --mode anonymous --csv
    """
    _show(lambda: run_shortcut(db_path, "claims", source=source, outlet=outlet, mode=mode, limit=limit), fmt)


@cli.command()
@db_option
@with_output
def outlets(db_path: Path, fmt: str) -> None:
    """The sourcing profile of each outlet: own voice, direct, reported, anonymous, relays.

    \b
    Example:  auditor outlets --table
    """
    _show(lambda: run_shortcut(db_path, "outlets"), fmt)


@cli.command("datasette-config")
@db_option
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=Path("reports"),
              show_default=True)
def datasette_config(db_path: Path, out: Path) -> None:
    """Write Datasette metadata.json and datasette.yaml for an audit database.

    \b
    Example:  auditor datasette-config --db reports/audit.db --out reports/
              datasette reports/audit.db -m reports/metadata.json -c reports/datasette.yaml
    """
    metadata, config = write_datasette_config(out, db_path.stem)
    click.echo(f"datasette {db_path} -m {metadata} -c {config}")


@cli.command()
def schema() -> None:
    """Print the audit database's documentation (docs/schema.md) as Markdown.

    \b
    Example:  auditor schema > docs/schema.md
    """
    click.echo(render_schema_markdown(), nl=False)


def _show(run, fmt: str) -> None:
    try:
        columns, rows = run()
    except AuditorError as exc:
        raise click.ClickException(str(exc)) from None
    if fmt == "json":
        click.echo(json.dumps([dict(zip(columns, row)) for row in rows], ensure_ascii=False, indent=2))
    elif fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(columns)
        writer.writerows(rows)
        click.echo(buffer.getvalue(), nl=False)
    else:
        cells = [[("" if v is None else str(v)).replace("\n", " ") for v in row] for row in rows]
        widths = [min(60, max([len(c)] + [len(r[i]) for r in cells])) for i, c in enumerate(columns)]
        click.echo("  ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip())
        click.echo("  ".join("-" * w for w in widths))
        for row in cells:
            click.echo("  ".join((v if len(v) <= w else v[:w - 1] + "…").ljust(w)
                                 for v, w in zip(row, widths)).rstrip())
