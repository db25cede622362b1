"""A request as the Secretariat reviews it, with its history."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from intakebot.records.nominee import Nominee
from intakebot.records.vocabulary import Language, Status


def reference_order(reference: str) -> tuple[str, int, str]:
    """Sort key for references: by year, then by number, so ``CUG-2026-9999`` comes before
    ``CUG-2026-10000`` (as text it would not); the store orders its queries the same way."""
    return (reference[:8], len(reference), reference)


@dataclass(frozen=True)
class HistoryEntry:
    """One transition or event in a request's life: when, who, what, why."""

    at: str  # ISO 8601
    actor: str  # "intakebot", "secretariat:<user>", a reviewer's address, "party"
    event: str  # "created", "status:pending_review", "merged", "reminder", ...
    detail: str = ""
    #: What proves the actor acted: the reviewer's mail (Message-ID, token tag), "cli".
    evidence: str = ""

    def to_json(self) -> dict[str, str]:
        out = {"at": self.at, "actor": self.actor, "event": self.event, "detail": self.detail}
        if self.evidence:
            out["evidence"] = self.evidence
        return out

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> HistoryEntry:
        return cls(d["at"], d["actor"], d["event"], d.get("detail", ""), d.get("evidence", ""))


@dataclass
class RequestRecord:
    """One official's access request as the Secretariat reviews it."""

    reference: str
    status: Status
    nominee: Nominee
    sender: str
    language: Language
    received_at: str  # ISO 8601
    history: list[HistoryEntry] = field(default_factory=list)
    #: Message-IDs of the Party's messages that fed this request.
    message_ids: list[str] = field(default_factory=list)
    #: Message-IDs of our replies about it (for threading follow-ups).
    reply_ids: list[str] = field(default_factory=list)
    reminders_sent: int = 0
    last_contact_at: str = ""  # last message from the Party, or last reminder sent
    flags: list[str] = field(default_factory=list)  # "auth_failed", "delivery_failed", ...
    updated_at: str = ""
    #: Bumped by the store on every change: a review token names the version it was issued for.
    version: int = 1

    def to_json(self) -> dict[str, Any]:
        return {
            "reference": self.reference,
            "version": self.version,
            "status": self.status,
            "nominee": self.nominee.to_json(),
            "sender": self.sender,
            "language": self.language,
            "received_at": self.received_at,
            "history": [h.to_json() for h in self.history],
            "message_ids": list(self.message_ids),
            "reply_ids": list(self.reply_ids),
            "reminders_sent": self.reminders_sent,
            "last_contact_at": self.last_contact_at,
            "flags": list(self.flags),
            "updated_at": self.updated_at,
        }

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> RequestRecord:
        return cls(
            reference=d["reference"],
            status=d["status"],
            nominee=Nominee.from_json(d["nominee"]),
            sender=d["sender"],
            language=d["language"],
            received_at=d["received_at"],
            history=[HistoryEntry.from_json(h) for h in d.get("history", [])],
            message_ids=list(d.get("message_ids", [])),
            reply_ids=list(d.get("reply_ids", [])),
            reminders_sent=int(d.get("reminders_sent", 0)),
            last_contact_at=d.get("last_contact_at", ""),
            flags=list(d.get("flags", [])),
            updated_at=d.get("updated_at", ""),
            version=int(d.get("version", 1)),
        )
