"""A saved file -> Snapshot: raw bytes, digest, decoded text, and where they came from."""

from __future__ import annotations

import codecs
import gzip
import hashlib
import json
import re
import zlib
from pathlib import Path
from typing import Iterator

from charset_normalizer import from_bytes

from .archives import check_payload_digest, is_warc, iter_warc, unwrap_wayback
from .errors import SnapshotError
from .models import Field, Snapshot

SNAPSHOT_SUFFIXES = (".html", ".htm", ".xhtml", ".html.gz", ".htm.gz", ".txt", ".warc", ".warc.gz")
MAX_SNAPSHOT_BYTES = 50 * 1024 * 1024  # past this a page is not an article; issue 7 tunes it
SNIFF_BYTES = 4096  # binary and charset sniffing look at the head only, as browsers do
SIDECAR_SUFFIXES = (".provenance.json", ".json")

# magic numbers of files people drop into a snapshot folder by mistake
MAGIC = {
    b"%PDF": "a PDF document",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"PK\x03\x04": "a ZIP archive",
    b"\x1f\x8b": "gzip data",
    b"\x7fELF": "an executable",
}
BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# WHATWG: a page labelled Latin-1 or ASCII is decoded as windows-1252
ENCODING_ALIASES = {"iso-8859-1": "cp1252", "latin-1": "cp1252", "latin1": "cp1252",
                    "ascii": "cp1252", "us-ascii": "cp1252", "iso8859-1": "cp1252"}

META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.I)
SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)(\S+?)\s*-->", re.I)
SINGLEFILE_URL = re.compile(r"<!--\s*Page saved with SingleFile\s+url:\s*(\S+)", re.I)
SINGLEFILE_DATE = re.compile(r"<!--\s*Page saved with SingleFile.*?saved date:\s*([^\n]+?)\s*(?:-->|\n)",
                             re.I | re.S)


def is_snapshot_file(path: Path) -> bool:
    """True for the file names auditor audits (.html, .htm, .html.gz, .txt, .warc, .warc.gz)."""
    name = path.name.lower()
    return name.endswith(SNAPSHOT_SUFFIXES) and not name.endswith(SIDECAR_SUFFIXES)


def iter_snapshots(path: Path | str) -> Iterator[Snapshot | SnapshotError]:
    """The snapshots in a file: one for a page, one per HTML response record for a WARC.

    A record that cannot be read is yielded as its SnapshotError, so that the others go on.
    """
    path = Path(path)
    if not is_warc(path):
        try:
            yield load_snapshot(path)
        except SnapshotError as exc:
            yield exc
        return
    for name, payload, provenance in iter_warc(path):
        try:
            yield snapshot_from_bytes(payload, name, provenance, origin="warc-header")
        except SnapshotError as exc:
            yield exc


