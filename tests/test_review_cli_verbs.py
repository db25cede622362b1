"""Issue 13 item 5: the review verbs on a real install.

They need no IMAP/SMTP secrets (the notice is queued; the daemon sends it),
record the operator, take several references, preview with --dry-run, and
refuse -- touching nothing -- when run as another user than the store's owner.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from intakebot.cli import main
from intakebot.config import load
from intakebot.store import Store
from tests.support.configs import write_config
from tests.support.records import make_record, store_with

RECEIVED = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
ROOT = Path(__file__).resolve().parent.parent


def run(cfg_path: Path, *args: str, env: dict[str, str] | None = None) -> Result:
    return CliRunner().invoke(main, ["--config", str(cfg_path), *args], env=env)


@pytest.fixture
def cfg_path(tmp_path: Path) -> Path:
    path = write_config(tmp_path)
    store_with(
        load(path).storage.path,
        make_record("CUG-2026-0001", language="fr", received=RECEIVED),
        make_record("CUG-2026-0002", language="es", received=RECEIVED),
        make_record("CUG-2026-0003", status="approved", received=RECEIVED),
        make_record("CUG-2026-0004", status="incomplete", missing=("phone",), received=RECEIVED),
    )
    return path


def view(cfg_path: Path) -> Store:
    return Store(load(cfg_path).storage.path)


def test_approve_several_records_the_operator_given_with_as(cfg_path: Path) -> None:
    r = run(cfg_path, "requests", "approve", "CUG-2026-0001", "cug-2026-0002", "--as", "Marie Dupont")
    assert r.exit_code == 0, r.output
    assert "CUG-2026-0001: approved" in r.output and "CUG-2026-0002: approved" in r.output
    for ref in ("CUG-2026-0001", "CUG-2026-0002"):
        rec = view(cfg_path).read().request(ref)
        assert rec is not None and rec.status == "approved"
        assert (rec.history[-1].actor, rec.history[-1].evidence) == ("secretariat:Marie Dupont", "cli")


def test_approve_several_goes_on_past_a_refused_one_and_exits_2(cfg_path: Path) -> None:
    r = run(cfg_path, "requests", "approve", "CUG-2026-0004", "CUG-2026-0001")
    assert r.exit_code == 2 and "CUG-2026-0004 is incomplete" in r.output
    assert view(cfg_path).read().request("CUG-2026-0001").status == "approved"  # type: ignore[union-attr]


def test_correct_revalidates_and_completes_an_incomplete_request(cfg_path: Path) -> None:
    bad = run(cfg_path, "requests", "correct", "CUG-2026-0004", "phone", "not a number")
    assert bad.exit_code == 2 and "phone: Not a valid telephone number" in bad.output
    ok = run(cfg_path, "requests", "correct", "CUG-2026-0004", "Contact number", "+41 22 917 81 39")
    assert ok.exit_code == 0, ok.output
    rec = view(cfg_path).read().request("CUG-2026-0004")
    assert rec is not None and rec.status == "pending_review" and rec.nominee.phone == "+41229178139"
    assert [h.event for h in rec.history][-2:] == ["corrected", "status:pending_review"]
    assert rec.nominee.provenance["phone"].startswith("corrected by secretariat:")


def test_note_and_revoke_and_their_dry_runs(cfg_path: Path) -> None:
    store_file = load(cfg_path).storage.path
    before = store_file.read_bytes()
    dry = run(cfg_path, "requests", "revoke", "CUG-2026-0003", "--reason", "left_post", "--dry-run")
    assert dry.exit_code == 0, dry.output
    assert "approved -> revoked" in dry.output and "no longer holds the position" in dry.output
    dry_note = run(cfg_path, "requests", "note", "CUG-2026-0003", "Called the ministry", "--dry-run")
    assert dry_note.exit_code == 0 and "+ history note Called the ministry" in dry_note.output
    assert store_file.read_bytes() == before
    assert run(cfg_path, "requests", "note", "CUG-2026-0003", "Called the ministry").exit_code == 0
    gone = run(cfg_path, "requests", "revoke", "CUG-2026-0003", "--reason", "left_post")
    assert gone.exit_code == 0, gone.output
    rec = view(cfg_path).read().request("CUG-2026-0003")
    assert rec is not None and rec.status == "revoked"
    assert [i.template for i in view(cfg_path).read().outbox()] == ["revocation"]
    assert run(cfg_path, "requests", "export", "--csv").output.count("CUG-2026-0003") == 0


def test_review_verbs_need_no_imap_or_smtp_secrets(tmp_path: Path) -> None:
    extra = ('[imap]\nhost = "127.0.0.1"\nusername = "bot"\npassword_env = "INTAKEBOT_TEST_UNSET"\n'
             '[smtp]\nhost = "127.0.0.1"\nusername = "bot"\npassword_env = "INTAKEBOT_TEST_UNSET"\n'
             'from_address = "info@cites.org"\n')
    path = write_config(tmp_path, extra)
    env = {"INTAKEBOT_TEST_UNSET": ""}
    assert run(path, "status", env=env).exit_code == 2  # the daemon's verbs do need them
    store_with(load(path, secrets=False).storage.path, make_record("CUG-2026-0001", received=RECEIVED))
    assert run(path, "requests", "list", env=env).exit_code == 0
    r = run(path, "requests", "approve", "CUG-2026-0001", env=env)
    assert r.exit_code == 0, r.output
    assert "queued; the daemon sends it" in r.output
    [item] = Store(load(path, secrets=False).storage.path).read().outbox()
    assert item.status == "queued" and item.template == "approval"


def _open_to_all(path: Path) -> bool:
    """Whether every folder above ``path`` lets any user through (an unprivileged user can run it)."""
    return all(os.stat(p).st_mode & 0o001 for p in path.resolve().parents)


def _python_for_anyone() -> str | None:
    """An interpreter another user may execute: ours, or the system's with our packages on its path."""
    for candidate in (sys.executable, "/usr/bin/python3"):
        real = Path(candidate).resolve()
        if real.is_file() and _open_to_all(real) and os.stat(real).st_mode & 0o001:
            return candidate
    return None


