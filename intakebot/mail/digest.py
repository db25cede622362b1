"""The Secretariat's daily digest: what waits for review, what is stuck, what broke.

Why it is built from the store alone (no job store, no in-memory counters):
the digest must be right after a restart, and "once a day" is a fact written
in the store (``digest_last_date``, the local calendar date in
``secretariat.timezone``) in the same transaction that queues the mail. So a
restart at 08:05 sends the missed digest once, a second daemon tick at 08:00
sends nothing, and a DST change moves the UTC hour but never the local one.

"Since the last digest" counts from the daemon's last digest
(``digest_last_sent_at``). A digest sent by hand (``digest --send``) says so
and leaves that window where it is, so the next morning's digest still
covers everything since the previous morning.

The digest goes to ``digest_to`` only, as an ``internal`` outbox item; it
never names a Party as recipient. Its content is :mod:`digest_model`; its
words are ``templates/strings/<lang>.toml`` (section ``digest``), rendered by
the same renderer as the replies.
"""

from __future__ import annotations

import csv
import io
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, time

from intakebot.config import Config
from intakebot.decisions.review import escape_cell
from intakebot.errors import IntakebotError
from intakebot.localtime import local_time
from intakebot.mail.digest_model import (
    COUNTED_EVENTS,
    FAILED_WINDOW_DAYS,
    FIRST_DIGEST_WINDOW,
    STATE_LAST_DATE,
    STATE_LAST_SENT_AT,
    Digest,
    FailedRow,
    IncompleteRow,
    PendingRow,
    PollStatus,
    QuarantineRow,
    collect,
    poll_health,
)
from intakebot.mail.letter import phone_display
from intakebot.mail.mime import mail_text
from intakebot.mail.render import renderer_for
from intakebot.mail.review_mail import digest_links as review_links
from intakebot.mail.strings import Strings
from intakebot.records import FIELDS, Attachment, OutboxItem, iso
from intakebot.store import Store, Transaction

__all__ = [
    "COUNTED_EVENTS",
    "FAILED_WINDOW_DAYS",
    "FIRST_DIGEST_WINDOW",
    "STATE_LAST_DATE",
    "STATE_LAST_SENT_AT",
    "Digest",
    "DigestError",
    "DigestResult",
    "FailedRow",
    "IncompleteRow",
    "PendingRow",
    "PollStatus",
    "QuarantineRow",
    "build_digest",
    "local_time",
    "pending_csv",
    "poll_health",
    "queue_digest",
    "render",
    "send_digest",
]

log = logging.getLogger("intakebot.mail.digest")


class DigestError(IntakebotError):
    """The digest cannot be sent as asked (one line for the CLI)."""


def build_digest(view: Transaction, cfg: Config, now: datetime, *, manual: bool = False) -> Digest:
    """Collect the digest's content from a store view and render it (no sending)."""
    digest = collect(view, cfg, now, manual=manual)
    # Helper "review" (issue 13): mailto links per pending request, {} without a usable key.
    digest.extra["review_links"] = review_links([p.record for p in digest.pending], cfg, now)
    render(digest, cfg)
    return digest


# --------------------------------------------------------------------------- render


def subject_of(digest: Digest, s: Strings) -> str:
    """One line: counts first, so the inbox list already tells what waits."""
    parts = [s("digest.subject_alert")] if digest.poll.stalled else []
    line = s(
        "digest.subject",
        date=digest.local_date,
        pending=len(digest.pending),
        incomplete=len(digest.incomplete),
    )
    if digest.attention:
        line += s("attention.subject", count=len(digest.attention))
    if digest.failed:
        line += s("digest.subject_failed", count=len(digest.failed))
    if digest.quarantined:
        line += s("digest.subject_quarantined", count=len(digest.quarantined))
    return " ".join([*parts, line])


def csv_header(s: Strings) -> list[str]:
    return [
        s("digest.reference"),
        *(s.label(k) for k in FIELDS),
        s("digest.access"),
        s("digest.received"),
        s("digest.age"),
        s("digest.flags"),
    ]


