"""Log lines for whoever reads them: the systemd journal, or a person at a terminal.

Under systemd (``StandardError=journal``, the default) every line the bot
writes to stderr becomes a journal entry that already carries a timestamp,
the unit and the PID; what the journal cannot know is how severe the line
is. So there, each line starts with the syslog priority, ``<4>`` for a
warning, which journald strips and stores (``journalctl -p warning -u
intakebot`` then filters), and carries no timestamp of its own. On a terminal
or in a file, lines stay as a person reads them: time, level, logger.

"Under systemd" is not merely ``$JOURNAL_STREAM`` being set: that variable is
inherited by every child and survives ``2>file``. It names the device and
inode of the journal's stream, and only when stderr *is* that stream are the
prefixes for the journal (systemd.exec(5)).

What the lines say does not change: references and hashes, never personal data.
"""

from __future__ import annotations

import logging
import os
import sys
from typing import TextIO

#: syslog priorities (RFC 5424) for Python's levels.
PRIORITIES = {logging.CRITICAL: 2, logging.ERROR: 3, logging.WARNING: 4, logging.INFO: 6, logging.DEBUG: 7}
#: The human format, for terminals and files.
HUMAN_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def priority(levelno: int) -> int:
    """The syslog priority of a Python level (custom levels round down to the next named one)."""
    for level in sorted(PRIORITIES, reverse=True):
        if levelno >= level:
            return PRIORITIES[level]
    return PRIORITIES[logging.DEBUG]


def is_journal(stream: TextIO, environ: dict[str, str] | None = None) -> bool:
    """True when ``stream`` is the journal stream systemd connected ($JOURNAL_STREAM=dev:inode)."""
    value = (os.environ if environ is None else environ).get("JOURNAL_STREAM", "")
    dev, sep, ino = value.partition(":")
    if not (sep and dev.isdigit() and ino.isdigit()):
        return False
    try:
        st = os.fstat(stream.fileno())
    except (OSError, ValueError, AttributeError):
        return False  # not a file descriptor (a test's capture, a closed stream)
    return (st.st_dev, st.st_ino) == (int(dev), int(ino))


class JournalFormatter(logging.Formatter):
    """``<N>logger: message``; every line of a multi-line record (a traceback) keeps the prefix."""

    def __init__(self) -> None:
        super().__init__("%(name)s: %(message)s")

    def format(self, record: logging.LogRecord) -> str:
        prefix = f"<{priority(record.levelno)}>"
        return "\n".join(prefix + line for line in super().format(record).splitlines() or [""])


def formatter_for(stream: TextIO) -> logging.Formatter:
    return JournalFormatter() if is_journal(stream) else logging.Formatter(HUMAN_FORMAT)


def configure(level: str, stream: TextIO | None = None) -> None:
    """The root logger writes to stderr, for the journal or for a person (see the module's doc)."""
    out = stream or sys.stderr
    handler = logging.StreamHandler(out)
    handler.setFormatter(formatter_for(out))
    logging.basicConfig(level=getattr(logging, level.upper(), logging.INFO), handlers=[handler])


def error_prefix(stream: TextIO | None = None) -> str:
    """``<3>`` before the CLI's one-line errors when they go to the journal, else nothing."""
    return f"<{PRIORITIES[logging.ERROR]}>" if is_journal(stream or sys.stderr) else ""


__all__ = ["JournalFormatter", "configure", "error_prefix", "formatter_for", "is_journal", "priority"]
