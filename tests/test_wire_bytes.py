"""The bytes a reply goes out as: what smtplib would put on the wire for the same text, byte for byte."""

from __future__ import annotations

import smtplib
from random import Random

import pytest

from intakebot.mail.transports import wire_bytes


def test_mail_goes_on_the_wire_as_smtplib_would_put_it() -> None:
    rng = Random(20261204)
    pieces = ["a", ".", "\r\n", "\n", "\r", " ", "=", "é"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 40)))
        try:
            expected = smtplib._fix_eols(text).encode("ascii")  # type: ignore[attr-defined]
        except UnicodeEncodeError:
            with pytest.raises(UnicodeEncodeError):
                wire_bytes(text)
            continue
        assert wire_bytes(text) == expected
