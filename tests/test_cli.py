"""The command line on real files: audit, export, help texts."""

from __future__ import annotations

import json

from click.testing import CliRunner

from auditor.cli import cli

from .conftest import bad

EXPORT_KEYS = {"snapshot", "article", "paragraphs", "removed", "links", "claims"}
ATTRIBUTION_KEYS = {"mode", "content", "content_start", "content_end", "source", "mention", "cue", "relay"}
CLAIM_KEYS = {"paragraph", "start", "end", "text", "further"} | ATTRIBUTION_KEYS


def test_audit_then_export_has_the_documented_shape(snapshot_copy, db_path, tmp_path):
    folder = snapshot_copy("rt-s400-turkey-erdogan.html", "rt-morales-bolivia.html.gz")
    runner = CliRunner()
    result = runner.invoke(cli, ["audit", str(folder), "--db", str(db_path)])
    assert result.exit_code == 0, result.output
    assert "2 articles (2 audited, 0 unchanged), 0 skipped, 0 failed" in result.output
    out = tmp_path / "audit.jsonl"
    result = runner.invoke(cli, ["export", "--db", str(db_path), "--out", str(out)])
    assert result.exit_code == 0, result.output
    articles = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(articles) == 2
    for article in articles:
        assert set(article) == EXPORT_KEYS
        assert set(article["snapshot"]) == {"path", "sha256", "url", "captured_at"}
        assert set(article["article"]) == {"title", "byline", "published", "updated", "canonical_url", "outlet"}
        assert set(article["article"]["outlet"]) == {"name", "domain"}
        for removed in article["removed"]:
            assert set(removed) == {"text", "kind", "rule"}
        for link in article["links"]:
            assert set(link) == {"href", "text", "internal"} and isinstance(link["internal"], bool)
        for claim in article["claims"]:
            assert set(claim) == CLAIM_KEYS
            paragraph = article["paragraphs"][claim["paragraph"]]
            assert paragraph[claim["start"]:claim["end"]] == claim["text"]
            if claim["content"] is not None:
                assert paragraph[claim["content_start"]:claim["content_end"]] == claim["content"]
            if claim["source"] is not None:
                assert set(claim["source"]) == {"name", "kind", "role", "organisation"}
            for further in claim["further"]:
                assert set(further) == ATTRIBUTION_KEYS
                assert paragraph[further["content_start"]:further["content_end"]] == further["content"]
    rt = next(a for a in articles if a["article"]["title"].startswith("Despite"))
    assert rt["snapshot"]["url"] == "https://www.rt.com/news/540962-turkey-erdogan-s400-purchase/"
    assert any(link["href"] == "https://roe.ru/eng/" and not link["internal"] for link in rt["links"])


def test_audit_reports_skips_and_exits_zero(db_path):
    result = CliRunner().invoke(cli, ["audit", str(bad("empty.html")), "--db", str(db_path)])
    assert result.exit_code == 0
    assert "1 skipped" in result.output and "empty file" in result.output


def test_missing_path_is_a_clear_error(db_path):
    result = CliRunner().invoke(cli, ["audit", "no/such/folder", "--db", str(db_path)])
    assert result.exit_code != 0
    assert "no such file, folder or glob match" in result.output
    assert "Traceback" not in result.output


def test_export_of_a_missing_database_is_a_clear_error(tmp_path):
    result = CliRunner().invoke(cli, ["export", "--db", str(tmp_path / "none.db")])
    assert result.exit_code != 0 and "no such database" in result.output


def test_every_command_has_an_example():
    for name, command in cli.commands.items():
        assert "Example:" in (command.help or ""), name


def test_attribute_prints_a_table_for_a_text_file():
    from .conftest import snapshot
    result = CliRunner().invoke(cli, ["attribute", str(snapshot("rt-s400-article.txt"))])
    assert result.exit_code == 0, result.output
    assert "Alexander Mikheev (he)" in result.output
    assert "Washington [government]  cue: claiming" in result.output


def test_attribute_jsonl_writes_the_benchmark_format(tmp_path):
    text = "Intro line.\n\n“We expect it this year,” said Pat Caddell, a pollster. Prices rose."
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": "doc-1", "text": text}) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(cli, ["attribute", "--jsonl", str(source), "--out", str(out)])
    assert result.exit_code == 0, result.output
    (line,) = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert line["id"] == "doc-1"
    (quote,) = line["quotes"]
    assert text[quote["quote_start"]:quote["quote_end"]] == "We expect it this year"
    assert quote["speaker_canonical"] == "Pat Caddell" and quote["cue_text"] == "said"
    assert quote["type"] == "direct"


def test_fetch_then_audit_on_the_command_line(http_server, tmp_path):
    from .conftest import snapshot
    page = snapshot("rt-s400-turkey-erdogan.html").read_bytes()
    http_server.page("/news/a", (200, {"Content-Type": "text/html; charset=utf-8"}, page))
    urls = tmp_path / "urls.txt"
    urls.write_text(f"# to audit\n{http_server.url('/news/a')}\n{http_server.url('/gone')}\n")
    into = tmp_path / "snaps"
    runner = CliRunner()
    result = runner.invoke(cli, ["fetch", "--from-file", str(urls), "--into", str(into), "--delay", "0"])
    assert result.exit_code == 1  # one URL failed, and says so
    assert "saved" in result.output and "HTTP 404" in result.output
    result = runner.invoke(cli, ["audit", str(into), "--db", str(tmp_path / "a.db")])
    assert result.exit_code == 0 and "1 articles (1 audited" in result.output
