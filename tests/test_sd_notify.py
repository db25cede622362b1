"""systemd's notify protocol: a real AF_UNIX datagram socket stands in for systemd.

The daemon says READY=1 once its jobs run, STATUS= after each poll, WATCHDOG=1
while the poller makes progress (and not when a cycle is stuck), STOPPING=1 on
the way out; ``$NOTIFY_SOCKET`` may name a path or an abstract socket (``@``).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from intakebot.config import from_dict
from intakebot.run.app import App
from intakebot.run.notify import Notifier
from intakebot.run.scheduler import run_daemon
from tests.support.configs import write_config
from tests.support.systemd import fake_systemd

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("abstract", [False, True], ids=["path", "abstract"])
def test_daemon_speaks_ready_status_watchdog_and_stopping(tmp_path: Path, abstract: bool) -> None:
    cfg_path = write_config(tmp_path, "[intake]\npoll_interval_seconds = 3600\n")
    with fake_systemd(abstract) as (systemd, name):
        env = {**os.environ, "PYTHONPATH": str(ROOT), "NOTIFY_SOCKET": name, "WATCHDOG_USEC": "1000000"}
        proc = subprocess.Popen([sys.executable, "-m", "intakebot", "--config", str(cfg_path), "run"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env,
                                cwd=tmp_path)
        try:
            ready = systemd.wait_for(lambda m: m.get("READY") == "1")
            assert ready["STATUS"].startswith("polling every 3600 s")
            systemd.wait_for(lambda m: m.get("STATUS", "").startswith("last poll ok at"))
            t = time.monotonic()
            systemd.wait_for(lambda m: m.get("WATCHDOG") == "1")
            time.sleep(2.0)
            assert systemd.pings_since(t) >= 2  # every half of WatchdogSec (here 1 s)
        finally:
            proc.send_signal(signal.SIGTERM)
            _, err = proc.communicate(timeout=60)
        assert proc.returncode == 0, err
        systemd.wait_for(lambda m: m.get("STOPPING") == "1", timeout=5)


def test_without_notify_socket_nothing_is_sent() -> None:
    n = Notifier({})
    assert not n.enabled and n.ping_interval == 0
    assert n.send(READY="1") is False
    assert Notifier({"NOTIFY_SOCKET": "/x", "WATCHDOG_USEC": "2000000", "WATCHDOG_PID": "1"}).ping_interval == 0


class StuckApp(App):
    """A daemon whose poll cycle gets stuck (a hang inside the cycle) until ``gate`` opens."""

    gate: threading.Event
    entered: threading.Event

    def poll_once(self, progress: Any = None) -> Any:
        self.entered.set()
        self.gate.wait(120)
        return super().poll_once(progress)


def test_the_watchdog_is_not_fed_while_a_poll_cycle_is_stuck(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    cfg = from_dict({"intake": {"poll_interval_seconds": 3600}}, base_dir=tmp_path, environ={})
    app = StuckApp(cfg)
    app.gate, app.entered = threading.Event(), threading.Event()
    stop = threading.Event()
    with fake_systemd(abstract=False) as (systemd, name):
        monkeypatch.setenv("NOTIFY_SOCKET", name)
        monkeypatch.setenv("WATCHDOG_USEC", "500000")
        daemon = threading.Thread(target=run_daemon, args=(app.daemon_parts(), stop),
                                  kwargs={"catchup_delay": 3600, "hung_after": 2.0})
        daemon.start()
        try:
            systemd.wait_for(lambda m: m.get("READY") == "1")
            assert app.entered.wait(30)
            time.sleep(2.0 + 1.0)  # past the hang limit
            t = time.monotonic()
            time.sleep(1.5)  # six ping intervals
            assert systemd.pings_since(t) == 0, "the watchdog was fed while the poll was stuck"
            assert any("no progress" in r.getMessage() for r in caplog.records if r.levelname == "ERROR")
            app.gate.set()
            systemd.wait_for(lambda m: m.get("STATUS", "").startswith("last poll ok"))
            t = time.monotonic()
            time.sleep(1.5)
            assert systemd.pings_since(t) >= 2  # progress again: fed again
        finally:
            app.gate.set()
            stop.set()
            daemon.join(60)
    assert not daemon.is_alive()


def test_the_daemon_unit_waits_for_ready_and_has_a_watchdog() -> None:
    import configparser

    parser = configparser.RawConfigParser(strict=False, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(ROOT / "systemd" / "intakebot.service", encoding="utf-8")
    svc = parser["Service"]
    assert svc["Type"] == "notify" and svc["NotifyAccess"] == "main"
    assert svc["WatchdogSec"].endswith("s") and int(svc["WatchdogSec"][:-1]) >= 60


def test_a_slow_batch_is_not_taken_for_a_hang() -> None:
    from intakebot.run.scheduler import hang_limit

    cfg = from_dict({"intake": {"hung_cycle_seconds": 60}}, base_dir=Path("/tmp"), environ={})
    # 200 messages x (2 s parse + 15 s OCR + 1 s hard stop): a batch of scans may take an hour.
    assert hang_limit(cfg) == 200 * 18.0
    quick = from_dict({"intake": {"hung_cycle_seconds": 7200}}, base_dir=Path("/tmp"), environ={})
    assert hang_limit(quick) == 7200.0


# --------------------------------------------------------------------------- serve-lmtp


def test_serve_lmtp_is_ready_fed_while_it_delivers_and_starved_when_a_commit_is_stuck(
    tmp_path: Path,
) -> None:
    import smtplib
    from dataclasses import replace

    from intakebot.config import LmtpConfig
    from intakebot.run.lmtp_service import serve_lmtp_watched
    from tests.support.mail import mail
    from tests.support.servers import free_port

    cfg = from_dict({}, base_dir=tmp_path, environ={})
    cfg = replace(cfg, lmtp=LmtpConfig(port=free_port()))
    gate, entered, got = threading.Event(), threading.Event(), []

    def process(raw: bytes, source: str) -> None:
        if b"stuck" in raw:
            entered.set()
            gate.wait(60)
        got.append(raw)

    def send(subject: str) -> dict[str, Any]:
        with smtplib.LMTP("127.0.0.1", cfg.lmtp.port, timeout=60) as c:
            return c.sendmail("mta@cites.org", ["info@cites.org"],
                              mail("Hello", subject=subject, crlf=True, message_id=f"<{subject}@x>"))

    stop = threading.Event()
    with fake_systemd(abstract=True) as (systemd, name):
        env = {"NOTIFY_SOCKET": name, "WATCHDOG_USEC": "500000"}
        server = threading.Thread(target=serve_lmtp_watched, args=(cfg, process, stop),
                                  kwargs={"environ": env, "hung_after": 2.0})
        server.start()
        try:
            ready = systemd.wait_for(lambda m: m.get("READY") == "1")
            assert ready["STATUS"] == f"LMTP listening on 127.0.0.1:{cfg.lmtp.port}"
            assert send("fine") == {}
            t = time.monotonic()
            time.sleep(1.5)
            assert systemd.pings_since(t) >= 2
            stuck = threading.Thread(target=send, args=("stuck",))
            stuck.start()
            assert entered.wait(10)
            time.sleep(3.0)  # past the hang limit
            t = time.monotonic()
            time.sleep(1.5)
            assert systemd.pings_since(t) == 0, "the watchdog was fed while a commit was stuck"
            gate.set()
            stuck.join(30)
            time.sleep(1.0)
            t = time.monotonic()
            time.sleep(1.5)
            assert systemd.pings_since(t) >= 2  # the commit finished: fed again
        finally:
            gate.set()
            stop.set()
            server.join(30)
        systemd.wait_for(lambda m: m.get("STOPPING") == "1", timeout=5)
    assert len(got) == 2


def test_the_lmtp_unit_waits_for_ready_and_has_a_watchdog() -> None:
    import configparser

    parser = configparser.RawConfigParser(strict=False, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(ROOT / "systemd" / "intakebot-lmtp.service", encoding="utf-8")
    svc = parser["Service"]
    assert svc["Type"] == "notify" and svc["NotifyAccess"] == "main" and svc["WatchdogSec"] == "120s"
