"""The held-out corpus (tests/heldout): messages written unlike the tuning corpus.

Every message the extractor gets right is asserted exactly; the ones it still
gets wrong are xfail with the reason (docs/extraction.md lists them as known
misses), so a fix shows up as XPASS and a regression as a failure.
"""

from __future__ import annotations

from collections import Counter

import pytest

from tests.heldout.make_heldout import all_cases
from tests.support.corpora import assert_expected_json, case_params

CASES = {c.name: c for c in all_cases()}

KNOWN_MISSES: dict[str, str] = {}


def test_heldout_has_at_least_40_messages_of_every_kind_and_language() -> None:
    assert len(CASES) >= 40
    seen = Counter((c.expected["kind"], c.expected["language"]) for c in CASES.values())
    for lang in ("en", "fr", "es"):
        assert seen[("request", lang)] >= 8
        assert seen[("auto_reply", lang)] >= 1
    assert sum(n for (kind, _), n in seen.items() if kind == "not_request") >= 4


def test_heldout_generation_is_deterministic() -> None:
    again = {c.name: c.message for c in all_cases()}
    assert again == {n: c.message for n, c in CASES.items()}


@pytest.mark.parametrize("name", case_params(CASES, KNOWN_MISSES))
def test_heldout_message_gives_expected_json(name: str) -> None:
    assert_expected_json(CASES[name])
