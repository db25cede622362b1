"""Typed rows of the store's ``state`` table: owed acknowledgements and poll health."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from intakebot.records.mail import RawMail

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

    def failing_minutes(self, now: datetime) -> int:
        """Whole minutes since polling started failing (0 when it is not, or the time is unreadable)."""
        if not self.failing_since:
            return 0
        try:
            return max(0, int((now - datetime.fromisoformat(self.failing_since)).total_seconds() // 60))
        except (ValueError, TypeError):
            return 0

    def stalled(self, now: datetime, stall_minutes: int) -> bool:
        """Failing for ``stall_minutes`` or longer (``[intake] stall_alert_minutes``): said loudly."""
        return bool(self.failing_since) and self.failing_minutes(now) >= stall_minutes

    def alert(self, now: datetime, stall_minutes: int) -> str:
        """A loud sentence when polling has failed for too long, else ''."""
        if not self.stalled(now, stall_minutes):
            return ""
        return (
            f"polling has been failing since {self.failing_since} ({self.failing_minutes(now)} minutes, "
            f"{self.consecutive_failures} attempts): the inbox is not being read"
        )
