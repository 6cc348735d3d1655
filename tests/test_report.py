"""Reports: generated from a real database, opened in headless Chromium.

Chromium comes from Debian's package (.ci/run installs it). Without it these tests fail
under CI and are skipped elsewhere, with the reason.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess

import pytest

from auditor import audit_paths
from auditor.report import render_report

from .conftest import bad, snapshot

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
needs_chromium = pytest.mark.skipif(not CHROMIUM and not os.environ.get("CI"),
                                    reason="Debian's chromium package is not installed")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--virtual-time-budget=3000"]


def chromium(tmp_path, *args) -> str:
    assert CHROMIUM, "chromium is needed for this test (apt-get install chromium)"
    profile = tmp_path / "chromium-profile"
    result = subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


@pytest.fixture
def hostile_reports(tmp_path):
    folder = tmp_path / "snaps"
    folder.mkdir()
    shutil.copy(bad("hostile.html"), folder / "hostile.html")
    summary = audit_paths([folder], tmp_path / "audit.db")
    assert summary.audited == 1, summary.describe()
    html = render_report(tmp_path / "audit.db", tmp_path / "html", "html")
    md = render_report(tmp_path / "audit.db", tmp_path / "md", "md")
    return html, md


def test_hostile_snapshot_cannot_inject_markup(hostile_reports):
    html, md = hostile_reports
    for path in html:
        text = path.read_text(encoding="utf-8")
        assert "<script" not in text.lower()
        assert not re.search(r"<[a-z][^>]*\son\w+\s*=", text, re.I)  # no tag carries an event handler
        assert 'href="javascript:' not in text.lower()
        assert "Content-Security-Policy" in text
    article = next(p for p in html if p.name.startswith("article-")).read_text(encoding="utf-8")
    assert "&lt;script&gt;document.body.setAttribute" in article  # shown, as text
    for path in md:
        text = path.read_text(encoding="utf-8")
        assert "<script" not in text and "](javascript:" not in text.replace("\\", "")


@needs_chromium
def test_hostile_report_runs_no_script_in_chromium(hostile_reports, tmp_path):
    html, _ = hostile_reports
    for path in html:
        dom = chromium(tmp_path, "--dump-dom", path.as_uri())
        assert "<body" in dom
        assert 'data-pwned="' not in dom, f"a script ran in {path.name}"


@needs_chromium
def test_article_report_renders(tmp_path):
    folder = tmp_path / "snaps"
    folder.mkdir()
    shutil.copy(snapshot("rt-s400-turkey-erdogan.html"), folder)
    audit_paths([folder], tmp_path / "audit.db")
    written = render_report(tmp_path / "audit.db", tmp_path / "html", "html")
    page = next(p for p in written if p.name.startswith("article-"))
    text = page.read_text(encoding="utf-8")
    for expected in ("Provenance", "Body, claim by claim", "Removed blocks", "Links", "[D4 Recep Tayyip Erdogan]",
                     "cross_link", "sites/rt.com.toml", "https://roe.ru/eng/"):
        assert expected in text, expected
    png = tmp_path / "article.png"
    chromium(tmp_path, f"--screenshot={png}", "--window-size=1200,1600", page.as_uri())
    data = png.read_bytes()
    assert data.startswith(b"\x89PNG") and len(data) > 40_000  # a blank page is a few KB
    index = tmp_path / "index.png"
    chromium(tmp_path, f"--screenshot={index}", "--window-size=1200,1200", (tmp_path / "html" / "index.html").as_uri())
    assert len(index.read_bytes()) > 20_000


def test_markdown_report_has_the_same_content(tmp_path):
    folder = tmp_path / "snaps"
    folder.mkdir()
    shutil.copy(snapshot("rt-s400-turkey-erdogan.html"), folder)
    audit_paths([folder], tmp_path / "audit.db")
    written = render_report(tmp_path / "audit.db", tmp_path / "md", "md")
    index = written[0].read_text(encoding="utf-8")
    assert "## Outlets: sourcing profile" in index and "| RT |" in index
    article = written[1].read_text(encoding="utf-8")
    for expected in ("## Provenance", "## Claims", "## Removed blocks", "Recep Tayyip Erdogan", "cross\\_link"):
        assert expected in article, expected


def test_a_further_statement_is_listed_under_its_claim(tmp_path, further_statement_folder):
    audit_paths([further_statement_folder], tmp_path / "audit.db")
    for fmt in ("md", "html"):
        page = next(p for p in render_report(tmp_path / "audit.db", tmp_path / fmt, fmt) if p.name.startswith("article-"))
        text = page.read_text(encoding="utf-8")
        assert "D1 Anna Berg" in text and "R1.1 Anna Berg" in text and "the talks would resume in March" in text
        assert "O2" in text  # the next claim keeps its number
