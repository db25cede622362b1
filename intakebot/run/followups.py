"""A follow-up pass: plan (pure), then commit each group's outcome, then send.

One unanswerable address or broken template must not hold up the others:
each group is committed on its own inside the pass's one transaction, and a
group whose mail cannot be composed writes nothing (its records stay as they
are, so the next pass tries again). ``--dry-run`` plans and composes the same
mails and writes nothing.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime

from intakebot.clock import Clock
from intakebot.config import Config
from intakebot.decisions.followups import FollowupGroup, plan_followups
from intakebot.decisions.view import StoreView
from intakebot.mail.replies import TemplateError
from intakebot.records import OutboxItem
from intakebot.run.commit import Composer, commit, composer
from intakebot.run.poll import Deliver
from intakebot.store import Store

log = logging.getLogger("intakebot.run.followups")


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
    #: With ``dry_run``: the groups that would be committed and their mails.
    previews: list[tuple[FollowupGroup, OutboxItem | None]] = field(default_factory=list)
    dry_run: bool = False

    def summary(self) -> str:
        parts = [
            f"{len(self.reminded)} reminded ({self.reminder_mails} mail(s))",
            f"{len(self.expired)} expired ({self.expiry_mails} notice(s))",
        ]
        if self.errors:
            parts.append(f"{len(self.errors)} not composed (see the log)")
        if self.skipped_delivery_failed:
            parts.append(f"{len(self.skipped_delivery_failed)} skipped (delivery failed)")
        line = ("dry run, nothing written: " if self.dry_run else "") + "follow-ups: " + ", ".join(parts)
        refs = self.reminded + self.expired
        return line + (f": {', '.join(refs)}" if refs else "")

    def count(self, group: FollowupGroup, mailed: bool) -> None:
        refs = group.references
        if group.action == "reminder":
            self.reminded.extend(refs)
            self.reminder_mails += int(mailed)
        else:
            self.expired.extend(refs)
            self.expiry_mails += int(mailed)
            if group.silent:
                self.expired_silently.extend(refs)


def _composed(group: FollowupGroup, compose: Composer, report: FollowupReport) -> tuple[bool, OutboxItem | None]:
    """(ok, the group's mail or None for a silent expiry); not ok is logged and counted."""
    if group.outcome.reply is None:
        return True, None
    try:
        return True, compose(group.outcome.reply)
    except (ValueError, TemplateError) as e:
        log.error("follow-up %s for %s not composed: %s", group.action, ", ".join(group.references), e)
        report.errors.extend(group.references)
        return False, None


def _already(item: OutboxItem | None) -> Composer | None:
    """A composer handing over the mail composed before the commit (composed once)."""
    return None if item is None else (lambda _plan: item)


def _preview(view: StoreView, cfg: Config, now: datetime) -> FollowupReport:
    report = FollowupReport(dry_run=True)
    plan = plan_followups(view, cfg, now)
    report.skipped_delivery_failed = plan.skipped_delivery_failed
    compose = composer(cfg, now)
    for group in plan.groups:
        ok, item = _composed(group, compose, report)
        if ok:
            report.previews.append((group, item))
            report.count(group, item is not None)
    return report


def run_followups(store: Store, cfg: Config, now: datetime, *, dry_run: bool = False) -> FollowupReport:
    """One pass over incomplete requests: reminders and expiry, one atomic write."""
    now = now.astimezone(UTC)  # one offset in the store: its timestamps compare as text
    if dry_run:
        return _preview(store.read(), cfg, now)
    report = FollowupReport()
    compose = composer(cfg, now)
    with store.transaction() as tx:
        plan = plan_followups(tx, cfg, now)
        report.skipped_delivery_failed = plan.skipped_delivery_failed
        for group in plan.groups:
            ok, item = _composed(group, compose, report)
            if ok:
                done = commit(group.outcome, tx, now=now, compose=_already(item))
                report.count(group, done.queued)
    if report.reminded or report.expired:
        log.info("%s", report.summary())
    return report


def followups_pass(
    store: Store, deliver: Deliver, cfg: Config, clock: Clock, *, dry_run: bool = False
) -> FollowupReport:
    """The CLI verb and the daemon job: a pass at the clock's time, then a flush."""
    report = run_followups(store, cfg, clock.now(), dry_run=dry_run)
    if not dry_run and (report.reminder_mails or report.expiry_mails):
        try:
            deliver()
        except Exception as e:  # the mails stay queued; the next flush retries
            log.warning("outbox flush after follow-ups failed: %s", type(e).__name__)
    return report
