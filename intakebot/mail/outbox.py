"""The outbox: a reply is composed once, waits in the store, and is sent until a transport accepts it.

:func:`compose` turns a decision's :class:`~intakebot.records.ReplyPlan` into
the :class:`~intakebot.records.OutboxItem` the commit queues: the words come
from :mod:`intakebot.mail.replies`, the headers from
:mod:`intakebot.mail.message`, and the bytes never change after that (the
Message-ID is a hash of the plan's seed).

Why the store and not the SMTP server's queue: a reply is queued in the same
atomic commit as the request record it talks about, so nothing is lost when
the SMTP server is down, and nothing is sent for a decision that was never
committed. :func:`flush` then delivers what is due; the transports
(:mod:`intakebot.mail.transports`) only hand messages over, and the sent
journal (:mod:`intakebot.mail.journal`) records what was accepted:

* **One flusher at a time**, across processes: a separate lock file
  (``<store>.outbox.lock``) taken without waiting. A review command that
  queues a notice while the daemon is flushing simply returns; the daemon's
  flush (or the next one) sends it. The store's own lock is held only for the
  short commits, never across an SMTP conversation.
* **At most one duplicate, ever**: room for each send's journal line is
  reserved before the send and the acceptance is written into it before the
  next send; a journal that cannot be written (a full disk) raises
  :class:`~intakebot.mail.journal.JournalError` and stops the flush before
  anything more is sent. So a crash can resend only the one message between
  acceptance and its journal line -- with the same deterministic Message-ID,
  so it is recognisable as the same mail.
* **Temporary failures** (4xx, connection refused, timeouts, TLS or login
  trouble) retry with exponential backoff, ``retry_min_seconds`` doubling up
  to ``retry_max_seconds``, until ``give_up_after_days`` after queueing; then
  the item is ``failed``. No jitter here, unlike the IMAP reconnects: only
  one flusher ever runs, and the schedule is stored and shown to the
  Secretariat as it is. **Permanent failures** (5xx for the message) are
  ``failed`` at once. Both log a ``delivery_failed`` event for the digest.
* **Privacy**: log lines carry Message-IDs, references and SMTP codes only;
  never names, addresses, tokens or the server's free text (which may quote
  the recipient). ``last_error`` keeps the server's reply for the Secretariat.
* After a message is sent its body is dropped from the store (the headers
  stay); bounces are matched by Message-ID, which stays.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from filelock import FileLock, Timeout

from intakebot import net
from intakebot.clock import Clock
from intakebot.config import Config
from intakebot.decisions import review_failed
from intakebot.mail.form import form_attachment
from intakebot.mail.journal import JournalError, SentJournal, sent_journal
from intakebot.mail.mime import mail_text
from intakebot.mail.render import renderer_for
from intakebot.mail.replies import AUTO_REPLIED, render_plan, with_form
from intakebot.mail.transports import PermanentFailure, TemporaryFailure, Transport
from intakebot.records import OutboxItem, ReplyPlan, iso, parse_iso
from intakebot.store import Store, Transaction

log = logging.getLogger("intakebot.mail.outbox")


@dataclass(frozen=True)
class RetryPolicy:
    min_seconds: int = 60
    max_seconds: int = 3600
    give_up_after_days: float = 5.0

    @classmethod
    def from_config(cls, cfg: Config) -> RetryPolicy:
        s = cfg.smtp
        if s is None:
            return cls()
        return cls(s.retry_min_seconds, s.retry_max_seconds, s.give_up_after_days)

    def delay(self, attempts: int) -> timedelta:
        """Backoff after the ``attempts``-th failed attempt (1-based)."""
        return timedelta(seconds=net.exponential_delay(self.min_seconds, self.max_seconds, attempts - 1))


@dataclass
class FlushReport:
    """What one flush did. ``busy``: another process was flushing, nothing was tried."""

    sent: int = 0
    retried: int = 0
    failed: int = 0
    pending: int = 0
    busy: bool = False


def compose(plan: ReplyPlan, cfg: Config, now: datetime) -> OutboxItem:
    """Render ``plan`` and build the outgoing mail, ready to queue in the outbox.

    Raises :class:`TemplateError` for a broken template and ``ValueError`` for
    a recipient that is not one plain address.
    """
    rendered = render_plan(plan, cfg)
    s = renderer_for(cfg.templates_dir).strings(plan.language)
    files = (form_attachment(plan.entries, s),) if with_form(plan) else ()
    message_id, text = mail_text(
        subject=rendered.subject,
        text=rendered.text,
        html=rendered.html,
        to=plan.to,
        cfg=cfg,
        now=now,
        seed=plan.seed,
        in_reply_to=plan.in_reply_to,
        thread=plan.thread,
        auto_submitted="auto-replied" if plan.template in AUTO_REPLIED else "auto-generated",
        language=plan.language,
        sender_name=s("letter.from_name"),
        attachments=files,
    )
    stamp = iso(now)
    return OutboxItem(
        message_id=message_id,
        to=[plan.to.strip().lower()],
        message=text,
        template=plan.template,
        references=list(plan.references),
        queued_at=stamp,
        next_attempt_at=stamp,
    )


def outbox_lock_path(store: Store) -> Path:
    return store.path.with_name(store.path.name + ".outbox.lock")


@contextmanager
def flush_lock(store: Store) -> Iterator[bool]:
    """Yield True while holding the outbox lock, False if another flusher holds it."""
    path = outbox_lock_path(store)
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(path), timeout=0, thread_local=False)
    try:
        lock.acquire(blocking=False)
    except Timeout:
        yield False
        return
    try:
        os.chmod(path, 0o600)
        yield True
    finally:
        lock.release()


def _due(item: OutboxItem, now: datetime) -> bool:
    return item.status == "queued" and (
        not item.next_attempt_at or parse_iso(item.next_attempt_at) <= now
    )


def flush(store: Store, transport: Transport, cfg: Config, clock: Clock) -> FlushReport:
    """Send every due queued item once; each acceptance is journalled before the next send.

    Raises :class:`~intakebot.mail.journal.JournalError` (after logging it at
    ERROR) when the journal cannot be written, and the store's error when the
    journal cannot be folded in: in both cases nothing more is sent.
    """
    report = FlushReport()
    with flush_lock(store) as acquired:
        if not acquired:
            log.info("outbox flush skipped: another process is flushing")
            report.busy = True
            return report
        journal = sent_journal(store)
        journal.apply(store)  # sends a crashed flusher made but did not record
        # Read under the flush lock: every send before ours has been recorded.
        due = [i for i in store.read().outbox("queued") if _due(i, clock.now())]
        try:
            _send_due(store, transport, journal, due, RetryPolicy.from_config(cfg), clock, report)
        finally:
            transport.close()
            journal.apply(store)
    report.pending = len(store.read().outbox("queued"))
    if report.sent or report.retried or report.failed:
        log.info(
            "outbox flush: %d sent, %d to retry, %d failed, %d queued",
            report.sent,
            report.retried,
            report.failed,
            report.pending,
        )
    return report


def _send_due(
    store: Store,
    transport: Transport,
    journal: SentJournal,
    due: list[OutboxItem],
    policy: RetryPolicy,
    clock: Clock,
    report: FlushReport,
) -> None:
    """The send loop: reserve a journal line, send, record the outcome; stop on a dead server."""
    for n, item in enumerate(due):
        # JournalError: no room, nothing is sent. The first line of a flush is
        # also fsynced, so a disk that cannot sync stops us before a send.
        slot = journal.reserve(item.message_id, sync=n == 0)
        try:
            transport.send(item)
        except TemporaryFailure as e:
            journal.release(slot)
            rest = due[n:] if e.scope == "connection" else [item]
            report.retried += _record_temporary(store, rest, e, policy, clock.now(), report)
            if e.scope == "connection":
                return
            continue
        except PermanentFailure as e:
            journal.release(slot)
            _record_permanent(store, item, e, clock.now())
            report.failed += 1
            continue
        journal.mark_sent(slot, clock.now())
        log.info("sent %s (%s, %s)", item.message_id, item.template, ", ".join(item.references) or "-")
        report.sent += 1
        if report.sent % SentJournal.APPLY_EVERY == 0:
            journal.apply(store)


def _record_temporary(
    store: Store,
    items: list[OutboxItem],
    err: TemporaryFailure,
    policy: RetryPolicy,
    now: datetime,
    report: FlushReport,
) -> int:
    """Back off every item in ``items``; those past the give-up age fail. Returns retries."""
    retried = 0
    with store.transaction() as tx:
        for item in items:
            cur = tx.outbox_item(item.message_id)
            if cur is None or cur.status != "queued":
                continue
            cur.attempts += 1
            cur.last_error = err.text
            age = now - parse_iso(cur.queued_at)
            if age >= timedelta(days=policy.give_up_after_days):
                cur.status = "failed"
                cur.last_error = f"gave up after {policy.give_up_after_days:g} days: {err.text}"
                _failure_events(tx, cur, now, f"gave up after {cur.attempts} attempts")
                report.failed += 1
                log.warning(
                    "%s: giving up after %d attempts (code %s)",
                    cur.message_id,
                    cur.attempts,
                    err.code,
                )
            else:
                cur.next_attempt_at = iso(now + policy.delay(cur.attempts))
                retried += 1
                log.info(
                    "%s: temporary failure (code %s), attempt %d, next at %s",
                    cur.message_id,
                    err.code,
                    cur.attempts,
                    cur.next_attempt_at,
                )
            tx.update_outbox(cur)
    return retried


def _record_permanent(store: Store, item: OutboxItem, err: PermanentFailure, now: datetime) -> None:
    with store.transaction() as tx:
        cur = tx.outbox_item(item.message_id) or item
        cur.attempts += 1
        cur.status = "failed"
        cur.last_error = err.text
        tx.update_outbox(cur)
        _failure_events(tx, cur, now, f"smtp {err.code}" if err.code else "refused")
    log.warning(
        "%s: permanently refused (code %s) (%s)",
        item.message_id,
        err.code,
        ", ".join(item.references) or "-",
    )


def _failure_events(tx: Transaction, item: OutboxItem, now: datetime, detail: str) -> None:
    """One ``delivery_failed`` event per reference (or one without), for the digest.

    A reviewer's decision whose notice failed also waits for a person (``review_failed``).
    """
    text = f"{item.template} {item.message_id}: {detail}"
    for ref in item.references or [""]:
        tx.log_event(now, "delivery_failed", text, reference=ref)
    record = tx.request(item.references[0]) if item.references else None
    person = review_failed.notice_failed(item, record, why=item.last_error or detail, now=now)
    if person is not None and tx.add_attention(person):
        tx.log_event(now, "needs_person", person.reason, ",".join(person.references))


__all__ = ["FlushReport", "JournalError", "RetryPolicy", "compose", "flush", "flush_lock", "outbox_lock_path"]
