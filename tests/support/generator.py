"""The reference for an outgoing mail's bytes: ``email.mime`` + ``email.generator``, as before.

``mail.mime.mail_text`` writes the text directly; these hold it to what
``message.build_message`` + ``message.wire`` (the generator) write from the same
arguments, wherever a test composes mail through it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from intakebot.mail import digest, mime, outbox, review_mail
from intakebot.mail.message import build_message, wire

#: The modules that compose mail through ``mail_text``, by the name they import it under.
COMPOSERS = (outbox, review_mail, digest)


def generator_text(**kw: Any) -> tuple[str, str]:
    """The Message-ID and the text the generator writes for ``mail_text``'s arguments."""
    msg = build_message(**kw)
    return str(msg["Message-ID"]), wire(msg)


def held_to_the_generator(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Make every ``mail_text`` of the composers also run the generator and assert the same bytes.

    Returns the list of texts checked, so a test can tell that it composed something.
    """
    checked: list[str] = []

    def checking(**kw: Any) -> tuple[str, str]:
        got = mime.mail_text(**kw)
        assert got == generator_text(**kw)
        checked.append(got[1])
        return got

    real: Callable[..., tuple[str, str]] = checking
    for module in COMPOSERS:
        monkeypatch.setattr(module, "mail_text", real)
    return checked
