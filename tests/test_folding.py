"""Folding for comparison: case and accents go, every other character stays.

``labels.fold`` removes combining marks with one character class (built from
``unicodedata.combining`` over the Basic Multilingual Plane) because a
per-character test was a twentieth of a text message's analysis. These tests
hold the fast path to the rule it replaces, character by character.
"""

from __future__ import annotations

import unicodedata

from intakebot.analysis.labels import fold


def _by_character(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in text if not unicodedata.combining(c))


def test_folding_strips_accents_and_case_in_the_three_languages() -> None:
    assert fold("Prénom") == "prenom" and fold("PAÍS") == "pais" and fold("Côte d’Ivoire") == "cote d’ivoire"
    assert fold("Núñez") == "nunez" and fold("Ωμέγα") == "ωμεγα"


def test_folding_agrees_with_the_per_character_rule_on_every_bmp_character() -> None:
    chars = [chr(c) for c in range(0x80, 0x10000) if not 0xD800 <= c <= 0xDFFF]
    for start in range(0, len(chars), 512):
        block = "é" + "".join(chars[start:start + 512])
        assert fold(block) == _by_character(block), f"block from U+{ord(chars[start]):04X}"
    assert fold("é\u0301x") == _by_character("é\u0301x")


def test_text_beyond_the_bmp_is_folded_by_the_same_rule() -> None:
    text = "Señor 𝔘nicode \U0001d167 Ωμέγα"  # a musical combining mark outside the BMP
    assert fold(text) == _by_character(text)
