"""The Secretariat's daily digest: what waits for review, what is stuck, what broke.

Why it is built from the store alone (no job store, no in-memory counters):
the digest must be right after a restart, and "once a day" is a fact written
in the store (``digest_last_date``, the local calendar date in
``secretariat.timezone``) in the same transaction that queues the mail. So a
restart at 08:05 sends the missed digest once, a second daemon tick at 08:00
sends nothing, and a DST change moves the UTC hour but never the local one.

The digest goes to ``digest_to`` only, as an ``internal`` outbox item; it
never names a Party as recipient.
"""

from __future__ import annotations

import csv
import io
import logging
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta, tzinfo
from pathlib import Path
from typing import Any

import jinja2

from intakebot.config import Config
from intakebot.decisions.review import FIELD_LABELS, escape_cell, review_flags
from intakebot.errors import IntakebotError
from intakebot.mail.review_mail import digest_links as review_links
from intakebot.records import FIELDS, Attachment, OutboxItem, RequestRecord, iso, parse_iso
from intakebot.store import Store, Transaction
from intakebot.store.state import read_poll_health

log = logging.getLogger("intakebot.mail.digest")

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


class DigestError(IntakebotError):
    """The digest cannot be sent as asked (one line for the CLI)."""


# --------------------------------------------------------------------------- model


@dataclass(frozen=True)
class PendingRow:
    reference: str
    country: str
    name: str
    organization: str
    position: str
    category: str
    access: str
    received_at: str
    age_days: int
    age: str
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
    age_days: int
    age: str
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
    subject: str = ""
    text: str = ""
    html: str = ""
    csv: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def needs_attention(self) -> bool:
        return bool(self.pending or self.failed or self.quarantined or self.poll.stalled)


# --------------------------------------------------------------------------- build


def _age(received_at: str, now: datetime) -> tuple[int, str]:
    try:
        delta = now - parse_iso(received_at)
    except ValueError:
        return 0, "?"
    if delta >= timedelta(days=1):
        return delta.days, f"{delta.days} d"
    return 0, f"{max(0, int(delta.total_seconds() // 3600))} h"


def _name(r: RequestRecord) -> str:
    return " ".join(p for p in (r.nominee.name, r.nominee.surname) if p)


def poll_health(view: Transaction, cfg: Config, now: datetime) -> PollStatus:
    """The ``poll`` health as the digest shows it; stalled when failing past the alert threshold."""
    health = read_poll_health(view)
    return PollStatus(
        last_success=health.last_success,
        consecutive_failures=health.consecutive_failures,
        failing_since=health.failing_since,
        stalled=bool(health.consecutive_failures) and health.stalled(now, cfg.intake.stall_alert_minutes),
        failing_minutes=health.failing_minutes(now) if health.consecutive_failures else 0,
    )


def build_digest(view: Transaction, cfg: Config, now: datetime) -> Digest:
    """Collect the digest's content from a store view and render it (no sending)."""
    tz = cfg.secretariat.tz
    local = now.astimezone(tz)
    since_text = view.get_state(STATE_LAST_SENT_AT) or ""
    since = parse_iso(since_text) if since_text else now - FIRST_DIGEST_WINDOW

    pending: list[PendingRow] = []
    for r in view.requests("pending_review"):
        days, label = _age(r.received_at, now)
        n = r.nominee
        pending.append(
            PendingRow(
                reference=r.reference,
                country=n.country or "",
                name=_name(r),
                organization=n.organization or "",
                position=n.position or "",
                category=n.category,
                access=n.access,
                received_at=r.received_at,
                age_days=days,
                age=label,
                flags=review_flags(r),
                record=r,
            )
        )
    pending.sort(key=lambda p: (-p.age_days, p.reference))

    incomplete: list[IncompleteRow] = []
    for r in view.requests("incomplete"):
        days, label = _age(r.received_at, now)
        incomplete.append(
            IncompleteRow(
                reference=r.reference,
                country=r.nominee.country or "",
                name=_name(r),
                missing=list(r.nominee.missing),
                errors=sorted({p.field for p in r.nominee.errors} - set(r.nominee.missing)),
                reminders_sent=r.reminders_sent,
                last_contact_at=r.last_contact_at,
                age_days=days,
                age=label,
                flags=review_flags(r),
            )
        )
    incomplete.sort(key=lambda i: (-i.age_days, i.reference))

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

    quarantined = [
        QuarantineRow(q.reason, q.detail[:200], q.quarantined_at, q.size, q.sender, q.subject)
        for q in view.quarantined()
    ]

    until = iso(now.astimezone(UTC))
    counter = Counter(e.get("kind", "") for e in view.events(since) if e.get("at", "") <= until)
    counts = {k: counter.get(k, 0) for k in COUNTED_EVENTS}

    digest = Digest(
        language=cfg.secretariat.language,
        generated_at=iso(local),
        local_date=local.date().isoformat(),
        since=iso(since.astimezone(tz)),
        pending=pending,
        incomplete=incomplete,
        failed=failed,
        quarantined=quarantined,
        poll=poll_health(view, cfg, now),
        counts=counts,
        timezone=cfg.secretariat.timezone,
    )
    digest.extra["review_links"] = review_links([p.record for p in pending], cfg, now)
    render(digest, cfg.templates_dir, tz)
    return digest


# --------------------------------------------------------------------------- render


def local_time(value: str, tz: tzinfo) -> str:
    """An ISO timestamp as the Secretariat reads it: local, to the minute, with the zone."""
    if not value:
        return ""
    try:
        dt = parse_iso(value)
    except ValueError:
        return value
    if dt.tzinfo is None:
        return dt.strftime("%Y-%m-%d %H:%M")
    return dt.astimezone(tz).strftime("%Y-%m-%d %H:%M %Z")


