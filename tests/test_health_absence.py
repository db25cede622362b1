"""Health that notices absence: a poll that last succeeded days ago is an alert, not "Polling: OK".

The health record keeps the configured cadence; no successful poll for
``missed_polls_alert`` intervals (and at least ``stall_alert_minutes``) is an
alert in ``status`` (exit 1) and at the top of the digest. The polls here are
real cycles over the Maildir inbox, run with a clock set days back.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from intakebot.cli import main
from intakebot.clock import FixedClock
from intakebot.config import load
from intakebot.mail.digest import build_digest
from intakebot.records import PollHealth
from intakebot.run.app import App
from tests.support.configs import write_config
from tests.support.mail import seed


def _status(cfg_path: Path, *args: str) -> Result:
    return CliRunner().invoke(main, ["--config", str(cfg_path), "status", *args])


def _polled_at(tmp_path: Path, when: datetime, lang: str = "en") -> Path:
    cfg_path = write_config(tmp_path, f'language = "{lang}"\n[intake]\npoll_interval_seconds = 300\n')
    cfg = load(cfg_path)
    seed(cfg.maildir.inbox, ["01-en-complete"])
    App(cfg, FixedClock(when)).poll_once()
    return cfg_path


def test_status_is_healthy_right_after_a_poll_and_exits_0(tmp_path: Path) -> None:
    cfg_path = _polled_at(tmp_path, datetime.now(UTC))
    r = _status(cfg_path, "--json")
    assert r.exit_code == 0, r.output
    data = json.loads(r.output)
    assert data["healthy"] is True and data["alert"] == ""


def test_a_poll_four_days_old_is_an_alert_in_status_with_exit_1(tmp_path: Path) -> None:
    cfg_path = _polled_at(tmp_path, datetime.now(UTC) - timedelta(days=4))
    r = _status(cfg_path, "--json")
    assert r.exit_code == 1, r.output
    data = json.loads(r.output)
    assert data["healthy"] is False
    assert data["alert"].startswith("no successful poll since ") and "due every 300 s" in data["alert"]
    r = _status(cfg_path)
    assert r.exit_code == 1 and "ALERT: no successful poll since" in r.output


@pytest.mark.parametrize(("lang", "banner"), [
    ("en", "NO SUCCESSFUL POLL SINCE"),
    ("fr", "AUCUNE RELÈVE RÉUSSIE DEPUIS"),
    ("es", "NINGUNA LECTURA CORRECTA DESDE"),
])
def test_a_poll_four_days_old_heads_the_digest(tmp_path: Path, lang: str, banner: str) -> None:
    now = datetime(2026, 3, 30, 6, 0, tzinfo=UTC)
    cfg_path = _polled_at(tmp_path, now - timedelta(days=4), lang)
    cfg = load(cfg_path)
    d = build_digest(App(cfg).store.read(), cfg, now)
    head = d.text.split("PENDING", 1)[0] if lang == "en" else d.text[:600]
    assert banner in head, d.text
    assert "Polling OK" not in d.text and "Relève du courrier OK" not in d.text
    assert "Lectura del buzón correcta" not in d.text
    assert d.subject.startswith("[ALERT")
    assert d.poll.absent_minutes == 4 * 24 * 60
    assert "&#9888;" in d.html


def test_a_recent_poll_keeps_the_digest_calm(tmp_path: Path) -> None:
    now = datetime(2026, 3, 30, 6, 0, tzinfo=UTC)
    cfg_path = _polled_at(tmp_path, now - timedelta(minutes=10))
    cfg = load(cfg_path)
    d = build_digest(App(cfg).store.read(), cfg, now)
    assert "Polling OK" in d.text and "NO SUCCESSFUL POLL" not in d.text
    assert not d.poll.stalled


def test_absence_needs_the_intervals_and_the_stall_time() -> None:
    at = datetime(2026, 3, 30, 6, 0, tzinfo=UTC)
    h = PollHealth().succeeded(at.isoformat(), 300)
    assert h.interval_seconds == 300
    # 3 intervals are 15 minutes, but short of stall_alert_minutes (60) it is not absence yet.
    assert h.alert(at + timedelta(minutes=30), 60, 3) == ""
    assert h.alert(at + timedelta(minutes=61), 60, 3).startswith("no successful poll since")
    # With hourly polls, three of them must be missed.
    hourly = PollHealth().succeeded(at.isoformat(), 3600)
    assert hourly.alert(at + timedelta(minutes=150), 60, 3) == ""
    assert hourly.alert(at + timedelta(minutes=181), 60, 3) != ""
    assert h.alert(at + timedelta(days=4), 60, 0) == ""  # 0: off
    assert PollHealth().alert(at, 60, 3) == ""  # never polled: nothing to judge yet
