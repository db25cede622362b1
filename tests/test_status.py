"""Health: a failing inbox is recorded, shown by `status`, and shouted about when it lasts."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from intakebot.clock import FixedClock
from intakebot.config import from_dict
from intakebot.records import PollHealth
from intakebot.review_settings import unauthenticated_warning
from intakebot.run.app import App
from intakebot.run.health import health_alert
from intakebot.sources.imap import ImapUnavailable
from tests.support.mail import EXAMPLES, seed
from tests.support.servers import free_port


def _unreachable(tmp_path: Path):
    return from_dict(
        {"imap": {"host": "127.0.0.1", "port": free_port(), "username": "u", "password": "p",
                  "ssl": False, "timeout_seconds": 2.0},
         "intake": {"stall_alert_minutes": 30}},
        base_dir=tmp_path, environ={},
    )


def test_failed_polls_are_counted_and_a_success_resets_them(tmp_path: Path) -> None:
    cfg = _unreachable(tmp_path)
    clock = FixedClock()
    app = App(cfg, clock)
    for _ in range(2):
        with pytest.raises(ImapUnavailable):
            app.poll_once()
    health = app.store.read().get_state("poll")
    assert health["consecutive_failures"] == 2
    assert health["failing_since"]
    assert "unreachable" in health["last_error"] or "refused" in health["last_error"].lower()


def test_a_long_failure_is_logged_at_error(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    clock = FixedClock()
    app = App(_unreachable(tmp_path), clock)
    with pytest.raises(ImapUnavailable):
        app.poll_once()
    clock.advance(minutes=45)
    with caplog.at_level(logging.WARNING, logger="intakebot"), pytest.raises(ImapUnavailable):
        app.poll_once()
    errors = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert any("polling has been failing since" in r.getMessage() for r in errors)


def test_health_alert_only_after_the_configured_time() -> None:
    clock = FixedClock()
    since = clock.now().isoformat()
    health = {"failing_since": since, "consecutive_failures": 3}
    assert health_alert(PollHealth.from_json(health), clock.now() + timedelta(minutes=10), 60) == ""
    assert "failing since" in health_alert(PollHealth.from_json(health), clock.now() + timedelta(minutes=61), 60)
    assert health_alert(PollHealth.from_json({"failing_since": ""}), clock.now(), 60) == ""


def test_status_command_shows_failures(tmp_path: Path) -> None:
    port = free_port()
    cfg = tmp_path / "c.toml"
    cfg.write_text(
        f"[imap]\nhost='127.0.0.1'\nport={port}\nusername='u'\npassword='p'\nssl=false\n"
        "timeout_seconds=2.0\n"
    )
    r = subprocess.run([sys.executable, "-m", "intakebot", "--config", str(cfg), "poll", "--once"],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 1
    assert "poll failed" in r.stderr and "Traceback" not in r.stderr
    r = subprocess.run([sys.executable, "-m", "intakebot", "--config", str(cfg), "status", "--json"],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["consecutive_failures"] == 1 and data["source"] == "imap"
    assert "p'" not in r.stdout and '"p"' not in r.stdout  # the password never shows


def test_backlog_counts_what_the_bot_has_not_handled(tmp_path: Path) -> None:

    cfg = from_dict({}, base_dir=tmp_path, environ={})
    seed(cfg.maildir.inbox, ["01-en-complete", "07-newsletter"])
    app = App(cfg, FixedClock())
    assert app.source().backlog(app.store.read()) == 2
    app.poll_once()
    assert app.source().backlog(app.store.read()) == 0


def test_imap_backlog_is_read_without_touching_the_mailbox(imap_config, dovecot) -> None:  # type: ignore[no-untyped-def]

    with dovecot.client() as c:
        c.append("INBOX", (EXAMPLES / "01-en-complete.eml").read_bytes())
        c.append("INBOX", (EXAMPLES / "07-newsletter.eml").read_bytes())
    app = App(imap_config, FixedClock())
    assert app.source().backlog(app.store.read()) == 2
    app.poll_once()  # the same connection must still be able to poll read-write
    assert app.source().backlog(app.store.read()) == 0
    with dovecot.client() as c:
        c.select_folder("INBOX")
        flags = c.get_flags(c.search("ALL"))
    assert all(b"\\Seen" not in f for f in flags.values())


def _status_run(cfg: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "intakebot", "--config", str(cfg), "status", *args],
                          capture_output=True, text=True, timeout=120, cwd=cfg.parent,
                          env={**os.environ, "COLUMNS": "200"})


def test_status_warns_when_mailed_review_commands_would_all_be_refused(tmp_path: Path) -> None:
    cfg = tmp_path / "c.toml"
    cfg.write_text("[secretariat]\ndigest_to = ['cug-review@cites.org']\n")
    r = _status_run(cfg)
    assert r.returncode == 0, r.stderr
    warning = [line for line in r.stdout.splitlines() if line.startswith("Warning: review by mail")]
    assert warning == [
        "Warning: review by mail is on, but no [intake] trusted_authserv_ids is set: every mailed command"
        " will be refused (set it to your receiving server's authserv-id)"
    ]
    assert "every mailed command" in json.loads(_status_run(cfg, "--json").stdout)["review_by_mail_warning"]
    cfg.write_text("[secretariat]\ndigest_to = ['cug-review@cites.org']\n"
                   "[intake]\ntrusted_authserv_ids = ['mx.cites.org']\n")
    r = _status_run(cfg)
    assert r.returncode == 0 and "review by mail" not in r.stdout


def test_no_review_warning_without_reviewers_and_a_narrower_one_with_a_trusted_path(tmp_path: Path) -> None:
    assert unauthenticated_warning(from_dict({}, base_dir=tmp_path, environ={})) == ""
    lmtp = from_dict({"secretariat": {"digest_to": ["cug-review@cites.org"]},
                      "review": {"trusted_sources": ["lmtp"]}}, base_dir=tmp_path, environ={})
    assert unauthenticated_warning(lmtp) == (
        "review by mail: no [intake] trusted_authserv_ids, so only commands arriving by lmtp are carried out"
    )
