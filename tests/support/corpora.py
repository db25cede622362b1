"""The generated corpora (tests/corpus, tests/heldout, tests/heldout2) as the benchmarks see them.

The generators live beside the data they write; bench/ reaches them only
through here, so moving a generator changes one import, not every benchmark.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pytest

from intakebot.analysis import analyse
from tests.corpus import comparable
from tests.corpus.make_corpus import Case
from tests.corpus.make_corpus import all_cases as corpus_cases
from tests.heldout.make_heldout import all_cases as heldout_cases
from tests.heldout2.make_heldout2 import all_cases as heldout2_cases


def case_params(cases: Mapping[str, Any], known_misses: Mapping[str, str]) -> list[Any]:
    """Every case name, the known misses as strict xfails: a fix shows as XPASS, a regression fails."""
    return [
        pytest.param(n, marks=pytest.mark.xfail(reason=known_misses[n], strict=True)) if n in known_misses else n
        for n in sorted(cases)
    ]


def assert_expected_json(case: Any) -> None:
    """The message's analysis, as ``extract --json`` shows it, equals the hand-written expectation."""
    got = comparable(analyse(case.message).to_json(f"{case.name}.eml"))
    assert got == comparable(case.expected)


__all__ = [
    "Case", "assert_expected_json", "case_params", "corpus_cases", "heldout2_cases", "heldout_cases",
]
