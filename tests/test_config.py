"""Configuration: one clear error per mistake, secrets resolved and never shown."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from intakebot.config import ConfigError, from_dict
from tests.support.configs import load_text


def test_empty_file_gives_the_embedded_maildir_default(tmp_path: Path) -> None:
    cfg = load_text(tmp_path, "")
    assert cfg.imap is None and cfg.smtp is None
    assert cfg.maildir.inbox == tmp_path / "var/inbox"
    assert cfg.secretariat.timezone == "Europe/Zurich"


def test_relative_paths_are_relative_to_the_config_file(tmp_path: Path) -> None:
    cfg = load_text(tmp_path, '[storage]\npath = "data/s.json"\n')
    assert cfg.storage.path == tmp_path / "data/s.json"


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("[imapp]\nhost='x'\n", "unknown section or key [imapp]"),
        ("[smtp]\nhost='x'\nfrom_address='a@b.org'\nprot=25\n", "[smtp] unknown key 'prot'"),
        ("[imap]\nhost='x'\nusername='u'\npassword='p'\nport='993'\n", "[imap] port: expected a whole number"),
        ("[imap]\nhost='x'\nusername='u'\npassword='p'\nssl='yes'\n", "[imap] ssl: expected true or false"),
        ("[imap]\nusername='u'\npassword='p'\n", "[imap] missing required key 'host'"),
        ("[secretariat]\ntimezone='Mars/Base'\n", "[secretariat] timezone"),
        ("[secretariat]\ndigest_time='25:00'\n", "[secretariat] digest_time"),
        ("[secretariat]\ndigest_to='a@b.org'\n", "[secretariat] digest_to: expected a list"),
        ("[intake]\nmode='loud'\n", "[intake] mode: expected one of live, shadow"),
        ("[followups]\nmax_reminders=-1\n", "[followups] max_reminders: must not be negative"),
        ("this is = = not toml", "invalid TOML"),
    ],
)
def test_each_mistake_is_one_line_naming_the_key(tmp_path: Path, text: str, needle: str) -> None:
    with pytest.raises(ConfigError) as e:
        load_text(tmp_path, text)
    assert needle in str(e.value)
    assert "\n" not in str(e.value)


def test_password_env_is_read_from_the_environment(tmp_path: Path) -> None:
    cfg = load_text(
        tmp_path,
        "[imap]\nhost='h'\nusername='u'\npassword_env='IMAP_PW'\n",
        environ={"IMAP_PW": "hunter2"},
    )
    assert cfg.imap is not None and cfg.imap.password == "hunter2"


def test_missing_secret_is_named(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="IMAP_PW is not set"):
        load_text(tmp_path, "[imap]\nhost='h'\nusername='u'\npassword_env='IMAP_PW'\n")


def test_systemd_credential_supplies_the_password(tmp_path: Path) -> None:
    creds = tmp_path / "creds"
    creds.mkdir()
    (creds / "imap_password").write_text("from-systemd\n")
    cfg = load_text(
        tmp_path,
        "[imap]\nhost='h'\nusername='u'\n",
        environ={"CREDENTIALS_DIRECTORY": str(creds)},
    )
    assert cfg.imap is not None and cfg.imap.password == "from-systemd"


def test_secrets_are_not_in_the_repr(tmp_path: Path) -> None:
    cfg = from_dict(
        {"imap": {"host": "h", "username": "u", "password": "hunter2"}},
        base_dir=tmp_path,
        environ={},
    )
    assert "hunter2" not in repr(cfg)


def test_cli_bad_config_is_one_line_and_exit_2(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("[imap]\nport = 'x'\n")
    for args in (["--config", str(tmp_path / "missing.toml"), "poll", "--once"],
                 ["--config", str(bad), "status"]):
        r = subprocess.run([sys.executable, "-m", "intakebot", *args], capture_output=True, text=True)
        assert r.returncode == 2
        assert r.stderr.count("\n") == 1, r.stderr
        assert "Traceback" not in r.stderr


def test_cli_misuse_is_exit_2_without_traceback(tmp_path: Path) -> None:
    r = subprocess.run([sys.executable, "-m", "intakebot", "requests", "frobnicate"],
                       capture_output=True, text=True)
    assert r.returncode == 2
    assert "Traceback" not in r.stderr


def test_help_lists_every_verb() -> None:
    r = subprocess.run([sys.executable, "-m", "intakebot", "--help"], capture_output=True, text=True)
    assert r.returncode == 0
    for verb in ("extract", "poll", "run", "requests", "digest", "followups", "status", "serve-lmtp"):
        assert verb in r.stdout


def test_unknown_top_level_option_is_one_line() -> None:
    r = subprocess.run([sys.executable, "-m", "intakebot", "--bogus"], capture_output=True, text=True)
    assert r.returncode == 2
    assert r.stderr.strip().count("\n") == 0 and "--bogus" in r.stderr
