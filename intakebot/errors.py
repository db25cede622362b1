"""The one exception root: every error intakebot raises on purpose derives from it.

Why one root: the CLI must turn every failure the bot itself can name into one
line and an exit code, never a traceback, and it can only do that reliably by
catching one class. An exception that is *not* an :class:`IntakebotError` is a
bug, and keeps its traceback.

Each subclass says how the CLI reports it: ``label`` prefixes the one-line
message (``config: ...``) and ``exit_code`` is 2 for what the administrator
must fix (configuration, credentials, an unusable store) and 1 for what may
pass on its own (a server down, a full disk).
"""

from __future__ import annotations

from typing import ClassVar


class IntakebotError(Exception):
    """Root of intakebot's own errors; the message is one line, fit for the administrator."""

    #: How the CLI prefixes the message (empty: no prefix).
    label: ClassVar[str] = ""
    #: The CLI's exit status: 2 for a mistake to fix, 1 for a failure that may pass.
    exit_code: ClassVar[int] = 1

    def one_line(self) -> str:
        """The message on one line (server replies and OS errors may carry newlines)."""
        text = " ".join(str(self).split()) or type(self).__name__
        return f"{self.label}: {text}" if self.label else text


class SourceError(IntakebotError):
    """The mailbox could not be read or marked (IMAP, Maildir)."""

    label = "source"


class TransportError(IntakebotError):
    """Replies could not be handed to the mail server, or their sending not be recorded."""

    label = "outbox"


__all__ = ["IntakebotError", "SourceError", "TransportError"]
