"""What the Secretariat's digest says, as data read from the store (no words here).

The rows carry raw values (ISO times, field keys, flag codes); the layouts
``templates/digest.{txt,html}.j2`` turn them into words of the digest's
language through ``templates/strings/<lang>.toml``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from intakebot.attention import AttentionItem
from intakebot.config import Config
from intakebot.decisions.review import review_flags
from intakebot.records import RequestRecord, iso, parse_iso, reference_order
from intakebot.store import Transaction
from intakebot.store.state import read_poll_health

#: Event kinds counted "since the last digest", in display order.
COUNTED_EVENTS: tuple[str, ...] = (
    "request_created",
    "follow_up",
    "auto_reply",
    "not_request",
    "quarantined",
    "approved",
    "rejected",
    "expired",
    "reminder",
    "delivery_failed",
)
#: A failed delivery is listed this long: two weeks of mornings is enough to act on it.
FAILED_WINDOW_DAYS = 14
#: Without a previous digest, "since the last digest" means the last day.
FIRST_DIGEST_WINDOW = timedelta(days=1)

STATE_LAST_DATE = "digest_last_date"
STATE_LAST_SENT_AT = "digest_last_sent_at"


@dataclass(frozen=True)
class PendingRow:
    reference: str
    country: str
    name: str
    organization: str
    position: str
    email_domain: str
    category: str
    access: str
    received_at: str
    age_days: int
    age_hours: int
    flags: list[str]
    record: RequestRecord


@dataclass(frozen=True)
class IncompleteRow:
    reference: str
    country: str
    name: str
    missing: list[str]
    errors: list[str]
    reminders_sent: int
    last_contact_at: str
    received_at: str
    age_days: int
    age_hours: int
    flags: list[str]


@dataclass(frozen=True)
class FailedRow:
    what: str  # "outbox" (SMTP gave up) or "bounce" (a delivery report came back)
    references: list[str]
    template: str
    detail: str
    at: str


@dataclass(frozen=True)
class QuarantineRow:
    reason: str
    detail: str
    at: str
    size: int
    sender: str = ""
    subject: str = ""


@dataclass(frozen=True)
class PollStatus:
    """:class:`~intakebot.records.PollHealth` as the digest shows it, at the digest's time."""

    last_success: str
    consecutive_failures: int
    failing_since: str
    #: Failing longer than ``intake.stall_alert_minutes``: said loudly.
    stalled: bool
    failing_minutes: int
    #: No successful poll since then for too long, without failures: not polling at all.
    absent_since: str = ""
    absent_minutes: int = 0


@dataclass
class Digest:
    """Everything the digest says, as data; ``subject``/``text``/``html``/``csv`` rendered."""

    language: str
    generated_at: str  # local time, ISO
    local_date: str
    since: str
    pending: list[PendingRow]
    incomplete: list[IncompleteRow]
    failed: list[FailedRow]
    quarantined: list[QuarantineRow]
    poll: PollStatus
    counts: dict[str, int]
    timezone: str
    #: Sent by hand (``digest --send``): the daemon's window does not move.
    manual: bool = False
    #: Pending review longer than ``[secretariat] escalate_pending_after_days``: said at the top.
    overdue: list[str] = field(default_factory=list)
    escalate_after_days: int = 0
    subject: str = ""
    text: str = ""
    html: str = ""
    csv: str = ""
    extra: dict[str, Any] = field(default_factory=dict)
    #: The open "needs a person" items, shown first (templates/_digest_attention.*.j2).
    attention: list[AttentionItem] = field(default_factory=list)

    @property
    def needs_attention(self) -> bool:
        return bool(self.attention or self.pending or self.failed or self.quarantined or self.poll.stalled)


