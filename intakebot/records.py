"""The typed records that flow between intakebot's stages.

Every stage hands the next one of these small dataclasses; JSON appears only at
the edges (the store file, ``--json`` output), through the ``to_json`` /
``from_json`` methods defined here, so the on-disk and CLI shapes live in one
place.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal

#: The seven details the notification asks for, in the notification's order.
FIELDS: tuple[str, ...] = (
    "country",
    "name",
    "surname",
    "organization",
    "position",
    "phone",
    "email",
)

Kind = Literal["request", "not_request", "auto_reply"]
Language = Literal["en", "fr", "es"]
LANGUAGES: tuple[str, ...] = ("en", "fr", "es")

Status = Literal["incomplete", "pending_review", "approved", "rejected", "expired"]
STATUSES: tuple[str, ...] = ("incomplete", "pending_review", "approved", "rejected", "expired")
#: Statuses in which a request still waits for someone (the Party or the Secretariat).
OPEN_STATUSES: tuple[str, ...] = ("incomplete", "pending_review")

Category = Literal["customs", "police", "wildlife_authority", "igo", "other"]
Access = Literal["full", "restricted"]
Severity = Literal["error", "warning", "info"]


def iso(dt: datetime) -> str:
    """One timestamp format for the whole store: ISO 8601 in UTC.

    Always UTC, because the store compares timestamps as text: a ``--now``
    or an INTERNALDATE with another offset would otherwise sort wrongly.
    """
    if dt.tzinfo is not None:
        dt = dt.astimezone(UTC)
    return dt.isoformat(timespec="seconds")


def parse_iso(text: str) -> datetime:
    return datetime.fromisoformat(text)


# --------------------------------------------------------------------------- mail


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


@dataclass(frozen=True)
class Problem:
    """Something wrong or noteworthy about one field, with a stable ``code``.

    ``severity`` "error" makes the request incomplete (the Party must fix it);
    "warning" and "info" are shown to the Secretariat but do not block review.
    """

    field: str
    code: str
    message: str
    severity: Severity = "error"

    def to_json(self) -> dict[str, str]:
        return {
            "field": self.field,
            "code": self.code,
            "message": self.message,
            "severity": self.severity,
        }

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Problem:
        return cls(d["field"], d["code"], d["message"], d.get("severity", "error"))


@dataclass
class Draft:
    """Raw field values one reader found for one official, before validation.

    ``fields`` maps a key of :data:`FIELDS` to the text as written; ``origin``
    says where in the message it was read (``"body"``, ``"attachment:form.docx"``,
    ``"attachment:list.xlsx#Sheet1!row3"``) so a reviewer can trace any value.
    ``field_origins`` overrides ``origin`` per field when a draft was merged.
    """

    fields: dict[str, str]
    origin: str
    field_origins: dict[str, str] = field(default_factory=dict)

    def origin_of(self, key: str) -> str:
        return self.field_origins.get(key, self.origin)


@dataclass
class Nominee:
    """One official, validated: normalised values plus what is missing or wrong."""

    country: str | None = None
    country_code: str | None = None
    name: str | None = None
    surname: str | None = None
    organization: str | None = None
    position: str | None = None
    phone: str | None = None
    email: str | None = None
    missing: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    category: Category = "other"
    access: Access = "full"
    #: field -> where its value came from (message-id and part/attachment).
    provenance: dict[str, str] = field(default_factory=dict)

    def value(self, key: str) -> str | None:
        v: str | None = getattr(self, key)
        return v

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def complete(self) -> bool:
        """Ready for the Secretariat's review: nothing missing, nothing invalid."""
        return not self.missing and not self.errors

    @property
    def display_name(self) -> str:
        """"Name Surname" as written, for replies and the review table ("" if unknown)."""
        return " ".join(p for p in (self.name, self.surname) if p)

    def to_json(self) -> dict[str, Any]:
        """The nominee object of the ``extract --json`` contract (plus extras)."""
        return {
            "country": self.country,
            "country_code": self.country_code,
            "name": self.name,
            "surname": self.surname,
            "organization": self.organization,
            "position": self.position,
            "phone": self.phone,
            "email": self.email,
            "missing": list(self.missing),
            "problems": [p.to_json() for p in self.problems],
            "category": self.category,
            "access": self.access,
            "provenance": dict(self.provenance),
        }

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Nominee:
        return cls(
            country=d.get("country"),
            country_code=d.get("country_code"),
            name=d.get("name"),
            surname=d.get("surname"),
            organization=d.get("organization"),
            position=d.get("position"),
            phone=d.get("phone"),
            email=d.get("email"),
            missing=list(d.get("missing", [])),
            problems=[Problem.from_json(p) for p in d.get("problems", [])],
            category=d.get("category", "other"),
            access=d.get("access", "full"),
            provenance=dict(d.get("provenance", {})),
        )


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


