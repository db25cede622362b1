"""The intake loop: source → analyse → decide → commit → deliver → acknowledge.

The order is the crash-safety argument. A batch's records, queued replies,
ledger entries and the source checkpoint are committed in one atomic write;
only then are replies sent, and only after that is the source told the
message is done (IMAP keyword or move). A crash anywhere leaves each message
either "not yet seen" (it is fetched again, the ledger is empty for it) or
"seen and recorded" (the ledger skips it, the outbox still holds its reply).
The same commit lists the batch's owned messages as owed an acknowledgement
(``unacknowledged:<source>`` in the state), since the checkpoint it advances
keeps them from being fetched again: the next poll acknowledges that list
first, so a crash before the keyword or move never leaves a request unmarked.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email.header import decode_header, make_header
from email.parser import BytesHeaderParser
from email.policy import compat32
from pathlib import Path
from typing import TYPE_CHECKING

from intakebot.analysis.sandbox import SandboxCrash, SandboxTimeout, analyse_isolated
from intakebot.decisions.intake import Outcome, apply, decide
from intakebot.records import (
    Analysis,
    LedgerEntry,
    OutboxItem,
    QuarantineEntry,
    RawMail,
    ReplyPlan,
    iso,
)
from intakebot.store import Transaction

if TYPE_CHECKING:
    from intakebot.mail.outbox import FlushReport
    from intakebot.run.app import App
    from intakebot.sources.base import Source

log = logging.getLogger("intakebot.run.poll")


@dataclass
class MessageResult:
    key: str
    kind: str  # request / follow_up / not_request / auto_reply / own_mail / quarantined / oversize / duplicate
    references: list[str] = field(default_factory=list)
    reply_template: str = ""
    summary: str = ""
    ack: str = ""  # what the source is told; derived from ``kind`` unless set

    def __post_init__(self) -> None:
        if not self.ack:
            self.ack = _ack_kind(self.kind)


@dataclass
class PollReport:
    results: list[MessageResult] = field(default_factory=list)
    sent: int = 0
    delivery_failures: int = 0

    def add_flush(self, flushed: FlushReport) -> None:
        self.sent += flushed.sent
        self.delivery_failures += flushed.failed

    def count(self, *kinds: str) -> int:
        return sum(1 for r in self.results if r.kind in kinds)

    @property
    def replies(self) -> int:
        return sum(1 for r in self.results if r.reply_template)


def _head(raw: bytes, cap: int = 65536) -> bytes:
    """The header block only: the parser otherwise reads (and decodes) the body too."""
    head = raw[:cap]
    for sep in (b"\r\n\r\n", b"\n\n"):
        end = head.find(sep)
        if end >= 0:
            return head[: end + len(sep)]
    return head


def _header(raw: bytes, name: str) -> str:
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
    mid = _header(raw, "Message-ID")
    if mid and len(mid) < 300:
        return mid
    return "sha256:" + hashlib.sha256(raw).hexdigest()


def _quarantine_dir(app: App) -> Path:
    d = app.cfg.storage.path.parent / "quarantine"
    d.mkdir(mode=0o700, parents=True, exist_ok=True)
    return d


def _keep_raw(app: App, key: str, data: bytes) -> str:
    """Keep quarantined raw mail under a generated name, 0600, for a human to inspect."""
    name = hashlib.sha256(key.encode("utf-8", "replace")).hexdigest()[:32] + ".eml"
    path = _quarantine_dir(app) / name
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    return str(path)


def _ref_log(key: str) -> str:
    """A message reference for logs: a short hash, never the Message-ID's address part."""
    return hashlib.sha256(key.encode("utf-8", "replace")).hexdigest()[:12]


@dataclass
class Prepared:
    """A message analysed outside the store lock, ready to be decided on inside it.

    Why: analysis is the slow part (up to the parse timeout for a hostile
    attachment); doing it before the transaction keeps the store lock short, so
    the Secretariat's review commands never wait behind a backlog.
    """

    mail: RawMail
    key: str
    analysis: Analysis | None = None
    problem: tuple[str, str] | None = None  # (quarantine reason, detail)
    skipped: bool = False  # already in the ledger when prepared: not analysed
    before_start: bool = False  # older than the bot's history: left for the Secretariat


STARTED_KEY = "intake_started_at"


def history_cutoff(app: App, view: Transaction, now: datetime) -> datetime:
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
        first - timedelta(days=app.cfg.intake.backfill_days),
        now - timedelta(days=app.cfg.storage.retention_days),
    )


