"""``intakebot attention ...``: the "needs a person" queue on the command line.

``list`` shows the open items (``--all``: closed ones too), ``show ID`` one
item with its excerpt and any proposed change, ``close ID --note ...`` records
that a person dealt with it. Every value printed comes from untrusted mail, so
it is printed as plain text: no markup is interpreted and control characters
(C0 and C1) are replaced, so nothing in a message can restyle the terminal.
"""

from __future__ import annotations

import os

import click

from intakebot.attention import ATTENTION_STATUSES, AttentionItem
from intakebot.cli.render import inert, json_text
from intakebot.cli.root import fail, main, state
from intakebot.decisions.attention_close import close
from intakebot.records import FIELDS


def plain(value: object) -> str:
    """``value`` as one inert line: the CLI's one rule (``cli.render.inert``), also for bidi and zero-width marks."""
    return inert(value)


def _by(by: str | None) -> str:
    return by or os.environ.get("USER") or os.environ.get("LOGNAME") or "unknown"


def proposed_lines(items: list[AttentionItem], reference: str) -> list[str]:
    """``requests show``: the open proposed changes to ``reference``, one plain line per value."""
    lines: list[str] = []
    for item in (i for i in items if reference in i.references and i.changes):
        for key in (k for k in FIELDS if k in item.changes):
            source = plain(item.provenance.get(key, item.message_id))
            lines.append(f"proposed {key}: {plain(item.changes[key])}   (#{item.id} {item.reason}, from {source})")
    return lines


@main.group("attention")
def attention_group() -> None:
    """Messages the bot could not settle by itself: list, show, close."""


def _line(item: AttentionItem) -> str:
    refs = " ".join(item.references) or "-"
    who = plain(item.sender) or "?"
    closed = f"  closed {item.closed_at} by {plain(item.closed_by)}" if item.status == "closed" else ""
    return f"#{item.id}  {item.created_at}  {item.reason}  {refs}  from {who}{closed}"


@attention_group.command("list")
@click.option("--all", "show_all", is_flag=True, help="Closed items too (open ones only by default).")
@click.option("--json", "as_json", is_flag=True, help="Print the items as a JSON array.")
@click.pass_context
def list_cmd(ctx: click.Context, show_all: bool, as_json: bool) -> None:
    """List the open items, oldest first."""
    items = state(ctx).app().store.read().attention(None if show_all else "open")
    if as_json:
        click.echo(json_text([i.to_json() for i in items]))
        return
    click.echo(f"Needs a person ({'all' if show_all else 'open'}): {len(items)}")
    for item in items:
        click.echo(_line(item))
        click.echo(f"    {item.why}{': ' + plain(item.detail) if item.detail else ''}")
        if item.excerpt or item.subject:
            click.echo(f"    \"{plain(item.excerpt or item.subject)}\"")


@attention_group.command("show")
@click.argument("item_id", type=int)
@click.option("--json", "as_json", is_flag=True, help="Print the item as JSON.")
@click.pass_context
def show_cmd(ctx: click.Context, item_id: int, as_json: bool) -> None:
    """Show one item: who wrote, what they wrote (an excerpt), why it waits, any proposed change."""
    item = state(ctx).app().store.read().attention_item(item_id)
    if item is None:
        fail(f"no attention item #{item_id}")
    if as_json:
        click.echo(json_text(item.to_json()))
        return
    click.echo(_line(item))
    click.echo(f"why: {item.why}{' (' + plain(item.detail) + ')' if item.detail else ''}")
    click.echo(f"message: {plain(item.message_id) or '-'}")
    click.echo(f"subject: {plain(item.subject)}")
    click.echo(f"excerpt: {plain(item.excerpt)}")
    for key in (k for k in FIELDS if k in item.changes):
        source = plain(item.provenance.get(key, ""))
        click.echo(f"proposed {key}: {plain(item.changes[key])}" + (f"   (from {source})" if source else ""))
    if item.status == "closed":
        click.echo(f"note: {plain(item.note)}")


@attention_group.command("close")
@click.argument("item_id", type=int)
@click.option("--note", "note", required=True, help="What was done (kept with the item).")
@click.option("--by", "by", default=None, help="Who dealt with it (default: $USER).")
@click.pass_context
def close_cmd(ctx: click.Context, item_id: int, note: str, by: str | None) -> None:
    """Close an item once a person dealt with it (closed items are purged after retention_days)."""
    from intakebot.run.commit import commit  # heavy (templates): see intakebot.cli

    app = state(ctx).app()
    settled: list[str] = []
    with app.store.transaction() as tx:
        item = tx.attention_item(item_id)
        if item is not None and item.status == "open":
            now = app.clock.now()
            committed = commit(close(tx, item, by=_by(by), note=note, now=now), tx, now=now, compose=None)
            settled = [r.reference for r in committed.outcome.records]
    if item is None:
        fail(f"no attention item #{item_id}")
    if item.status == "closed":
        click.echo(f"#{item_id} was already closed ({item.closed_at}, by {plain(item.closed_by)})")
        return
    click.echo(f"#{item_id} closed" + (f"; proposed change no longer flagged on {', '.join(settled)}" if settled else ""))


__all__ = ["ATTENTION_STATUSES", "attention_group", "plain", "proposed_lines"]