# --------------------------------------------------------------------------- requests


@dataclass(frozen=True)
class HistoryEntry:
    """One transition or event in a request's life: when, who, what, why."""

    at: str  # ISO 8601
    actor: str  # "intakebot", "secretariat:<user>", "party"
    event: str  # "created", "status:pending_review", "merged", "reminder", ...
    detail: str = ""

    def to_json(self) -> dict[str, str]:
        return {"at": self.at, "actor": self.actor, "event": self.event, "detail": self.detail}

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> HistoryEntry:
        return cls(d["at"], d["actor"], d["event"], d.get("detail", ""))


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

    def to_json(self) -> dict[str, Any]:
        return {
            "reference": self.reference,
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
        )


# --------------------------------------------------------------------------- outbox


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


# --------------------------------------------------------------------------- ledger


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


# --------------------------------------------------------------------------- replies


@dataclass
class ReplyEntry:
    """What a reply says about one nominee (or one reference)."""

    reference: str
    name: str  # display name of the official, as written ("" if unknown)
    status: str  # status after this message: incomplete / pending_review / ...
    missing: list[str] = field(default_factory=list)  # field keys
    problems: list[Problem] = field(default_factory=list)  # errors and warnings to explain
    already_on_file: bool = False


@dataclass
class ReplyPlan:
    """The workflow's decision to send one templated reply; rendering comes later.

    ``template`` is one of: acknowledgement, missing_info, reminder, expiry,
    approval, rejection, already_on_file, unknown_reference. ``seed`` makes
    the Message-ID deterministic (same decision, same Message-ID), so a reply
    sent twice across a crash is recognisable as the same mail.
    """

    template: str
    language: Language
    to: str
    seed: str
    entries: list[ReplyEntry] = field(default_factory=list)
    in_reply_to: str | None = None  # Message-ID of the Party's message
    thread: list[str] = field(default_factory=list)  # References: chain
    subject: str = ""  # the Party's subject, for "Re: ..."
    reason: str = ""  # rejection reason, in the Secretariat's words
    cited_reference: str | None = None  # for unknown_reference

    @property
    def references(self) -> list[str]:
        return [e.reference for e in self.entries]


# --------------------------------------------------------------------------- state

#: What a source is told about a processed message: only mail the bot owns is marked.
AckKind = Literal["request", "auto_reply", "not_request"]


@dataclass(frozen=True)
class OwedAck:
    """A committed message its source has not been told about yet (``unacknowledged:<source>``)."""

    source_key: str
    mailbox: str
    uidvalidity: int | None
    uid: int | None
    ack: AckKind

    def to_json(self) -> dict[str, Any]:
        return {"source_key": self.source_key, "mailbox": self.mailbox,
                "uidvalidity": self.uidvalidity, "uid": self.uid, "ack": self.ack}

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> OwedAck:
        return cls(str(d["source_key"]), str(d.get("mailbox") or ""), d.get("uidvalidity"),
                   d.get("uid"), d["ack"])

    def as_mail(self) -> RawMail:
        """The message as a source's ``acknowledge`` needs it (no bytes)."""
        return RawMail(b"", self.source_key, 0, mailbox=self.mailbox,
                       uidvalidity=self.uidvalidity, uid=self.uid)


@dataclass(frozen=True)
class PollHealth:
    """The ``poll`` state: when polling last worked, and how long it has been failing."""

    last_success: str = ""
    consecutive_failures: int = 0
    failing_since: str = ""
    last_error: str = ""
    last_attempt: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"last_success": self.last_success, "consecutive_failures": self.consecutive_failures,
                "failing_since": self.failing_since, "last_error": self.last_error,
                "last_attempt": self.last_attempt}

    @classmethod
    def from_json(cls, d: dict[str, Any] | None) -> PollHealth:
        d = d or {}
        return cls(str(d.get("last_success") or ""), int(d.get("consecutive_failures") or 0),
                   str(d.get("failing_since") or ""), str(d.get("last_error") or ""),
                   str(d.get("last_attempt") or ""))

    def succeeded(self, at: str) -> PollHealth:
        return PollHealth(last_success=at, last_attempt=at)

    def failed(self, at: str, error: str) -> PollHealth:
        return PollHealth(self.last_success, self.consecutive_failures + 1,
                          self.failing_since or at, error[:300], at)

    def alert(self, now: datetime, stall_minutes: int) -> str:
        """A loud sentence when polling has failed for too long, else ''."""
        if not self.failing_since:
            return ""
        minutes = (now - datetime.fromisoformat(self.failing_since)).total_seconds() / 60
        if minutes < stall_minutes:
            return ""
        return (
            f"polling has been failing since {self.failing_since} ({int(minutes)} minutes, "
            f"{self.consecutive_failures} attempts): the inbox is not being read"
        )
