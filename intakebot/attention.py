"""The "needs a person" queue: what the bot processed but cannot settle by itself.

Why a queue of its own rather than log lines or request flags: an official's
question in a follow-up, a change to a request already on file, a reply the
bot withheld (loop protection), an attachment it could not read, encrypted
mail, a reference cited from an address not linked to it -- each of these was
"handled" (marked, ledgered) and then seen by no one. Every such message
becomes one :class:`AttentionItem` in the store, shown first in the digest and
listed by ``intakebot attention list`` until a person closes it
(``intakebot attention close ID --note ...``); only closed items are ever
purged, after ``[storage] retention_days``.

The excerpt is the writer's own words, cut short, and lives in the store only:
log lines name the item by its id, reason and the message's hashed key.

Decisions create items (pure, inside an :class:`~intakebot.decisions.outcome.Outcome`);
:func:`intakebot.run.commit.commit` writes them. ``(key, reason)`` is unique,
so a message processed again after a crash never queues its item twice.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, Literal

AttentionStatus = Literal["open", "closed"]
ATTENTION_STATUSES: tuple[str, ...] = ("open", "closed")

#: Why a message needs a person, as short stable codes (and what they mean).
REASONS: dict[str, str] = {
    "question": "a question or free text in a follow-up",
    "proposed_change": "a change to a request on file (proposed, not applied)",
    "identity_change": "a change to the official's identity from an address not linked to it",
    "after_decision": "a message about a request already decided",
    "unauthorised_reference": "a real reference cited from an address not linked to it",
    "official_on_file": "a request naming an official on file, from a sender not linked to that record",
    "auth_failed": "sender authentication failed: nothing was changed",
    "reply_withheld": "a reply the bot was not allowed to send (loop protection)",
    "unreadable_attachment": "an attachment the bot could not read",
    "encrypted_mail": "encrypted mail the bot cannot read",
    "review_failed": "an approval or rejection that could not be carried out",
}

#: Longest excerpt kept (characters): enough to see what is asked, no more.
EXCERPT_CHARS = 300


def excerpt(text: str, limit: int = EXCERPT_CHARS) -> str:
    """One line of at most ``limit`` characters, without control characters."""
    cleaned = "".join(" " if (c.isspace() or ord(c) < 32 or 127 <= ord(c) < 160) else c for c in text)
    line = " ".join(cleaned.split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "\u2026"


@dataclass(frozen=True)
class AttentionItem:
    """One message a person has to look at, and why.

    ``id`` is 0 until the store numbers it. ``changes`` holds a proposed
    change (field key -> the new value) with ``provenance`` saying where each
    value came from; the record itself is not changed by it.
    """

    key: str  # the message's ledger key
    reason: str  # one of REASONS
    created_at: str
    message_id: str = ""
    sender: str = ""
    subject: str = ""
    excerpt: str = ""
    detail: str = ""
    references: tuple[str, ...] = ()
    changes: dict[str, str] = field(default_factory=dict)
    provenance: dict[str, str] = field(default_factory=dict)
    id: int = 0
    status: AttentionStatus = "open"
    closed_at: str = ""
    closed_by: str = ""
    note: str = ""

    @property
    def why(self) -> str:
        return REASONS.get(self.reason, self.reason)

    def renamed(self, numbers: dict[str, str]) -> AttentionItem:
        """A copy with placeholder references replaced by their numbers."""
        return replace(self, references=tuple(numbers.get(r, r) for r in self.references))

    def closed(self, *, at: str, by: str, note: str) -> AttentionItem:
        return replace(self, status="closed", closed_at=at, closed_by=by, note=note)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "key": self.key, "reason": self.reason, "created_at": self.created_at,
            "message_id": self.message_id, "sender": self.sender, "subject": self.subject,
            "excerpt": self.excerpt, "detail": self.detail, "references": list(self.references),
            "changes": dict(self.changes), "provenance": dict(self.provenance), "status": self.status,
            "closed_at": self.closed_at, "closed_by": self.closed_by, "note": self.note,
        }

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> AttentionItem:
        status = d.get("status", "open")
        if status not in ATTENTION_STATUSES:
            raise ValueError(f"unknown attention status {status!r}")
        return cls(
            key=str(d["key"]), reason=str(d["reason"]), created_at=str(d["created_at"]),
            message_id=d.get("message_id", ""), sender=d.get("sender", ""), subject=d.get("subject", ""),
            excerpt=d.get("excerpt", ""), detail=d.get("detail", ""),
            references=tuple(d.get("references", ())), changes=dict(d.get("changes", {})),
            provenance=dict(d.get("provenance", {})), id=int(d.get("id", 0)), status=status,
            closed_at=d.get("closed_at", ""), closed_by=d.get("closed_by", ""), note=d.get("note", ""),
        )
