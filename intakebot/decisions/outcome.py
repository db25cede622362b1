"""The value every decision returns, and the placeholder references it carries.

A decision never allocates a reference number: a request it creates carries a
placeholder (``new:1``, ``new:2`` ... in creation order) and the one writer,
:func:`intakebot.run.commit.commit`, numbers them inside the transaction once
the reply has been composed. So a message whose reply cannot be composed uses
no number, and deciding writes nothing at all.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Literal

from intakebot.attention import AttentionItem
from intakebot.decisions.view import StoreView
from intakebot.records import LedgerEntry, ReplyPlan, RequestRecord

EventKind = Literal[
    "already_on_file",
    "approved",
    "attention_closed",
    "auth_failed",
    "auto_reply",
    "before_start",
    "corrected",
    "delivery_failed",
    "expired",
    "follow_up",
    "follow_up_after_decision",
    "needs_person",
    "not_request",
    "noted",
    "own_mail",
    "proposed_change",
    "quarantined",
    "rate_limited",
    "rejected",
    "reminder",
    "reply_withheld",
    "request_created",
    "review_duplicate",
    "review_refused",
    "review_refusal_sent",
    "revoked",
    "unauthorized_follow_up",
    "unknown_reference",
]

#: Placeholder references start with this; no real reference (``CUG-YYYY-NNNN``) does.
NEW_PREFIX = "new:"


def placeholder(n: int) -> str:
    """The placeholder for the ``n``-th request (1-based) an outcome creates."""
    return f"{NEW_PREFIX}{n}"


def is_placeholder(reference: str) -> bool:
    return reference.startswith(NEW_PREFIX)


@dataclass
class Event:
    """One line of the digest's event log (references only, no personal data)."""

    kind: EventKind
    detail: str = ""
    reference: str = ""


@dataclass
class Outcome:
    """Everything one decision changes; committed in one transaction or not at all.

    ``records`` are new or updated requests in their final state; ``reply`` the
    one notice to queue; ``ledger`` the proof an incoming message was handled
    (None for review and follow-up decisions, which answer no message).
    ``reply_in_history`` says whether the queued reply is also written in each
    record's history (intake does; a review or follow-up notice is already
    recorded by its status change or reminder entry).
    """

    ledger: LedgerEntry | None = None
    records: list[RequestRecord] = field(default_factory=list)
    reply: ReplyPlan | None = None
    events: list[Event] = field(default_factory=list)
    #: Outbox Message-IDs of our replies that bounced (delivery reports).
    bounced: list[str] = field(default_factory=list)
    summary: str = ""
    reply_in_history: bool = True
    #: Messages a person has to look at (the "needs a person" queue).
    attention: list[AttentionItem] = field(default_factory=list)
    #: Items a person closed (their new state: status, who, when, the note).
    closed: list[AttentionItem] = field(default_factory=list)
    #: ``(address, fingerprint)`` of the message answered, remembered with the
    #: queued reply so the same content again is recognised as a loop.
    answered: tuple[str, str] | None = None

    @property
    def new_references(self) -> list[str]:
        """The placeholders of the requests this outcome creates, in creation order."""
        return [r.reference for r in self.records if is_placeholder(r.reference)]

    def numbered(self, numbers: dict[str, str]) -> Outcome:
        """A copy with each placeholder replaced by its number (pure)."""
        if not numbers:
            return self

        def ref(r: str) -> str:
            return numbers.get(r, r)

        reply = self.reply
        if reply is not None:
            reply = replace(
                reply, entries=[replace(e, reference=ref(e.reference)) for e in reply.entries]
            )
        ledger = self.ledger
        if ledger is not None:
            ledger = replace(ledger, references=tuple(ref(r) for r in ledger.references))
        return replace(
            self,
            ledger=ledger,
            records=[replace(r, reference=ref(r.reference)) for r in self.records],
            reply=reply,
            events=[replace(e, reference=ref(e.reference)) for e in self.events],
            attention=[a.renamed(numbers) for a in self.attention],
        )


def changes(outcome: Outcome, view: StoreView) -> list[str]:
    """What committing ``outcome`` over ``view`` would change, one line each (``--dry-run``)."""
    lines: list[str] = []
    for rec in outcome.records:
        before = view.request(rec.reference)
        if before is None:
            lines.append(f"{rec.reference}: new request, {rec.status}")
            added = rec.history
        else:
            if before.status != rec.status:
                lines.append(f"{rec.reference}: {before.status} -> {rec.status}")
            added = rec.history[len(before.history):]
        lines.extend(f"{rec.reference}: + history {h.event} {h.detail}".rstrip() for h in added)
    if outcome.reply is not None:
        refs = ", ".join(outcome.reply.references)
        lines.append(f"notice: {outcome.reply.template} about {refs}")
    lines.extend(f"needs a person: {a.reason} {' '.join(a.references)}".rstrip() for a in outcome.attention)
    lines.extend(f"closed: #{a.id} {a.reason}" for a in outcome.closed)
    return lines
