"""Review commands and tokens (pure): what a reviewer's mail says, and what a token vouches for."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

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
