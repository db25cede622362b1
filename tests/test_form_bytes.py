"""The form's fixed parts are written once; every form is still byte for byte what it was.

``mail/form.py`` caches per language the markup that does not change from one form to the
next (title, introduction, label cells) and writes each archive after the base package's
entries without reading that package's directory back. The reference is the writer as it
was (tests/support/form_reference.py): the snapshots' forms in every language, random
officials and values (XML's special characters, tabs, line breaks, spaces at either end,
non-ASCII, blanks), other words, and what was refused is refused the same way. The zip's
timestamps are the clock's (the base package's those of its first use in the process), so
both run at one fixed instant.
"""

from __future__ import annotations

import random
import time
from collections.abc import Iterator

import pytest

from intakebot.config import default_templates_dir
from intakebot.mail import form
from intakebot.mail.form import form_docx
from intakebot.mail.strings import LANGUAGES, Strings, strings_for
from intakebot.records import FIELDS, Nominee, ReplyEntry
from tests.support import form_reference
from tests.support.replies import scenario

_PIECES = ["Ana", "Lucía", "Núñez", "O'Brien", "a & b", "<tag>", "\"q\"", "x]]>", "\t", "\n", "\r\n", " ", "  ",
           "日本", "+254206000800", "01 611 60", "g.wanjiru@kws.go.ke", "", "–", "«\u00a0»"]


@pytest.fixture(autouse=True)
def _one_instant(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Both writers at one instant, their base packages too (zipped once per process, at the clock's time)."""
    monkeypatch.setattr(time, "time", lambda: 1_796_000_000.0)
    form._package.cache_clear()
    form_reference._package.cache_clear()
    yield
    form._package.cache_clear()
    form_reference._package.cache_clear()


def _strings(language: str) -> Strings:
    return strings_for((default_templates_dir().resolve(),), language)


def _same(entries: list[ReplyEntry], s: Strings) -> None:
    assert form_docx(entries, s) == form_reference.form_docx(entries, s)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_snapshot_forms_are_byte_for_byte_what_they_were(language: str) -> None:
    plan = scenario("missing_info", language)
    _same(plan.entries, _strings(language))
    _same(plan.entries[:1], _strings(language))


def _value(rng: random.Random) -> str | None:
    return None if rng.random() < 0.2 else "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 6)))


def _entry(rng: random.Random, i: int) -> ReplyEntry:
    values = {k: _value(rng) for k in FIELDS}
    nominee = None if rng.random() < 0.1 else Nominee(**values)  # type: ignore[arg-type]
    name = rng.choice(["", "Grace Wanjiru", _value(rng) or ""])
    return ReplyEntry(f"CUG-2026-{i:04d}", name, "incomplete", [], [], nominee=nominee)


def test_random_forms_are_byte_for_byte_what_they_were() -> None:
    rng = random.Random(4)
    for i in range(600):
        s = _strings(LANGUAGES[i % 3])
        _same([_entry(rng, i * 3 + n) for n in range(rng.randint(0, 3))], s)


def test_forms_in_other_words_are_byte_for_byte_what_they_were() -> None:
    rng = random.Random(5)
    english = _strings("en")
    for i in range(40):
        table = {f"labels.{k}": _value(rng) or k for k in FIELDS}
        table |= {"form.title": _value(rng) or "T", "form.intro": _value(rng) or "I"}
        s = Strings("xx", table, {k: english.raw(k) for k in english.key_set()})
        _same([_entry(rng, i)], s)
        _same([_entry(rng, i), _entry(rng, i + 1)], s)  # the same words again: from the cache


def test_what_xml_cannot_hold_is_refused_as_before() -> None:
    english = _strings("en")
    bad_label = Strings("xx", {"labels.phone": "Phone\x01"}, {k: english.raw(k) for k in english.key_set()})
    plan = scenario("missing_info", "en")
    bad_value = [ReplyEntry("CUG-2026-0001", "X", "incomplete", [], [], nominee=Nominee(phone="1\x02"))]
    for entries, s in ((plan.entries, bad_label), (plan.entries, bad_label), (bad_value, english)):
        with pytest.raises(ValueError) as got:
            form_docx(entries, s)
        with pytest.raises(ValueError) as expected:
            form_reference.form_docx(entries, s)
        assert str(got.value) == str(expected.value)
