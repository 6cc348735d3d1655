"""Parallel audits, time limits, re-audits on a new version, merging shards, crash safety."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time

import pytest
import sqlite_utils

from auditor import audit_paths
from auditor.store import canonical_dump, merge_databases

from .conftest import SNAPSHOTS, bad


def _dump(path) -> list[str]:
    return [line for line in sqlite3.connect(path).iterdump() if 'INSERT INTO "runs"' not in line]


@pytest.fixture
def corpus(tmp_path):
    """The bundled snapshots and the bad-input files, copied many times with distinct bytes."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for path in sorted(SNAPSHOTS.iterdir()):
        if path.name.endswith((".html", ".txt")) and not path.name.endswith(".json"):
            for i in range(3):
                data = path.read_bytes() + f"\n<!-- copy {i} -->\n".encode()
                (folder / f"{i}-{path.name}").write_bytes(data)
        elif path.name.endswith(".html.gz"):
            shutil.copy(path, folder / path.name)
    for name in ("empty.html", "binary.html", "truncated.html", "latin1-no-charset.html", "index-page.html"):
        shutil.copy(bad(name), folder / name)
    return folder


def test_two_jobs_write_the_same_database_as_one(corpus, tmp_path):
    one = audit_paths([corpus], tmp_path / "one.db", jobs=1)
    two = audit_paths([corpus], tmp_path / "two.db", jobs=2)
    assert (one.audited, one.skipped, one.failed) == (two.audited, two.skipped, two.failed)
    assert one.audited > 10 and one.failed == 0
    assert _dump(tmp_path / "one.db") == _dump(tmp_path / "two.db")


# the alarm may land in a weakref callback, where Python swallows the exception (reported as
# "Exception ignored in …"); auditor.deadline.check() raises it again at the next claim
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_a_page_past_the_time_limit_is_a_recorded_skip(tmp_path):
    # a long article (several seconds of work) against a 0.05 s limit
    page = tmp_path / "long.html"
    paragraph = "<p>“We will not accept this,” the minister said, adding that talks with Ankara would go on.</p>"
    page.write_text(f"<html><body><article>{paragraph * 20_000}</article></body></html>")
    summary = audit_paths([page], tmp_path / "a.db", page_seconds=0.05)
    assert summary.skipped == 1 and "took longer than 0.05 s" in summary.skips[0][1]


@pytest.mark.parametrize("html", [
    "<html><body>" + "<div>" * 100_000 + "<p>deep</p>" + "</div>" * 100_000 + "</body></html>",
    "<html><body><article><p>" + "lorem ipsum dolor sit amet, " * 40_000 + "</p></article></body></html>",
    "<html><body><p title='" + "x" * 2_000_000 + "'>huge attribute</p></body></html>",
])
def test_pathological_pages_do_not_stall_or_crash(tmp_path, html):
    page = tmp_path / "page.html"
    page.write_text(html)
    summary = audit_paths([page], tmp_path / "a.db")
    assert summary.failed == 0 and summary.audited + summary.skipped == 1


PROSE = "The committee met on Tuesday to discuss the budget, and members said the talks went well. " * 6


@pytest.mark.parametrize("text", [
    # a megabyte without a space (regexes anchored at the end of a sentence backtracked over it)
    "Headline\n\n" + PROSE + "The minister said the talks would resume. " + "<div><span>" * 100_000 + " The end.\n",
    # a two-megabyte capitalised word before an acronym in brackets (the acronym search did)
    "Headline\n\n" + PROSE + "A" * 2_000_000 + " said the (PPC) would meet. Officials said it would.\n",
    # a signed quotation and a relative clause over one enormous word (nested quantifiers)
    "Headline\n\n" + PROSE + "“We will win.” ― " + "Ab" * 200_000 + "!\n\nIt drew scrutiny from "
    + "x" * 200_000 + ", who say it allowed access.\n",
    # sixty thousand short quotations before one cue (each quotation's gap to it was split into words)
    "Headline\n\n" + PROSE + "“a,” " * 60_000 + "he said.\n",
    # twelve thousand names with "and" before one cue (each "and" was checked from the run's start)
    "Headline\n\n" + PROSE + "The " + "Committee on Foo and Bar " * 12_000 + "said the plan failed.\n",
    # a name that recurs thousands of times beside an organisation cited as often (each against each)
    "Headline\n\n" + PROSE + "“It failed,” said John Smith, "
    + ", ".join(["a spokesman for the State Department"] * 30_000) + ".\n",
    # twenty thousand participles before one cue (each was checked against the words before it)
    "Headline\n\n" + PROSE + "The " + "thing running " * 20_000 + "said the plan failed.\n",
    # ten thousand sentence adverbs opening a mention (each one a recursion)
    "Headline\n\n" + PROSE + "Now " + "now " * 10_000 + "officials said the plan failed.\n",
    # three thousand cues in one sentence (each was tried, and each looked back to the sentence's start)
    "Headline\n\n" + PROSE + "the money that the agency says " * 3_000 + "is fine.\n",
], ids=["no-spaces", "huge-word-before-acronym", "huge-words-in-quote-and-clause", "60k-quotations",
        "12k-names-with-and", "30k-organisation-mentions", "20k-participles", "10k-leading-adverbs",
        "3k-cues-in-one-sentence"])
