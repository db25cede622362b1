"""A queued or sent mail as a person reads it: decoded headers and the text part.

The outbox keeps the wire form (quoted-printable, RFC 2047 headers): exact,
but unreadable. ``intakebot outbox show`` and ``scripts/demo.sh`` print this
instead. Values in it came from mail, so control and format characters
(escape sequences, bidi overrides) are replaced before they reach a terminal.
"""

from __future__ import annotations

import unicodedata
from email import message_from_string, policy
from email.message import EmailMessage
from pathlib import Path

#: The headers a reader cares about, in the order a mail client shows them.
SHOWN_HEADERS: tuple[str, ...] = ("From", "To", "Reply-To", "Subject", "Date", "Content-Language")


def inert(text: str) -> str:
    """Text safe for a terminal: control and format characters become "?" (newlines stay)."""
    return "".join(
        c if c in "\n\t" or unicodedata.category(c) not in ("Cc", "Cf") else "?" for c in text
    )


def _part(msg: EmailMessage, subtype: str) -> str:
    body = msg.get_body(preferencelist=(subtype,))
    if body is None:
        return ""
    content = body.get_content()
    return content if isinstance(content, str) else ""


def attachments(msg: EmailMessage) -> list[str]:
    return [p.get_filename() or "(unnamed)" for p in msg.iter_attachments()]


def as_read(wire: str, *, html: bool = False) -> str:
    """Headers, then the text part (or the HTML source with ``html``), then attachment names."""
    msg = message_from_string(wire, policy=policy.default)
    assert isinstance(msg, EmailMessage)
    lines = [f"{name}: {msg[name]}" for name in SHOWN_HEADERS if msg[name] is not None]
    files = attachments(msg)
    if files:
        lines.append("Attachments: " + ", ".join(files))
    body = _part(msg, "html" if html else "plain").replace("\r\n", "\n")
    return inert("\n".join(lines) + "\n\n" + body.rstrip("\n") + "\n")


def find_copy(maildir: Path, message_id: str) -> str | None:
    """The full text of ``message_id`` in a Maildir outbox (the embedded default), or None.

    The store keeps only the headers of a sent mail (see ``journal.sent_summary``);
    a Maildir outbox keeps every mail whole.
    """
    needle = f"Message-ID: {message_id}".encode("ascii", "replace")
    for sub in ("new", "cur"):
        folder = maildir / sub
        if not folder.is_dir():
            continue
        for path in sorted(folder.iterdir()):
            try:
                with path.open("rb") as fh:
                    head = fh.read(16384)
                if needle in head:
                    return path.read_bytes().decode("ascii", "replace")
            except OSError:
                continue
    return None


def has_body(wire: str) -> bool:
    return bool(wire.replace("\r\n", "\n").partition("\n\n")[2].strip())
