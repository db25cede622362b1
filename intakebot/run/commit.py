"""The one writer: carries any decision's :class:`Outcome` out inside a transaction.

Intake, follow-ups and review all decide first (pure, over a
:class:`~intakebot.decisions.view.StoreView`) and then come here, so there is
one place that numbers references, queues replies, links them to their
requests, logs events and writes the ledger.

The reply is composed before anything is written: composing is the step that
can fail on a message (an address no reply can go to, a broken template), and
the caller then quarantines the message or reports the error in the same
transaction -- which must hold neither half of the outcome (a record nobody
was told about) nor a used-up reference number (issue 11, item 16).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from intakebot import faults
from intakebot.config import Config
from intakebot.decisions import lifecycle
from intakebot.decisions.outcome import Outcome
from intakebot.mail.outbox import compose as render
from intakebot.records import OutboxItem, ReplyPlan, iso, parse_iso
from intakebot.store import Transaction

Composer = Callable[[ReplyPlan], OutboxItem]


def composer(cfg: Config, now: datetime) -> Composer:
    """The production composer: templates rendered at ``now`` with ``cfg``'s addresses."""
    return lambda plan: render(plan, cfg, now)


@dataclass(frozen=True)
class Committed:
    """What a commit wrote: the outcome with its references numbered, and the queued reply."""

    outcome: Outcome
    reply: OutboxItem | None
    queued: bool


def _guess_numbers(tx: Transaction, year: int, placeholders: list[str]) -> dict[str, str]:
    """The numbers ``next_reference`` will hand out, read without allocating them.

    Only a guess (it reads the store's own sequence state): it lets the reply
    be composed once, before any number is used; if the store allocates
    differently, :func:`commit` composes again with the real numbers.
    """
    seqs = tx.get_state("reference_seq", {}) or {}
    start = int(seqs.get(str(year), 0)) if isinstance(seqs, dict) else 0
    return {p: f"CUG-{year}-{start + i:04d}" for i, p in enumerate(placeholders, 1)}


def _compose(outcome: Outcome, compose: Composer | None) -> OutboxItem | None:
    if outcome.reply is None or compose is None:
        return None
    return compose(outcome.reply)


def _merges(outcome: Outcome, now: datetime) -> bool:
    """Whether ``outcome`` merges a change into a request on file, or proposes one (the chaos test's phase)."""
    stamp = iso(now)
    return any(h.at == stamp and h.event in ("merged", "proposed_change") for r in outcome.records for h in r.history)


def commit(
    outcome: Outcome, tx: Transaction, *, now: datetime, compose: Composer | None
) -> Committed:
    """Apply ``outcome`` inside ``tx``: number, compose, then write (nothing on failure).

    Raises whatever ``compose`` raises before anything is written.
    """
    fresh = outcome.new_references
    guessed = _guess_numbers(tx, now.year, fresh)
    numbered = outcome.numbered(guessed)
    reply = _compose(numbered, compose)
    actual = {p: tx.next_reference(now.year) for p in fresh}
    if actual != guessed:
        numbered = outcome.numbered(actual)
        reply = _compose(numbered, compose)
    for rec in numbered.records:
        tx.put_request(rec)
    if faults.armed("commit.merge") and _merges(numbered, now):
        faults.point("commit.merge")
    for mid in numbered.bounced:
        bounced = tx.outbox_item(mid)
        if bounced is not None and bounced.status != "failed":
            bounced.status = "failed"
            bounced.last_error = "bounced (delivery report received)"
            tx.update_outbox(bounced)
    queued = reply is not None and tx.queue(reply)
    if queued and reply is not None and numbered.reply is not None:
        for ref in numbered.reply.references:
            stored = tx.request(ref)
            if stored is not None and lifecycle.link_reply(
                stored, reply.message_id, numbered.reply.template, now,
                in_history=numbered.reply_in_history,
            ):
                tx.put_request(stored)
    if queued and numbered.answered is not None:
        tx.mark_answered(*numbered.answered, now)
    for item in numbered.attention:
        if tx.add_attention(item):
            tx.log_event(now, "needs_person", item.reason, ",".join(item.references))
            faults.point("commit.attention")
    for done in numbered.closed:
        tx.close_attention(done.id, at=parse_iso(done.closed_at), by=done.closed_by, note=done.note)
    for ev in numbered.events:
        tx.log_event(now, ev.kind, ev.detail, ev.reference)
    if numbered.ledger is not None:
        tx.record_seen(numbered.ledger)
    return Committed(numbered, reply, queued)