def prepare(app: App, mail: RawMail, view: Transaction) -> Prepared:
    """Key and analyse one message; never raises for bad mail."""
    from intakebot.analysis import Unprocessable

    key = message_key(mail.data)
    if view.seen(key) is not None:
        return Prepared(mail, key, skipped=True)
    received = mail.received_at
    if received is not None and received < history_cutoff(app, view, app.clock.now()):
        return Prepared(mail, key, before_start=True)
    if mail.truncated or mail.size > app.cfg.limits.max_message_bytes:
        return Prepared(mail, key, problem=("oversize", f"message of {mail.size} bytes exceeds the cap"))
    try:
        return Prepared(mail, key, analysis=_analyse(app, mail.data))
    except Unprocessable as e:
        return Prepared(mail, key, problem=(e.code, e.detail))
    except SandboxTimeout as e:
        return Prepared(mail, key, problem=("parse_timeout", str(e)))
    except SandboxCrash as e:
        return Prepared(mail, key, problem=("parse_crash", str(e)))
    except Exception as e:  # noqa: BLE001 - untrusted input must never stop the loop
        return Prepared(mail, key, problem=("parse_error", f"{type(e).__name__}: {e}"))


def process_in(
    app: App,
    tx: Transaction,
    mail: RawMail,
    *,
    source: str,
    compose: Callable[[ReplyPlan], OutboxItem] | None,
    prepared: Prepared | None = None,
) -> MessageResult:
    """Decide and apply one message inside ``tx`` (analysing it first if not prepared)."""
    now = app.clock.now()
    if prepared is None:
        prepared = prepare(app, mail, tx)
    key = prepared.key
    seen = tx.seen(key)
    if seen is not None:
        # Acknowledged as it was first classified: a crash between commit and
        # acknowledge would otherwise leave a processed request unmarked forever.
        return MessageResult(key, "duplicate", summary="already processed", ack=_ack_kind(seen.kind))
    if prepared.skipped:  # purged from the ledger since: analyse it now
        prepared = prepare(app, mail, tx)

    def ledger(kind: str, summary: str) -> LedgerEntry:
        return LedgerEntry(
            key=key, kind=kind, processed_at=iso(now), source=source, mailbox=mail.mailbox,
            uidvalidity=mail.uidvalidity, uid=mail.uid, outcome=summary,
        )

    def quarantine(reason: str, detail: str) -> MessageResult:
        raw_path = _keep_raw(app, key, mail.data)
        tx.quarantine(
            QuarantineEntry(
                key, reason, detail[:500], iso(now), mail.size, source, raw_path,
                sender=_header(mail.data, "From"), subject=_header(mail.data, "Subject"),
            )
        )
        tx.log_event(now, "quarantined", reason)
        tx.record_seen(ledger("quarantined", f"quarantined: {reason}"))
        log.warning("message %s quarantined: %s", _ref_log(key), reason)
        return MessageResult(key, "quarantined", summary=reason)

    if prepared.before_start:
        tx.record_seen(ledger("before_start", "received before the bot's history: left alone"))
        tx.log_event(now, "before_start")
        return MessageResult(key, "before_start", summary="older than the bot's history: left alone")
    if prepared.problem is not None:
        return quarantine(*prepared.problem)
    analysis = prepared.analysis
    assert analysis is not None
    try:
        outcome: Outcome = decide(
            analysis,
            tx,
            app.cfg,
            now,
            key=key,
            new_reference=lambda: tx.next_reference(now.year),
            received_at=mail.received_at,
            source=source,
            uidvalidity=mail.uidvalidity,
            uid=mail.uid,
            mailbox=mail.mailbox,
        )
        apply(outcome, tx, now, compose)
    except Exception as e:  # noqa: BLE001 - a bug on one message must not stop the rest
        # The exception's text may quote the message (an address, a name): the
        # log gets its type, the private quarantine entry the text.
        log.error("message %s could not be processed: %s", _ref_log(key), type(e).__name__)
        return quarantine("processing_error", f"{type(e).__name__}: {e}")
    log.info(
        "message %s: %s (%s) %s",
        _ref_log(key), outcome.ledger.kind, ", ".join(outcome.ledger.references) or "-", outcome.summary,
    )
    return MessageResult(
        key,
        outcome.ledger.kind,
        list(outcome.ledger.references),
        outcome.reply.template if outcome.reply else "",
        outcome.summary,
    )


def _analyse(app: App, data: bytes) -> Analysis:
    """Extraction, in a killable worker when the message carries attachments for
    third-party parsers (PDF, Office, ODF)."""
    from intakebot.analysis import analyse, needs_isolation

    limits, own = app.cfg.limits, app.cfg.own_addresses
    if not needs_isolation(data):
        return analyse(data, limits=limits, own_addresses=own)
    return analyse_isolated(data, limits, own)


def _composer(app: App) -> Callable[[ReplyPlan], OutboxItem]:
    from intakebot.mail.replies import compose

    now = app.clock.now()
    return lambda plan: compose(plan, app.cfg, now)


def _record_health(app: App, *, ok: bool, error: str = "", acknowledged: str = "") -> None:
    """Record the cycle's health; ``acknowledged``: the owed-acknowledgement list now done."""
    now = iso(app.clock.now())
    with app.store.transaction() as tx:
        if acknowledged and tx.get_state(acknowledged):
            tx.set_state(acknowledged, [])
        health = dict(tx.get_state("poll", {}) or {})
        if ok:
            health.update(last_success=now, consecutive_failures=0, failing_since="", last_error="")
        else:
            health["consecutive_failures"] = int(health.get("consecutive_failures", 0)) + 1
            health["failing_since"] = health.get("failing_since") or now
            health["last_error"] = error[:300]
        health["last_attempt"] = now
        tx.set_state("poll", health)
        if ok and tx.get_state(STARTED_KEY) is None:
            tx.set_state(STARTED_KEY, now)
    alert = health_alert(health, app.clock.now(), app.cfg.intake.stall_alert_minutes)
    if alert:
        # A silently stalled inbox is the worst failure: say it at ERROR every cycle.
        log.error("%s; last error: %s", alert, health.get("last_error", ""))
    elif not ok:
        log.warning("poll failed (%s consecutive): %s", health["consecutive_failures"], error[:300])


