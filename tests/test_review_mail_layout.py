"""Mail to the reviewers speaks [secretariat] language: approved snapshots in three languages.

The review mail, the confirmation and the refusal notice, and the review links of the
digest take every word from section ``[review]`` of the strings files (English per key
underneath), so a French-speaking Secretariat reads French; the command words inside
the links stay the ones the bot reads back. The snapshots in tests/snapshots/ were read
and approved by a person (tests/support/snapshots.py says how to update them).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from html import escape as html_escape
from pathlib import Path

import pytest

from intakebot.analysis.validation import validate
from intakebot.config import Config, default_templates_dir, from_dict
from intakebot.decisions import tokens
from intakebot.decisions.commands import parse as parse_commands
from intakebot.mail import review_mail
from intakebot.mail.digest import build_digest
from intakebot.mail.problems import describe
from intakebot.mail.strings import LANGUAGES, strings_for
from intakebot.records import FIELDS, Problem, RequestRecord
from tests.support.mail import bodies, parse
from tests.support.records import make_record, store_with
from tests.support.review import mailto_parts
from tests.support.snapshots import check_snapshot

NOW = datetime(2026, 3, 30, 6, 0, tzinfo=UTC)
KEY = b"0123456789abcdef0123456789abcdef"
CODES = ["not_official", "not_party", "unverified", "duplicate", "other"]


def _cfg(tmp_path: Path, language: str) -> Config:
    (tmp_path / "review.key").write_text(KEY.decode() + "\n")
    return from_dict(
        {"secretariat": {"digest_to": ["cug-review@cites.org"], "language": language},
         "storage": {"path": str(tmp_path / "s.db")}, "review": {"key_file": "review.key"}},
        base_dir=tmp_path, environ={},
    )


def _request() -> RequestRecord:
    rec = make_record("CUG-2026-0002", language="fr", received=datetime(2026, 3, 29, 8, tzinfo=UTC),
                      sender="x@gmail.com", flags=("auth_failed",))
    rec.nominee.problems.append(Problem.of("email", "sender_differs", "Differs from the sender's address", "info",
                                           value="a.kone@douanes.gouv.ci", sender="x@gmail.com"))
    return rec


def _invalid_phone_request() -> RequestRecord:
    """An incomplete request whose telephone failed validation (its review mail goes out on a stale link)."""
    rec = make_record("CUG-2026-0003", status="incomplete", language="fr",
                      received=datetime(2026, 3, 29, 8, tzinfo=UTC), sender="x@gmail.com")
    values = {k: rec.nominee.value(k) for k in FIELDS} | {"phone": "07 00 12"}
    rec.nominee = validate(values, sender=rec.sender, provenance=rec.nominee.provenance)
    return rec


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_review_mail_matches_its_approved_snapshot(tmp_path: Path, language: str) -> None:
    msg = parse(review_mail.review_item(_request(), _cfg(tmp_path, language), NOW, KEY, CODES).message)
    text, html = bodies(msg)
    check_snapshot(f"review.{language}.txt", str(msg["Subject"]), text, html)
    assert msg["Content-Language"] == language and f'<html lang="{language}">' in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_review_mail_of_an_invalid_phone_matches_its_approved_snapshot(tmp_path: Path, language: str) -> None:
    msg = parse(review_mail.review_item(_invalid_phone_request(), _cfg(tmp_path, language), NOW, KEY, CODES).message)
    text, html = bodies(msg)
    check_snapshot(f"review_invalid.{language}.txt", str(msg["Subject"]), text, html)


def _english_problem_sentences(rec: RequestRecord) -> set[str]:
    english = strings_for((default_templates_dir(),), "en")
    return {p.message for p in rec.nominee.problems} | {describe(p, rec.nominee, english) for p in rec.nominee.problems}


@pytest.mark.parametrize("language", ["fr", "es"])
def test_a_review_mail_in_french_or_spanish_holds_no_english_problem_sentence(tmp_path: Path, language: str) -> None:
    rec = _invalid_phone_request()
    msg = parse(review_mail.review_item(rec, _cfg(tmp_path, language), NOW, KEY, CODES).message)
    text, html = bodies(msg)
    flat = re.sub(r"\n +", " ", text)  # wrapped lines joined (no-break spaces kept)
    english = _english_problem_sentences(rec)
    assert "“07 00 12” is not a valid telephone number." in english  # what an English mail says
    assert [e for e in english if e in flat or html_escape(e) in html] == []
    quoted = {"fr": "«\u00a007 00 12\u00a0» n’est pas un numéro de téléphone valide.",
              "es": "«07 00 12» no es un número de teléfono válido."}[language]
    assert quoted in flat and quoted in html  # the value quoted as given, in the reviewers' words
    assert "Not a valid" not in text + html and "Differs from" not in text + html


def test_the_review_mail_shows_the_telephone_in_its_international_written_form(tmp_path: Path) -> None:
    msg = parse(review_mail.review_item(_request(), _cfg(tmp_path, "en"), NOW, KEY, CODES).message)
    text, html = bodies(msg)
    assert "Contact number: +225 07 00 00 0002" in text and ">+225 07 00 00 0002</td>" in html
    assert "+2250700000002" not in text.replace("%2B2250700000002", "")  # only the CORRECT link keeps E.164


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", ["confirmation", "refusal"])
def test_the_notes_to_reviewers_match_their_approved_snapshots(tmp_path: Path, kind: str, language: str) -> None:
    cfg = _cfg(tmp_path, language)
    done = review_mail.notice_sent_line(make_record("CUG-2026-0002", status="approved", language="es",
                                                    received=NOW), ["ana@minam.gob.pe"], cfg)
    token = tokens.issue(KEY, "CUG-2026-0002", "APPROVE", 1, now=datetime(2026, 3, 1, tzinfo=UTC), days=14)
    expired = tokens.check(KEY, token, "CUG-2026-0002", "APPROVE", 1, now=NOW)
    refused = review_mail.refusal_line("APPROVE CUG-2026-0002", expired, review_mail.reviewer_words(cfg))
    lines = [done] if kind == "confirmation" else [refused]
    item = review_mail.note_item(kind, ["cug-review@cites.org"], lines, cfg, NOW, seed=f"snap:{kind}",  # type: ignore[arg-type]
                                 references=["CUG-2026-0002"], about="someone@cites.org")
    msg = parse(item.message)
    text, html = bodies(msg)
    check_snapshot(f"review_{kind}.{language}.txt", str(msg["Subject"]), text, html)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_digests_review_links_match_their_approved_snapshot(tmp_path: Path, language: str) -> None:
    cfg = _cfg(tmp_path, language)
    store = store_with(
        cfg.storage.path,
        make_record("CUG-2026-0001", received=datetime(2026, 3, 20, 8, tzinfo=UTC)),
        make_record("CUG-2026-0002", language="fr", received=datetime(2026, 3, 29, 8, tzinfo=UTC)),
    )
    d = build_digest(store.read(), cfg, NOW)
    assert d.extra["review_links"]["per"], "the digest must carry review links here"
    check_snapshot(f"digest_review.{language}.txt", d.subject, d.text, d.html)


def test_a_french_review_mails_links_still_carry_commands_the_bot_reads(tmp_path: Path) -> None:
    rec = _request()
    links = review_mail.links(rec, _cfg(tmp_path, "fr"), NOW, KEY, CODES)
    _to, subject, body = mailto_parts(links["CORRECT"])
    [cmd] = parse_commands(subject, body)
    assert cmd.verb == "CORRECT" and cmd.reference == rec.reference and not cmd.unknown_fields
    assert dict(cmd.fields)["surname"] == rec.nominee.surname  # pre-filled lines read back as fields
    [reject] = parse_commands(*mailto_parts(links["REJECT"])[1:])
    assert reject.verb == "REJECT" and reject.reason == "not_official"
