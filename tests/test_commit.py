"""The one writer, checked on the production wiring: decide writes nothing, commit writes the outcome.

No fake allocator and no stand-in store: a real poll through the Maildir
source and the real store file, compared byte for byte and record for record
with what :func:`decide` predicted from a read-only snapshot.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from intakebot.clock import FixedClock
from intakebot.config import Config
from intakebot.decisions.intake import Incoming, decide
from intakebot.mail.replies import message_id_for
from intakebot.records import OutboxItem, RawMail, ReplyPlan
from intakebot.run.app import App
from intakebot.run.commit import commit
from intakebot.run.identity import message_key
from intakebot.run.poll import prepare
from intakebot.sources.maildir import MaildirSource
from intakebot.store import Store, StoreError

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def _drop(inbox: Path, name: str, data: bytes | None = None) -> Path:
    for sub in ("new", "cur", "tmp"):
        (inbox / sub).mkdir(parents=True, exist_ok=True)
    dst = inbox / "new" / f"1700000000.{name}.host"
    if data is None:
        shutil.copy(EXAMPLES / f"{name}.eml", dst)
    else:
        dst.write_bytes(data)
    return dst


def _tables(path: Path) -> dict[str, Any]:
    from intakebot.store import Store

    backup = path.with_name("tables-backup.json")  # the live store is SQLite: read it through a backup
    Store(path).backup(backup)
    data = json.loads(backup.read_bytes())
    return {
        "requests": {d["reference"]: d for d in data["requests"].values()},
        "ledger": {d["key"]: d for d in data["ledger"].values()},
        "outbox": {d["message_id"]: d for d in data["outbox"].values()},
        "events": list(data["events"].values()),
        "state": data["state"]["1"],
    }


def test_decide_on_the_production_store_writes_nothing(local_config: Config, clock: FixedClock) -> None:
    """A read-only snapshot refuses every write: deciding on it proves decide never writes."""
    _drop(local_config.maildir.inbox, "01-en-complete")
    app = App(local_config, clock)
    app.poll_once()  # the store file exists, with one request in it
    before = app.store.path.read_bytes()
    raw = (EXAMPLES / "02-fr-incomplete.eml").read_bytes()
    view = app.store.read()
    analysis = prepare(RawMail(raw, "", len(raw)), view, local_config, clock.now()).analysis
    assert analysis is not None
    outcome = decide(analysis, view, local_config, clock.now(), Incoming(message_key(raw)))
    assert [r.reference for r in outcome.records] == ["new:1"]  # numbered only at commit
    with app.store.transaction() as tx:
        decide(analysis, tx, local_config, clock.now(), Incoming(message_key(raw)))
        assert not tx.dirty
    assert app.store.path.read_bytes() == before
    with pytest.raises(StoreError):  # the snapshot really is read-only
        view.set_state("x", 1)


def test_a_real_poll_writes_exactly_what_decide_predicted(local_config: Config, clock: FixedClock) -> None:
    _drop(local_config.maildir.inbox, "01-en-complete")
    app = App(local_config, clock)
    app.poll_once()
    before = _tables(app.store.path)
    path = _drop(local_config.maildir.inbox, "04-en-table-two-officials")
    snapshot = app.store.read()
    source = MaildirSource(local_config.maildir.inbox)
    [batch] = list(source.batches(snapshot))
    [mail] = batch.mails
    key = message_key(mail.data)
    analysis = prepare(mail, snapshot, local_config, clock.now()).analysis
    assert analysis is not None
    incoming = Incoming(key, mail.received_at, source.name, mail.mailbox, mail.uidvalidity, mail.uid)
    predicted = decide(analysis, snapshot, local_config, clock.now(), incoming)

    report = app.poll_once()
    after = _tables(app.store.path)

    assert [r.kind for r in report.results] == ["request"]
    new_refs = sorted(set(after["requests"]) - set(before["requests"]))
    assert new_refs == ["CUG-2026-0002", "CUG-2026-0003"]  # numbered at commit, in creation order
    numbered = predicted.numbered(dict(zip(predicted.new_references, new_refs, strict=True)))
    reply_id = message_id_for(f"{key}:reply", local_config)
    for rec in numbered.records:
        stored = after["requests"][rec.reference]
        assert stored["reply_ids"] == [reply_id]
        expected = rec.to_json()
        expected["reply_ids"] = [reply_id]
        expected["history"] = stored["history"][:-1] + [stored["history"][-1]]
        assert {k: v for k, v in stored.items() if k != "history"} == {
            k: v for k, v in expected.items() if k != "history"
        }
        assert stored["history"][:-1] == [h.to_json() for h in rec.history]
        assert stored["history"][-1]["event"] == "reply:acknowledgement"
    # Old records untouched; one ledger entry and one reply more, nothing else.
    for ref, doc in before["requests"].items():
        assert after["requests"][ref] == doc
    new_ledger = {k: v for k, v in after["ledger"].items() if k not in before["ledger"]}
    assert list(new_ledger) == [key]
    assert numbered.ledger is not None
    assert new_ledger[key] == numbered.ledger.to_json()
    assert new_ledger[key]["references"] == new_refs
    assert set(after["outbox"]) - set(before["outbox"]) == {reply_id}
    new_events = after["events"][len(before["events"]):]
    assert [(e["kind"], e["reference"]) for e in new_events] == [
        (ev.kind, ev.reference) for ev in numbered.events
    ]
    assert after["state"]["reference_seq"] == {"2026": 3}
    assert not path.exists()  # acknowledged: moved to cur/ after the commit and the send


def _raising(plan: ReplyPlan) -> OutboxItem:
    raise ValueError("not a valid email address")


def test_a_reply_that_cannot_be_composed_writes_nothing_and_uses_no_number(
    tmp_path: Path, local_config: Config, clock: FixedClock
) -> None:
    store = Store(tmp_path / "s.json")
    raw = (EXAMPLES / "01-en-complete.eml").read_bytes()
    now = clock.now()
    with store.transaction() as tx:
        analysis = prepare(RawMail(raw, "", len(raw)), tx, local_config, now).analysis
        assert analysis is not None
        outcome = decide(analysis, tx, local_config, now, Incoming(message_key(raw)))
        with pytest.raises(ValueError):
            commit(outcome, tx, now=now, compose=_raising)
        assert not tx.dirty
        tx.set_state("touched", True)  # so the file is written; the sequence must not be in it
    assert store.read().get_state("reference_seq") is None


def test_a_message_quarantined_at_composition_leaves_the_next_number_free(
    local_config: Config, clock: FixedClock
) -> None:
    """Issue 11 item 16: a reply that cannot be composed used up a reference number."""
    bad = (EXAMPLES / "01-en-complete.eml").read_bytes()
    bad = bad.replace(b"From: Grace Wanjiru <g.wanjiru@kws.go.ke>", b"From: =?utf-8?q?G?= <gr\xc3\xa2ce@kws.go.ke>")
    bad = bad.replace(b"<example-01@kws.go.ke>", b"<bad-01@kws.go.ke>")
    _drop(local_config.maildir.inbox, "00-bad", bad)
    _drop(local_config.maildir.inbox, "03-es-complete")
    report = App(local_config, clock).poll_once()
    kinds = sorted(r.kind for r in report.results)
    assert kinds == ["quarantined", "request"]
    store = App(local_config, clock).store.read()
    assert [r.reference for r in store.requests()] == ["CUG-2026-0001"]
    assert store.get_state("reference_seq") == {"2026": 1}
