"""Shortcuts in composing mail give what the long way gave.

Each of these replaced a slower way to the same value (docs/performance.md, "Composing
without the generator"); the long way is written out here as the reference.
"""

from __future__ import annotations

import random

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
