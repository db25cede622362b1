"""``requests export``: build the WCO list, and after it is written, mark what it carried.

The order matters: the file is written first and the marks committed after,
so a crash in between exports the same officials again next time (a
duplicate the WCO ignores) rather than never (an official left out).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from intakebot.decisions import export
from intakebot.mail.spreadsheet import csv_bytes, xlsx_bytes
from intakebot.records import RequestRecord, iso
from intakebot.store import Store

LAST_EXPORT = "last_export"


@dataclass(frozen=True)
class Prepared:
    records: list[RequestRecord]
    data: bytes
    fmt: export.Format


def prepare(store: Store, *, fmt: export.Format, new_only: bool, header: Sequence[str]) -> Prepared:
    """The list's bytes; ``header`` is the strings' ``[export]`` columns (:func:`~intakebot.mail.strings.export_header`)."""
    view = store.read()
    records = export.select([*view.requests("approved"), *view.requests("revoked")], new_only=new_only)
    rows = export.rows(records, header)
    return Prepared(records, csv_bytes(rows) if fmt == "csv" else xlsx_bytes(rows), fmt)


def mark(store: Store, prepared: Prepared, *, actor: str, now: datetime) -> None:
    """Record in each exported request, and in the store's state, that this export carried it."""
    if not prepared.records and not store.exists():
        return  # nothing exported from no store: writing the mark would create one
    now = now.astimezone(UTC)
    with store.transaction() as tx:
        current = [r for r in (tx.request(p.reference) for p in prepared.records) if r is not None]
        for rec in export.mark(current, fmt=prepared.fmt, actor=actor, now=now):
            tx.put_request(rec)
        tx.set_state(LAST_EXPORT, {"at": iso(now), "format": prepared.fmt, "count": len(current)})


def last_export(store: Store) -> dict[str, object] | None:
    value = store.read().get_state(LAST_EXPORT)
    return value if isinstance(value, dict) else None