def pending_csv(rows: list[PendingRow], s: Strings, cfg: Config) -> str:
    """The pending requests as CSV: phones written as people read them, formulas defused.

    A telephone starts with "+", which a spreadsheet takes for a formula: like
    every cell that could, it gets a leading apostrophe (shown, never run).
    """
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(csv_header(s))
    for p in rows:
        n = p.record.nominee
        values = [phone_display(n.phone or "") if k == "phone" else (n.value(k) or "") for k in FIELDS]
        cells = [
            p.reference,
            *values,
            s.category(p.category, p.access),
            local_time(p.received_at, cfg.secretariat.tz),
            str(p.age_days),
            " ".join(p.flags),
        ]
        w.writerow([escape_cell(c) for c in cells])
    return buf.getvalue()


def render(digest: Digest, cfg: Config) -> None:
    """Fill ``subject``, ``text``, ``html`` and ``csv`` in the digest's language."""
    renderer = renderer_for(cfg.templates_dir)
    s = renderer.strings(digest.language)
    digest.subject = subject_of(digest, s)
    ctx = {"d": digest, "tz": cfg.secretariat.tz}
    rendered = renderer.render("digest", digest.language, digest.subject, ctx)
    digest.text, digest.html = rendered.text, rendered.html
    digest.csv = pending_csv(digest.pending, s, cfg)


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
    s = renderer_for(cfg.templates_dir).strings(digest.language)
    message_id, text = mail_text(
        subject=digest.subject,
        text=digest.text,
        html=digest.html,
        to=list(cfg.secretariat.digest_to),
        cfg=cfg,
        now=now,
        seed=seed,
        auto_submitted="auto-generated",
        language=digest.language,
        sender_name=s("letter.from_name"),
        attachments=(
            Attachment(
                f"pending-review-{digest.local_date}.csv",
                "text/csv",
                digest.csv.encode("utf-8"),
            ),
        ),
    )
    return OutboxItem(
        message_id=message_id,
        to=list(cfg.secretariat.digest_to),
        message=text,
        template="digest",
        references=[p.reference for p in digest.pending],
        queued_at=iso(now),
        next_attempt_at=iso(now),
        internal=True,
    )


def queue_digest(tx: Transaction, cfg: Config, now: datetime, *, force: bool) -> DigestResult:
    """Decide, build, queue and record the digest inside one transaction.

    ``force`` (a digest sent by hand) counts as the day's digest, so the
    daemon does not send another today, but leaves the daemon's "since the
    last digest" window where it was; the digest and the summary say so.
    """
    now = now.astimezone(UTC)  # one offset in the store: its timestamps compare as text
    if not cfg.secretariat.digest_to:
        raise DigestError("no [secretariat] digest_to configured: nowhere to send the digest")
    today = now.astimezone(cfg.secretariat.tz).date().isoformat()
    if not force:
        if now < due_at(cfg, now):
            when = f"{cfg.secretariat.digest_time} {cfg.secretariat.timezone}"
            return DigestResult(False, f"digest not due before {when}")
        if tx.get_state(STATE_LAST_DATE) == today:
            return DigestResult(False, f"digest for {today} already sent")
    digest = build_digest(tx, cfg, now, manual=force)
    # A forced (manual) send gets its own Message-ID; the daily one is one per date.
    seed = f"digest:{today}:{iso(now)}" if force else f"digest:{today}"
    try:
        item = digest_item(digest, cfg, now, seed)
    except ValueError as e:
        raise DigestError(f"[secretariat] digest_to: {e}") from None
    tx.queue(item)
    tx.set_state(STATE_LAST_DATE, today)
    if not force:
        tx.set_state(STATE_LAST_SENT_AT, iso(now))
    window = f"; the daily window still counts from {local_time(digest.since, cfg.secretariat.tz)}"
    return DigestResult(
        True,
        f"digest for {today} queued: {len(digest.attention)} needing a person, {len(digest.pending)} pending review, "
        f"{len(digest.incomplete)} incomplete, {len(digest.failed)} failed deliveries"
        + (window if force else ""),
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
