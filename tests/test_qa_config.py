"""QA: configuration mistakes an administrator makes are named, never shown as secrets."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from intakebot.config import ConfigError
from tests.support.configs import load_text


@pytest.mark.parametrize("value", ["12345678", '["hunter2-secret"]', "{ a = 'hunter2-secret' }"])
def test_a_wrongly_typed_password_is_named_but_never_quoted(tmp_path: Path, value: str) -> None:
    text = f"[imap]\nhost='h'\nusername='u'\npassword = {value}\n"
    with pytest.raises(ConfigError) as e:
        load_text(tmp_path, text)
    assert "[imap] password" in str(e.value)
    assert "12345678" not in str(e.value) and "hunter2" not in str(e.value)


def test_cli_does_not_print_a_wrongly_typed_smtp_password(tmp_path: Path) -> None:
    cfg = tmp_path / "c.toml"
    cfg.write_text("[smtp]\nhost='127.0.0.1'\nfrom_address='info@cites.org'\nusername='u'\npassword=987654321\n")
    r = subprocess.run([sys.executable, "-m", "intakebot", "--config", str(cfg), "status"],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 2
    assert "[smtp] password" in r.stderr and "987654321" not in r.stderr + r.stdout
    assert len(r.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("[imap]\nhost='h'\nusername='u'\npassword='p'\ntimeout_seconds=0\n", "[imap] timeout_seconds: must be greater than 0"),
        ("[imap]\nhost='h'\nusername='u'\npassword='p'\nfetch_batch=0\n", "[imap] fetch_batch: must be greater than 0"),
        ("[smtp]\nhost='h'\nfrom_address='a@b.org'\ntimeout_seconds=0\n", "[smtp] timeout_seconds: must be greater than 0"),
        ("[intake]\npoll_interval_seconds=0\n", "[intake] poll_interval_seconds: must be greater than 0"),
    ],
)
def test_zero_where_zero_means_a_hang_or_busy_loop_is_refused(tmp_path: Path, text: str, needle: str) -> None:
    with pytest.raises(ConfigError) as e:
        load_text(tmp_path, text)
    assert needle in str(e.value)


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("[followups]\nexpire_after_days = 100000000\n", "[followups] expire_after_days"),
        ("[followups]\nreminder_after_days = 100000000\n", "[followups] reminder_after_days"),
        ("[storage]\nretention_days = 1000000000\n", "[storage] retention_days"),
        ("[smtp]\nhost='h'\nfrom_address='a@b.org'\ngive_up_after_days = 1e12\n", "[smtp] give_up_after_days"),
        ("[limits]\nparse_timeout_seconds = 1e300\n", "[limits] parse_timeout_seconds"),
        ("[intake]\npoll_interval_seconds = 100000000000\n", "[intake] poll_interval_seconds"),
        ("[secretariat]\ndigest_time = '\u00b2:00'\n", "[secretariat] digest_time"),
        ("[storage]\npath = '/'\n", "[storage] path"),
    ],
)
def test_a_value_too_large_for_a_date_or_a_timer_is_refused_at_load(
    tmp_path: Path, text: str, needle: str
) -> None:
    """Valid TOML, absurd value: one line at start-up, not an OverflowError on the first pass."""
    with pytest.raises(ConfigError) as e:
        load_text(tmp_path, text)
    assert needle in str(e.value)


def test_a_store_path_that_is_a_directory_is_one_line_and_exit_2(tmp_path: Path) -> None:
    cfg = tmp_path / "c.toml"
    cfg.write_text(f"[storage]\npath = '{tmp_path}'\n")
    r = subprocess.run([sys.executable, "-m", "intakebot", "--config", str(cfg), "requests", "list"],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 2, r.stderr
    assert len(r.stderr.strip().splitlines()) == 1 and "store" in r.stderr
