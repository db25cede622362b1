"""A message as a source hands it over, its attachments, and what analysis learned from it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from intakebot.records.nominee import Nominee
from intakebot.records.vocabulary import Kind, Language


@dataclass(frozen=True)
class RawMail:
    """A message as a source hands it over, before any parsing.

    ``source_key`` is what the source needs to acknowledge the message later
    (an IMAP UID, a Maildir file name, an LMTP queue id); ``size`` is the size
    the source reported, which may exceed ``len(data)`` when only the headers
    of an oversize message were fetched (``truncated``).
    """

    data: bytes
    source_key: str
    size: int
    received_at: datetime | None = None
    flags: tuple[str, ...] = ()
    truncated: bool = False
    mailbox: str = ""
    uidvalidity: int | None = None
    uid: int | None = None


@dataclass
class Attachment:
    """An attachment held in memory; ``filename`` is for display only, never a path."""

    filename: str
    content_type: str
    data: bytes


@dataclass(frozen=True)
class Unreadable:
    """Something in a message the bot could not read, so a person must.

    ``name`` is the attachment's file name ("" for the message itself, e.g.
    encrypted mail); ``reason`` is a short stable code: ``encrypted_mail``,
    ``encrypted_file``, ``scan_unreadable``, ``ocr_unavailable``,
    ``ocr_time_budget``, ``unknown_format``, ``corrupt``.
    """

    name: str
    reason: str
    detail: str = ""

    def to_json(self) -> dict[str, str]:
        return {"name": self.name, "reason": self.reason, "detail": self.detail}

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Unreadable:
        return cls(d.get("name", ""), d["reason"], d.get("detail", ""))


@dataclass
class Analysis:
    """Everything the pure extraction stage learned from one message.

    This is the seam between extraction and the workflow: the workflow never
    looks at MIME again.
    """

    message_id: str | None
    kind: Kind
    language: Language
    sender: str  # address only, lower-cased
    subject: str = ""
    sender_name: str = ""
    reference: str | None = None  # first CUG-YYYY-NNNN seen (subject first, then body)
    references: list[str] = field(default_factory=list)  # every CUG reference seen
    nominees: list[Nominee] = field(default_factory=list)
    #: Message-IDs from In-Reply-To and References, for threading to our replies.
    thread_ids: list[str] = field(default_factory=list)
    date: datetime | None = None
    #: For delivery reports: Message-IDs of the original messages that bounced.
    bounced_ids: list[str] = field(default_factory=list)
    #: Raw header lines the workflow may need (Authentication-Results, Return-Path ...).
    auth_results: list[str] = field(default_factory=list)
    #: Why the classifier chose ``kind``; shown in logs (no personal data) and --json.
    reason: str = ""
    #: Attachments (or the whole message) the bot could not read: a person will.
    unreadable: list[Unreadable] = field(default_factory=list)
    #: S/MIME signature check, for the reviewer only (never used to reject):
    #: "" (unsigned), "valid", "invalid", "unverified" (a certificate we cannot check).
    signature: str = ""
    #: The writer's own words (quotes, signature and "Label: value" lines dropped),
    #: for a person in the "needs a person" queue; never logged.
    own_words: str = ""

    def to_json(self, file: str | None = None) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if file is not None:
            out["file"] = file
        out.update(
            {
                "message_id": self.message_id,
                "kind": self.kind,
                "language": self.language,
                "reference": self.reference,
                "nominees": [n.to_json() for n in self.nominees]
                if self.kind == "request"
                else [],
            }
        )
        if self.unreadable:
            out["unreadable"] = [u.to_json() for u in self.unreadable]
        if self.signature:
            out["signature"] = self.signature
        return out