def age(received_at: str, now: datetime) -> tuple[int, int]:
    """(whole days, whole hours) since ``received_at``; (0, 0) when unreadable."""
    try:
        delta = now - parse_iso(received_at)
    except ValueError:
        return 0, 0
    return max(0, delta.days), max(0, int(delta.total_seconds() // 3600))


def _domain(address: str | None) -> str:
    return (address or "").rpartition("@")[2].lower()


def poll_health(view: Transaction, cfg: Config, now: datetime) -> PollStatus:
    """The ``poll`` health as the digest shows it: stalled when failing past the alert
    threshold, or when no poll has succeeded for ``missed_polls_alert`` intervals."""
    health = read_poll_health(view)
    stalled = bool(health.consecutive_failures) and health.stalled(now, cfg.intake.stall_alert_minutes)
    absent = 0 if stalled else health.absent_minutes(
        now, cfg.intake.stall_alert_minutes, cfg.intake.missed_polls_alert, cfg.intake.poll_interval_seconds)
    return PollStatus(
        last_success=health.last_success,
        consecutive_failures=health.consecutive_failures,
        failing_since=health.failing_since,
        stalled=stalled or bool(absent),
        failing_minutes=health.failing_minutes(now) if health.consecutive_failures else 0,
        absent_since=health.last_success if absent else "",
        absent_minutes=absent,
    )


def pending_rows(view: Transaction, now: datetime) -> list[PendingRow]:
    rows: list[PendingRow] = []
    for r in view.requests("pending_review"):
        days, hours = age(r.received_at, now)
        n = r.nominee
        rows.append(
            PendingRow(
                reference=r.reference,
                country=n.country or "",
                name=n.display_name,
                organization=n.organization or "",
                position=n.position or "",
                email_domain=_domain(n.email),
                category=n.category,
                access=n.access,
                received_at=r.received_at,
                age_days=days,
                age_hours=hours,
                flags=review_flags(r),
                record=r,
            )
        )
    rows.sort(key=lambda p: (-p.age_hours, reference_order(p.reference)))
    return rows


def incomplete_rows(view: Transaction, now: datetime) -> list[IncompleteRow]:
    rows: list[IncompleteRow] = []
    for r in view.requests("incomplete"):
        days, hours = age(r.received_at, now)
        rows.append(
            IncompleteRow(
                reference=r.reference,
                country=r.nominee.country or "",
                name=r.nominee.display_name,
                missing=list(r.nominee.missing),
                errors=sorted({p.field for p in r.nominee.errors} - set(r.nominee.missing)),
                reminders_sent=r.reminders_sent,
                last_contact_at=r.last_contact_at,
                received_at=r.received_at,
                age_days=days,
                age_hours=hours,
                flags=review_flags(r),
            )
        )
    rows.sort(key=lambda i: (-i.age_hours, reference_order(i.reference)))
    return rows


def failed_rows(view: Transaction, now: datetime) -> list[FailedRow]:
    window = iso(now - timedelta(days=FAILED_WINDOW_DAYS))
    failed: list[FailedRow] = [
        FailedRow("outbox", list(i.references), i.template, i.last_error, i.queued_at)
        for i in view.outbox("failed")
        if i.queued_at >= window
    ]
    # A bounce marks both the outbox item and the request: one row, not two.
    listed = {ref for row in failed for ref in row.references}
    for r in view.flagged_requests("delivery_failed", ("incomplete", "pending_review", "approved")):
        if r.reference not in listed:
            failed.append(FailedRow("bounce", [r.reference], "", r.status, r.updated_at))
    return failed


def collect(view: Transaction, cfg: Config, now: datetime, *, manual: bool = False) -> Digest:
    """The digest's content from a store view (nothing rendered, nothing written)."""
    tz = cfg.secretariat.tz
    local = now.astimezone(tz)
    since_text = view.get_state(STATE_LAST_SENT_AT) or ""
    since = parse_iso(since_text) if since_text else now - FIRST_DIGEST_WINDOW
    quarantined = [
        QuarantineRow(q.reason, q.detail[:200], q.quarantined_at, q.size, q.sender, q.subject)
        for q in view.quarantined()
    ]
    counter = view.count_events(since, now.astimezone(UTC))  # counted in SQLite: a day can be thousands
    pending = pending_rows(view, now)
    limit = cfg.secretariat.escalate_pending_after_days
    return Digest(
        language=cfg.secretariat.language,
        generated_at=iso(local),
        local_date=local.date().isoformat(),
        since=iso(since.astimezone(tz)),
        pending=pending,
        incomplete=incomplete_rows(view, now),
        failed=failed_rows(view, now),
        quarantined=quarantined,
        poll=poll_health(view, cfg, now),
        counts={k: counter.get(k, 0) for k in COUNTED_EVENTS},
        timezone=cfg.secretariat.timezone,
        manual=manual,
        overdue=[p.reference for p in pending if limit and p.age_days >= limit],
        escalate_after_days=limit,
        attention=view.attention("open"),
    )