def _unacked_key(source_name: str) -> str:
    return f"unacknowledged:{source_name}"


def _owed(done: list[tuple[RawMail, str]]) -> list[dict[str, object]]:
    """What the source still has to be told about a committed batch (owned mail only)."""
    return [
        {"source_key": m.source_key, "mailbox": m.mailbox, "uidvalidity": m.uidvalidity,
         "uid": m.uid, "ack": ack}
        for m, ack in done
        if ack != "not_request"
    ]


def _acknowledge_owed(app: App, source: Source) -> None:
    """Acknowledge what a cycle that died after its commit still owed the source.

    Why: the commit also advances the source checkpoint, so those messages are
    never fetched again; without this they would stay unmarked for good.
    """
    key = _unacked_key(source.name)
    owed = app.store.read().get_state(key) or []
    if not owed:
        return
    source.acknowledge([
        (RawMail(b"", str(o["source_key"]), 0, mailbox=str(o.get("mailbox") or ""),
                 uidvalidity=o.get("uidvalidity"), uid=o.get("uid")), str(o["ack"]))
        for o in owed
    ])
    with app.store.transaction() as tx:
        tx.set_state(key, [])


def poll_once(app: App, progress: Callable[[int], None] | None = None) -> PollReport:
    """One full cycle over the configured source. Raises on source failure (recorded)."""
    report = PollReport()
    compose = _composer(app)
    source = app.source()
    owed_key = _unacked_key(source.name)
    try:
        _acknowledge_owed(app, source)
        for batch in source.batches(app.store.read()):
            done: list[tuple[RawMail, str]] = []
            view = app.store.read()
            ready = [prepare(app, mail, view) for mail in batch.mails]  # outside the lock
            with app.store.transaction() as tx:
                for mail, prepared in zip(batch.mails, ready, strict=True):
                    result = process_in(
                        app, tx, mail, source=source.name, compose=compose, prepared=prepared
                    )
                    report.results.append(result)
                    done.append((mail, result.ack))
                if batch.checkpoint_key:
                    tx.set_state(batch.checkpoint_key, batch.checkpoint)
                if tx.get_state(STARTED_KEY) is None:
                    tx.set_state(STARTED_KEY, iso(app.clock.now()))
                # In the same commit as the checkpoint that hides these messages
                # from the next fetch (the previous batch's list is done by now).
                tx.set_state(owed_key, _owed(done))
            report.add_flush(app.flush_outbox())
            source.acknowledge(done)
            if progress:
                progress(len(batch.mails))
        # Replies left queued by an earlier crash or an SMTP outage go out now too.
        report.add_flush(app.flush_outbox())
    except Exception as e:
        app.drop_source()
        _record_health(app, ok=False, error=f"{type(e).__name__}: {e}")
        raise
    _record_health(app, ok=True, acknowledged=owed_key)
    return report


def _ack_kind(kind: str) -> str:
    """What the source is told: only mail the bot owns is marked or moved.

    Quarantined and own mail stay untouched (a human decides); the ledger keeps
    the bot from processing them again.
    """
    if kind in ("request", "follow_up"):
        return "request"
    if kind == "auto_reply":
        return "auto_reply"
    return "not_request"


def process_raw(app: App, data: bytes, source: str) -> MessageResult:
    """Process one message handed over directly (LMTP): commit, then deliver.

    Raises only when the store cannot be written, so the LMTP server can
    answer 451 and the MTA keeps the message.
    """
    mail = RawMail(data=data, source_key="", size=len(data), received_at=app.clock.now())
    prepared = prepare(app, mail, app.store.read())  # outside the lock
    with app.store.transaction() as tx:
        result = process_in(app, tx, mail, source=source, compose=_composer(app), prepared=prepared)
    try:
        app.flush_outbox()
    except Exception:  # noqa: BLE001 - committed; the daemon's flush retries
        log.exception("outbox flush after LMTP delivery failed; will retry")
    return result


def health_alert(health: dict[str, object], now: datetime, stall_minutes: int) -> str:
    """A loud sentence when polling has failed for too long, else ''."""
    since = str(health.get("failing_since") or "")
    if not since:
        return ""
    started = datetime.fromisoformat(since)
    minutes = (now - started).total_seconds() / 60
    if minutes < stall_minutes:
        return ""
    return (
        f"polling has been failing since {since} ({int(minutes)} minutes, "
        f"{health.get('consecutive_failures', 0)} attempts): the inbox is not being read"
    )
