"""Retention: personal data is kept no longer than the Secretariat needs it.

Rejected and expired requests, ledger entries, events, sent replies and
quarantined raw mail older than ``[storage] retention_days`` are purged. Open
and approved requests are kept: the approved list is what the WCO account
depends on. :func:`purge_all` also removes what a crash or a failed commit left
on disk (:mod:`intakebot.run.leftovers`); the daemon runs it daily and
``intakebot purge`` on demand (``--dry-run``: counted, nothing removed).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from intakebot.config import Config
from intakebot.errors import IntakebotError
from intakebot.records import parse_iso
from intakebot.run import leftovers
from intakebot.store import Store


@dataclass
class PurgeReport:
    requests: int = 0
    ledger: int = 0
    events: int = 0
    quarantined: int = 0
    outbox: int = 0
    attention: int = 0  # closed items only: an open one waits for a person
    #: Files removed (or, in a dry run, that would be): orphaned quarantine copies, crash leftovers.
    files: list[Path] = field(default_factory=list)
    dry_run: bool = False

    @property
    def total(self) -> int:
        return (self.requests + self.ledger + self.events + self.quarantined + self.outbox + self.attention
                + len(self.files))

    def summary(self) -> str:
        verb = "would purge" if self.dry_run else "purged"
        return (
            f"{verb}: {self.requests} closed request(s), {self.ledger} ledger entries, {self.events} events,"
            f" {self.quarantined} quarantined message(s), {self.outbox} sent or failed replies,"
            f" {self.attention} closed needs-a-person item(s), {len(self.files)} leftover file(s)"
        )


class _DryRun(IntakebotError):
    """Rolls the purge's transaction back: a dry run counts exactly what a purge would remove."""


def purge(store: Store, retention_days: int, now: datetime, *, dry_run: bool = False) -> PurgeReport:
    """Purge the store's records past retention; the quarantined copies' files go after the commit."""
    cutoff = now - timedelta(days=retention_days)
    report = PurgeReport(dry_run=dry_run)
    raw_files: list[Path] = []
    try:
        with store.transaction() as tx:
            for rec in [*tx.requests("rejected"), *tx.requests("expired")]:  # never the approved list
                if parse_iso(rec.updated_at or rec.received_at) < cutoff:
                    tx.delete_request(rec.reference)
                    report.requests += 1
            report.ledger = tx.purge_ledger(cutoff)
            report.events = tx.purge_events(cutoff)
            for q in tx.quarantined():
                if parse_iso(q.quarantined_at) < cutoff:
                    if q.raw_path:
                        raw_files.append(Path(q.raw_path))
                    tx.delete_quarantined(q.key)
                    report.quarantined += 1
            report.outbox = tx.purge_outbox(cutoff)
            report.attention = tx.purge_attention(cutoff)  # closed ones only: an open one waits
            tx.purge_reply_marks(cutoff)
            if dry_run:
                raise _DryRun
    except _DryRun:
        return report
    # After the commit: a failed commit keeps its entries and their files (an orphan is swept later).
    for path in raw_files:
        path.unlink(missing_ok=True)
    return report


def purge_all(store: Store, cfg: Config, now: datetime, *, dry_run: bool = False) -> PurgeReport:
    """Retention, then the files nothing refers to any more (see :mod:`intakebot.run.leftovers`)."""
    report = purge(store, cfg.storage.retention_days, now, dry_run=dry_run)
    report.files = leftovers.sweep(store, cfg, dry_run=dry_run)
    return report