def test_pathological_plain_text_is_audited_not_timed_out(tmp_path, text):
    # a limit far above the second or so these take, far below the hours quadratic work took
    page = tmp_path / "page.txt"
    page.write_text(text)
    summary = audit_paths([page], tmp_path / "a.db", page_seconds=30)
    assert summary.audited == 1, summary.skips


def test_a_new_auditor_version_re_audits_and_says_so(tmp_path):
    db_path = tmp_path / "a.db"
    audit_paths([SNAPSHOTS / "rt-s400-article.txt"], db_path)
    sqlite3.connect(db_path).execute("update snapshots set auditor_version = '0.0.1'").connection.commit()
    summary = audit_paths([SNAPSHOTS / "rt-s400-article.txt"], db_path)
    assert summary.audited == 1 and summary.reaudited == 1
    assert "re-audited" in summary.describe()


def test_merge_is_idempotent_and_order_independent(corpus, tmp_path):
    files = sorted(corpus.iterdir())
    audit_paths(files[: len(files) // 2], tmp_path / "a.db")
    audit_paths(files[len(files) // 3:], tmp_path / "b.db")  # overlapping shards
    audit_paths(files, tmp_path / "full.db")
    merge_databases(tmp_path / "ab.db", [tmp_path / "a.db", tmp_path / "b.db"])
    merge_databases(tmp_path / "ba.db", [tmp_path / "b.db", tmp_path / "a.db", tmp_path / "a.db"])
    full = canonical_dump(sqlite_utils.Database(tmp_path / "full.db"))
    assert canonical_dump(sqlite_utils.Database(tmp_path / "ab.db")) == full
    assert canonical_dump(sqlite_utils.Database(tmp_path / "ba.db")) == full
    again = merge_databases(tmp_path / "ab.db", [tmp_path / "b.db"])
    assert sum(n for table, n in again.items() if table != "runs") == 0


@pytest.fixture
def big_corpus(tmp_path):
    """Enough distinct pages that an audit takes a few seconds."""
    folder = tmp_path / "big"
    folder.mkdir()
    pages = [p for p in sorted(SNAPSHOTS.iterdir()) if p.name.endswith((".html", ".txt"))]
    for i in range(30):
        for path in pages:
            (folder / f"{i:02d}-{path.name}").write_bytes(path.read_bytes() + f"\n<!-- copy {i} -->\n".encode())
    return folder


def test_sigkill_leaves_a_sound_database_and_a_rerun_finishes_it(big_corpus, tmp_path):
    command = [sys.executable, "-m", "auditor", "audit", str(big_corpus), "--jobs", "1", "--db"]
    reference = tmp_path / "reference.db"
    start = time.monotonic()
    subprocess.run(command + [str(reference)], check=True, stdout=subprocess.DEVNULL)
    duration = time.monotonic() - start
    total = sqlite3.connect(reference).execute("select count(*) from articles").fetchone()[0]
    partial_runs = 0
    for i, fraction in enumerate((0.35, 0.6, 0.85)):  # kill points across the run
        db_path = tmp_path / f"killed-{i}.db"
        process = subprocess.Popen(command + [str(db_path)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(duration * fraction)
        if process.poll() is None:
            os.kill(process.pid, signal.SIGKILL)
        process.wait()
        if db_path.exists():
            conn = sqlite3.connect(db_path)
            assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            # the schema is created in one transaction: all of it, or none
            tables = {r[0] for r in conn.execute("select name from sqlite_master where type = 'table'")}
            assert not tables or {"articles", "claims", "attributions", "paragraphs"} <= tables
            if tables:
                assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
                # only complete snapshots: every article has all its claims, attributions, paragraphs
                incomplete = conn.execute("""select a.article_id from articles a
                    where a.claim_count != (select count(*) from claims c where c.article_id = a.article_id)
                       or a.claim_count != (select count(*) from attributions t where t.article_id = a.article_id)
                       or a.paragraph_count != (select count(*) from paragraphs p where p.article_id = a.article_id)
                    """).fetchall()
                assert incomplete == []
                written = conn.execute("select count(*) from articles").fetchone()[0]
                partial_runs += 0 < written < total
            conn.close()
        audit_paths([big_corpus], db_path, jobs=1)  # the re-run finishes the rest
        assert canonical_dump(sqlite_utils.Database(db_path)) == canonical_dump(sqlite_utils.Database(reference))
    assert partial_runs >= 1, "no kill landed in the middle of a run: the test proved nothing"


def test_control_characters_next_to_a_dropped_element(tmp_path):
    # found by bench/fuzz.py: random bytes put a control character in the tail of a hidden element
    page = tmp_path / "page.html"
    words = " ".join(["The minister said the talks would continue next week in Geneva."] * 8)
    page.write_bytes(f"<html><body><article><p>{words}<b>x</b><span hidden>x</span>\x01\x02 tail \x1f</p>"
                     f"<p>{words}</p></article></body></html>".encode())
    summary = audit_paths([page], tmp_path / "a.db")
    assert (summary.audited, summary.failed) == (1, 0)


def test_the_recorded_version_digests_the_code_and_the_rules():
    from auditor import version

    names = [name for name, _ in version._files(version.resources.files("auditor"))]
    assert "data/boilerplate.toml" in names and "data/sites/rt.com.toml" in names and "article.py" in names
    assert not any("__pycache__" in name for name in names)
    assert version.AUDIT_VERSION == f"{version.RELEASE}+{version._digest()}"  # the same files, the same digest

