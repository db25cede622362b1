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

Every function here takes what it uses (store, source, the outbox's flush,
config, clock); :class:`~intakebot.run.app.App` wires them once at the top.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from intakebot.clock import Clock
from intakebot.config import Config
from intakebot.decisions.intake import Incoming, decide
from intakebot.mail.outbox import FlushReport
from intakebot.records import (
    AckKind,
    LedgerEntry,
    OwedAck,
    PollHealth,
    QuarantineEntry,
    RawMail,
    iso,
)
from intakebot.run import people_folder, review_by_mail
from intakebot.run.commit import Composer, commit, composer
from intakebot.run.prepare import (
    STARTED_KEY,
    Prepared,
    header,
    keep_raw,
    message_key,
    prepare,
    prepare_batch,
    ref_log,
    seen_entry,
)
from intakebot.sources.base import Source
from intakebot.store import Store, Transaction
from intakebot.store.state import read_owed, read_poll_health, write_owed, write_poll_health

log = logging.getLogger("intakebot.run.poll")

#: Sends what the outbox holds (``mail.outbox.flush`` over the configured transport).
Deliver = Callable[[], FlushReport]

__all__ = ["MessageResult", "PollReport", "health_alert", "message_key", "poll_once", "process_raw",
           "record_failure"]


@dataclass
class MessageResult:
    key: str
    kind: str  # request / follow_up / not_request / auto_reply / own_mail / quarantined / oversize / duplicate
    references: list[str] = field(default_factory=list)
    reply_template: str = ""
    summary: str = ""
    ack: AckKind | None = None  # what the source is told; derived from ``kind`` unless set
    #: From and Subject as received (untrusted, for the CLI's summary; never logged).
    sender: str = ""
    subject: str = ""

    def __post_init__(self) -> None:
        if self.ack is None:
            self.ack = ack_kind(self.kind)


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


def ack_kind(kind: str) -> AckKind:
    """What the source is told: only mail the bot owns is marked or moved.

    Quarantined and own mail stay untouched (a human decides); the ledger keeps
    the bot from processing them again.
    """
    if kind in ("request", "follow_up", "review_command"):
        return "request"
    if kind == "auto_reply":
        return "auto_reply"
    return "not_request"


def _quarantine(
    tx: Transaction, mail: RawMail, key: str, reason: str, detail: str, *,
    cfg: Config, now: datetime, source: str,
) -> MessageResult:
    raw_path = keep_raw(cfg, key, mail.data)
    tx.quarantine(
        QuarantineEntry(
            key, reason, detail[:500], iso(now), mail.size, source, raw_path,
            sender=header(mail.data, "From"), subject=header(mail.data, "Subject"),
        )
    )
    tx.log_event(now, "quarantined", reason)
    tx.record_seen(_ledger(mail, key, "quarantined", f"quarantined: {reason}", now=now, source=source))
    log.warning("message %s quarantined: %s", ref_log(key), reason)
    return MessageResult(key, "quarantined", summary=reason)


def _ledger(mail: RawMail, key: str, kind: str, summary: str, *, now: datetime, source: str) -> LedgerEntry:
    return LedgerEntry(
        key=key, kind=kind, processed_at=iso(now), source=source, mailbox=mail.mailbox,
        uidvalidity=mail.uidvalidity, uid=mail.uid, outcome=summary,
    )


