"""A header pasted with single spaces ("Country Name Surname Organization ...") is found as before.

``split_spaced_header`` stops at the first word that no label can begin with
(``labels.may_begin_label``) instead of trying every phrase length there: most
lines are prose. This holds it to the exhaustive scan it replaced, on every line
of the project's corpora and on every known label.
"""

from __future__ import annotations

import email
from email.policy import compat32

from intakebot.analysis import labels
from intakebot.analysis.labels import label_key, lookup
from intakebot.analysis.readers.table import split_spaced_header
from tests.support.corpora import corpus_cases


def _exhaustive(line: str) -> list[str] | None:
    words = label_key(line).split()
    if len(words) < 4 or len(words) > 40:
        return None
    out: list[str] = []
    i = 0
    while i < len(words):
        for n in range(min(8, len(words) - i), 0, -1):
            phrase = " ".join(words[i : i + n])
            if lookup(phrase) is not None:
                out.append(phrase)
                i += n
                break
        else:
            return None
    return out if len(out) >= 4 else None


def _corpus_lines() -> list[str]:
    lines: list[str] = []
    for case in corpus_cases():
        for part in email.message_from_bytes(case.message, policy=compat32).walk():
            if part.get_content_maintype() == "text":
                payload = part.get_payload(decode=True)
                if isinstance(payload, bytes):
                    lines.extend(payload.decode("utf-8", "replace").splitlines())
    return lines


def test_a_spaced_header_is_split_as_the_exhaustive_scan_splits_it_on_every_corpus_line() -> None:
    lines = _corpus_lines()
    found = 0
    for line in lines:
        got = split_spaced_header(line)
        assert got == _exhaustive(line), line
        found += got is not None
    assert len(lines) > 1000 and found > 0  # the corpora hold spaced headers, and prose around them


def test_every_known_label_may_begin_a_header_with_or_without_filler_or_numbering() -> None:
    exact, loose = labels._index()
    for key in (*exact, *loose):
        assert labels.may_begin_label(key.split()[0]), key
    assert labels.may_begin_label("the") and labels.may_begin_label("3") and labels.may_begin_label("iv")
    assert not labels.may_begin_label("pleased")


def test_a_pasted_header_row_is_still_read_as_one() -> None:
    assert split_spaced_header("Country Name Surname Organization Position Phone Email") is not None
    assert split_spaced_header("We are pleased to nominate the following officials") is None
