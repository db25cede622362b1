"""One poller at a time per store and source: a `poll --once` beside the daemon is refused in one line."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from intakebot.config import from_dict, load
from intakebot.run.app import App
from intakebot.run.pollers import BUSY_EXIT_CODE, PollerBusy, poller_lock, poller_lock_path
from intakebot.run.scheduler import run_daemon
from tests.support.configs import write_config
from tests.support.mail import seed

ROOT = Path(__file__).resolve().parent.parent


def _cli(cfg_path: Path, *args: str, **kw: object) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "intakebot", "--config", str(cfg_path), *args],
                          capture_output=True, text=True, env=env, cwd=cfg_path.parent, timeout=120)


def _start_daemon(cfg_path: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-m", "intakebot", "--config", str(cfg_path), "run"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env,
                            cwd=cfg_path.parent)
    assert proc.stderr is not None
    lines: list[str] = []
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        line = proc.stderr.readline()
        if not line:
            break
        lines.append(line)
        if "daemon started" in line:
            return proc
    proc.kill()
    raise AssertionError("daemon did not start: " + "".join(lines))


def test_poll_once_beside_a_running_daemon_is_refused_in_one_line(tmp_path: Path) -> None:
    cfg_path = write_config(tmp_path, "[intake]\npoll_interval_seconds = 3600\n")
    daemon = _start_daemon(cfg_path)
    try:
        second = _cli(cfg_path, "poll", "--once")
        assert second.returncode == BUSY_EXIT_CODE == 75, second.stderr
        lines = second.stderr.strip().splitlines()
        assert len(lines) == 1, second.stderr
        assert lines[0].startswith("intakebot: error: poll: the intakebot daemon (pid ")
        assert "already polling" in lines[0] and "Traceback" not in second.stderr
        assert second.stdout == ""  # no cycle ran
    finally:
        daemon.send_signal(signal.SIGTERM)
        daemon.communicate(timeout=60)
    assert daemon.returncode == 0
    seed(load(cfg_path).maildir.inbox, ["01-en-complete"])
    after = _cli(cfg_path, "poll", "--once")  # the daemon is gone: the lock went with it
    assert after.returncode == 0, after.stderr
    assert "1 new request" in after.stdout


def test_the_lock_is_per_store_and_source(tmp_path: Path) -> None:
    a = from_dict({}, base_dir=tmp_path / "a", environ={})
    b = from_dict({"maildir": {"inbox": str(tmp_path / "other")}}, base_dir=tmp_path / "a", environ={})
    assert a.storage.path == b.storage.path and poller_lock_path(a) != poller_lock_path(b)
    with poller_lock(a, "first"):
        with pytest.raises(PollerBusy, match=r"first \(pid \d+\) is already polling"), \
                poller_lock(a, "second"):
            pass
        with poller_lock(b, "another source"):
            pass
    with poller_lock(a, "again"):  # released
        pass
    assert poller_lock_path(a).stat().st_mode & 0o777 == 0o600


def test_a_daemon_started_during_a_poll_once_waits_for_it(tmp_path: Path) -> None:
    cfg = from_dict({"intake": {"poll_interval_seconds": 3600}}, base_dir=tmp_path, environ={})
    seed(cfg.maildir.inbox, ["01-en-complete"])
    app = App(cfg)
    stop = threading.Event()
    with poller_lock(cfg, "poll --once"):
        daemon = threading.Thread(target=run_daemon, args=(app.daemon_parts(), stop), kwargs={"catchup_delay": 3600})
        daemon.start()
        time.sleep(2.0)
        assert daemon.is_alive()
        assert app.store.read().get_state("poll") is None, "the daemon polled beside poll --once"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and app.store.read().get_state("poll") is None:
        time.sleep(0.1)
    stop.set()
    daemon.join(60)
    assert not daemon.is_alive()
    assert app.store.read().get_state("poll")["last_success"]
