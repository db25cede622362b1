"""Privacy of what the CLI writes beside its output: the log at every level, and the config file.

Why DEBUG needs a rule of its own: intakebot's own log lines carry references
and hashes only, at every level, but the libraries under it do not --
imapclient logs every IMAP exchange at DEBUG, whole fetched messages
included, so ``level = "DEBUG"`` put nominees' names, e-mail addresses and
phone numbers in the journal (issue 11 item 8). :func:`private_logs` lets
through only intakebot's own records below WARNING; a library is heard from
at WARNING and above, whatever the configured level.

A config file holding a password that anybody on the machine can read gets
one warning line (issue 11 item 10): the secret belongs in ``password_env``
or a systemd credential, or the file must be 0600.
"""

from __future__ import annotations

import logging
import os
import stat
import sys
import tomllib
from pathlib import Path

import click

from intakebot import journal

#: Libraries that log message contents or connection chatter below WARNING.
CHATTY = ("imapclient", "imaplib", "mail.log", "aiosmtpd", "asyncio", "filelock", "apscheduler")


class OwnRecordsOnly(logging.Filter):
    """Below WARNING, only intakebot's own records (references and hashes, never mail content)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno >= logging.WARNING:
            return True
        return record.name == "intakebot" or record.name.startswith("intakebot.")


def private_logs() -> None:
    """Apply :class:`OwnRecordsOnly` to the root handlers and quieten the chatty libraries."""
    for name in CHATTY:
        logging.getLogger(name).setLevel(logging.WARNING)
    for handler in logging.getLogger().handlers:
        if not any(isinstance(f, OwnRecordsOnly) for f in handler.filters):
            handler.addFilter(OwnRecordsOnly())


def warn_if_exposed(path: Path) -> None:
    """One warning line when ``path`` is readable by other users and holds a password."""
    try:
        mode = os.stat(path).st_mode
        if not mode & stat.S_IROTH:
            return
        doc = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return  # load() has already said what is wrong with it
    holders = [name for name, section in doc.items()
               if isinstance(section, dict) and section.get("password")]
    if holders:
        where = ", ".join(f"[{h}]" for h in holders)
        prefix = f"<{journal.PRIORITIES[logging.WARNING]}>" if journal.is_journal(sys.stderr) else ""
        click.echo(
            f"{prefix}intakebot: warning: {path} is readable by other users (mode {stat.S_IMODE(mode):04o}) and holds"
            f" a password in {where}: chmod 600 it, or use password_env or a systemd credential",
            err=True,
        )
