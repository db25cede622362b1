"""Carrying out a reviewer's mailed commands, and sending the review mail, inside the intake's transaction.

:mod:`intakebot.decisions.mail_review` decides each command (pure); this
module commits each carried-out command through :func:`~intakebot.run.commit.commit`
(the status change and the official's notice together), then queues one
confirmation to the reviewer who wrote and, when anything was refused, one
notice to every reviewer saying what and why -- never to the requester. The
mail's ledger entry is written in the same transaction, so a mail fetched
again is not carried out again.

:func:`announce` queues the review mail for each request that just became
ready for review. It never fails the intake: without a usable review key the
request is still in the digest and ``requests list``.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from intakebot import review_key
from intakebot.config import Config
from intakebot.decisions import review_failed, tokens
from intakebot.decisions.intake import Incoming
from intakebot.decisions.mail_review import Refused, Repeat, ReviewMail, carry_out, sender_refusal
from intakebot.decisions.outcome import Outcome
from intakebot.errors import IntakebotError
from intakebot.mail import reasons, review_mail
from intakebot.mail.replies import TemplateError
from intakebot.records import RequestRecord, iso
from intakebot.review_settings import reviewers
from intakebot.run.commit import Committed, Composer, commit
from intakebot.run.compose_ahead import Ahead
from intakebot.store import Transaction

log = logging.getLogger("intakebot.run.review_by_mail")
STALE = tokens.STALE
#: Refusal notices a day at most: a flood of forged commands must not become a flood of mail to
#: the reviewers (the refusals are still logged, and counted in the events).
MAX_REFUSAL_NOTICES_PER_DAY = 20


def _confirmation(committed: Committed, cfg: Config) -> str:
    rec = committed.outcome.records[0]
    if committed.reply is not None:
        return review_mail.notice_sent_line(rec, committed.reply.to, cfg)
    return committed.outcome.summary


def process(
    tx: Transaction, mail: ReviewMail, incoming: Incoming, *, cfg: Config, now: datetime, compose: Composer | None
) -> tuple[list[str], str]:
    """Carry out (or refuse) every command of ``mail``; returns its references and a summary."""
    now = now.astimezone(UTC)
    mail = replace(mail, source=incoming.source)
    done: list[str] = []
    refused: list[Refused] = []
    repeats = 0
    why = sender_refusal(mail, cfg)
    authority = bool(why)
    try:
        key, codes = (review_key.load_or_create(cfg.review.key_path), reasons.load(cfg)) if not why else (b"", None)
    except IntakebotError as e:
        why, codes = f"the bot cannot check review commands: {e}", None
    for cmd in mail.commands:
        if why or codes is None:
            refused.append(Refused(cmd, why, authority=authority))
            continue
        result = carry_out(cmd, mail, tx, cfg, now, key=key, reasons=codes)
        if isinstance(result, Repeat):
            repeats += 1
            tx.log_event(now, "review_duplicate", "command already carried out", cmd.reference)
        elif isinstance(result, Refused):
            refused.append(result)
        else:
            try:
                committed = commit(result, tx, now=now, compose=compose)
            except (ValueError, TemplateError) as e:
                refused.append(Refused(cmd, f"cannot compose the notice: {e}"))
                continue
            done.append(_confirmation(committed, cfg))
            announce(tx, committed.outcome.records, cfg, now)
    refs = list(dict.fromkeys(c.reference for c in mail.commands))
    _notify(tx, mail, incoming, done, refused, refs, cfg=cfg, now=now)
    _queue_failed(tx, mail, incoming, refused, cfg, now)
    summary = f"review commands: {len(done)} carried out, {len(refused)} refused, {repeats} repeated"
    tx.record_seen(incoming.ledger(now, "review_command", refs, summary))
    log.info("review mail (%s): %s", ", ".join(refs), summary)
    return refs, summary


def _queue_failed(
    tx: Transaction, mail: ReviewMail, incoming: Incoming, refused: list[Refused], cfg: Config, now: datetime
) -> None:
    """A reviewer's commands that could not be carried out wait for a person (not refusals of authority).

    Why each failed is kept in the reviewers' words, as their refusal notice gives it:
    the digest that lists the item is in ``[secretariat] language`` too.
    """
    words = review_mail.reviewer_words(cfg)
    item = review_failed.commands_failed(
        [(r.command, review_mail.refusal_text(r.why, words)) for r in refused if not r.authority],
        key=incoming.key, reviewer=mail.sender,
        message_id=mail.message_id, subject=mail.subject, now=now)
    if item is not None:
        commit(Outcome(attention=[item]), tx, now=now, compose=None)
        log.warning("review mail (%s): not carried out; waits for a person (review_failed)", ", ".join(item.references))


def _notify(
    tx: Transaction, mail: ReviewMail, incoming: Incoming, done: list[str], refused: list[Refused],
    refs: list[str], *, cfg: Config, now: datetime,
) -> None:
    """One confirmation to the sender, one refusal notice to the reviewers, each at most once per mail."""
    if done:
        tx.queue(review_mail.note_item("confirmation", [mail.sender], done, cfg, now, references=refs,
                                       seed=f"{incoming.key}:review-confirmation", in_reply_to=mail.message_id))
    if not refused:
        return
    for r in refused:
        tx.log_event(now, "review_refused", r.why[:200], r.command.reference)
    words = review_mail.reviewer_words(cfg)
    lines = [review_mail.refusal_line(r.command.describe(), r.why, words) for r in refused]
    to = list(reviewers(cfg))
    sent_today = sum(1 for e in tx.events(now - timedelta(days=1)) if e.get("kind") == "review_refusal_sent")
    if to and sent_today >= MAX_REFUSAL_NOTICES_PER_DAY:
        log.warning("review mail refused (%s); no notice: %d refusal notices in 24 h", ", ".join(refs), sent_today)
    elif to:
        tx.log_event(now, "review_refusal_sent", f"{len(refused)} command(s)", refs[0] if refs else "")
        tx.queue(review_mail.note_item("refusal", to, lines, cfg, now, references=refs, about=mail.sender,
                                       seed=f"{incoming.key}:review-refusal"))
    stale = {r.command.reference for r in refused if r.why.startswith(STALE)}
    if stale and not sender_refusal(mail, cfg):
        announce(tx, [rec for ref in sorted(stale) if (rec := tx.request(ref)) is not None], cfg, now, force=True)


def announce(
    tx: Transaction, records: Iterable[RequestRecord], cfg: Config, now: datetime, *, force: bool = False,
    ahead: Ahead | None = None,
) -> int:
    """Queue the review mail of each request that just became ready for review (``force``: any open one).

    ``ahead``: a big batch's composer; the mails are queued with their bodies to come from the workers.
    """
    stamp = iso(now)
    due = []
    for rec in records:
        stored = tx.request(rec.reference)
        if stored is None or (stored.status != "pending_review" and not force):
            continue
        if force or any(h.event == "status:pending_review" and h.at == stamp for h in stored.history):
            due.append(stored)
    if not due or not reviewers(cfg):
        return 0
    if ahead is not None:
        return sum(1 for rec in due if tx.queue(ahead.review(rec, now)))
    try:
        key, codes = review_key.load_or_create(cfg.review.key_path), reasons.load(cfg).codes
        items = [review_mail.review_item(rec, cfg, now, key, codes) for rec in due]
    except (IntakebotError, TemplateError, ValueError) as e:
        log.warning("review mail not sent for %s: %s", ", ".join(r.reference for r in due), type(e).__name__)
        return 0
    return sum(1 for item in items if tx.queue(item))


def ensure_review_key(cfg: Config) -> None:
    """On the daemon's start: create the review key (0600) when absent, or say loudly why not.

    Not fatal: without a key the bot still takes requests; review mails, digest
    links and mailed commands wait for it (each says so).
    """
    try:
        review_key.load_or_create(cfg.review.key_path)
    except IntakebotError as e:
        log.error("review by e-mail is off: %s", e)
