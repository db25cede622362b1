"""The WCO hand-off: which officials go into an export, and the marks an export leaves (pure).

Why marks: the Secretariat sends the WCO the officials to add to CENcomm, and
later only the new ones. Each exported request gets an ``exported`` entry in
its history (when, by whom, in which format), so ``requests export --new``
takes exactly the approved requests no export has carried yet -- and a
request revoked after it was exported, once, with access ``revoked``, so the
WCO also learns whom to remove.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Literal

from intakebot.records import FIELDS, HistoryEntry, RequestRecord, iso, reference_order

Format = Literal["csv", "xlsx"]
EXPORTED = "exported"


def _exported_as(record: RequestRecord) -> list[str]:
    """The access each earlier export carried for this request ("full", "revoked" ...)."""
    return [h.detail.rpartition("access ")[2] for h in record.history if h.event == EXPORTED]


def access(record: RequestRecord) -> str:
    if record.status == "revoked":
        return "revoked"
    n = record.nominee
    return "restricted" if (n.access == "restricted" or n.category == "igo") else "full"


def select(records: Sequence[RequestRecord], *, new_only: bool) -> list[RequestRecord]:
    """Approved requests (all, or only those never exported), plus revocations not yet exported."""
    out = []
    for r in sorted(records, key=lambda r: reference_order(r.reference)):
        done = _exported_as(r)
        if r.status == "approved" and not (new_only and done) or r.status == "revoked" and new_only and done and "revoked" not in done:
            out.append(r)
    return out


def rows(records: Sequence[RequestRecord], header: Sequence[str]) -> list[list[str]]:
    """``header``, then one row per official in the notification's column order (values as read).

    The header is the strings' ``[export]`` columns (the one place field labels live).
    """
    out: list[list[str]] = [list(header)]
    for r in records:
        out.append([r.nominee.value(k) or "" for k in FIELDS] + [access(r), r.reference])
    return out


def mark(records: Sequence[RequestRecord], *, fmt: Format, actor: str, now: datetime) -> list[RequestRecord]:
    """The records with an ``exported`` history entry each (copies a caller commits)."""
    at = iso(now)
    for r in records:
        r.history.append(HistoryEntry(at, actor, EXPORTED, f"{fmt}, access {access(r)}", "cli"))
    return list(records)
