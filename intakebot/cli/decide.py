"""``intakebot requests approve|reject|revoke|correct|note``: the operator's decisions.

The same decisions as a reviewer's mail (:func:`intakebot.decisions.mail_review.perform`),
so the CLI and the mailbox cannot drift apart; the history names the operator
(``--as NAME``, else the login name) with evidence ``cli``. Every verb takes
``--dry-run``: it prints what would change and the notice that would be sent,
and writes nothing.
"""

from __future__ import annotations

from collections.abc import Callable

import click

from intakebot.cli import preview
from intakebot.cli.identity import operator
from intakebot.cli.review import requests_group
from intakebot.cli.root import fail, state
from intakebot.decisions.commands import FIELD_NAMES, Command, Verb
from intakebot.decisions.outcome import changes
from intakebot.decisions.review import ReviewError, actor_for
from intakebot.errors import IntakebotError

_DRY_RUN = click.option("--dry-run", is_flag=True, help="Show what would change and the notice; write and send nothing.")
_AS = click.option("--as", "--by", "by", default=None, help="Operator's name for the history (default: the login name).")
_NOW = click.option("--now", "now", default=None, help="ISO-8601 time to act at (tests, replays).")
_NOTE = click.option("--note", "note", default="", help="Free text shown in the letter as the Secretariat's note.")


def _acting(f: Callable[..., None]) -> Callable[..., None]:
    """What every decision verb takes after its own arguments: --as, --now, --dry-run and the context."""
    return _AS(_NOW(_DRY_RUN(click.pass_context(f))))


def _run(ctx: click.Context, commands: list[Command], *, by: str | None, now: str | None, dry_run: bool) -> None:
    """Carry out (or preview) each command in its own transaction; exit 2 if any was refused."""
    from intakebot.run import review  # heavy (templates, SMTP): see intakebot.cli

    app = state(ctx).app(now)
    actor = actor_for(operator(by))
    deliver = app.flush_outbox if ctx.meta.get("can_send") else None
    failed = False
    try:
        for cmd in commands:
            try:
                if dry_run:
                    seen = review.preview_command(app.store, cmd, cfg=app.cfg, clock=app.clock, actor=actor)
                    preview.show(changes(seen.outcome, app.store.read()), [seen.notice] if seen.notice else [])
                    continue
                result = review.apply(app.store, deliver, cmd, cfg=app.cfg, clock=app.clock, actor=actor)
            except (ReviewError, IntakebotError) as e:
                if len(commands) == 1:
                    fail(str(e))
                click.echo(f"intakebot: error: {e}", err=True)
                failed = True
                continue
            if result.message_id:
                click.echo(f"{result.reference}: {result.status}; notice {result.delivery}")
            else:
                click.echo(result.delivery)
    finally:
        app.close()
    if failed:
        raise SystemExit(2)


def _ref(reference: str) -> str:
    return reference.strip().upper()


@requests_group.command("approve")
@click.argument("references", nargs=-1, required=True)
@_acting
def approve_cmd(ctx: click.Context, references: tuple[str, ...], by: str | None, now: str | None, dry_run: bool) -> None:
    """Approve pending requests (one or several) and notify each official in their language."""
    cmds = [Command("APPROVE", _ref(r)) for r in dict.fromkeys(references)]
    _run(ctx, cmds, by=by, now=now, dry_run=dry_run)


def _decision(verb: Verb) -> click.Command:
    word = {"REJECT": "Reject a pending request", "REVOKE": "Revoke an approved official's access"}[verb]

    @click.argument("reference")
    @click.option("--reason", "reason", required=True,
                  help="A reason code from templates/review/reasons.toml (its text is sent in the request's language).")
    @_NOTE
    @_acting
    def cmd(ctx: click.Context, reference: str, reason: str, note: str, by: str | None, now: str | None,
            dry_run: bool) -> None:
        _run(ctx, [Command(verb, _ref(reference), reason=reason.strip().lower(), text=note)],
             by=by, now=now, dry_run=dry_run)

    cmd.__doc__ = f"{word} with a reason code (and an optional --note), and notify the official."
    return requests_group.command(verb.lower())(cmd)


reject_cmd = _decision("REJECT")
revoke_cmd = _decision("REVOKE")


@requests_group.command("correct")
@click.argument("reference")
@click.argument("field")
@click.argument("value")
@_acting
def correct_cmd(ctx: click.Context, reference: str, field: str, value: str, by: str | None, now: str | None,
                dry_run: bool) -> None:
    """Correct one field as read (surname, phone, email ...); the request is validated again."""
    key = FIELD_NAMES.get(field.strip().lower().replace("_", " "))
    if key is None:
        fail(f"correct: unknown field {field!r} (country, name, surname, organization, position, phone, email)")
    _run(ctx, [Command("CORRECT", _ref(reference), fields=((key, value),))], by=by, now=now, dry_run=dry_run)


@requests_group.command("note")
@click.argument("reference")
@click.argument("text")
@_acting
def note_cmd(ctx: click.Context, reference: str, text: str, by: str | None, now: str | None, dry_run: bool) -> None:
    """Add a note to a request's history (never sent to anyone)."""
    _run(ctx, [Command("NOTE", _ref(reference), text=text)], by=by, now=now, dry_run=dry_run)
