"""Reminders and expiry, driven by ``now`` alone: reruns send nothing new."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email import message_from_string
from pathlib import Path

from click.testing import CliRunner

from intakebot.cli import main
from intakebot.config import Config, load
from intakebot.decisions.followups import due_action
from intakebot.mail.replies import message_id_for
from intakebot.records import iso
from intakebot.run.followups import run_followups
from intakebot.store import Store
from tests.support.configs import write_config
from tests.support.records import make_record, store_with

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def _at(days: float) -> datetime:
    return T0 + timedelta(days=days)


def _incomplete(ref: str, **kw: object) -> object:
    return make_record(ref, status="incomplete", received=T0, missing=("phone",), **kw)  # type: ignore[arg-type]


def test_reminders_then_expiry_each_once(local_config: Config) -> None:
    store = store_with(Path(local_config.storage.path), _incomplete("CUG-2026-0001", language="fr"))  # type: ignore[arg-type]
    sent: list[tuple[float, str]] = []
    for day in [0, 3, 6.9, 7, 7, 8, 13.9, 14, 14.5, 20, 21, 28, 29.9, 30, 30, 31, 45]:
        before = {i.message_id for i in store.read().outbox()}
        report = run_followups(store, local_config, _at(day))
        new = [i for i in store.read().outbox() if i.message_id not in before]
        assert len(new) == report.reminder_mails + report.expiry_mails
        sent += [(day, i.template) for i in new]
    assert sent == [(7, "reminder"), (14, "reminder"), (30, "expiry")]
    rec = store.read().request("CUG-2026-0001")
    assert rec is not None and rec.status == "expired" and rec.reminders_sent == 2
    assert [h.event for h in rec.history] == ["created", "reminder", "reminder", "status:expired"]
    ids = [i.message_id for i in store.read().outbox()]
    assert ids == [
        message_id_for("CUG-2026-0001:reminder:1", local_config),
        message_id_for("CUG-2026-0001:reminder:2", local_config),
        message_id_for("CUG-2026-0001:expiry", local_config),
    ]
    for item in store.read().outbox():
        msg = message_from_string(item.message)
        assert msg["In-Reply-To"] == rec.message_ids[-1]
        assert item.to == [rec.sender]
    kinds = [e["kind"] for e in store.read().events()]
    assert kinds == ["reminder", "reminder", "expired"]


def test_a_message_from_the_party_postpones_the_reminder(local_config: Config) -> None:
    rec = _incomplete("CUG-2026-0002")
    rec.last_contact_at = iso(_at(5))  # type: ignore[attr-defined]
    store = store_with(Path(local_config.storage.path), rec)  # type: ignore[arg-type]
    assert run_followups(store, local_config, _at(11.9)).reminded == []
    assert run_followups(store, local_config, _at(12)).reminded == ["CUG-2026-0002"]


def test_one_reminder_per_sender_and_message_names_every_reference(local_config: Config) -> None:
    a = _incomplete("CUG-2026-0003", message_id="<list@party.example>", sender="focal@mef.gov.example")
    b = _incomplete("CUG-2026-0004", message_id="<list@party.example>", sender="focal@mef.gov.example")
    c = _incomplete("CUG-2026-0005", language="es")
    store = store_with(Path(local_config.storage.path), a, b, c)  # type: ignore[arg-type]
    report = run_followups(store, local_config, _at(7))
    assert report.reminded == ["CUG-2026-0003", "CUG-2026-0004", "CUG-2026-0005"]
    assert report.reminder_mails == 2
    items = store.read().outbox()
    grouped = [i for i in items if i.to == ["focal@mef.gov.example"]]
    assert len(grouped) == 1 and grouped[0].references == ["CUG-2026-0003", "CUG-2026-0004"]
    assert run_followups(store, local_config, _at(7.5)).reminded == []
    assert len(store.read().outbox()) == 2


def test_delivery_failed_gets_no_reminder_and_expires_without_notice(local_config: Config) -> None:
    store = store_with(Path(local_config.storage.path), _incomplete("CUG-2026-0006", flags=("delivery_failed",)))  # type: ignore[arg-type]
    report = run_followups(store, local_config, _at(8))
    assert report.reminded == [] and report.skipped_delivery_failed == ["CUG-2026-0006"]
    report = run_followups(store, local_config, _at(30))
    assert report.expired == ["CUG-2026-0006"] and report.expiry_mails == 0
    assert store.read().outbox() == []
    rec = store.read().request("CUG-2026-0006")
    assert rec is not None and rec.status == "expired"


def test_only_incomplete_requests_are_followed_up(local_config: Config) -> None:
    recs = [make_record(f"CUG-2026-00{i}", status=s, received=T0) for i, s in  # type: ignore[arg-type]
            enumerate(["pending_review", "approved", "rejected", "expired"], start=10)]
    store = store_with(Path(local_config.storage.path), *recs)
    report = run_followups(store, local_config, _at(60))
    assert (report.reminded, report.expired) == ([], [])
    assert all(due_action(r, local_config, _at(60)) is None for r in recs)


def test_cli_followups_once_with_now(tmp_path: Path) -> None:
    cfg_path = write_config(tmp_path, "[followups]\nreminder_after_days = 3\nmax_reminders = 1\nexpire_after_days = 10\n")
    cfg = load(cfg_path)
    store_with(Path(cfg.storage.path), _incomplete("CUG-2026-0020"))  # type: ignore[arg-type]
    runner = CliRunner()
    base = ["--config", str(cfg_path), "followups", "--once", "--now"]
    r1 = runner.invoke(main, [*base, _at(2).isoformat()])
    assert r1.exit_code == 0, r1.output
    assert "0 reminded" in r1.output
    r2 = runner.invoke(main, [*base, _at(3).isoformat()])
    assert r2.exit_code == 0 and "1 reminded" in r2.output and "CUG-2026-0020" in r2.output
    r3 = runner.invoke(main, [*base, _at(9).isoformat()])
    assert "0 reminded" in r3.output and "0 expired" in r3.output
    r4 = runner.invoke(main, [*base, _at(10).isoformat()])
    assert "1 expired (1 notice(s))" in r4.output
    view = Store(cfg.storage.path).read()
    assert [i.template for i in view.outbox()] == ["reminder", "expiry"]
    # The local transport wrote both into the Maildir outbox.
    assert len(list((cfg.maildir.outbox / "new").iterdir())) == 2


def test_cli_followups_errors_are_one_line(tmp_path: Path) -> None:
    cfg_path = write_config(tmp_path)
    runner = CliRunner()
    bad = runner.invoke(main, ["--config", str(cfg_path), "followups", "--once", "--now", "yesterday"])
    assert bad.exit_code == 2 and "--now" in bad.output and len(bad.output.strip().splitlines()) == 1
    no_once = runner.invoke(main, ["--config", str(cfg_path), "followups"])  # one pass, as with --once
    assert no_once.exit_code == 0 and "0 reminded" in no_once.output


def test_an_unanswerable_sender_does_not_hold_up_the_others(local_config: Config) -> None:
    bad = _incomplete("CUG-2026-0030", sender="not an address")
    good = _incomplete("CUG-2026-0031")
    store = store_with(Path(local_config.storage.path), bad, good)  # type: ignore[arg-type]
    report = run_followups(store, local_config, _at(7))
    assert report.reminded == ["CUG-2026-0031"] and report.errors == ["CUG-2026-0030"]
    assert "1 not composed" in report.summary()
    rec = store.read().request("CUG-2026-0030")
    assert rec is not None and rec.reminders_sent == 0  # untouched: retried next pass
