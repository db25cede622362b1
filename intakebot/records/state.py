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
    """The ``poll`` state: when polling last worked, how long it has been failing, and its cadence.

    ``interval_seconds`` is the configured poll interval when the state was
    recorded: the health knows how often a success is due, so a poll that
    simply stopped happening (a dead or hung daemon) is an alert too, not only
    one that fails.
    """

    last_success: str = ""
    consecutive_failures: int = 0
    failing_since: str = ""
    last_error: str = ""
    last_attempt: str = ""
    interval_seconds: int = 0

    def to_json(self) -> dict[str, Any]:
        return {"last_success": self.last_success, "consecutive_failures": self.consecutive_failures,
                "failing_since": self.failing_since, "last_error": self.last_error,
                "last_attempt": self.last_attempt, "interval_seconds": self.interval_seconds}

    @classmethod
    def from_json(cls, d: dict[str, Any] | None) -> PollHealth:
        d = d or {}
        return cls(str(d.get("last_success") or ""), int(d.get("consecutive_failures") or 0),
                   str(d.get("failing_since") or ""), str(d.get("last_error") or ""),
                   str(d.get("last_attempt") or ""), int(d.get("interval_seconds") or 0))

    def succeeded(self, at: str, interval_seconds: int = 0) -> PollHealth:
        return PollHealth(last_success=at, last_attempt=at,
                          interval_seconds=interval_seconds or self.interval_seconds)

    def failed(self, at: str, error: str, interval_seconds: int = 0) -> PollHealth:
        return PollHealth(self.last_success, self.consecutive_failures + 1,
                          self.failing_since or at, error[:300], at,
                          interval_seconds or self.interval_seconds)

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

    def failing_alert(self, now: datetime, stall_minutes: int) -> str:
        """A loud sentence when polling has failed for too long, else ''."""
        if not self.stalled(now, stall_minutes):
            return ""
        return (
            f"polling has been failing since {self.failing_since} ({self.failing_minutes(now)} minutes, "
            f"{self.consecutive_failures} attempts): the inbox is not being read"
        )

    def absent_minutes(self, now: datetime, stall_minutes: int, missed_polls: int, interval: int = 0) -> int:
        """Minutes without a successful poll when that is ``missed_polls`` intervals or more, else 0.

        The interval is the recorded one (``interval``, the configured one,
        for a record written before the cadence was kept). Never less than
        ``stall_minutes`` either: a short outage that the failing alert
        tolerates is not called absence. 0 as well when nothing was ever
        polled (a fresh store) or ``missed_polls`` is 0 (off).
        """
        every = self.interval_seconds or interval
        if not self.last_success or missed_polls <= 0 or every <= 0:
            return 0
        minutes = (now - datetime.fromisoformat(self.last_success)).total_seconds() / 60
        limit = max(missed_polls * every / 60, float(stall_minutes))
        return int(minutes) if minutes > limit else 0

    def alert(self, now: datetime, stall_minutes: int, missed_polls: int = 0, interval: int = 0) -> str:
        """The failing alert, else the absence alert, else '' (healthy)."""
        failing = self.failing_alert(now, stall_minutes)
        if failing:
            return failing
        minutes = self.absent_minutes(now, stall_minutes, missed_polls, interval)
        if not minutes:
            return ""
        return (
            f"no successful poll since {self.last_success} ({minutes} minutes; one is due every "
            f"{self.interval_seconds or interval} s): is the daemon running? the inbox is not being read"
        )
