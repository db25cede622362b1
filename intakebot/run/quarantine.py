"""Quarantine: mail the cycle cannot or must not read is kept for a human, never answered.

Why apart from the cycle: it is the side path, taken for oversize mail, a
parser's timeout or crash, and a bug on one message; the main line only
calls :func:`quarantine` and goes on with the rest of the batch.
"""

from __future__ import annotations

import hashlib
import logging
import os
from datetime import datetime
from pathlib import Path

from intakebot.config import Config
from intakebot.records import QuarantineEntry, RawMail, iso
from intakebot.run.identity import headers, ledger_entry, ref_log
from intakebot.store import Transaction

# The intake cycle's log lines keep the name operators filter the journal by.
log = logging.getLogger("intakebot.run.poll")


def keep_raw(cfg: Config, key: str, data: bytes) -> str:
    """Keep quarantined raw mail under a generated name, 0600, for a human to inspect."""
    directory = cfg.storage.path.parent / "quarantine"
    directory.mkdir(mode=0o700, parents=True, exist_ok=True)
    name = hashlib.sha256(key.encode("utf-8", "replace")).hexdigest()[:32] + ".eml"
    path: Path = directory / name
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    return str(path)


def quarantine(
    tx: Transaction, mail: RawMail, key: str, reason: str, detail: str, *,
    cfg: Config, now: datetime, source: str,
) -> None:
    """Keep the raw mail, list it for the Secretariat and mark it seen, inside ``tx``."""
    raw_path = keep_raw(cfg, key, mail.data)
    sender, subject = headers(mail.data, "From", "Subject")
    tx.quarantine(
        QuarantineEntry(key, reason, detail[:500], iso(now), mail.size, source, raw_path, sender=sender, subject=subject)
    )
    tx.log_event(now, "quarantined", reason)
    tx.record_seen(ledger_entry(mail, key, "quarantined", f"quarantined: {reason}", now=now, source=source))
    log.warning("message %s quarantined: %s", ref_log(key), reason)
