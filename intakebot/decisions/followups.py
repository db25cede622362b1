"""Reminders and expiry for requests left incomplete, derived from the store and ``now``.

Why no job store or timers: everything a pass needs (``received_at``,
``last_contact_at``, ``reminders_sent``, ``status``) lives in the record, so a
pass at any time decides the same thing, a restarted daemon neither skips nor
repeats a reminder, and ``followups --once --now ...`` replays the future.

Reminders are grouped: one mail per (sender, language, Party message, step)
names every reference of that message still incomplete. Each reminder's
Message-ID is seeded ``<ref>:reminder:<n>`` with ``ref`` the group's first
reference; since every member is at step ``n`` for the first time, that seed
is unique per record and step, and the step counter is written in the same
transaction as the queued mail, so a rerun sends nothing.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from intakebot.config import Config
from intakebot.decisions.review import display_name
from intakebot.records import HistoryEntry, ReplyEntry, ReplyPlan, RequestRecord, iso, parse_iso
from intakebot.store import Store, Transaction

if TYPE_CHECKING:
    from intakebot.run.app import App

log = logging.getLogger("intakebot.decisions.followups")

ACTOR = "intakebot"


@dataclass
class FollowupReport:
    """What one pass did, by reference (no personal data: safe to log and print)."""

    reminded: list[str] = field(default_factory=list)
    expired: list[str] = field(default_factory=list)
    reminder_mails: int = 0
    expiry_mails: int = 0
    #: Expired without a notice because earlier mail to the sender bounced.
    expired_silently: list[str] = field(default_factory=list)
    skipped_delivery_failed: list[str] = field(default_factory=list)
    #: References whose mail could not be composed (logged; retried next pass).
    errors: list[str] = field(default_factory=list)

    def summary(self) -> str:
        parts = [
            f"{len(self.reminded)} reminded ({self.reminder_mails} mail(s))",
            f"{len(self.expired)} expired ({self.expiry_mails} notice(s))",
        ]
        if self.errors:
            parts.append(f"{len(self.errors)} not composed (see the log)")
        if self.skipped_delivery_failed:
            parts.append(f"{len(self.skipped_delivery_failed)} skipped (delivery failed)")
        line = "follow-ups: " + ", ".join(parts)
        refs = self.reminded + self.expired
        return line + (f": {', '.join(refs)}" if refs else "")


@dataclass(frozen=True)
class _Due:
    record: RequestRecord
    action: str  # "reminder" or "expiry"
    step: int  # reminder number (1-based); 0 for expiry


def _aware(text: str, fallback: datetime) -> datetime:
    if not text:
        return fallback
    try:
        return parse_iso(text)
    except ValueError:
        return fallback


def due_action(record: RequestRecord, cfg: Config, now: datetime) -> _Due | None:
    """The one thing due for ``record`` at ``now``, if any (pure)."""
    if record.status != "incomplete":
        return None
    f = cfg.followups
    received = _aware(record.received_at, now)
    if now >= received + timedelta(days=f.expire_after_days):
        return _Due(record, "expiry", 0)
    if "delivery_failed" in record.flags:
        return None
    if record.reminders_sent >= f.max_reminders:
        return None
    last = _aware(record.last_contact_at, received)
    if now >= last + timedelta(days=f.reminder_after_days):
        return _Due(record, "reminder", record.reminders_sent + 1)
    return None


def _group_key(d: _Due) -> tuple[str, str, str, bool, str, int]:
    r = d.record
    last_msg = r.message_ids[-1] if r.message_ids else ""
    return (r.sender.lower(), r.language, last_msg, "delivery_failed" in r.flags, d.action, d.step)


def plan_followups(tx: Transaction, cfg: Config, now: datetime, report: FollowupReport) -> None:
    """Apply every due reminder/expiry inside ``tx`` and queue their mails."""
    from intakebot.mail.replies import TemplateError, compose

    now = now.astimezone(UTC)  # one offset in the store: its timestamps compare as text
    dues = [d for r in tx.requests("incomplete") if (d := due_action(r, cfg, now)) is not None]
    for r in tx.requests("incomplete"):
        if "delivery_failed" in r.flags and not any(d.record.reference == r.reference for d in dues):
            report.skipped_delivery_failed.append(r.reference)
    groups: dict[tuple[str, str, str, bool, str, int], list[_Due]] = defaultdict(list)
    for d in dues:
        groups[_group_key(d)].append(d)
    at = iso(now)
    for key in sorted(groups):
        members = sorted(groups[key], key=lambda d: d.record.reference)
        first = members[0].record
        action, step = key[4], key[5]
        silent = action == "expiry" and "delivery_failed" in first.flags
        if action == "reminder":
            template, seed = "reminder", f"{first.reference}:reminder:{step}"
            status_after = "incomplete"
        else:
            template, seed = "expiry", f"{first.reference}:expiry"
            status_after = "expired"
        plan = ReplyPlan(
            template=template,
            language=first.language,
            to=first.sender,
            seed=seed,
            in_reply_to=first.message_ids[-1] if first.message_ids else None,
            thread=[*first.message_ids, *first.reply_ids],
            entries=[
                ReplyEntry(
                    reference=d.record.reference,
                    name=display_name(d.record),
                    status=status_after,
                    missing=list(d.record.nominee.missing),
                    problems=list(d.record.nominee.errors),
                )
                for d in members
            ],
        )
        try:
            item = None if silent else compose(plan, cfg, now)
        except (ValueError, TemplateError) as e:
            # One unanswerable address or broken template must not hold up the others;
            # the records stay as they are, so the next pass tries again.
            refs = ", ".join(d.record.reference for d in members)
            log.error("follow-up %s for %s not composed: %s", action, refs, e)
            report.errors.extend(d.record.reference for d in members)
            continue
        queued = item is not None and tx.queue(item)
        for d in members:
            rec = d.record
            if action == "reminder":
                rec.reminders_sent = step
                rec.last_contact_at = at
                rec.history.append(HistoryEntry(at, ACTOR, "reminder", f"reminder {step}"))
                report.reminded.append(rec.reference)
                tx.log_event(now, "reminder", detail=f"step {step}", reference=rec.reference)
            else:
                rec.status = "expired"
                detail = f"no complete details within {cfg.followups.expire_after_days} days"
                if silent:
                    detail += "; no notice (earlier delivery failed)"
                    report.expired_silently.append(rec.reference)
                rec.history.append(HistoryEntry(at, ACTOR, "status:expired", detail))
                report.expired.append(rec.reference)
                tx.log_event(now, "expired", reference=rec.reference)
            if item is not None and item.message_id not in rec.reply_ids:
                rec.reply_ids.append(item.message_id)
            rec.updated_at = at
            tx.put_request(rec)
        if queued:
            if action == "reminder":
                report.reminder_mails += 1
            else:
                report.expiry_mails += 1


def run_followups(store: Store, cfg: Config, now: datetime) -> FollowupReport:
    """One pass over incomplete requests: reminders and expiry, one atomic write."""
    report = FollowupReport()
    with store.transaction() as tx:
        plan_followups(tx, cfg, now, report)
    if report.reminded or report.expired:
        log.info("%s", report.summary())
    return report


def followups_for_app(app: App) -> FollowupReport:
    """The CLI verb and the daemon job: a pass at the app's clock, then a flush."""
    report = run_followups(app.store, app.cfg, app.clock.now())
    if report.reminder_mails or report.expiry_mails:
        try:
            app.flush_outbox()
        except Exception as e:  # the mails stay queued; the next flush retries
            log.warning("outbox flush after follow-ups failed: %s", type(e).__name__)
    return report
