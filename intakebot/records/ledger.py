"""Proof of what happened to each incoming message: ledger and quarantine entries."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class LedgerEntry:
    """Proof that one incoming message was processed, and what came of it.

    ``key`` is the Message-ID, or ``sha256:<hex>`` of the raw bytes when the
    message has none; (mailbox, uidvalidity, uid) locate it at an IMAP source.
    """

    key: str
    kind: str  # request / not_request / auto_reply / quarantined / oversize / follow_up
    processed_at: str
    source: str = ""
    mailbox: str = ""
    uidvalidity: int | None = None
    uid: int | None = None
    references: tuple[str, ...] = ()
    outcome: str = ""  # short, no personal data: "2 records, 1 reply", "left alone"

    def to_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "kind": self.kind,
            "processed_at": self.processed_at,
            "source": self.source,
            "mailbox": self.mailbox,
            "uidvalidity": self.uidvalidity,
            "uid": self.uid,
            "references": list(self.references),
            "outcome": self.outcome,
        }

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> LedgerEntry:
        return cls(
            key=d["key"],
            kind=d["kind"],
            processed_at=d["processed_at"],
            source=d.get("source", ""),
            mailbox=d.get("mailbox", ""),
            uidvalidity=d.get("uidvalidity"),
            uid=d.get("uid"),
            references=tuple(d.get("references", [])),
            outcome=d.get("outcome", ""),
        )


@dataclass(frozen=True)
class QuarantineEntry:
    """A message the bot could not process safely; kept for a human to look at."""

    key: str
    reason: str  # short code: "parse_error", "oversize", "too_many_parts", ...
    detail: str  # the error text (no personal data beyond what the error says)
    quarantined_at: str
    size: int
    source: str = ""
    raw_path: str = ""  # file under the store's quarantine dir (0600), or "" if not kept
    #: So the Secretariat can find the message in the inbox (shown in the digest only).
    sender: str = ""
    subject: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "reason": self.reason,
            "detail": self.detail,
            "quarantined_at": self.quarantined_at,
            "size": self.size,
            "source": self.source,
            "raw_path": self.raw_path,
            "sender": self.sender,
            "subject": self.subject,
        }

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> QuarantineEntry:
        return cls(
            key=d["key"],
            reason=d["reason"],
            detail=d.get("detail", ""),
            quarantined_at=d["quarantined_at"],
            size=int(d.get("size", 0)),
            source=d.get("source", ""),
            raw_path=d.get("raw_path", ""),
            sender=d.get("sender", ""),
            subject=d.get("subject", ""),
        )
