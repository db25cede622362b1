"""Closing a "needs a person" item: a proposed change dealt with clears the request's flags; nothing else does.

The decision is pure (``decisions.attention_close.close`` returns an Outcome);
these tests commit it through the one writer over a real store, as
``intakebot attention close`` does.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from intakebot.attention import AttentionItem
from intakebot.decisions.attention_close import close
from intakebot.run.commit import commit
from intakebot.store import Store
from tests.support.records import make_record, store_with

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
REF = "CUG-2026-0001"


def _queued(path: Path, *reasons: str, flags: tuple[str, ...]) -> tuple[Store, list[int]]:
    store = store_with(path, make_record(REF, received=NOW, flags=flags))
    with store.transaction() as tx:
        ids = [tx.add_attention(AttentionItem(key=f"k{i}", reason=r, created_at="2026-03-01T09:00:00+00:00",
                                              references=(REF,), changes={"phone": "+254700000009"}))
               for i, r in enumerate(reasons)]
    return store, ids


def _close(store: Store, item_id: int) -> list[str]:
    with store.transaction() as tx:
        item = tx.attention_item(item_id)
        assert item is not None
        done = commit(close(tx, item, by="secretariat", note="dealt with", now=NOW), tx, now=NOW, compose=None)
    return [r.reference for r in done.outcome.records]


def _flags(store: Store) -> list[str]:
    rec = store.read().request(REF)
    assert rec is not None
    return rec.flags


def test_closing_the_last_identity_change_clears_both_flags(tmp_path: Path) -> None:
    store, [item] = _queued(tmp_path / "s.json", "identity_change", flags=("proposed_change", "identity_change"))
    assert _close(store, item) == [REF]
    assert _flags(store) == []
    [closed] = store.read().attention(None)
    assert (closed.status, closed.closed_by, closed.note) == ("closed", "secretariat", "dealt with")


def test_an_open_identity_change_keeps_the_proposed_change_flag(tmp_path: Path) -> None:
    store, [plain, identity] = _queued(tmp_path / "s.json", "proposed_change", "identity_change",
                                       flags=("proposed_change", "identity_change"))
    assert _close(store, plain) == []
    assert sorted(_flags(store)) == ["identity_change", "proposed_change"]
    assert _close(store, identity) == [REF]
    assert _flags(store) == []


def test_closing_a_question_changes_no_request(tmp_path: Path) -> None:
    store, [question] = _queued(tmp_path / "s.json", "question", flags=("proposed_change", "auth_failed"))
    before = store.read().request(REF)
    assert _close(store, question) == []
    after = store.read().request(REF)
    assert before is not None and after is not None
    assert (after.flags, after.version, len(after.history)) == (before.flags, before.version, len(before.history))
    assert store.read().attention() == []
