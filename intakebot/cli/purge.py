"""``purge``: retention on demand, and the files a crash or a failed commit left behind.

The daemon purges once a day; this verb is for an installation run by cron or
by hand, and for seeing what would go first (``--dry-run``).
"""

from __future__ import annotations

import click

from intakebot.cli.root import main, state
from intakebot.run.retention import purge_all


@main.command("purge")
@click.option("--dry-run", is_flag=True, help="Count what would be purged; remove nothing.")
@click.option("--now", "now", default=None, help="ISO-8601 time to apply the retention at.")
@click.pass_context
def purge_cmd(ctx: click.Context, dry_run: bool, now: str | None) -> None:
    """Purge what [storage] retention_days no longer keeps, and orphaned or leftover files.

    Closed (rejected, expired) requests, ledger entries, events, sent replies
    and quarantined mail older than the retention; quarantine copies that no
    entry refers to and crash leftovers older than an hour; outbox tmp/ files
    older than 36 hours. Open and approved requests are never purged.
    """
    app = state(ctx).app(now)
    report = purge_all(app.store, app.cfg, app.clock.now(), dry_run=dry_run)
    for path in report.files:
        click.echo(f"  {'would remove' if dry_run else 'removed'} {path}")
    click.echo(report.summary())
