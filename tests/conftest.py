"""Shared fixtures: real pages, a real SQLite file per test."""

from __future__ import annotations

import shutil
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SNAPSHOTS = ROOT / "snapshots"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "audit.db"


def snapshot(name: str) -> Path:
    """A bundled snapshot by file name."""
    path = SNAPSHOTS / name
    assert path.is_file(), path
    return path


def bad(name: str) -> Path:
    return FIXTURES / "bad" / name


def expected(name: str) -> dict:
    return tomllib.loads((FIXTURES / "expected" / f"{name}.toml").read_text(encoding="utf-8"))


@pytest.fixture
def snapshot_copy(tmp_path: Path):
    """Copy bundled snapshots (and sidecars) into a private folder."""
    def copy(*names: str) -> Path:
        folder = tmp_path / "snaps"
        folder.mkdir(exist_ok=True)
        for name in names:
            shutil.copy(SNAPSHOTS / name, folder / name)
            sidecar = SNAPSHOTS / f"{name}.provenance.json"
            if sidecar.exists():
                shutil.copy(sidecar, folder / sidecar.name)
        return folder
    return copy
