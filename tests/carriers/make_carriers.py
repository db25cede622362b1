"""Build the carrier corpus (tests/carriers/spec.py) from the real-mail cache: .eml plus expected JSON.

Real messages live only in the git-ignored tests/realmail/cache/ (scripts/fetch_realmail.py),
so the carriers are made here, the same bytes every run, from the hand-written spec: the
source message is looked up by its manifest name and checked against the sha256 written
in SOURCES (the archive's, as the manifest pins it, and the message's own), its To, From
and Subject headers are replaced, and each request text is written into the named text
part by tests/carriers/mime_edit.py. Everything else stays byte for byte.

Usage: ``python tests/carriers/make_carriers.py OUTDIR`` (writes NAME.eml and NAME.json).
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Iterator
from email.utils import parseaddr
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent.parent))

from tests.carriers import mime_edit  # noqa: E402
from tests.carriers.sources import SOURCES  # noqa: E402
from tests.carriers.spec import BATCHES, CARRIERS, HELD_OUT, Carrier  # noqa: E402
from tests.heldout.make_heldout import Case, nominee  # noqa: E402
from tests.support.realmail import CACHE, manifest, split_mbox  # noqa: E402

RECIPIENT = "CITES Secretariat <info@cites.org>"


class SourceMissing(LookupError):
    """The source message is not in the cache (not fetched, or dropped by fetch_realmail)."""


def source_bytes(name: str) -> bytes:
    """A tests/realmail message by its manifest name, checked against SOURCES."""
    src_id, _, rel = name.partition("/")
    rel, _, index = rel.partition("#")
    archive_sha, message_sha, _ = SOURCES[name]
    src = next(s for s in manifest()["sources"] if s["id"] == src_id)
    pinned = src["files"].get(rel) if src["registry"] == "deb" else src["sha256"]  # Debian: pinned per file
    if pinned != archive_sha:
        raise ValueError(f"{name}: the manifest pins {pinned}, the carrier spec {archive_sha}")
    path = CACHE / src_id / rel
    if not path.is_file():
        raise SourceMissing(name)
    data = path.read_bytes()
    raw = split_mbox(data)[int(index) - 1] if index else data
    if hashlib.sha256(raw).hexdigest() != message_sha:
        raise ValueError(f"{name}: the message's bytes are not the ones the carrier was written on")
    return raw


def _check_encodable(raw: bytes, c: Carrier) -> None:
    root = mime_edit.parse(raw)
    for e in c.edits:
        part = mime_edit.find(root, e.path)
        if part.cte in ("7bit", "") and not e.text.isascii():
            raise ValueError(f"{c.name}: part {e.path!r} is 7bit; its text must be ASCII")


def build(c: Carrier) -> bytes:
    raw = source_bytes(c.source)
    _check_encodable(raw, c)
    for e in c.edits:
        raw = mime_edit.write_into(raw, e.path, e.at, e.text)
    for header, value in (("From", c.sender), ("To", RECIPIENT), ("Subject", c.subject)):
        raw = mime_edit.set_header(raw, header, value)
    return raw


def expected(c: Carrier) -> dict[str, Any]:
    sender = parseaddr(c.sender)[1]
    return {"file": f"{c.name}.eml", "message_id": SOURCES[c.source][2], "kind": c.kind, "language": c.language,
            "reference": None, "nominees": [nominee(p, sender, problems=pr) for p, pr in c.nominees],
            "layout": c.layout, "held_out": c.name in HELD_OUT, "source": c.source}


def all_cases(part: str = "all") -> Iterator[Case]:
    """The carriers whose source is in the cache: ``part`` is all, tuning, held_out or batch3-10."""
    batches = {k: {c.name for c in b} for k, b in BATCHES.items()}
    for c in CARRIERS:
        if part in batches and c.name not in batches[part]:
            continue
        if part in ("tuning", "held_out") and (c.name in HELD_OUT) != (part == "held_out"):
            continue
        try:
            yield Case(c.name, build(c), expected(c))
        except SourceMissing:
            continue


def write_carriers(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    count = 0
    for case in all_cases():
        (out / f"{case.name}.eml").write_bytes(case.message)
        (out / f"{case.name}.json").write_text(json.dumps(case.expected, ensure_ascii=False, indent=2) + "\n")
        count += 1
    return count


if __name__ == "__main__":
    print(write_carriers(Path(sys.argv[1])), "carriers written")
