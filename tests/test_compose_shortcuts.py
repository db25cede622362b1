"""Shortcuts in composing mail give what the long way gave.

Each of these replaced a slower way to the same value (docs/performance.md, "Composing
without the generator"); the long way is written out here as the reference.
"""

from __future__ import annotations

import base64
import os
import random

from intakebot.mail import mime
from intakebot.mail.message import one_line


def _one_line_as_it_was(text: str) -> str:
    cleaned = "".join(" " if (c.isspace() or ord(c) < 32 or ord(c) == 127) else c for c in text)
    return " ".join(cleaned.split())


def test_one_line_collapses_every_character_as_it_did() -> None:
    for cp in range(0x110000):
        c = chr(cp)
        text = f"a{c}b {c}{c}\t{c}"
        assert one_line(text) == _one_line_as_it_was(text), hex(cp)


def test_one_line_collapses_random_text_as_it_did() -> None:
    rng = random.Random(11)
    pool = [chr(c) for c in range(0, 0x30)] + ["\x7f", "\x85", "\u00a0", "\u2028", "\u200b", "\u3000", "é", "–",
                                                "日", "a", "Z", " ", "\ufeff", "\U0001f600"]
    for _ in range(5000):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(0, 40)))
        assert one_line(text) == _one_line_as_it_was(text), repr(text)


def test_a_file_starting_with_a_shared_head_is_encoded_as_base64_encodes_it() -> None:
    rng = random.Random(12)
    head = os.urandom(34_462)
    mime.share_base64_head(head)
    for size in (0, 1, 56, 57, 58, 3000):
        for data in (head + os.urandom(size), head[: 34_428 + size % 40], os.urandom(size), head[:100]):
            assert mime._base64(data) == base64.encodebytes(data).decode("ascii"), (size, len(data))
    for _ in range(200):
        data = head[: rng.randrange(len(head) + 1)] + os.urandom(rng.randrange(200))
        assert mime._base64(data) == base64.encodebytes(data).decode("ascii"), len(data)
