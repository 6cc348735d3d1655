"""The version an audit records: the release and a digest of the code and rules that made it.

Rules change between releases (a boilerplate line, a cue): with the digest in the recorded
version, an incremental run re-audits a snapshot whenever the rules that audited it have
changed, and a provenance report names exactly the rules behind each audit.
"""

from __future__ import annotations

import hashlib
from importlib import resources
from importlib.abc import Traversable

RELEASE = "0.4.0"
DIGESTED = (".py", ".toml", ".txt")  # the code, the rule files, the name lists


def _files(folder: Traversable, prefix: str = "") -> list[tuple[str, Traversable]]:
    found = []
    for entry in folder.iterdir():
        name = f"{prefix}{entry.name}"
        if entry.is_dir():
            if entry.name != "__pycache__":
                found += _files(entry, name + "/")
        elif entry.name.endswith(DIGESTED):
            found.append((name, entry))
    return found


def _digest() -> str:
    """SHA-256 over the package's code and data files, names included, in a fixed order (works
    from a wheel, a source tree or a zip shipped to a Spark cluster)."""
    sha = hashlib.sha256()
    for name, entry in sorted(_files(resources.files("auditor")), key=lambda item: item[0]):
        sha.update(name.encode() + b"\0" + entry.read_bytes() + b"\0")
    return sha.hexdigest()[:10]


AUDIT_VERSION = f"{RELEASE}+{_digest()}"
