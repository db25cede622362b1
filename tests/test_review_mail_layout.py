"""Mail to the reviewers speaks [secretariat] language: approved snapshots in three languages.

The review mail, the confirmation and the refusal notice, and the review links of the
digest take every word from section ``[review]`` of the strings files (English per key
underneath), so a French-speaking Secretariat reads French; the command words inside
the links stay the ones the bot reads back. The snapshots in tests/snapshots/ were read
and approved by a person (tests/support/snapshots.py says how to update them).
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from intakebot.config import Config, from_dict
from intakebot.decisions.commands import parse as parse_commands
from intakebot.mail import review_mail
from intakebot.mail.digest import build_digest
from intakebot.mail.strings import LANGUAGES
from intakebot.records import Problem, RequestRecord
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
    rec.nominee.problems.append(Problem("email", "freemail", "Free-mail address", "warning"))
    return rec


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_review_mail_matches_its_approved_snapshot(tmp_path: Path, language: str) -> None:
    msg = parse(review_mail.review_item(_request(), _cfg(tmp_path, language), NOW, KEY, CODES).message)
    text, html = bodies(msg)
    check_snapshot(f"review.{language}.txt", str(msg["Subject"]), text, html)
    assert msg["Content-Language"] == language and f'<html lang="{language}">' in html


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", ["confirmation", "refusal"])
def test_the_notes_to_reviewers_match_their_approved_snapshots(tmp_path: Path, kind: str, language: str) -> None:
    cfg = _cfg(tmp_path, language)
    done = review_mail.notice_sent_line(make_record("CUG-2026-0002", status="approved", language="es",
                                                    received=NOW), ["ana@minam.gob.pe"], cfg)
    lines = [done] if kind == "confirmation" else ["APPROVE CUG-2026-0002: the token has expired"]
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