def _as_user(uid: int, cfg_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    python = _python_for_anyone()
    if python is None:
        pytest.skip("no Python interpreter another user may execute")
    if not _open_to_all(ROOT / "intakebot" / "__init__.py"):
        pytest.skip("the checkout lies in a folder other users cannot enter (a 0700 temporary folder)")

    def drop() -> None:
        os.setgid(uid)
        os.setuid(uid)

    site = [p for p in sys.path if p.endswith("site-packages")]
    return subprocess.run(
        [python, "-m", "intakebot", "--config", str(cfg_path), *args],
        capture_output=True, text=True, timeout=60, preexec_fn=drop, cwd=ROOT,
        env={**os.environ, "HOME": "/nonexistent", "PYTHONPATH": os.pathsep.join([str(ROOT), *site])},
    )


@pytest.mark.skipif(os.geteuid() != 0, reason="needs root to run the CLI as two different users")
def test_cli_as_another_user_than_the_store_owner_refuses_without_touching_it() -> None:
    owner, other = 60001, 60002
    with tempfile.TemporaryDirectory(prefix="intakebot-owner-") as where:  # pytest's tmp is root-only
        _refuses_as_another_user(Path(where), owner, other)


def _refuses_as_another_user(tmp_path: Path, owner: int, other: int) -> None:
    cfg_path = write_config(tmp_path)
    store_file = load(cfg_path).storage.path
    store_with(store_file, make_record("CUG-2026-0001", received=RECEIVED))
    for p in (tmp_path, store_file.parent, *store_file.parent.iterdir()):
        os.chown(p, owner, owner)
    os.chmod(tmp_path, 0o755)
    os.chmod(cfg_path, 0o644)
    os.chmod(store_file.parent, 0o755)  # let the other user see the file, so only our check stands in the way
    os.chmod(store_file, 0o644)
    listing = sorted((p.name, p.stat().st_mtime_ns, p.stat().st_uid) for p in store_file.parent.iterdir())
    before = store_file.read_bytes()
    for args in (("requests", "approve", "CUG-2026-0001"), ("requests", "list")):
        r = _as_user(other, cfg_path, *args)
        assert r.returncode == 2, (r.stdout, r.stderr)
        assert "belongs to" in r.stderr and "nothing was changed" in r.stderr and "Traceback" not in r.stderr
    assert store_file.read_bytes() == before
    assert sorted((p.name, p.stat().st_mtime_ns, p.stat().st_uid) for p in store_file.parent.iterdir()) == listing
    ok = _as_user(owner, cfg_path, "requests", "approve", "CUG-2026-0001")  # the owner may
    assert ok.returncode == 0, ok.stderr