def load_snapshot(path: Path | str) -> Snapshot:
    """Read a saved page; raise SnapshotError if it is empty, binary or unreadable."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise SnapshotError(f"{path}: cannot read ({exc.strerror or exc})") from None
    return snapshot_from_bytes(raw, str(path), _read_sidecar(path))


def snapshot_from_bytes(raw: bytes, path: str, sidecar: dict | None = None, origin: str = "sidecar") -> Snapshot:
    """A snapshot of bytes already in memory; path names it (its suffix gives the format).

    sidecar holds what is known of its capture (url, captured_at or fetched_at, headers,
    sha256 or a WARC payload_digest); origin says where that came from ("sidecar",
    "warc-header").
    """
    if len(raw) > MAX_SNAPSHOT_BYTES:
        raise SnapshotError(f"{path}: too large ({len(raw):,} bytes > {MAX_SNAPSHOT_BYTES:,})")
    data = _decompress(path, raw)
    if not data.strip():
        raise SnapshotError(f"{path}: empty file")
    _refuse_binary(path, data)

    sidecar = sidecar or {}
    media_type = "text" if path.lower().endswith(".txt") else "html"
    text, encoding, how, flags = _decode(data, media_type, _header_charset(sidecar))
    if media_type == "html" and not re.search(r"</(html|body)\s*>", text[-2048:], re.I):
        flags += ("truncated: no closing </body> or </html>",)

    url, captured = _provenance(sidecar, text if media_type == "html" else "", origin)
    if media_type == "html" and (wayback := unwrap_wayback(text)):
        text = wayback.html
        url, captured = url or wayback.url, captured or wayback.captured_at
        flags += ("Wayback Machine capture: toolbar removed, links mapped back",)
    sha256 = hashlib.sha256(raw).hexdigest()
    integrity, detail = _integrity(raw, sha256, sidecar)
    if integrity == "mismatch":
        flags += (f"integrity: {detail}",)
    return Snapshot(
        path=path,
        sha256=sha256,
        size=len(raw),
        media_type=media_type,
        text=text,
        encoding=encoding,
        encoding_origin=how,
        url=url,
        captured_at=captured,
        flags=flags,
        integrity=integrity,
        integrity_detail=detail,
    )


def _integrity(raw: bytes, sha256: str, sidecar: dict) -> tuple[str, str | None]:
    """Compare the bytes with the digest their capture recorded, if any."""
    if sidecar.get("payload_digest"):
        return check_payload_digest(raw, sidecar["payload_digest"])
    expected = sidecar.get("sha256")
    if not expected:
        return "unverified", None
    if str(expected).lower() == sha256:
        return "verified", "SHA-256 matches the sidecar"
    return "mismatch", (f"SHA-256 {sha256[:16]}… differs from the sidecar's {str(expected)[:16]}…: "
                        "the file changed after capture")


def _decompress(path: str, raw: bytes) -> bytes:
    if not path.lower().endswith(".gz"):
        return raw
    try:
        return gzip.decompress(raw)
    except (OSError, EOFError, zlib.error) as exc:
        raise SnapshotError(f"{path}: not valid gzip ({exc})") from None


def _refuse_binary(path: str, data: bytes) -> None:
    head = data[:SNIFF_BYTES]
    for magic, what in MAGIC.items():
        if head.startswith(magic):
            raise SnapshotError(f"{path}: looks binary ({what})")
    if any(head.startswith(bom) for bom, name in BOMS if name.startswith("utf-16") or name == "utf-32"):
        return  # UTF-16/32 text has NUL bytes by nature
    if b"\x00" in head:
        raise SnapshotError(f"{path}: looks binary (NUL bytes in the first 4 KiB)")


def _read_sidecar(path: Path) -> dict:
    """The provenance sidecar beside a snapshot (<file>.provenance.json or <file>.json)."""
    for suffix in SIDECAR_SUFFIXES:
        candidate = path.with_name(path.name + suffix)
        if candidate.is_file():
            try:
                data = json.loads(candidate.read_text(encoding="utf-8"))
            except (OSError, ValueError) as exc:
                raise SnapshotError(f"{candidate}: unreadable sidecar ({exc})") from None
            if not isinstance(data, dict):
                raise SnapshotError(f"{candidate}: sidecar is not a JSON object")
            return data
    return {}


def _header_charset(sidecar: dict) -> str | None:
    headers = {str(k).lower(): str(v) for k, v in (sidecar.get("headers") or {}).items()}
    match = HEADER_CHARSET.search(headers.get("content-type", ""))
    return match.group(1) if match else None


def _codec(label: str | None) -> str | None:
    if not label:
        return None
    label = label.strip().lower()
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    return ENCODING_ALIASES.get(label, ENCODING_ALIASES.get(name, name))


def _decode(data: bytes, media_type: str, header: str | None) -> tuple[str, str, str, tuple[str, ...]]:
    """(text, encoding, how it was decided, flags): BOM, HTTP header, meta, UTF-8, detection."""
    for bom, name in BOMS:
        if data.startswith(bom):
            return data.decode(name, errors="replace"), name, "bom", ()
    declared: list[tuple[str, str]] = []
    if codec := _codec(header):
        declared.append((codec, "http-header"))
    if media_type == "html":
        match = META_CHARSET.search(data[:SNIFF_BYTES])
        if match and (codec := _codec(match.group(1).decode("ascii", "ignore"))):
            declared.append((codec, "meta-charset"))
    flags: tuple[str, ...] = ()
    for codec, origin in declared:
        try:
            return data.decode(codec), codec, origin, flags
        except UnicodeDecodeError:
            flags += (f"declared {codec} ({origin}) does not decode the bytes",)
    try:
        return data.decode("utf-8"), "utf-8", "utf-8-valid", flags
    except UnicodeDecodeError:
        pass
    results = from_bytes(data[:1_000_000])
    best = results.best()
    codec = _codec(best.encoding) if best else None
    # ties go to windows-1252, the web's legacy default (WHATWG): short French text scores
    # the same as cp1250, where "è" would become "č"
    tie = [m for m in results if best and _codec(m.encoding) == "cp1252"
           and m.chaos <= best.chaos and m.coherence >= best.coherence]
    if tie:
        codec = "cp1252"
    if not codec:
        codec = "cp1252"
    return (data.decode(codec, errors="replace"), codec, "detected",
            flags + (f"encoding guessed ({codec})",))


def _provenance(sidecar: dict, html: str, origin: str) -> tuple[Field, Field]:
    """(URL, capture time) from a sidecar, else from the comments browsers and SingleFile leave."""
    url = sidecar.get("final_url") or sidecar.get("url")
    captured = sidecar.get("fetched_at") or sidecar.get("captured_at")
    url_field = Field(str(url), origin) if url else Field()
    captured_field = Field(str(captured), origin) if captured else Field()
    head = html[:SNIFF_BYTES]
    if not url_field:
        if match := SINGLEFILE_URL.search(head):
            url_field = Field(match.group(1), "singlefile-comment")
        elif match := SAVED_FROM.search(head):
            url_field = Field(match.group(1), "saved-from-comment")
    if not captured_field and (match := SINGLEFILE_DATE.search(head)):
        captured_field = Field(match.group(1), "singlefile-comment")
    return url_field, captured_field
