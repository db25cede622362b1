"""Review commands and tokens (pure): what a reviewer's mail says, and what a token vouches for."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from intakebot.decisions import tokens
from intakebot.decisions.commands import parse
from intakebot.review_key import load_or_create
from intakebot.store import Store
from tests.support.records import make_record, store_with

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
KEY = b"k" * 64


def test_several_commands_in_one_mail_with_their_lines() -> None:
    cmds = parse("Re: digest", (
        "approve CUG-2026-0007 token=a\nAPPROVE CUG-2026-0008 token=b\n\n"
        "REJECT CUG-2026-0009 token=c\nReason: not_official\nNote: ask your CITES office\n\n"
        "CORRECT CUG-2026-0010 token=d\nSurname: Koné\nShoe size: 44\n\n"
        "NOTE CUG-2026-0011 token=e called the ministry\nthey confirmed\n"
        "REVOKE CUG-2026-0012 token=f reason=left_post\n"
    ))
    assert [(c.verb, c.reference) for c in cmds] == [
        ("APPROVE", "CUG-2026-0007"), ("APPROVE", "CUG-2026-0008"), ("REJECT", "CUG-2026-0009"),
        ("CORRECT", "CUG-2026-0010"), ("NOTE", "CUG-2026-0011"), ("REVOKE", "CUG-2026-0012")]
    reject, correct, note, revoke = cmds[2:]
    assert (reject.reason, reject.text) == ("not_official", "ask your CITES office")
    assert correct.fields == (("surname", "Koné"),) and correct.unknown_fields == ("shoe size",)
    assert note.text == "called the ministry they confirmed"
    assert (revoke.reason, revoke.token) == ("left_post", "f")


def test_quoted_mail_is_never_read_for_commands() -> None:
    for quote in ("> APPROVE CUG-2026-0002 token=x", "-----Original Message-----\nAPPROVE CUG-2026-0002 token=x",
                  "From: CITES <info@cites.org>\nAPPROVE CUG-2026-0002 token=x",
                  "On Mon, 2 Mar 2026, CITES <info@cites.org> wrote:\nAPPROVE CUG-2026-0002 token=x"):
        cmds = parse("", f"REJECT CUG-2026-0001 token=t reason=duplicate\n\n{quote}\n")
        assert [c.reference for c in cmds] == ["CUG-2026-0001"], quote


def test_subject_counts_only_without_commands_in_the_body_and_once() -> None:
    assert [c.verb for c in parse("RE: APPROVE CUG-2026-0001 token=t", "thanks")] == ["APPROVE"]
    both = parse("APPROVE CUG-2026-0001 token=t", "APPROVE CUG-2026-0001 token=t\n")
    assert len(both) == 1
    assert parse("Hello", "We approve of CUG-2026-0001.") == []


def test_token_is_bound_to_reference_command_version_and_time() -> None:
    t = tokens.issue(KEY, "CUG-2026-0001", "APPROVE", 3, now=NOW, days=14)
    assert tokens.check(KEY, t, "CUG-2026-0001", "APPROVE", 3, now=NOW) == ""
    assert "not valid" in tokens.check(KEY, t, "CUG-2026-0002", "APPROVE", 3, now=NOW)
    assert "not valid" in tokens.check(KEY, t, "CUG-2026-0001", "REJECT", 3, now=NOW)
    assert "earlier version" in tokens.check(KEY, t, "CUG-2026-0001", "APPROVE", 4, now=NOW)
    assert "expired" in tokens.check(KEY, t, "CUG-2026-0001", "APPROVE", 3, now=NOW + timedelta(days=15))
    assert "not valid" in tokens.check(b"x" * 64, t, "CUG-2026-0001", "APPROVE", 3, now=NOW)
    assert tokens.check(KEY, "", "CUG-2026-0001", "APPROVE", 3, now=NOW) == "no valid token in the command"


def test_review_key_is_created_once_with_mode_0600(tmp_path: Path) -> None:
    path = tmp_path / "review.key"
    key = load_or_create(path)
    assert (path.stat().st_mode & 0o777) == 0o600
    assert load_or_create(path) == key and len(key) == 64


def test_record_version_goes_up_when_what_a_reviewer_sees_changes(tmp_path: Path) -> None:
    rec = make_record("CUG-2026-0001", received=NOW)
    store: Store = store_with(tmp_path / "s.json", rec)
    assert store.read().request("CUG-2026-0001").version == 1  # type: ignore[union-attr]
    with store.transaction() as tx:
        r = tx.request("CUG-2026-0001")
        assert r is not None
        r.last_contact_at = "2026-03-03T00:00:00+00:00"  # a Party's "thank you": not what is reviewed
        tx.put_request(r)
    assert store.read().request("CUG-2026-0001").version == 1  # type: ignore[union-attr]
    with store.transaction() as tx:
        r = tx.request("CUG-2026-0001")
        assert r is not None
        r.nominee.surname = "Other"
        tx.put_request(r)
    assert store.read().request("CUG-2026-0001").version == 2  # type: ignore[union-attr]


def test_a_schema_1_store_gets_record_versions_when_opened(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "s.json"
    store_with(path, make_record("CUG-2026-0001", received=NOW))
    conn = sqlite3.connect(path)
    conn.execute("UPDATE requests SET doc = json_remove(doc, '$.version')")
    conn.execute("PRAGMA user_version=1")
    conn.commit()
    conn.close()
    rec = Store(path).read().request("CUG-2026-0001")
    assert rec is not None and rec.version == 1
    conn = sqlite3.connect(path)
    from intakebot.store import SCHEMA_VERSION

    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION  # every later step ran too
    assert conn.execute("SELECT json_extract(doc, '$.version') FROM requests").fetchone()[0] == 1
    conn.close()


def test_hostile_mail_from_a_reviewer_is_never_an_error(tmp_path: Path) -> None:
    from intakebot.config import from_dict
    from intakebot.run.review_intake import read

    cfg = from_dict({"secretariat": {"digest_to": ["cug-review@cites.org"]}}, base_dir=tmp_path, environ={})
    head = b"From: cug-review@cites.org\r\nSubject: APPROVE CUG-2026-0001\r\n"
    for raw in (head + b"Content-Type: multipart/mixed; boundary=\r\n\r\n\xff\xfe" * 50,
                head + b"Content-Transfer-Encoding: base64\r\n\r\n!!!!CUG-",
                b"\x00" * 100 + b"CUG-", head + b"Content-Type: text/plain; charset=x-unknown\r\n\r\nCUG-\xff"):
        result = read(raw, cfg)
        assert result is None or all(c.reference == "CUG-2026-0001" for c in result.commands)
    assert read(head + b"Auto-Submitted: auto-generated\r\n\r\nAPPROVE CUG-2026-0001", cfg) is None


def test_a_flood_of_forged_commands_sends_at_most_twenty_refusal_notices_a_day(tmp_path: Path) -> None:
    from intakebot.config import from_dict
    from intakebot.decisions.commands import Command
    from intakebot.decisions.intake import Incoming
    from intakebot.decisions.mail_review import ReviewMail
    from intakebot.run.review_by_mail import MAX_REFUSAL_NOTICES_PER_DAY, process

    cfg = from_dict({"secretariat": {"digest_to": ["cug-review@cites.org"]}}, base_dir=tmp_path, environ={})
    store = store_with(tmp_path / "s.json", make_record("CUG-2026-0001", received=NOW))
    forged = ReviewMail("cug-review@cites.org", "<x@evil>", "", (Command("APPROVE", "CUG-2026-0001", "t"),))
    for i in range(MAX_REFUSAL_NOTICES_PER_DAY + 5):
        with store.transaction() as tx:
            process(tx, forged, Incoming(f"k{i}"), cfg=cfg, now=NOW, compose=None)
    view = store.read()
    assert len([i for i in view.outbox() if i.template == "review_refusal"]) == MAX_REFUSAL_NOTICES_PER_DAY
    assert len([e for e in view.events() if e["kind"] == "review_refused"]) == MAX_REFUSAL_NOTICES_PER_DAY + 5
    assert view.request("CUG-2026-0001").status == "pending_review"  # type: ignore[union-attr]


def test_the_daemons_start_creates_the_review_key_or_logs_why_not(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    from intakebot.config import from_dict
    from intakebot.run.review_by_mail import ensure_review_key

    cfg = from_dict({"storage": {"path": str(tmp_path / "state" / "s.json")}}, base_dir=tmp_path, environ={})
    (tmp_path / "state").mkdir()
    ensure_review_key(cfg)
    key = tmp_path / "state" / "review.key"
    assert key.is_file() and key.stat().st_mode & 0o077 == 0
    missing = from_dict({"review": {"key_file": "no/such/dir/key"}}, base_dir=tmp_path, environ={})
    ensure_review_key(missing)  # never raises
    assert "review by e-mail is off" in caplog.text and "cannot create the review key" in caplog.text
