"""What one poll did, message by message: the summary the CLI prints and the daemon logs.

Apart from the cycle so that the CLI can show a report without importing the
pipeline (``intakebot.run.poll`` loads the readers, decisions and templates).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from intakebot.records import AckKind

if TYPE_CHECKING:
    from intakebot.mail.outbox import FlushReport


@dataclass
class MessageResult:
    key: str
    kind: str  # request / follow_up / not_request / auto_reply / own_mail / quarantined / oversize / duplicate
    references: list[str] = field(default_factory=list)
    reply_template: str = ""
    summary: str = ""
    ack: AckKind | None = None  # what the source is told; derived from ``kind`` unless set
    #: From and Subject as received (untrusted, for the CLI's summary; never logged).
    sender: str = ""
    subject: str = ""

    def __post_init__(self) -> None:
        if self.ack is None:
            self.ack = ack_kind(self.kind)


@dataclass
class PollReport:
    results: list[MessageResult] = field(default_factory=list)
    sent: int = 0
    delivery_failures: int = 0

    def add_flush(self, flushed: FlushReport) -> None:
        self.sent += flushed.sent
        self.delivery_failures += flushed.failed

    def count(self, *kinds: str) -> int:
        return sum(1 for r in self.results if r.kind in kinds)

    @property
    def replies(self) -> int:
        return sum(1 for r in self.results if r.reply_template)


def ack_kind(kind: str) -> AckKind:
    """What the source is told: only mail the bot owns is marked or moved.

    Quarantined and own mail stay untouched (a human decides); the ledger keeps
    the bot from processing them again.
    """
    if kind in ("request", "follow_up", "review_command"):
        return "request"
    if kind == "auto_reply":
        return "auto_reply"
    return "not_request"
