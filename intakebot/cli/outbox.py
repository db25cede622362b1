"""``intakebot outbox``: the replies and digests the bot queued or sent, as people read them."""

from __future__ import annotations

import click

from intakebot.cli.root import fail, main, state
from intakebot.mail.reading import as_read, find_copy, has_body, inert
from intakebot.records import OutboxItem


@main.group("outbox")
def outbox_group() -> None:
    """Look at queued and sent mail (read-only)."""


def _matching(items: list[OutboxItem], key: str) -> list[OutboxItem]:
    key = key.strip()
    if key.startswith("<"):
        return [i for i in items if i.message_id == key]
    ref = key.upper()
    return [i for i in items if ref in i.references]


@outbox_group.command("list")
@click.pass_context
def list_cmd(ctx: click.Context) -> None:
    """One line per mail: when, status, kind, references, Message-ID."""
    for i in state(ctx).app().store.read().outbox():
        refs = ",".join(i.references) or "-"
        click.echo(inert(f"{i.queued_at}  {i.status:<7} {i.template:<18} {refs}  {i.message_id}"))


@outbox_group.command("show")
@click.argument("key")
@click.option("--html", is_flag=True, help="Print the HTML part's source instead of the text part.")
@click.option("--template", "template", default=None, help="Only mail of this kind (e.g. missing_info).")
@click.pass_context
def show_cmd(ctx: click.Context, key: str, html: bool, template: str | None) -> None:
    """Show the mail for a reference (CUG-2026-0007) or a Message-ID, decoded as a person reads it."""
    app = state(ctx).app()
    items = _matching(app.store.read().outbox(), key)
    if template:
        items = [i for i in items if i.template == template]
    if not items:
        fail(f"no queued or sent mail for {key!r}")
    for n, item in enumerate(items):
        if n:
            click.echo("\n" + "=" * 76 + "\n")
        click.echo(f"[{item.status}: {item.template}, {item.message_id}]")
        text = item.message
        if not has_body(text):  # sent: the store keeps the headers only
            text = find_copy(app.cfg.maildir.outbox, item.message_id) or text
        click.echo(as_read(text, html=html), nl=False)
        if not has_body(text):
            click.echo("(sent; the store keeps only the headers of sent mail: see the Sent folder)")
