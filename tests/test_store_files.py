"""The store's file: migration from the JSON store, backup/restore, refusals, locking.

``tests/fixtures/store-v1.json`` was written by the JSON store (the code before
the move to SQLite): ``poll --once`` over ``examples/``, one ``requests approve``
and a ``digest --print``, nothing edited by hand.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from intakebot.records import LedgerEntry, Nominee, RequestRecord
from intakebot.store import Store, StoreError
from tests.support.servers import Dovecot

ROOT = Path(__file__).resolve().parent.parent
V1 = ROOT / "tests" / "fixtures" / "store-v1.json"


def _record(ref: str) -> RequestRecord:
    return RequestRecord(ref, "incomplete", Nominee(name="A"), "a@b.org", "en", "2026-01-01T00:00:00+00:00")


def cli(cfg: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "intakebot", "--config", str(cfg), *args],
                          capture_output=True, text=True, env=env, timeout=120, cwd=ROOT)


def one_line_exit_2(r: subprocess.CompletedProcess[str]) -> str:
    assert r.returncode == 2, r.stdout + r.stderr
    assert "Traceback" not in r.stderr and len(r.stderr.strip().splitlines()) == 1, r.stderr
    return r.stderr.strip()


@pytest.fixture
def cfg(tmp_path: Path) -> Path:
    for d in ("in/new", "in/cur", "in/tmp"):
        (tmp_path / d).mkdir(parents=True)
    path = tmp_path / "c.toml"
    path.write_text('[maildir]\ninbox = "in"\noutbox = "out"\n[storage]\npath = "intakebot.json"\n')
    return path


def test_a_json_store_from_the_old_code_is_migrated_whole_and_kept(tmp_path: Path) -> None:
    path = tmp_path / "intakebot.json"
    shutil.copy(V1, path)
    store = Store(path)
    view = store.read()
    assert path.read_bytes().startswith(b"SQLite format 3\x00")
    [kept] = tmp_path.glob("intakebot.json.migrated-*")
    assert kept.read_bytes() == V1.read_bytes() and stat.S_IMODE(kept.stat().st_mode) == 0o600
    assert view.request("CUG-2026-0001").status == "approved"  # type: ignore[union-attr]
    assert len(view.ledger()) == 8 and view.seen(view.ledger()[0].key) is not None
    # Nothing lost, nothing changed: a backup of the migrated store is the old file's content.
    store.backup(tmp_path / "b.json")
    backup = json.loads((tmp_path / "b.json").read_text())
    assert backup.pop("attention") == {}  # schema 2's needs-a-person queue, empty
    assert backup == json.loads(V1.read_text())
    with store.transaction() as tx:  # numbering goes on where the JSON store left it
        assert tx.next_reference(2026) == "CUG-2026-0007"
    assert not (tmp_path / "intakebot.json.lock").exists()


def test_the_cli_reads_a_migrated_store(cfg: Path) -> None:
    shutil.copy(V1, cfg.parent / "intakebot.json")
    r = cli(cfg, "requests", "list", "--status", "approved", "--json")
    assert r.returncode == 0, r.stderr
    assert [rec["reference"] for rec in json.loads(r.stdout)] == ["CUG-2026-0001"]


def test_sqlite_files_are_private(tmp_path: Path) -> None:
    s = Store(tmp_path / "s.json")
    with s.transaction() as tx:
        tx.put_request(_record("CUG-2026-0001"))
        view = s.read()  # an open reader keeps -wal and -shm in place
        files = [tmp_path / n for n in ("s.json", "s.json-wal", "s.json-shm")]
        assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in files)
    assert view.count_requests() == 0  # a snapshot: taken before the commit


NOT_STORES = ["", "null", "{}", "[]", " \n\t", "garbage", '{"requests": []}', "[1]",
              '{"_meta": {"1": {"schema": 1}}, "requests": {"1": {"reference": "CUG-2026-0001"}}}',
              '{"_meta": {"1": {"schema": 1}}, "ledger": []}']


@pytest.mark.parametrize("content", NOT_STORES)
def test_an_existing_file_that_is_not_a_store_is_refused(cfg: Path, content: str) -> None:
    path = cfg.parent / "intakebot.json"
    path.write_text(content)
    with pytest.raises(StoreError):
        Store(path).read()
    line = one_line_exit_2(cli(cfg, "poll", "--once"))
    assert line.startswith("intakebot: error: store:")
    assert path.read_text() == content  # refused, never replaced


def test_a_foreign_or_damaged_sqlite_file_is_refused(cfg: Path) -> None:
    path = cfg.parent / "intakebot.json"
    sqlite3.connect(path).execute("CREATE TABLE t (x)").connection.commit()
    assert "not an intakebot store" in one_line_exit_2(cli(cfg, "status"))
    path.write_bytes(b"SQLite format 3\x00" + b"\x07" * 600)
    assert "store" in one_line_exit_2(cli(cfg, "requests", "list"))


def test_a_read_does_not_create_the_store(tmp_path: Path) -> None:
    s = Store(tmp_path / "s.json")
    assert s.read().requests() == [] and not s.exists()


def test_backup_restore_backup_is_the_same_file(cfg: Path, tmp_path: Path) -> None:
    shutil.copy(V1, cfg.parent / "intakebot.json")
    assert cli(cfg, "backup", str(tmp_path / "one.json")).returncode == 0
    assert stat.S_IMODE((tmp_path / "one.json").stat().st_mode) == 0o600
    other = tmp_path / "other"
    other.mkdir()
    cfg2 = other / "c.toml"
    cfg2.write_text(cfg.read_text())
    r = cli(cfg2, "restore", str(tmp_path / "one.json"))
    assert r.returncode == 0 and "6 request(s)" in r.stdout, r.stderr
    assert cli(cfg2, "backup", str(tmp_path / "two.json")).returncode == 0
    assert (tmp_path / "one.json").read_bytes() == (tmp_path / "two.json").read_bytes()
    from tinydb import TinyDB

    with TinyDB(tmp_path / "two.json") as db:
        assert len(db.table("requests")) == 6


def test_restore_refuses_a_store_that_holds_anything(cfg: Path, tmp_path: Path) -> None:
    shutil.copy(V1, tmp_path / "backup.json")
    with Store(cfg.parent / "intakebot.json").transaction() as tx:
        tx.set_state("poll", {"last_success": ""})
    line = one_line_exit_2(cli(cfg, "restore", str(tmp_path / "backup.json")))
    assert "not empty" in line and "empty store only" in line
    assert Store(cfg.parent / "intakebot.json").read().count_requests() == 0


def test_restore_refuses_a_file_that_is_not_a_backup(cfg: Path, tmp_path: Path) -> None:
    (tmp_path / "b.json").write_text("{}")
    assert "not an intakebot store" in one_line_exit_2(cli(cfg, "restore", str(tmp_path / "b.json")))
    assert not (cfg.parent / "intakebot.json").exists()


def test_backup_never_writes_through_a_symlink(cfg: Path, tmp_path: Path) -> None:
    shutil.copy(V1, cfg.parent / "intakebot.json")
    Store(cfg.parent / "intakebot.json").read()  # migrated now: its one log line is not the point here
    target = tmp_path / "elsewhere.txt"
    target.write_text("keep me")
    (tmp_path / "b.json").symlink_to(target)
    assert "refusing" in one_line_exit_2(cli(cfg, "backup", str(tmp_path / "b.json")))
    assert target.read_text() == "keep me"


HOLDER = textwrap.dedent(
    """
    import sys, time
    from intakebot.store import Store
    with Store(sys.argv[1]).transaction() as tx:
        tx.set_state("holder", "first")
        print("holding", flush=True)
        time.sleep(float(sys.argv[2]))
        tx.set_state("holder_done", True)
    """
)


def _hold(path: Path, seconds: float) -> subprocess.Popen[str]:
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(path), str(seconds)],
                            stdout=subprocess.PIPE, text=True, cwd=ROOT)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "holding"
    return proc


def test_a_writer_during_an_open_transaction_waits_and_loses_nothing(tmp_path: Path) -> None:
    """Issue 11 item 6: no lock file to delete; SQLite's lock makes the second writer wait."""
    path = tmp_path / "s.json"
    with Store(path).transaction() as tx:
        tx.put_request(_record("CUG-2026-0001"))
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".lock")] == []
    proc = _hold(path, 0.5)
    with Store(path).transaction() as tx:  # begins only once the holder committed
        assert tx.get_state("holder_done") is True
        tx.put_request(_record("CUG-2026-0002"))
    assert proc.wait(30) == 0
    view = Store(path).read()
    assert view.get_state("holder") == "first" and view.get_state("holder_done") is True
    assert [r.reference for r in view.requests()] == ["CUG-2026-0001", "CUG-2026-0002"]


