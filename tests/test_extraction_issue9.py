"""The readers' issue-9 tuning cases (tests/corpus/make_issue9.py): each gives its hand-written expectation.

Typed values and qualifier labels, fax numbers and the writer's own signature
kept out, one-sentence nominees in bodies and in DOCX/ODT/PDF/RTF letters,
bottom-posted replies, forwarded history, language from the writer's own text,
and look-alikes that name a person without nominating anyone.
"""

from __future__ import annotations

from collections import Counter

import pytest

from tests.corpus.make_issue9 import all_cases
from tests.support.corpora import assert_expected_json

CASES = {c.name: c for c in all_cases()}


def test_issue9_cases_cover_every_kind_in_three_languages() -> None:
    layouts = Counter(c.expected["layout"] for c in CASES.values())
    for layout in ("typed_value", "sentence", "bottom_post", "forward_chain", "mixed_signature", "letter_docx",
                   "letter_odt", "letter_pdf", "letter_rtf", "negative"):
        assert layouts[layout] >= 1, layout
    langs = Counter(c.expected["language"] for c in CASES.values() if c.expected["kind"] == "request")
    assert min(langs[lang] for lang in ("en", "fr", "es")) >= 5


def test_issue9_generation_is_deterministic() -> None:
    assert {c.name: c.message for c in all_cases()} == {n: c.message for n, c in CASES.items()}


@pytest.mark.parametrize("name", sorted(CASES))
def test_issue9_message_gives_expected_json(name: str) -> None:
    assert_expected_json(CASES[name])
