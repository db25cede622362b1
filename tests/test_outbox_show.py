"""``intakebot outbox show``: any queued or sent reply, decoded as the official reads it."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from intakebot.cli import main
from intakebot.clock import FixedClock
from intakebot.config import load
from intakebot.mail.reading import inert
from intakebot.run.app import App
from tests.support.configs import write_config
from tests.support.mail import seed


def _run(cfg_path: Path, *args: str) -> tuple[int, str]:
    r = CliRunner().invoke(main, ["--config", str(cfg_path), *args])
    return r.exit_code, r.output


def test_a_sent_and_a_queued_reply_are_shown_decoded(tmp_path: Path) -> None:
    cfg_path = write_config(tmp_path)
    cfg = load(cfg_path)
    seed(cfg.maildir.inbox, ["01-en-complete", "02-fr-incomplete"])
    App(cfg, FixedClock()).poll_once()
    code, out = _run(cfg_path, "outbox", "list")
    assert code == 0 and "acknowledgement" in out and "missing_info" in out
    code, out = _run(cfg_path, "outbox", "show", "CUG-2026-0002", "--template", "missing_info")
    assert code == 0, out
    # Decoded headers and text: no quoted-printable, no RFC 2047 words.
    assert "Subject: [CUG-2026-0002] Informations manquantes – groupe d’utilisateurs" in out
    assert "=?utf-8?" not in out and "=C3=A9" not in out
    assert "Adresse électronique officielle\u00a0: (à compléter)" in out
    # The HTML part on request, by Message-ID as well as by reference.
    code, listing = _run(cfg_path, "outbox", "list")
    mid = next(w for line in listing.splitlines() if "acknowledgement" in line for w in line.split() if w.startswith("<"))
    code, out = _run(cfg_path, "outbox", "show", mid, "--html")
    assert code == 0 and "<!DOCTYPE html>" in out and "Grace" in out


def test_an_unknown_reference_is_one_line_exit_2(tmp_path: Path) -> None:
    cfg_path = write_config(tmp_path)
    code, out = _run(cfg_path, "outbox", "show", "CUG-2026-0999")
    assert code == 2 and len(out.strip().splitlines()) == 1


def test_terminal_control_characters_from_mail_are_made_inert() -> None:
    assert inert("Name: \x1b[31mEvil\u202e\n") == "Name: ?[31mEvil?\n"
