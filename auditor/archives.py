"""Pages that come wrapped by an archive: WARC records, Wayback Machine captures.

WARC files (warcio): every HTML response record is a snapshot, with its WARC-Target-URI,
WARC-Date and payload digest. Wayback Machine pages: the injected toolbar, scripts and
banner are removed, links rewritten to web.archive.org are mapped back, and the original
URL and capture time are recovered from the page.
"""

from __future__ import annotations

import base64
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from .errors import SnapshotError
from .models import Field, Snapshot

WARC_SUFFIXES = (".warc", ".warc.gz")
HTML_TYPES = ("text/html", "application/xhtml+xml")

WAYBACK_TOOLBAR = re.compile(r"<!--\s*BEGIN WAYBACK TOOLBAR INSERT\s*-->.*?<!--\s*END WAYBACK TOOLBAR INSERT\s*-->",
                             re.S | re.I)
WAYBACK_HEAD = re.compile(r"<script[^>]*>(?:(?!</script>).)*?(?:__wm\.|archive_analytics|wombat)"
                          r"(?:(?!</script>).)*</script>|"
                          r"<script[^>]*src=\"[^\"]*(?:/_static/|archive\.org/includes/)[^\"]*\"[^>]*>\s*</script>|"
                          r"<link[^>]*href=\"[^\"]*/_static/[^\"]*\"[^>]*>|"
                          r"<!--\s*End Wayback Rewrite JS Include\s*-->", re.S | re.I)
WAYBACK_TRAILER = re.compile(r"<!--\s*FILE ARCHIVED ON (.+?) AND RETRIEVED FROM THE.*?-->", re.S | re.I)
WAYBACK_WOMBAT = re.compile(r"__wm\.wombat\(\"([^\"]+)\",\s*\"(\d{14})\"")
WAYBACK_LINK = re.compile(r"(?:(?:https?:)?//web\.archive\.org)?/web/(\d{14})(?:[a-z]{2}_)?/(?=(?:https?:)?//)", re.I)
WAYBACK_MARKERS = ("BEGIN WAYBACK TOOLBAR INSERT", "__wm.wombat(", "FILE ARCHIVED ON")


def is_warc(path: Path) -> bool:
    return path.name.lower().endswith(WARC_SUFFIXES)


@dataclass(frozen=True, slots=True)
class WaybackPage:
    html: str
    url: Field
    captured_at: Field


def unwrap_wayback(html: str) -> WaybackPage | None:
    """The page as its publisher served it, if html is a Wayback Machine capture."""
    if not any(marker in html for marker in WAYBACK_MARKERS):
        return None
    url = captured = Field()
    if match := WAYBACK_WOMBAT.search(html):
        url = Field(match.group(1), "wayback-page")
        captured = Field(_wayback_time(match.group(2)), "wayback-page")
    elif match := WAYBACK_TRAILER.search(html):
        captured = Field(" ".join(match.group(1).split()), "wayback-page")
    cleaned = WAYBACK_TOOLBAR.sub("", html)
    cleaned = WAYBACK_HEAD.sub("", cleaned)
    cleaned = WAYBACK_TRAILER.sub("", cleaned)
    if not url:
        # the canonical link, once unwrapped, is the original URL
        if match := re.search(r"<link[^>]+rel=[\"']canonical[\"'][^>]*href=[\"']([^\"']+)", cleaned, re.I):
            stamp = WAYBACK_LINK.search(match.group(1))
            url = Field(WAYBACK_LINK.sub("", match.group(1)), "wayback-page")
            if stamp and not captured:
                captured = Field(_wayback_time(stamp.group(1)), "wayback-page")
    cleaned = WAYBACK_LINK.sub("", cleaned)
    return WaybackPage(cleaned, url, captured)


def _wayback_time(stamp: str) -> str:
    return f"{stamp[0:4]}-{stamp[4:6]}-{stamp[6:8]}T{stamp[8:10]}:{stamp[10:12]}:{stamp[12:14]}Z"


def iter_warc(path: Path) -> Iterator[tuple[str, bytes, dict]]:
    """(name, payload, provenance) for every HTML response record of a WARC file."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    pages = 0
    try:
        with path.open("rb") as handle:
            records = ArchiveIterator(handle)
            for record in records:
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                content_type = record.http_headers.get_header("Content-Type") or ""
                if not content_type.split(";")[0].strip().lower().startswith(HTML_TYPES):
                    continue
                status = record.http_headers.get_statuscode()
                payload = record.content_stream().read()
                offset = records.get_record_offset()
                headers = dict(record.http_headers.headers)
                pages += 1
                yield f"{path}#{offset}", payload, {
                    "url": record.rec_headers.get_header("WARC-Target-URI"),
                    "captured_at": record.rec_headers.get_header("WARC-Date"),
                    "payload_digest": record.rec_headers.get_header("WARC-Payload-Digest"),
                    "status": int(status) if status and status.isdigit() else status,
                    "headers": headers,
                }
    except (ArchiveLoadFailed, OSError, ValueError, EOFError) as exc:
        raise SnapshotError(f"{path}: unreadable WARC ({exc})") from None
    if not pages:
        raise SnapshotError(f"{path}: no HTML response records in this WARC")


def check_payload_digest(payload: bytes, digest: str | None) -> tuple[str, str | None]:
    """("verified" | "mismatch" | "unverified", detail) for a WARC-Payload-Digest like sha1:BASE32."""
    if not digest or ":" not in digest:
        return "unverified", None
    algorithm, _, expected = digest.partition(":")
    try:
        computed = hashlib.new(algorithm.lower().replace("-", ""), payload).digest()
    except ValueError:
        return "unverified", f"unknown digest algorithm {algorithm}"
    encodings = {base64.b32encode(computed).decode("ascii"), computed.hex()}
    if expected.strip().upper() in {e.upper() for e in encodings}:
        return "verified", f"WARC-Payload-Digest {digest}"
    return "mismatch", f"WARC-Payload-Digest {digest} does not match the payload"


def with_provenance(snapshot: Snapshot, url: Field, captured_at: Field) -> Snapshot:
    """The snapshot with URL and capture time filled where it had none."""
    from dataclasses import replace

    return replace(snapshot, url=snapshot.url or url, captured_at=snapshot.captured_at or captured_at)