def process_in(
    tx: Transaction, mail: RawMail, prepared: Prepared | None = None, *,
    cfg: Config, now: datetime, source: str, compose: Composer | None,
) -> MessageResult:
    """Decide and commit one message inside ``tx`` (analysing it first if not prepared)."""
    if prepared is None:
        prepared = prepare(mail, tx, cfg, now)
    key = prepared.key
    seen = seen_entry(tx, key, mail.data)
    if seen is not None:
        # Acknowledged as it was first classified: a crash between commit and
        # acknowledge would otherwise leave a processed request unmarked forever.
        return MessageResult(key, "duplicate", summary="already processed", ack=ack_kind(seen.kind))
    if prepared.skipped:  # purged from the ledger since: analyse it now
        prepared = prepare(mail, tx, cfg, now)
    if prepared.before_start:
        tx.record_seen(_ledger(mail, key, "before_start", "received before the bot's history: left alone",
                               now=now, source=source))
        tx.log_event(now, "before_start")
        return MessageResult(key, "before_start", summary="older than the bot's history: left alone")
    if prepared.problem is not None:
        return _quarantine(tx, mail, key, *prepared.problem, cfg=cfg, now=now, source=source)
    incoming = Incoming(key, mail.received_at, source, mail.mailbox, mail.uidvalidity, mail.uid)
    if prepared.review is not None:
        refs, summary = review_by_mail.process(tx, prepared.review, incoming, cfg=cfg, now=now, compose=compose)
        return MessageResult(key, "review_command", refs, summary=summary)
    assert prepared.analysis is not None
    try:
        outcome = decide(prepared.analysis, tx, cfg, now, incoming)
        outcome = commit(outcome, tx, now=now, compose=compose).outcome
        review_by_mail.announce(tx, outcome.records, cfg, now)
    except Exception as e:  # noqa: BLE001 - a bug on one message must not stop the rest
        # The exception's text may quote the message (an address, a name): the
        # log gets its type, the private quarantine entry the text.
        log.error("message %s could not be processed: %s", ref_log(key), type(e).__name__)
        return _quarantine(tx, mail, key, "processing_error", f"{type(e).__name__}: {e}",
                           cfg=cfg, now=now, source=source)
    assert outcome.ledger is not None
    refs = list(outcome.ledger.references)
    log.info("message %s: %s (%s) %s", ref_log(key), outcome.ledger.kind, ", ".join(refs) or "-",
             outcome.summary)
    template = outcome.reply.template if outcome.reply else ""
    return MessageResult(key, outcome.ledger.kind, refs, template, outcome.summary)


# --------------------------------------------------------------------------- health


def health_alert(health: PollHealth, now: datetime, stall_minutes: int) -> str:
    """A loud sentence when polling has failed for too long, else ''."""
    return health.failing_alert(now, stall_minutes)


def record_failure(store: Store, cfg: Config, clock: Clock, error: BaseException) -> None:
    """Record a cycle that failed before :func:`poll_once` could start (the lost-state check)."""
    _record_health(store, cfg, clock, error=f"{type(error).__name__}: {error}")


def _record_health(store: Store, cfg: Config, clock: Clock, *, error: str = "", acknowledged: str = "") -> None:
    """Record the cycle's health (ok when no ``error``); ``acknowledged``: the source whose owed list is done."""
    now = iso(clock.now())
    with store.transaction() as tx:
        if acknowledged and read_owed(tx, acknowledged):
            write_owed(tx, acknowledged, [])
        before = read_poll_health(tx)
        every = cfg.intake.poll_interval_seconds
        health = before.failed(now, error, every) if error else before.succeeded(now, every)
        write_poll_health(tx, health)
        if not error and tx.get_state(STARTED_KEY) is None:
            tx.set_state(STARTED_KEY, now)
    alert = health.failing_alert(clock.now(), cfg.intake.stall_alert_minutes)
    if alert:
        # A silently stalled inbox is the worst failure: say it at ERROR every cycle.
        log.error("%s; last error: %s", alert, health.last_error)
    elif error:
        log.warning("poll failed (%s consecutive): %s", health.consecutive_failures, error[:300])


# --------------------------------------------------------------------------- acknowledgements


def _owed(done: list[tuple[RawMail, AckKind]]) -> list[OwedAck]:
    """What the source still has to be told about a committed batch (owned mail only)."""
    return [
        OwedAck(m.source_key, m.mailbox, m.uidvalidity, m.uid, ack)
        for m, ack in done
        if ack != "not_request"
    ]


def _acknowledge_owed(store: Store, source: Source) -> None:
    """Acknowledge what a cycle that died after its commit still owed the source.

    Why: the commit also advances the source checkpoint, so those messages are
    never fetched again; without this they would stay unmarked for good.
    """
    owed = read_owed(store.read(), source.name)
    if not owed:
        return
    source.acknowledge([(o.as_mail(), o.ack) for o in owed])
    with store.transaction() as tx:
        write_owed(tx, source.name, [])


# --------------------------------------------------------------------------- the cycle


