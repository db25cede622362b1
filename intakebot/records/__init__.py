"""The typed records that flow between intakebot's stages.

Every stage hands the next one of these small dataclasses; JSON appears only at
the edges (the store file, ``--json`` output), through the ``to_json`` /
``from_json`` methods defined here, so the on-disk and CLI shapes live in one
place. One module per concept; this package re-exports them all, so
``from intakebot.records import X`` is the one way to import a record.
"""

from __future__ import annotations

from intakebot.records.ledger import LedgerEntry, QuarantineEntry
from intakebot.records.mail import Analysis, Attachment, RawMail, Unreadable
from intakebot.records.nominee import Draft, Nominee, Problem
from intakebot.records.outbox import OutboxItem
from intakebot.records.reply import ReplyEntry, ReplyPlan
from intakebot.records.request import HistoryEntry, RequestRecord, reference_order
from intakebot.records.state import AckKind, OwedAck, PollHealth
from intakebot.records.vocabulary import (
    FIELDS,
    LANGUAGES,
    OPEN_STATUSES,
    STATUSES,
    Access,
    Category,
    Kind,
    Language,
    Severity,
    Status,
    iso,
    parse_iso,
)

__all__ = [
    "FIELDS", "LANGUAGES", "OPEN_STATUSES", "STATUSES",
    "Access", "AckKind", "Analysis", "Attachment", "Category", "Draft", "HistoryEntry", "Kind",
    "Language", "LedgerEntry", "Nominee", "OutboxItem", "OwedAck", "PollHealth", "Problem",
    "QuarantineEntry", "RawMail", "ReplyEntry", "ReplyPlan", "RequestRecord", "Severity",
    "Status", "Unreadable", "iso", "parse_iso", "reference_order",
]  # fmt: skip
