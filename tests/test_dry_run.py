"""``--dry-run`` on every review and follow-up verb: the same decision, shown, nothing written.

Each test runs the verb with ``--dry-run`` and checks the store file's bytes
and the outbox Maildir are untouched, that the output names the change and
carries the notice's text; then runs it for real and checks the real run did
what the dry run said.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from click.testing import CliRunner, Result

from intakebot.cli import main
from intakebot.config import load
from intakebot.store import Store
from tests.support.configs import write_config
from tests.support.records import make_record, store_with

RECEIVED = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


def _run(cfg_path: Path, *args: str) -> Result:
    return CliRunner().invoke(main, ["--config", str(cfg_path), *args])


def _outbox_files(cfg_path: Path) -> list[Path]:
    new = load(cfg_path).maildir.outbox / "new"
    return sorted(new.iterdir()) if new.exists() else []


def _setup(tmp_path: Path, *records: object, extra: str = "") -> tuple[Path, Path]:
    cfg_path = write_config(tmp_path, extra)
    store = store_with(Path(load(cfg_path).storage.path), *records)  # type: ignore[arg-type]
    return cfg_path, store.path


def test_approve_dry_run_shows_the_change_and_the_notice_and_writes_nothing(tmp_path: Path) -> None:
    cfg_path, store_path = _setup(tmp_path, make_record("CUG-2026-0001", language="fr", received=RECEIVED))
    before = store_path.read_bytes()
    r = _run(cfg_path, "requests", "approve", "CUG-2026-0001", "--by", "alice", "--dry-run")
    assert r.exit_code == 0, r.output
    assert "nothing written, nothing sent" in r.output
    assert "CUG-2026-0001: pending_review -> approved" in r.output
    assert "Subject:" in r.output and "[CUG-2026-0001]" in r.output and "approuv" in r.output
    assert store_path.read_bytes() == before and _outbox_files(cfg_path) == []
    real = _run(cfg_path, "requests", "approve", "CUG-2026-0001", "--by", "alice")
    assert real.exit_code == 0, real.output
    view = Store(store_path).read()
    assert view.request("CUG-2026-0001").status == "approved"  # type: ignore[union-attr]
    [item] = view.outbox()
    assert item.message_id in r.output  # the dry run showed the very notice the real run queued


def test_reject_dry_run_carries_the_reason_and_refuses_as_the_real_run_does(tmp_path: Path) -> None:
    cfg_path, store_path = _setup(
        tmp_path,
        make_record("CUG-2026-0002", language="es", received=RECEIVED),
        make_record("CUG-2026-0003", status="approved", received=RECEIVED),
    )
    before = store_path.read_bytes()
    r = _run(cfg_path, "requests", "reject", "CUG-2026-0002", "--reason", "not_party", "--note", "Motivo claro",
             "--dry-run")
    assert r.exit_code == 0, r.output
    assert "CUG-2026-0002: pending_review -> rejected" in r.output and "Motivo claro" in r.output
    assert "Nota de la Secretaría: Motivo claro" in r.output  # the note under its Spanish label
    assert "Partes en la CITES" in r.output or "Parte en la CITES" in r.output  # the code's Spanish text
    refused = _run(cfg_path, "requests", "reject", "CUG-2026-0003", "--reason", "x", "--dry-run")
    assert refused.exit_code == 2 and "only a request pending review" in refused.output
    assert len(refused.output.strip().splitlines()) == 1
    assert store_path.read_bytes() == before and _outbox_files(cfg_path) == []


def test_followups_dry_run_shows_reminders_and_expiry_and_writes_nothing(tmp_path: Path) -> None:
    t0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    cfg_path, store_path = _setup(
        tmp_path,
        make_record("CUG-2026-0020", status="incomplete", received=t0, missing=("phone",)),
        make_record("CUG-2026-0021", status="incomplete", received=t0 - timedelta(days=20),
                    missing=("phone",), sender="other@kws.go.ke"),
        extra="[followups]\nreminder_after_days = 3\nmax_reminders = 1\nexpire_after_days = 10\n",
    )
    before = store_path.read_bytes()
    at = (t0 + timedelta(days=3)).isoformat()
    r = _run(cfg_path, "followups", "--once", "--now", at, "--dry-run")
    assert r.exit_code == 0, r.output
    assert "dry run, nothing written: follow-ups: 1 reminded (1 mail(s)), 1 expired (1 notice(s))" in r.output
    assert "CUG-2026-0021: incomplete -> expired" in r.output
    assert "CUG-2026-0020: + history reminder reminder 1" in r.output
    assert r.output.count("--- notice") == 2
    assert store_path.read_bytes() == before and _outbox_files(cfg_path) == []
    real = _run(cfg_path, "followups", "--once", "--now", at)
    assert real.exit_code == 0 and "1 reminded (1 mail(s)), 1 expired (1 notice(s))" in real.output
    assert len(_outbox_files(cfg_path)) == 2
    again = _run(cfg_path, "followups", "--once", "--now", at, "--dry-run")
    assert "0 reminded (0 mail(s)), 0 expired (0 notice(s))" in again.output
