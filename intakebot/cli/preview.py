"""``--dry-run`` output: what a decision would change and the notice it would send.

Plain text only (``click.echo``, no Rich markup): names and subjects come
from untrusted mail.
"""

from __future__ import annotations

from email import message_from_string
from email.message import EmailMessage
from email.policy import default

import click

from intakebot.cli.render import inert, inert_text
from intakebot.records import OutboxItem


def _text_of(item: OutboxItem) -> str:
    msg = message_from_string(item.message, policy=default)
    assert isinstance(msg, EmailMessage)
    body = msg.get_body(preferencelist=("plain",))
    text = body.get_content() if isinstance(body, EmailMessage) else ""
    return f"To: {inert(msg['To'])}\nSubject: {inert(msg['Subject'])}\n\n{inert_text(str(text).rstrip())}"


def show(changes: list[str], notices: list[OutboxItem]) -> None:
    """Print the changes, then each notice's recipient, subject and text."""
    click.echo("dry run: nothing written, nothing sent")
    for line in changes:
        click.echo(f"  {inert(line)}")
    for item in notices:
        click.echo(f"--- notice {item.template} ({inert(item.message_id)})")
        click.echo(_text_of(item))
