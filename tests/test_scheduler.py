"""The daemon: its jobs, one instance per store, clean shutdown; and the systemd units."""

from __future__ import annotations

import configparser
import logging
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from intakebot.clock import FixedClock
from intakebot.config import Config, from_dict, load
from intakebot.run.app import App
from intakebot.run.scheduler import (
    AlreadyRunning,
    acquire_daemon_lock,
    build_scheduler,
    digest_trigger,
    guarded,
    run_daemon,
)
from tests.support.configs import write_config

ROOT = Path(__file__).resolve().parent.parent
ZURICH = ZoneInfo("Europe/Zurich")


def test_jobs_and_their_safety_settings(local_config: Config) -> None:
    app = App(local_config, FixedClock())
    sched = build_scheduler(app.daemon_parts(), start_now=datetime(2026, 3, 30, 6, tzinfo=UTC))
    sched.start(paused=True)  # jobs get their defaults when added to the job store
    try:
        jobs = {j.id: j for j in sched.get_jobs()}
    finally:
        sched.shutdown(wait=False)
    assert set(jobs) == {"poll", "flush", "followups", "digest", "digest_catchup", "retention"}
    for job in jobs.values():
        assert job.coalesce is True and job.max_instances == 1
        assert job.misfire_grace_time and job.misfire_grace_time > 0
    assert jobs["poll"].trigger.interval.total_seconds() == local_config.intake.poll_interval_seconds
    assert jobs["flush"].trigger.interval.total_seconds() == 60
    assert jobs["followups"].trigger.interval.total_seconds() == 3600
    assert sched._jobstores["default"].__class__.__name__ == "MemoryJobStore"


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        (datetime(2026, 3, 28, 9, 0, tzinfo=ZURICH), datetime(2026, 3, 29, 6, 0, tzinfo=UTC)),  # CEST
        (datetime(2026, 3, 27, 9, 0, tzinfo=ZURICH), datetime(2026, 3, 28, 7, 0, tzinfo=UTC)),  # CET
        (datetime(2026, 10, 24, 9, 0, tzinfo=ZURICH), datetime(2026, 10, 25, 7, 0, tzinfo=UTC)),  # CET again
    ],
)
def test_digest_cron_fires_at_0800_zurich_across_dst(
    local_config: Config, after: datetime, expected: datetime
) -> None:
    trigger = digest_trigger(local_config.secretariat)
    fire = trigger.get_next_fire_time(None, after)
    assert fire is not None and fire == expected
    assert fire.astimezone(ZURICH).strftime("%H:%M") == "08:00"


def test_a_failing_job_is_logged_and_does_not_raise(caplog: pytest.LogCaptureFixture) -> None:
    calls: list[int] = []

    def boom() -> None:
        calls.append(1)
        raise RuntimeError("IMAP login refused")

    job = guarded("poll", boom)
    with caplog.at_level(logging.ERROR, logger="intakebot.daemon"):
        job()
        job()
    assert calls == [1, 1]
    assert [r.getMessage() for r in caplog.records] == [
        "job poll failed: RuntimeError: IMAP login refused"
    ] * 2


def test_single_instance_lock(tmp_path: Path) -> None:
    store_path = tmp_path / "s.json"
    lock = acquire_daemon_lock(store_path)
    try:
        with pytest.raises(AlreadyRunning, match="already running"):
            acquire_daemon_lock(store_path)
    finally:
        lock.release()
    acquire_daemon_lock(store_path).release()  # free again once released


def test_run_daemon_runs_jobs_and_stops_cleanly(tmp_path: Path) -> None:
    cfg = from_dict(
        {"secretariat": {"digest_to": ["cug-review@cites.org"], "digest_time": "00:00"}},
        base_dir=tmp_path, environ={},
    )
    app = App(cfg)  # the real clock: the daemon's catch-up sends today's digest (00:00 is past)
    stop = threading.Event()
    t = threading.Thread(target=run_daemon, args=(app.daemon_parts(), stop), kwargs={"catchup_delay": 0}, daemon=True)
    t.start()
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if app.store.path.exists() and app.store.read().get_state("digest_last_date"):
            break
        time.sleep(0.05)
    assert app.store.read().get_state("digest_last_date"), "the start-up catch-up did not send the digest"
    with pytest.raises(AlreadyRunning):
        run_daemon(App(cfg).daemon_parts())
    stop.set()
    t.join(timeout=20)
    assert not t.is_alive()
    assert [i.template for i in app.store.read().outbox()] == ["digest"]
    acquire_daemon_lock(app.store.path).release()  # the lock was released on the way out


