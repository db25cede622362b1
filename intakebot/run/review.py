"""Carrying out a review decision: decide, commit in one transaction, then try to send.

:func:`intakebot.decisions.review.decide` says what changes; this module is
the I/O around it, so ``requests approve --dry-run`` runs the same decision
and composes the same notice, and only skips the commit and the send.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime

from intakebot.clock import Clock
from intakebot.config import Config
from intakebot.decisions import review_failed
from intakebot.decisions.commands import Command
from intakebot.decisions.mail_review import DECISIONS, Refused, perform
from intakebot.decisions.outcome import Outcome
from intakebot.decisions.review import Decision, ReviewError, actor_for, decide
from intakebot.decisions.view import StoreView
from intakebot.errors import IntakebotError
from intakebot.mail import reasons
from intakebot.mail.replies import TemplateError
from intakebot.records import OutboxItem
from intakebot.run import review_by_mail
from intakebot.run.commit import Committed, commit, composer
from intakebot.run.poll import Deliver
from intakebot.store import Store, Transaction

log = logging.getLogger("intakebot.run.review")


@dataclass(frozen=True)
class ReviewResult:
    reference: str
    status: str
    message_id: str
    #: "sent", "queued (will be retried)" or "failed: ..." -- for the CLI's one line.
    delivery: str = "queued"


@dataclass(frozen=True)
class ReviewPreview:
    """What a decision would change and the notice it would send (``--dry-run``)."""

    outcome: Outcome
    notice: OutboxItem | None


def _notice(outcome: Outcome, cfg: Config, now: datetime) -> OutboxItem:
    """The notice composed, or a ReviewError: a decision without its notice is refused."""
    assert outcome.reply is not None
    try:
        return composer(cfg, now)(outcome.reply)
    except (ValueError, TemplateError) as e:
        ref = outcome.records[0].reference
        raise ReviewError(f"{ref}: cannot compose the {outcome.reply.template} notice: {e}") from None


def review_in(
    tx: Transaction, reference: str, decision: Decision, *,
    cfg: Config, now: datetime, actor: str, reason: str = "",
) -> OutboxItem:
    """Decide and commit inside ``tx``: the status change and the queued notice together."""
    now = now.astimezone(UTC)  # one offset in the store: its timestamps compare as text
    outcome = decide(tx, reference, decision, now=now, actor=actor, reason=reason)
    notice = _notice(outcome, cfg, now)  # fails before anything is written
    commit(outcome, tx, now=now, compose=lambda _plan: notice)
    return notice


def preview(
    store: Store, reference: str, decision: Decision, *,
    cfg: Config, clock: Clock, actor_name: str, reason: str = "",
) -> ReviewPreview:
    """The same decision and notice as :func:`decide_and_notify`, written nowhere."""
    now = clock.now().astimezone(UTC)
    outcome = decide(store.read(), reference, decision, now=now, actor=actor_for(actor_name), reason=reason)
    return ReviewPreview(outcome, _notice(outcome, cfg, now))


def decide_and_notify(
    store: Store, deliver: Deliver, reference: str, decision: Decision, *,
    cfg: Config, clock: Clock, actor_name: str, reason: str = "",
) -> ReviewResult:
    """Decide in one transaction, then try to deliver the notice right away.

    A delivery failure is not a review failure: the notice stays in the
    outbox and the daemon retries it.
    """
    now = clock.now()
    with store.transaction() as tx:
        item = review_in(tx, reference, decision, cfg=cfg, now=now, actor=actor_for(actor_name), reason=reason)
    log.info("%s %s by the Secretariat; notice queued", reference, decision)
    delivery = "queued (will be retried)"
    try:
        deliver()
    except Exception as e:  # the decision stands; the daemon's flush will retry
        log.warning("%s: outbox flush after review failed: %s", reference, type(e).__name__)
    after = store.read().outbox_item(item.message_id)
    if after is not None:
        if after.status == "sent":
            delivery = "sent"
        elif after.status == "failed":
            delivery = "failed (see the digest)"
    return ReviewResult(reference, decision, item.message_id, delivery)


# --------------------------------------------------------------------------- the operator's commands


def outcome_for(view: StoreView, cmd: Command, *, cfg: Config, now: datetime, actor: str) -> Outcome:
    """The operator's command as an Outcome (the same decisions as a reviewer's mail), or a ReviewError."""
    codes = reasons.load(cfg) if cmd.verb in ("REJECT", "REVOKE") else reasons.Reasons({})
    result = perform(cmd, view, now.astimezone(UTC), actor=actor, evidence="cli", reasons=codes)
    if isinstance(result, Refused):
        raise ReviewError(result.why)
    return result


def preview_command(store: Store, cmd: Command, *, cfg: Config, clock: Clock, actor: str) -> ReviewPreview:
    """What ``cmd`` would change and send, written nowhere (``--dry-run``)."""
    now = clock.now().astimezone(UTC)
    outcome = outcome_for(store.read(), cmd, cfg=cfg, now=now, actor=actor)
    return ReviewPreview(outcome, _notice(outcome, cfg, now) if outcome.reply is not None else None)


def _carry_out(tx: Transaction, outcome: Outcome, *, cfg: Config, now: datetime) -> Committed:
    notice = _notice(outcome, cfg, now) if outcome.reply is not None else None
    committed = commit(outcome, tx, now=now, compose=(lambda _plan: notice) if notice is not None else None)
    review_by_mail.announce(tx, committed.outcome.records, cfg, now)  # a correction that completes a request
    return committed


def _validated_then_done(store: Store, cmd: Command, *, cfg: Config, now: datetime, actor: str) -> Committed:
    """``cmd`` in one transaction. Refused as asked (ReviewError): the operator's one line, nothing queued.

    Failing after that -- the notice cannot be composed, the store refuses the
    commit -- is a decision the operator may believe was made: it also waits for
    a person (``review_failed``) in a transaction of its own, then fails the verb.
    """
    now = now.astimezone(UTC)
    validated = False
    try:
        with store.transaction() as tx:
            outcome = outcome_for(tx, cmd, cfg=cfg, now=now, actor=actor)
            validated = True
            return _carry_out(tx, outcome, cfg=cfg, now=now)
    except (IntakebotError, sqlite3.Error) as e:
        if not validated or cmd.verb not in DECISIONS:
            raise
        item = review_failed.command_failed(cmd, operator=actor, why=str(e), now=now)
        try:
            with store.transaction() as tx:
                commit(Outcome(attention=[item]), tx, now=now, compose=None)
        except (IntakebotError, sqlite3.Error) as again:
            log.error("%s: failed review not queued for a person: %s", cmd.reference, type(again).__name__)
        else:
            log.warning("%s %s failed; waits for a person (review_failed)", cmd.reference, cmd.verb)
        if isinstance(e, IntakebotError):
            raise
        raise ReviewError(f"{cmd.reference}: {cmd.verb.lower()} failed: {e}") from None


def apply(
    store: Store, deliver: Deliver | None, cmd: Command, *, cfg: Config, clock: Clock, actor: str
) -> ReviewResult:
    """Carry out ``cmd`` in one transaction; send its notice now when ``deliver`` is given.

    Without ``deliver`` (no SMTP credentials where the operator runs the CLI)
    the notice stays queued and the daemon sends it on its next flush.
    """
    committed = _validated_then_done(store, cmd, cfg=cfg, now=clock.now(), actor=actor)
    rec = committed.outcome.records[0]
    if committed.reply is None:
        return ReviewResult(rec.reference, rec.status, "", committed.outcome.summary)
    mid = committed.reply.message_id
    if deliver is None:
        return ReviewResult(rec.reference, rec.status, mid, "queued; the daemon sends it")
    try:
        deliver()
    except Exception as e:  # the decision stands; the daemon's flush will retry
        log.warning("%s: outbox flush after review failed: %s", rec.reference, type(e).__name__)
    after = store.read().outbox_item(mid)
    delivery = "queued (will be retried)"
    if after is not None and after.status in ("sent", "failed"):
        delivery = "sent" if after.status == "sent" else "failed (see the digest)"
    return ReviewResult(rec.reference, rec.status, mid, delivery)
