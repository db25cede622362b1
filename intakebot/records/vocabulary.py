"""The closed vocabularies of intakebot: the seven fields, kinds, statuses, timestamps."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Literal

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

Status = Literal["incomplete", "pending_review", "approved", "rejected", "expired", "revoked"]
STATUSES: tuple[str, ...] = ("incomplete", "pending_review", "approved", "rejected", "expired", "revoked")
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
