"""Issue 11 items 8, 10, 13: the log at DEBUG, a config that exposes a password, an export that must not follow links."""

from __future__ import annotations

import os
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest

from intakebot.config import load
from tests.support.configs import deployment, write_config, write_toml
from tests.support.mail import mail
from tests.support.records import make_record, store_with
from tests.support.servers import Dovecot, SmtpSink
from tests.support.terminal import piped

RECEIVED = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
NOMINEE = {"name": "Wanjikuzeta", "surname": "Kamau-Odhiambo", "email": "wanjikuzeta.kamau@kws.go.ke",
           "phone": "+254 711 987654", "position": "Chief Pangolin Investigator"}


def _one_line_exit_2(r: subprocess.CompletedProcess[str], *words: str) -> str:
    assert r.returncode == 2, r.stdout + r.stderr
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("intakebot: error:"), r.stderr
    assert all(w in lines[0] for w in words), lines[0]
    return lines[0]


def test_debug_logging_of_a_real_poll_holds_no_personal_data(tmp_path: Path, dovecot: Dovecot, smtp: SmtpSink) -> None:
    sections = deployment(tmp_path, dovecot, smtp.host, smtp.port)
    sections["logging"] = {"level": "DEBUG"}
    cfg = write_toml(tmp_path / "intakebot.toml", sections)
    body = (f"Country: Kenya\nName: {NOMINEE['name']}\nSurname: {NOMINEE['surname']}\n"
            f"Organization: Kenya Wildlife Service\nPosition: {NOMINEE['position']}\n"
            f"Contact number: {NOMINEE['phone']}\nOfficial email address: {NOMINEE['email']}\n")
    raw = mail(body, sender=NOMINEE["email"], subject="Cheetah closed user group nomination",
               message_id="<debug-privacy@kws.go.ke>", crlf=True)
    with dovecot.client() as c:
        c.append("INBOX", raw)
    r = piped("--config", str(cfg), "poll")
    assert r.returncode == 0, r.stderr
    assert len(smtp.wait_for(1)) == 1  # it really read, answered and acknowledged over IMAP and SMTP
    log = r.stderr
    assert "INFO intakebot.run.poll" in log  # the log is on, and verbose
    for value in (*NOMINEE.values(), "711 987654", "987654", "wanjikuzeta", "debug-privacy@kws.go.ke"):
        assert value not in log, value


def test_a_config_readable_by_others_with_a_password_gets_one_warning(tmp_path: Path) -> None:
    cfg = write_config(tmp_path, '[smtp]\nhost = "127.0.0.1"\nfrom_address = "info@cites.org"\n'
                                 'username = "bot"\npassword = "Pw-not-to-be-shown-42"\n')
    cfg.chmod(0o644)
    r = piped("--config", str(cfg), "requests", "list")
    assert r.returncode == 0, r.stderr
    warnings = [line for line in r.stderr.splitlines() if line.startswith("intakebot: warning:")]
    assert len(warnings) == 1 and "0644" in warnings[0] and "[smtp]" in warnings[0], r.stderr
    assert "Pw-not-to-be-shown-42" not in r.stderr + r.stdout
    cfg.chmod(0o600)
    assert "warning" not in piped("--config", str(cfg), "requests", "list").stderr
    (tmp_path / "plain").mkdir()
    no_secret = write_config(tmp_path / "plain")
    no_secret.chmod(0o644)
    assert "warning" not in piped("--config", str(no_secret), "requests", "list").stderr


def test_a_password_put_under_password_env_is_not_echoed(tmp_path: Path) -> None:
    for mistake in ("s3cret-Pass!word", "hunter2", "Summer2026"):
        cfg = write_config(tmp_path, '[smtp]\nhost = "127.0.0.1"\nfrom_address = "info@cites.org"\n'
                                     f'username = "bot"\npassword_env = "{mistake}"\n')
        line = _one_line_exit_2(piped("--config", str(cfg), "status"), "password_env", "value not shown")
        assert mistake not in line
    cfg = write_config(tmp_path, '[smtp]\nhost = "127.0.0.1"\nfrom_address = "info@cites.org"\n'
                                 'username = "bot"\npassword_env = "INTAKEBOT_SMTP_PASSWORD"\n')
    r = piped("--config", str(cfg), "status", env={"INTAKEBOT_SMTP_PASSWORD": ""})
    _one_line_exit_2(r, "INTAKEBOT_SMTP_PASSWORD", "not set")  # a real variable name is named


@pytest.fixture
def approved(tmp_path: Path) -> Path:
    cfg = write_config(tmp_path)
    store_with(Path(load(cfg).storage.path), make_record("CUG-2026-0001", status="approved", received=RECEIVED))
    return cfg


def test_export_refuses_a_symlink_and_leaves_its_target_alone(approved: Path, tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("precious\n")
    victim.chmod(0o644)
    link = tmp_path / "wco.csv"
    link.symlink_to(victim)
    line = _one_line_exit_2(piped("--config", str(approved), "requests", "export", str(link)), "symbolic link")
    assert str(link) in line
    assert victim.read_text() == "precious\n" and victim.stat().st_mode & 0o777 == 0o644
    dangling = tmp_path / "dangling.csv"
    dangling.symlink_to(tmp_path / "nowhere.csv")
    _one_line_exit_2(piped("--config", str(approved), "requests", "export", str(dangling)), "symbolic link")
    assert not (tmp_path / "nowhere.csv").exists()


def test_export_refuses_fifos_devices_and_hard_links(approved: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "fifo.csv"
    os.mkfifo(fifo)
    _one_line_exit_2(piped("--config", str(approved), "requests", "export", str(fifo), timeout=30), "not a regular file")
    _one_line_exit_2(piped("--config", str(approved), "requests", "export", "/dev/null"), "not a regular file")
    other = tmp_path / "other-name.txt"
    other.write_text("kept\n")
    twin = tmp_path / "twin.csv"
    os.link(other, twin)
    _one_line_exit_2(piped("--config", str(approved), "requests", "export", str(twin)), "hard links")
    assert other.read_text() == "kept\n"
    fine = tmp_path / "fine.csv"
    fine.write_text("old content that is longer than nothing\n" * 50)
    ok = piped("--config", str(approved), "requests", "export", str(fine))
    assert ok.returncode == 0, ok.stderr
    assert fine.read_text(encoding="utf-8").startswith("Country,") and "old content" not in fine.read_text()
    assert fine.stat().st_mode & 0o077 == 0