def _commit_batch(
    store: Store, source: Source, pairs: list[tuple[RawMail, Prepared]], *, cfg: Config, clock: Clock,
    compose: Composer, checkpoint: tuple[str, object] | None, report: PollReport,
) -> list[tuple[RawMail, AckKind]]:
    """Decide and commit prepared messages in one write; with the checkpoint when it is the batch's last."""
    done: list[tuple[RawMail, AckKind]] = []
    with store.transaction() as tx:
        for mail, prepared in pairs:
            result = process_in(tx, mail, prepared, cfg=cfg, now=clock.now(), source=source.name,
                                compose=compose)
            result.sender, result.subject = header(mail.data, "From"), header(mail.data, "Subject")
            report.results.append(result)
            assert result.ack is not None
            done.append((mail, result.ack))
        if tx.get_state(STARTED_KEY) is None:
            tx.set_state(STARTED_KEY, iso(clock.now()))
        if checkpoint is not None:
            if checkpoint[0]:
                tx.set_state(*checkpoint)
            # In the same commit as the checkpoint that hides these messages
            # from the next fetch (the previous batch's list is done by now).
            write_owed(tx, source.name, _owed(done))
    return done


def _one_batch(
    store: Store, source: Source, mails: list[RawMail], *, cfg: Config, clock: Clock, compose: Composer,
    checkpoint: tuple[str, object], report: PollReport, deliver: Deliver,
) -> list[tuple[RawMail, AckKind]]:
    """Analyse outside the lock on every core, then decide and commit; the done list is the last commit's.

    Mail still being read when the rest is ready (a slow, hostile attachment)
    does not hold the others back: what is ready is committed first without
    the checkpoint, answered and acknowledged; the late mail and the
    checkpoint follow in a second commit. A crash in between refetches the
    batch, and the ledger answers the early mail as duplicates.
    """
    run = prepare_batch(mails, store.read(), cfg, clock.now())  # outside the lock
    first = run.ready()
    late = [i for i in range(len(mails)) if i not in first]
    split = bool(late and first)
    if split:
        early = _commit_batch(store, source, [(mails[i], first[i]) for i in sorted(first)], cfg=cfg,
                              clock=clock, compose=compose, checkpoint=None, report=report)
        report.add_flush(deliver())
        source.acknowledge([*early])
    prepared = run.rest()
    pairs = [(mails[i], prepared[i]) for i in (late if split else range(len(mails)))]
    return _commit_batch(store, source, pairs, cfg=cfg, clock=clock, compose=compose,
                         checkpoint=checkpoint, report=report)


def poll_once(
    store: Store, source: Source, deliver: Deliver, cfg: Config, clock: Clock,
    progress: Callable[[int], None] | None = None,
) -> PollReport:
    """One full cycle over ``source``. Raises on source failure (recorded in the health)."""
    report = PollReport()
    compose = composer(cfg, clock.now())
    try:
        _acknowledge_owed(store, source)
        for batch in source.batches(store.read()):
            done = _one_batch(store, source, batch.mails, cfg=cfg, clock=clock, compose=compose,
                              checkpoint=(batch.checkpoint_key, batch.checkpoint), report=report,
                              deliver=deliver)
            report.add_flush(deliver())
            source.acknowledge([*done])
            if progress:
                progress(len(batch.mails))
        # Replies left queued by an earlier crash or an SMTP outage go out now too.
        report.add_flush(deliver())
    except Exception as e:
        _record_health(store, cfg, clock, error=f"{type(e).__name__}: {e}")
        raise
    _record_health(store, cfg, clock, acknowledged=source.name)
    return report


def process_raw(
    data: bytes, source: str, *, store: Store, deliver: Deliver, cfg: Config, clock: Clock
) -> MessageResult:
    """Process one message handed over directly (LMTP): commit, then deliver.

    Raises only when the store or the people folder cannot be written, so
    the LMTP server can answer 451 and the MTA keeps the message.
    """
    mail = RawMail(data=data, source_key="", size=len(data), received_at=clock.now())
    prepared = prepare(mail, store.read(), cfg, clock.now())  # outside the lock
    with store.transaction() as tx:
        result = process_in(tx, mail, prepared, cfg=cfg, now=clock.now(), source=source,
                            compose=composer(cfg, clock.now()))
    people_folder.keep_if_unsettled(cfg.lmtp.people_maildir, data, result.key, result.ack, store.read())
    try:
        deliver()
    except Exception:  # noqa: BLE001 - committed; the daemon's flush retries
        log.exception("outbox flush after LMTP delivery failed; will retry")
    return result
