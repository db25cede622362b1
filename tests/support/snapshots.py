"""Approved snapshots of rendered mail: tests/snapshots/<name>, read and approved by a person.

``INTAKEBOT_UPDATE_SNAPSHOTS=1 pytest ...`` rewrites them after an intended change;
then read the diff before committing.
"""

from __future__ import annotations

import os
from pathlib import Path

SNAPSHOTS = Path(__file__).resolve().parent.parent / "snapshots"


def check_snapshot(name: str, subject: str, text: str, html: str) -> None:
    """The subject, text and HTML part equal the approved snapshot ``name``."""
    got = f"Subject: {subject}\n\n{text}\n----- HTML -----\n{html}"
    path = SNAPSHOTS / name
    if os.environ.get("INTAKEBOT_UPDATE_SNAPSHOTS") == "1":
        path.write_text(got, encoding="utf-8")
    assert path.exists(), f"no approved snapshot {path.name}: run with INTAKEBOT_UPDATE_SNAPSHOTS=1 and read it"
    assert got == path.read_text(encoding="utf-8"), f"{name} differs from the approved snapshot"