def test_run_subprocess_second_instance_exits_2_and_sigterm_stops(tmp_path: Path) -> None:
    cfg_path = write_config(tmp_path, "[intake]\npoll_interval_seconds = 3600\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    cmd = [sys.executable, "-m", "intakebot", "--config", str(cfg_path), "run"]
    first = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=tmp_path)
    try:
        assert first.stderr is not None
        started = False
        deadline = time.monotonic() + 30
        lines: list[str] = []
        while time.monotonic() < deadline:
            line = first.stderr.readline()
            if not line:
                break
            lines.append(line)
            if "daemon started" in line:
                started = True
                break
        assert started, "".join(lines)
        second = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=tmp_path, timeout=60)
        assert second.returncode == 2
        err = [ln for ln in second.stderr.splitlines() if ln.startswith("intakebot: error:")]
        assert len(err) == 1 and "already running" in err[0]
        first.send_signal(signal.SIGTERM)
        _, rest = first.communicate(timeout=30)
        assert first.returncode == 0, rest
        assert "daemon stopped" in rest and "Traceback" not in rest
    finally:
        if first.poll() is None:
            first.kill()
            first.wait()
    assert load(cfg_path).storage.path.exists()


# --------------------------------------------------------------------------- systemd

UNITS = ("intakebot.service", "intakebot-lmtp.service")


def _unit(name: str) -> configparser.RawConfigParser:
    parser = configparser.RawConfigParser(strict=False, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(ROOT / "systemd" / name, encoding="utf-8")
    return parser


@pytest.mark.parametrize("name", UNITS)
def test_units_are_hardened(name: str) -> None:
    svc = _unit(name)["Service"]
    expected = {
        "NoNewPrivileges": "yes",
        "ProtectSystem": "strict",
        "StateDirectory": "intakebot",
        "PrivateTmp": "yes",
        "ProtectHome": "yes",
        "RestrictAddressFamilies": "AF_INET AF_INET6 AF_UNIX",
        "CapabilityBoundingSet": "",
        "UMask": "0077",
        "DynamicUser": "yes",
        "User": "intakebot",
    }
    assert {k: svc.get(k) for k in expected} == expected
    assert "--config /etc/intakebot/intakebot.toml" in svc["ExecStart"]
    verb = "run" if name == "intakebot.service" else "serve-lmtp"
    assert svc["ExecStart"].endswith(f" {verb}")
    text = (ROOT / "systemd" / name).read_text(encoding="utf-8")
    assert "LoadCredential=smtp_password:/etc/intakebot/smtp_password" in text
    assert "password =" not in text.lower()


def test_systemd_analyze_verify(tmp_path: Path) -> None:
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        pytest.skip("systemd-analyze is not installed (Debian package systemd)")
    exe = shutil.which("intakebot") or sys.executable
    for name in UNITS:
        text = (ROOT / "systemd" / name).read_text(encoding="utf-8")
        # verify checks that ExecStart's binary exists: point it at this machine's.
        (tmp_path / name).write_text(text.replace("/opt/intakebot/bin/intakebot", exe), encoding="utf-8")
    proc = subprocess.run(
        [analyze, "verify", "--man=no", *(str(tmp_path / n) for n in UNITS)],
        capture_output=True, text=True, timeout=60, env={**os.environ, "SYSTEMD_LOG_LEVEL": "warning"},
    )
    if proc.returncode != 0 and "Failed to" in proc.stderr and "bus" in proc.stderr.lower():
        pytest.skip(f"systemd-analyze cannot run here: {proc.stderr.strip()[:200]}")
    assert proc.returncode == 0, proc.stderr
    unit_warnings = [ln for ln in proc.stderr.splitlines() if any(n in ln for n in UNITS)]
    assert unit_warnings == []


def test_under_idle_the_idle_loop_replaces_the_poll_job(local_config: Config) -> None:
    sched = build_scheduler(App(local_config, FixedClock()).daemon_parts(), poll_job=False)
    assert "poll" not in {j.id for j in sched.get_jobs()}


def test_the_daemon_lock_file_is_private(tmp_path: Path) -> None:
    from intakebot.run.scheduler import acquire_daemon_lock, daemon_lock_path

    old = os.umask(0o022)
    try:
        lock = acquire_daemon_lock(tmp_path / "s.json")
    finally:
        os.umask(old)
    try:
        assert daemon_lock_path(tmp_path / "s.json").stat().st_mode & 0o777 == 0o600
    finally:
        lock.release()
