"""Retention: personal data is kept no longer than the Secretariat needs it.

Rejected and expired requests, ledger entries, events and quarantined raw mail
older than ``[storage] retention_days`` are purged. Open and approved requests
are kept: the approved list is what the WCO account depends on.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from intakebot.records import parse_iso
from intakebot.store import Store


@dataclass
class PurgeReport:
    requests: int = 0
    ledger: int = 0
    events: int = 0
    quarantined: int = 0
    outbox: int = 0

    @property
    def total(self) -> int:
        return self.requests + self.ledger + self.events + self.quarantined + self.outbox


def purge(store: Store, retention_days: int, now: datetime) -> PurgeReport:
    cutoff = now - timedelta(days=retention_days)
    report = PurgeReport()
    with store.transaction() as tx:
        for rec in [*tx.requests("rejected"), *tx.requests("expired")]:  # never the approved list
            last = parse_iso(rec.updated_at or rec.received_at)
            if last < cutoff:
                tx.delete_request(rec.reference)
                report.requests += 1
        report.ledger = tx.purge_ledger(cutoff)
        report.events = tx.purge_events(cutoff)
        for q in tx.quarantined():
            if parse_iso(q.quarantined_at) < cutoff:
                if q.raw_path:
                    Path(q.raw_path).unlink(missing_ok=True)
                tx.delete_quarantined(q.key)
                report.quarantined += 1
        report.outbox = tx.purge_outbox(cutoff)
    return report