def _env(templates_dir: Path, tz: tzinfo) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir)),
        autoescape=jinja2.select_autoescape(enabled_extensions=("html.j2",), default=False),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["local"] = lambda v: local_time(str(v), tz)
    return env


PENDING_CSV_HEADER: tuple[str, ...] = (
    "Reference",
    *(FIELD_LABELS[k] for k in FIELDS),
    "Category",
    "Access",
    "Received",
    "Age (days)",
    "Flags",
)


def pending_csv(rows: list[PendingRow]) -> str:
    """The pending requests as CSV (escaped like the WCO export)."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(PENDING_CSV_HEADER)
    for p in rows:
        n = p.record.nominee
        cells = [
            p.reference,
            *(n.value(k) or "" for k in FIELDS),
            p.category,
            p.access,
            p.received_at,
            str(p.age_days),
            " ".join(p.flags),
        ]
        w.writerow([escape_cell(c) for c in cells])
    return buf.getvalue()


def render(digest: Digest, templates_dir: Path, tz: tzinfo) -> None:
    """Fill ``subject``, ``text``, ``html`` and ``csv`` from the language's templates."""
    env = _env(templates_dir, tz)
    lang = digest.language
    ctx = {"d": digest}
    digest.subject = " ".join(
        env.get_template(f"{lang}/digest.subject.j2").render(ctx).split()
    )
    digest.text = env.get_template(f"{lang}/digest.txt.j2").render(ctx)
    digest.html = env.get_template(f"{lang}/digest.html.j2").render(ctx)
    digest.csv = pending_csv(digest.pending)


# --------------------------------------------------------------------------- send


@dataclass(frozen=True)
class DigestResult:
    sent: bool
    summary: str
    message_id: str = ""


def due_at(cfg: Config, now: datetime) -> datetime:
    """Today's digest time, in the Secretariat's timezone (DST-correct)."""
    tz = cfg.secretariat.tz
    local = now.astimezone(tz)
    hh, mm = (int(x) for x in cfg.secretariat.digest_time.split(":"))
    return datetime.combine(local.date(), time(hh, mm), tzinfo=tz)


def is_due(view: Transaction, cfg: Config, now: datetime) -> bool:
    """At or after today's digest time, and today's not yet sent."""
    today = now.astimezone(cfg.secretariat.tz).date().isoformat()
    return now >= due_at(cfg, now) and view.get_state(STATE_LAST_DATE) != today


def digest_item(digest: Digest, cfg: Config, now: datetime, seed: str) -> OutboxItem:
    """The digest as an internal outbox item (text + HTML + CSV attachment)."""
    from intakebot.mail.replies import build_message, wire

    msg = build_message(
        subject=digest.subject,
        text=digest.text,
        html=digest.html,
        to=list(cfg.secretariat.digest_to),
        cfg=cfg,
        now=now,
        seed=seed,
        auto_submitted="auto-generated",
        language=cfg.secretariat.language,
        attachments=(
            Attachment(
                f"pending-review-{digest.local_date}.csv",
                "text/csv",
                digest.csv.encode("utf-8"),
            ),
        ),
    )
    return OutboxItem(
        message_id=str(msg["Message-ID"]),
        to=list(cfg.secretariat.digest_to),
        message=wire(msg),
        template="digest",
        references=[p.reference for p in digest.pending],
        queued_at=iso(now),
        next_attempt_at=iso(now),
        internal=True,
    )


def queue_digest(tx: Transaction, cfg: Config, now: datetime, *, force: bool) -> DigestResult:
    """Decide, build, queue and record the digest inside one transaction."""
    now = now.astimezone(UTC)  # one offset in the store: its timestamps compare as text
    if not cfg.secretariat.digest_to:
        raise DigestError("no [secretariat] digest_to configured: nowhere to send the digest")
    local = now.astimezone(cfg.secretariat.tz)
    today = local.date().isoformat()
    if not force:
        if now < due_at(cfg, now):
            return DigestResult(False, f"digest not due before {cfg.secretariat.digest_time} {cfg.secretariat.timezone}")
        if tx.get_state(STATE_LAST_DATE) == today:
            return DigestResult(False, f"digest for {today} already sent")
    digest = build_digest(tx, cfg, now)
    # A forced (manual) send gets its own Message-ID; the daily one is one per date.
    seed = f"digest:{today}:{iso(now)}" if force else f"digest:{today}"
    try:
        item = digest_item(digest, cfg, now, seed)
    except ValueError as e:
        raise DigestError(f"[secretariat] digest_to: {e}") from None
    tx.queue(item)
    tx.set_state(STATE_LAST_DATE, today)
    tx.set_state(STATE_LAST_SENT_AT, iso(now))
    return DigestResult(
        True,
        f"digest for {today} queued: {len(digest.pending)} pending review, "
        f"{len(digest.incomplete)} incomplete, {len(digest.failed)} failed deliveries",
        item.message_id,
    )


def send_digest(
    store: Store, deliver: Callable[[], object], cfg: Config, now: datetime, force: bool = False
) -> DigestResult:
    """Queue today's digest if due (or ``force``), then deliver the outbox (``deliver``).

    At most one unforced digest per local calendar day; a manual ``--send``
    (``force``) counts as that day's digest so the daemon does not repeat it.
    """
    with store.transaction() as tx:
        result = queue_digest(tx, cfg, now, force=force)
    if not result.sent:
        return result
    try:
        deliver()
    except Exception as e:  # it stays queued; the next flush retries
        log.warning("outbox flush after digest failed: %s", type(e).__name__)
    item = store.read().outbox_item(result.message_id)
    state = item.status if item is not None else "queued"
    return DigestResult(True, f"{result.summary}; {state}", result.message_id)
