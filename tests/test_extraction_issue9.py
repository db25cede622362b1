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


def test_a_fax_label_or_a_fax_after_the_number_never_gives_the_telephone() -> None:
    from intakebot.analysis.readers.lines import parse_label

    assert parse_label("Fax: +254 20 2718 028") is None
    assert parse_label("Télécopie : +221 33 889 02 35") is None
    assert parse_label("Tel: +254 20 2718 027 | Fax: +254 20 2718 028") == ("phone", ["+254 20 2718 027"])


def test_an_unknown_label_is_read_only_when_its_value_can_be_nothing_else() -> None:
    from intakebot.analysis import typed
    from intakebot.analysis.readers.lines import parse_label

    assert parse_label("Mailbox: jj@kws.go.ke") == ("email", ["jj@kws.go.ke"])
    assert parse_label("Nation: Kenya") == ("country", ["Kenya"])
    assert parse_label("Subject: Kenya") is None  # a header, whatever its value
    assert parse_label("Employer: Kenya Wildlife Service") == ("organization", ["Kenya Wildlife Service"])
    assert parse_label("Base: Kenya Wildlife Service") is None  # neither a field word nor a typed value
    assert parse_label("Reachable on: 0722 000 111") is None  # a local number without a region is a guess
    with typed.message_region("KE"):
        assert parse_label("Reachable on: 0722 000 111") == ("phone", ["0722 000 111"])
        assert parse_label("Notification: 2018/046") is None


def test_a_top_posted_reply_is_not_read_from_its_quote() -> None:
    from intakebot.analysis.text import strip_quotes

    text = "Thanks, noted.\n\nOn Mon, 10 Jun 2024, Jane <j@kws.go.ke> wrote:\n> Phone: +254 722 000 111\n"
    own, quoted = strip_quotes(text)
    assert "Phone" not in own and "Phone" in quoted
    bottom = "On Mon, 10 Jun 2024, Jane <j@kws.go.ke> wrote:\n> Please send it.\n\nPhone: +254 722 000 111\n"
    own, quoted = strip_quotes(bottom)
    assert "Phone: +254 722 000 111" in own and "Please send it" in quoted


def test_the_language_is_the_writers_not_that_of_the_message_they_attach() -> None:
    from email.mime.message import MIMEMessage
    from email.mime.multipart import MIMEMultipart
    from email.mime.text import MIMEText

    from intakebot.analysis import analyse

    outer = MIMEMultipart("mixed")
    outer["From"], outer["To"], outer["Subject"] = "cites@faune.gouv.cg", "info@cites.org", "Groupe CENcomm"
    outer.attach(MIMEText("Bonjour,\n\nInscription au groupe fermé CITES (CENcomm) :\n\nPays : Congo\nNom : MBEMBA\n"
                          "Prénom : Jean-Pierre\n\nI am sending you the message below.\n", "plain", "utf-8"))
    inner = MIMEText("Hello! This is the attached email, and it is written in English for you.\n")
    inner["From"], inner["Subject"] = "someone@example.org", "Hello"
    outer.attach(MIMEMessage(inner))
    assert analyse(outer.as_bytes()).language == "fr"
