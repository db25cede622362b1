"""The generated corpus: every message gives exactly its hand-written expected JSON."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from intakebot.analysis import analyse
from tests.corpus import comparable
from tests.corpus.make_corpus import all_cases, write_corpus

CASES = all_cases()
NAMES = [c.name for c in CASES]


@pytest.fixture(scope="session")
def corpus_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("corpus")
    write_corpus(d, CASES)
    return d


def test_corpus_has_at_least_80_messages() -> None:
    assert len(CASES) >= 80


def test_corpus_covers_every_kind_in_every_language() -> None:
    seen = Counter((c.expected["kind"], c.expected["language"]) for c in CASES)
    for kind in ("request", "not_request", "auto_reply"):
        for lang in ("en", "fr", "es"):
            assert seen[(kind, lang)] >= 1, (kind, lang)


def test_corpus_covers_every_layout_in_every_language() -> None:
    for lang in ("en", "fr", "es"):
        for fmt in ("lines", "table_tab", "table_pipe", "table_space", "html_table", "docx_kv", "docx_rows",
                    "docx_paragraphs", "xlsx", "csv", "pdf_text", "pdf_form", "odt"):
            assert f"{lang}_{fmt}" in NAMES


def test_corpus_generation_is_deterministic(tmp_path: Path) -> None:
    a = write_corpus(tmp_path / "a", all_cases())
    b = write_corpus(tmp_path / "b", all_cases())
    assert [p.read_bytes() for p in a] == [p.read_bytes() for p in b]


@pytest.mark.parametrize("name", NAMES)
def test_message_gives_expected_json(corpus_dir: Path, name: str) -> None:
    eml = corpus_dir / f"{name}.eml"
    expected = comparable(json.loads((corpus_dir / f"{name}.json").read_text(encoding="utf-8")))
    got = comparable(analyse(eml.read_bytes()).to_json(eml.name))
    assert got == expected
