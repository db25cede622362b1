"""Bounded waits: a server that accepts the connection and then says nothing costs one timeout, not three.

The servers are real: the test bed's Dovecot frozen with SIGSTOP (the kernel
still completes the TCP handshake on its listening socket, nothing answers),
and a bare listening socket that never accepts. Retrying belongs to the
daemon's schedule; one ``poll --once`` makes one attempt and exits 1.
The bounds are relative to the configured ``timeout_seconds``: under two of
them proves "one timeout", where the old code spent three (plus backoff).
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from intakebot.cli import main
from intakebot.config import Config
from intakebot.run.app import App
from intakebot.run.scheduler import run_daemon
from tests.support.configs import deployment, write_toml
from tests.support.mail import mail
from tests.support.servers import Dovecot, SmtpSink, silent_listener

TIMEOUT = 3.0


def _poll(cfg_path: Path) -> tuple[Result, float]:
    started = time.monotonic()
    result = CliRunner().invoke(main, ["--config", str(cfg_path), "poll", "--once", "--quiet"])
    return result, time.monotonic() - started


def _config(tmp_path: Path, dc: Dovecot, smtp: SmtpSink, **imap: object) -> Path:
    sections = deployment(tmp_path, dc, smtp.host, smtp.port, timeout_seconds=TIMEOUT, **imap)
    return write_toml(tmp_path / "intakebot.toml", sections)


@pytest.mark.parametrize("first_start", [True, False], ids=["first-start", "store-exists"])
def test_poll_once_against_a_frozen_dovecot_gives_up_after_one_timeout(
    tmp_path: Path, fresh_dovecot: Dovecot, smtp: SmtpSink, first_start: bool
) -> None:
    cfg_path = _config(tmp_path, fresh_dovecot, smtp)
    if not first_start:
        ok, _ = _poll(cfg_path)
        assert ok.exit_code == 0, ok.output
    with fresh_dovecot.frozen():
        result, elapsed = _poll(cfg_path)
    assert result.exit_code == 1, result.output
    assert "poll failed" in result.output and "Traceback" not in result.output
    assert elapsed < 2 * TIMEOUT, f"{elapsed:.1f} s: more than one {TIMEOUT:g} s timeout"
    health = App(_load(cfg_path)).store.read().get_state("poll")
    assert health["consecutive_failures"] == 1  # the failure is on record for `status`


def test_poll_once_against_a_socket_that_never_answers_gives_up_after_one_timeout(
    tmp_path: Path, dovecot: Dovecot, smtp: SmtpSink
) -> None:
    with silent_listener() as port:
        sections = deployment(tmp_path, dovecot, smtp.host, smtp.port, timeout_seconds=TIMEOUT, port=port)
        cfg_path = write_toml(tmp_path / "intakebot.toml", sections)
        result, elapsed = _poll(cfg_path)
    assert result.exit_code == 1, result.output
    assert "poll failed" in result.output
    assert elapsed < 2 * TIMEOUT, f"{elapsed:.1f} s: more than one {TIMEOUT:g} s timeout"


def _load(cfg_path: Path) -> Config:
    from intakebot.config import load

    return load(cfg_path)


def _request(n: int) -> bytes:
    return mail(
        "Country: Kenya\nName: Amina\nSurname: Otieno\nOrganization: Kenya Revenue Authority - Customs\n"
        f"Position: Customs officer\nContact number: +254 20 2817000\nEmail: officer{n}@customs.gov.example\n",
        sender=f"officer{n}@customs.gov.example",
        subject="Request to join the cheetah closed user group",
        message_id=f"<bounded-{n}@customs.gov.example>",
    )


def test_idle_against_a_silent_server_is_noticed_and_the_daemon_reconnects(
    tmp_path: Path, fresh_dovecot: Dovecot, smtp: SmtpSink, caplog: pytest.LogCaptureFixture
) -> None:
    cfg_path = _config(tmp_path, fresh_dovecot, smtp, idle=True, idle_renew_seconds=60)
    cfg = _load(cfg_path)
    cfg = replace(cfg, intake=replace(cfg.intake, poll_interval_seconds=3600),
                  secretariat=replace(cfg.secretariat, digest_to=()))
    stop = threading.Event()
    daemon = threading.Thread(target=run_daemon, args=(App(cfg).daemon_parts(), stop))
    caplog.set_level(logging.INFO, logger="intakebot")
    daemon.start()
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and not any("connected to IMAP" in r.getMessage()
                                                       for r in caplog.records):
            time.sleep(0.1)
        time.sleep(1.0)  # the loop is in IDLE now
        with fresh_dovecot.frozen():
            # Silence: the daemon must notice within a few timeouts, not at the
            # 29-minute IDLE renewal (``idle_renew_seconds`` is 60 here).
            deadline = time.monotonic() + 6 * TIMEOUT
            while time.monotonic() < deadline and not _noticed(caplog):
                time.sleep(0.1)
            assert _noticed(caplog), "the daemon did not notice a silent IMAP server"
        with fresh_dovecot.client() as c:
            c.append("INBOX", _request(1))
        assert len(smtp.wait_for(1, timeout=60)) == 1  # reconnected and answered
    finally:
        stop.set()
        daemon.join(90)
    assert not daemon.is_alive()


def _noticed(caplog: pytest.LogCaptureFixture) -> bool:
    return any("silent" in r.getMessage() or "poll failed" in r.getMessage() for r in caplog.records
               if r.levelno >= logging.WARNING)


def test_poll_once_with_a_silent_smtp_server_waits_one_timeout_and_keeps_the_reply(tmp_path: Path) -> None:
    from intakebot.store import Store
    from tests.support.configs import smtp_settings
    from tests.support.mail import seed

    with silent_listener() as port:
        cfg_path = write_toml(tmp_path / "intakebot.toml", {
            "smtp": smtp_settings("127.0.0.1", port, timeout_seconds=TIMEOUT),
            "storage": {"path": str(tmp_path / "store.json")},
            "logging": {"level": "WARNING"},
        })
        seed(_load(cfg_path).maildir.inbox, ["01-en-complete", "03-es-complete"])
        result, elapsed = _poll(cfg_path)
    assert result.exit_code == 0, result.output  # the mail was read; sending is retried later
    # Two replies, several flushes in one cycle: the first connection's timeout
    # defers them all, the later flushes find nothing due.
    assert elapsed < 2 * TIMEOUT, f"{elapsed:.1f} s: more than one {TIMEOUT:g} s timeout"
    queued = Store(tmp_path / "store.json").read().outbox("queued")
    assert len(queued) == 2 and all(i.attempts == 1 for i in queued)


def test_the_daemon_retries_a_failed_poll_by_its_schedule_with_backoff(tmp_path: Path) -> None:
    from intakebot.config import from_dict
    from tests.support.servers import free_port

    cfg = from_dict({"imap": {"host": "127.0.0.1", "port": free_port(), "username": "u", "password": "p",
                              "ssl": False, "timeout_seconds": TIMEOUT},
                     "intake": {"poll_interval_seconds": 3600}},
                    base_dir=tmp_path, environ={})
    app = App(cfg)
    stop = threading.Event()
    daemon = threading.Thread(target=run_daemon, args=(app.daemon_parts(), stop),
                              kwargs={"catchup_delay": 3600})
    daemon.start()
    try:
        deadline = time.monotonic() + 30
        failures = 0
        while time.monotonic() < deadline and failures < 3:
            time.sleep(0.2)
            if app.store.path.exists():
                failures = int((app.store.read().get_state("poll") or {}).get("consecutive_failures", 0))
        # Three attempts in seconds, not one an hour: each cycle tried once, the schedule retried.
        assert failures >= 3
    finally:
        stop.set()
        daemon.join(60)
    assert not daemon.is_alive()
