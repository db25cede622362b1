"""The generated corpora (tests/corpus, tests/heldout, tests/heldout2) as the benchmarks see them.

The generators live beside the data they write; bench/ reaches them only
through here, so moving a generator changes one import, not every benchmark.
"""

from __future__ import annotations

from tests.corpus.make_corpus import Case
from tests.corpus.make_corpus import all_cases as corpus_cases
from tests.heldout.make_heldout import all_cases as heldout_cases
from tests.heldout2.make_heldout2 import all_cases as heldout2_cases

__all__ = ["Case", "corpus_cases", "heldout2_cases", "heldout_cases"]
