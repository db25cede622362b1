"""Before the store lock: key one incoming message, and analyse it if it is ours to read.

Why apart from the loop: analysis is the slow part (up to the parse timeout
for a hostile attachment); doing it before the transaction keeps the store
lock short, so the Secretariat's review commands never wait behind a backlog.
Nothing here writes the store; bad mail never raises, it becomes a
:class:`Prepared` with a ``problem`` the loop quarantines.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.header import decode_header, make_header
from email.parser import BytesHeaderParser
from email.policy import compat32
from pathlib import Path

from intakebot.analysis import Unprocessable, analyse, needs_isolation
from intakebot.analysis.sandbox import SandboxCrash, SandboxTimeout, analyse_isolated
from intakebot.config import Config
from intakebot.decisions.view import StoreView
from intakebot.records import Analysis, RawMail

STARTED_KEY = "intake_started_at"


def _head(raw: bytes, cap: int = 65536) -> bytes:
    """The header block only: the parser otherwise reads (and decodes) the body too."""
    head = raw[:cap]
    for sep in (b"\r\n\r\n", b"\n\n"):
        end = head.find(sep)
        if end >= 0:
            return head[: end + len(sep)]
    return head


def header(raw: bytes, name: str) -> str:
    """One header of untrusted mail, decoded to one short line; '' if unreadable."""
    try:
        headers = BytesHeaderParser(policy=compat32).parsebytes(_head(raw), headersonly=True)
        value = headers.get(name, "") or ""
        if name.lower() in ("subject", "from"):
            value = str(make_header(decode_header(str(value))))
        return " ".join(str(value).split())[:300]
    except Exception:  # noqa: BLE001 - hostile headers: nothing to show
        return ""


def message_key(raw: bytes) -> str:
    """The ledger key: the Message-ID, else a hash of the raw bytes."""
    mid = header(raw, "Message-ID")
    if mid and len(mid) < 300:
        return mid
    return "sha256:" + hashlib.sha256(raw).hexdigest()


def ref_log(key: str) -> str:
    """A message reference for logs: a short hash, never the Message-ID's address part."""
    return hashlib.sha256(key.encode("utf-8", "replace")).hexdigest()[:12]


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


@dataclass
class Prepared:
    """A message analysed outside the store lock, ready to be decided on inside it."""

    mail: RawMail
    key: str
    analysis: Analysis | None = None
    problem: tuple[str, str] | None = None  # (quarantine reason, detail)
    skipped: bool = False  # already in the ledger when prepared: not analysed
    before_start: bool = False  # older than the bot's history: left for the Secretariat


def history_cutoff(view: StoreView, cfg: Config, now: datetime) -> datetime:
    """Mail received before this is not the bot's to answer.

    On a first deployment the inbox holds years of requests that people have
    already handled: only the last ``backfill_days`` before the first poll are
    taken. Later, after a rescan (new UIDVALIDITY), mail older than
    ``retention_days`` has no ledger entry any more and must not be answered
    again either.
    """
    started = view.get_state(STARTED_KEY)
    first = datetime.fromisoformat(started) if started else now
    return max(
        first - timedelta(days=cfg.intake.backfill_days),
        now - timedelta(days=cfg.storage.retention_days),
    )


def prepare(mail: RawMail, view: StoreView, cfg: Config, now: datetime) -> Prepared:
    """Key and analyse one message; never raises for bad mail."""
    key = message_key(mail.data)
    if view.seen(key) is not None:
        return Prepared(mail, key, skipped=True)
    received = mail.received_at
    if received is not None and received < history_cutoff(view, cfg, now):
        return Prepared(mail, key, before_start=True)
    if mail.truncated or mail.size > cfg.limits.max_message_bytes:
        return Prepared(mail, key, problem=("oversize", f"message of {mail.size} bytes exceeds the cap"))
    try:
        return Prepared(mail, key, analysis=_analyse(cfg, mail.data))
    except Unprocessable as e:
        return Prepared(mail, key, problem=(e.code, e.detail))
    except SandboxTimeout as e:
        return Prepared(mail, key, problem=("parse_timeout", str(e)))
    except SandboxCrash as e:
        return Prepared(mail, key, problem=("parse_crash", str(e)))
    except Exception as e:  # noqa: BLE001 - untrusted input must never stop the loop
        return Prepared(mail, key, problem=("parse_error", f"{type(e).__name__}: {e}"))


def _analyse(cfg: Config, data: bytes) -> Analysis:
    """Extraction, in a killable worker when the message carries attachments for
    third-party parsers (PDF, Office, ODF)."""
    limits, own = cfg.limits, cfg.own_addresses
    if not needs_isolation(data):
        return analyse(data, limits=limits, own_addresses=own)
    return analyse_isolated(data, limits, own)