def test_a_writer_that_cannot_wait_longer_fails_without_inviting_a_deletion(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    with Store(path).transaction() as tx:
        tx.set_state("x", 1)
    proc = _hold(path, 3)
    with pytest.raises(StoreError, match="busy") as err, Store(path, lock_timeout=0.3).transaction() as tx:
        tx.set_state("x", 2)
    assert "delete" not in str(err.value) and "remove" not in str(err.value)
    assert err.value.exit_code == 1  # may pass on its own: not a configuration to fix
    assert proc.wait(30) == 0
    assert Store(path).read().get_state("x") == 1


def test_a_nested_transaction_is_a_savepoint(tmp_path: Path) -> None:
    s = Store(tmp_path / "s.json")
    with s.transaction() as outer:
        outer.record_seen(LedgerEntry("<a@x>", "request", "2026-01-01T00:00:00+00:00"))
        with pytest.raises(RuntimeError), s.transaction() as inner:
            inner.record_seen(LedgerEntry("<b@x>", "request", "2026-01-01T00:00:00+00:00"))
            raise RuntimeError("inner fails alone")
    assert [e.key for e in s.read().ledger()] == ["<a@x>"]


def _imap_config(tmp_path: Path, dovecot: Dovecot) -> Path:
    cfg = tmp_path / "c.toml"
    cfg.write_text(
        f"[imap]\nhost = '{dovecot.host}'\nport = {dovecot.port}\nusername = '{dovecot.user}'\n"
        f"password = '{dovecot.password}'\nssl = false\nstarttls = false\ntimeout_seconds = 10\n"
        "[storage]\npath = 'store.json'\n[logging]\nlevel = 'WARNING'\n"
    )
    cfg.chmod(0o600)  # it holds a password (readable by others, the CLI would warn)
    return cfg


MAIL = b"From: a@kws.go.ke\r\nTo: info@cites.org\r\nSubject: CUG\r\nMessage-ID: <lost@kws.go.ke>\r\n\r\nHello\r\n"


def test_a_missing_store_beside_processed_mail_is_lost_state(tmp_path: Path, dovecot: Dovecot) -> None:
    with dovecot.client() as c:
        c.append("INBOX", MAIL, flags=("$CUGProcessed",))
    cfg = _imap_config(tmp_path, dovecot)
    line = one_line_exit_2(cli(cfg, "poll", "--once"))
    assert "store was lost" in line and "intakebot restore" in line
    assert not (tmp_path / "store.json").exists()  # nothing started afresh
    with dovecot.client() as c:  # and the mail was not touched (read-only check)
        c.select_folder("INBOX")
        assert c.search(["SEEN"]) == []


def test_a_first_start_on_an_inbox_without_our_keyword_polls(tmp_path: Path, dovecot: Dovecot) -> None:
    with dovecot.client() as c:
        c.append("INBOX", MAIL)
    r = cli(_imap_config(tmp_path, dovecot), "poll", "--once")
    assert r.returncode == 0, r.stderr
    assert Store(tmp_path / "store.json").read().seen("<lost@kws.go.ke>") is not None
