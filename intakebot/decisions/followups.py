"""Reminders and expiry for requests left incomplete, derived from the records and ``now``.

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

:func:`plan_followups` is pure: one :class:`~intakebot.decisions.outcome.Outcome`
per group, committed (or, with ``--dry-run``, only shown) by
:mod:`intakebot.run.followups`.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Literal

from intakebot.config import Config
from intakebot.decisions import lifecycle
from intakebot.decisions.outcome import Event, Outcome
from intakebot.decisions.view import StoreView
from intakebot.records import RequestRecord, parse_iso, reference_order

Action = Literal["reminder", "expiry"]


@dataclass(frozen=True)
class _Due:
    record: RequestRecord
    action: Action
    step: int  # reminder number (1-based); 0 for expiry


@dataclass(frozen=True)
class FollowupGroup:
    """One mail (or, after a bounce, one silent expiry) and the records it concerns."""

    action: Action
    step: int
    silent: bool  # expiry without a notice: earlier mail to the sender bounced
    outcome: Outcome

    @property
    def references(self) -> list[str]:
        return [r.reference for r in self.outcome.records]


@dataclass
class FollowupPlan:
    groups: list[FollowupGroup] = field(default_factory=list)
    #: Incomplete, nothing due, and not reminded because earlier mail bounced.
    skipped_delivery_failed: list[str] = field(default_factory=list)


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
    if "delivery_failed" in record.flags or "unreadable_attachment" in record.flags:
        return None  # no address to write to / a person reads the attachment: no "we still need"
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


def _group(members: list[_Due], cfg: Config, now: datetime) -> FollowupGroup:
    """The notice for one group (built before the records change), then the changes."""
    records = [d.record for d in members]
    first, action, step = records[0], members[0].action, members[0].step
    silent = action == "expiry" and "delivery_failed" in first.flags
    if action == "reminder":
        plan = lifecycle.notice(records, template="reminder", seed=f"{first.reference}:reminder:{step}",
                                status="incomplete", details=True)
    else:
        plan = lifecycle.notice(records, template="expiry", seed=f"{first.reference}:expiry",
                                status="expired", details=True)
    events: list[Event] = []
    for rec in records:
        if action == "reminder":
            lifecycle.remind(rec, step, now=now)
            events.append(Event("reminder", f"step {step}", rec.reference))
        else:
            detail = f"no complete details within {cfg.followups.expire_after_days} days"
            if silent:
                detail += "; no notice (earlier delivery failed)"
            lifecycle.expire(rec, detail=detail, now=now)
            events.append(Event("expired", reference=rec.reference))
    outcome = Outcome(records=records, reply=None if silent else plan, events=events,
                      summary=f"{action} {step}" if action == "reminder" else "expiry",
                      reply_in_history=False)  # the reminder / status:expired entry says it
    return FollowupGroup(action, step, silent, outcome)


def plan_followups(view: StoreView, cfg: Config, now: datetime) -> FollowupPlan:
    """Every reminder and expiry due at ``now``, one group per mail (pure)."""
    now = now.astimezone(UTC)  # one offset in the store: its timestamps compare as text
    incomplete = view.requests("incomplete")
    dues = [d for r in incomplete if (d := due_action(r, cfg, now)) is not None]
    due_refs = {d.record.reference for d in dues}
    plan = FollowupPlan(skipped_delivery_failed=[
        r.reference for r in incomplete if "delivery_failed" in r.flags and r.reference not in due_refs
    ])
    groups: dict[tuple[str, str, str, bool, str, int], list[_Due]] = defaultdict(list)
    for d in dues:
        groups[_group_key(d)].append(d)
    for key in sorted(groups):
        members = sorted(groups[key], key=lambda d: reference_order(d.record.reference))
        plan.groups.append(_group(members, cfg, now))
    return plan
