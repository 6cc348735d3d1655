"""The Spark job in local mode over WARC files equals a plain `auditor audit` of them.

Needs pyspark (the test extra) and a Java runtime (.ci/run installs one when missing):
without them this test fails under CI and is skipped elsewhere, with the reason.
"""

from __future__ import annotations

import gzip
import io
import os
import shutil

import pytest
import sqlite_utils
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from auditor import audit_paths
from auditor.store import canonical_dump

from .conftest import SNAPSHOTS, bad

try:
    import pyspark  # noqa: F401
    HAVE_SPARK = shutil.which("java") is not None
except ImportError:
    HAVE_SPARK = False

pytestmark = pytest.mark.skipif(not HAVE_SPARK and not os.environ.get("CI"),
                                reason="pyspark and a Java runtime are needed")


def _warc(path, pages: list[bytes], tag: str) -> None:
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for i, page in enumerate(pages):
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                f"https://news.example.test/{tag}/{i}", "response", payload=io.BytesIO(page), http_headers=headers,
                warc_headers_dict={"WARC-Date": "2026-01-02T03:04:05Z"}))


def test_spark_local_mode_equals_a_plain_audit(tmp_path):
    from auditor.spark import run

    pages = [gzip.decompress(p.read_bytes()) if p.name.endswith(".gz") else p.read_bytes()
             for p in sorted(SNAPSHOTS.iterdir()) if p.name.endswith((".html", ".html.gz"))]
    warcs = [tmp_path / "a.warc.gz", tmp_path / "b.warc.gz"]
    _warc(warcs[0], pages[:4], "a")
    _warc(warcs[1], pages[4:] + [bad("index-page.html").read_bytes()], "b")
    broken = tmp_path / "broken.warc.gz"
    broken.write_bytes(b"\x1f\x8b\x08\x00 not a warc")
    listing = tmp_path / "paths.txt"
    listing.write_text("\n".join(str(p) for p in [*warcs, broken]) + "\n")

    totals = run(str(listing), str(tmp_path / "spark.db"), master="local[2]", partitions=2)
    plain = audit_paths([*warcs, broken], tmp_path / "plain.db")
    assert totals == {"files": 3, "audited": plain.audited, "skipped": plain.skipped, "failed": 0}
    assert plain.audited == len(pages) and plain.skipped == 2  # the index page and the broken WARC
    assert canonical_dump(sqlite_utils.Database(tmp_path / "spark.db")) == \
        canonical_dump(sqlite_utils.Database(tmp_path / "plain.db"))
