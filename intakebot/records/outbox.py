"""A reply waiting in the outbox."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal


@dataclass
class OutboxItem:
    """A reply waiting for the SMTP server to accept it.

    ``message`` is the complete RFC 5322 message as text (rendered once, when
    queued), so a retry five days later sends byte-for-byte the same mail with
    the same deterministic Message-ID.
    """

    message_id: str
    to: list[str]
    message: str
    template: str
    references: list[str]  # request references it concerns
    queued_at: str
    status: Literal["queued", "sent", "failed"] = "queued"
    attempts: int = 0
    next_attempt_at: str = ""
    last_error: str = ""
    sent_at: str = ""
    #: True when the recipient is the Secretariat (digest) rather than a Party.
    internal: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "message_id": self.message_id,
            "to": list(self.to),
            "message": self.message,
            "template": self.template,
            "references": list(self.references),
            "queued_at": self.queued_at,
            "status": self.status,
            "attempts": self.attempts,
            "next_attempt_at": self.next_attempt_at,
            "last_error": self.last_error,
            "sent_at": self.sent_at,
            "internal": self.internal,
        }

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> OutboxItem:
        return cls(
            message_id=d["message_id"],
            to=list(d["to"]),
            message=d["message"],
            template=d["template"],
            references=list(d.get("references", [])),
            queued_at=d["queued_at"],
            status=d.get("status", "queued"),
            attempts=int(d.get("attempts", 0)),
            next_attempt_at=d.get("next_attempt_at", ""),
            last_error=d.get("last_error", ""),
            sent_at=d.get("sent_at", ""),
            internal=bool(d.get("internal", False)),
        )
