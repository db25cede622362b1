"""Issue 16: the papercuts a new user meets in the first hour, each tried through the installed console script."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from rich.cells import cell_len

from intakebot.config import load
from tests.support.configs import write_config
from tests.support.mail import EXAMPLES, seed
from tests.support.terminal import BOX, on_terminal, piped

ROOT = Path(__file__).resolve().parent.parent
NO_ENV_CONFIG = {"INTAKEBOT_CONFIG": ""}


@pytest.fixture(autouse=True)
def _no_config_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("INTAKEBOT_CONFIG", raising=False)


def _polled(tmp_path: Path, names: list[str]) -> Path:
    cfg = write_config(tmp_path)
    seed(load(cfg).maildir.inbox, names)
    r = piped("--config", str(cfg), "poll", "--quiet")
    assert r.returncode == 0, r.stderr
    return cfg


def _words(text: str) -> str:
    return " ".join(text.split())


def test_an_outbox_folder_without_new_cur_tmp_gets_them_and_the_reply_is_delivered(tmp_path: Path) -> None:
    cfg = write_config(tmp_path)
    outbox = load(cfg).maildir.outbox
    outbox.mkdir(parents=True)  # made by hand, as a new user would: no new/ cur/ tmp/
    seed(load(cfg).maildir.inbox, ["01-en-complete"])
    r = piped("--config", str(cfg), "poll")
    assert r.returncode == 0, r.stderr
    assert "delivered" in r.stdout and "failed" not in r.stdout
    delivered = [p.read_text() for p in (outbox / "new").iterdir()]
    assert any("To: g.wanjiru@kws.go.ke" in m for m in delivered)  # the acknowledgement
    assert {p.name for p in outbox.iterdir()} == {"new", "cur", "tmp"}
    assert "0 waiting, 0 failed" in piped("--config", str(cfg), "status").stdout


def test_a_delivery_that_cannot_be_written_locally_counts_as_failed_not_waiting(tmp_path: Path) -> None:
    cfg = write_config(tmp_path)
    outbox = load(cfg).maildir.outbox
    outbox.mkdir(parents=True)
    (outbox / "new").write_text("a file where the folder belongs")  # fails the same way forever
    seed(load(cfg).maildir.inbox, ["01-en-complete"])
    r = piped("--config", str(cfg), "poll")
    assert r.returncode == 0, r.stderr
    assert "failed" in r.stdout
    status = piped("--config", str(cfg), "status").stdout
    assert re.search(r"Outbox: 0 waiting, [12] failed", status), status


def test_read_only_verbs_in_an_empty_directory_create_nothing(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    mail = EXAMPLES / "01-en-complete.eml"
    for args in (["status"], ["status", "--json"], ["requests", "list"], ["requests", "list", "--json"],
                 ["digest", "--print"], ["digest"], ["extract", str(mail)], ["requests", "export"]):
        r = piped(*args, cwd=empty, env=NO_ENV_CONFIG)
        assert r.returncode == 0, (args, r.stderr)
        assert os.listdir(empty) == [], (args, os.listdir(empty))
    shown = piped("requests", "show", "CUG-2026-0001", cwd=empty, env=NO_ENV_CONFIG)
    assert shown.returncode == 2 and "no request" in shown.stderr
    assert os.listdir(empty) == []
    status = piped("status", cwd=empty, env=NO_ENV_CONFIG).stdout
    assert "no data yet" in status and "no inbox folder" in status
    assert piped("requests", "list", cwd=empty, env=NO_ENV_CONFIG).stdout.strip() == "No requests."


def test_poll_and_followups_without_once_do_one_pass(tmp_path: Path) -> None:
    cfg = write_config(tmp_path)
    seed(load(cfg).maildir.inbox, ["01-en-complete"])
    r = piped("--config", str(cfg), "poll")
    assert r.returncode == 0, r.stderr
    assert "CUG-2026-0001" in r.stdout
    again = piped("--config", str(cfg), "poll", "--once")  # the old spelling still works
    # Nothing new to do. (The Maildir mark sometimes offers the just-acknowledged file again;
    # the ledger settles it without a second reply: see the closing note of this session.)
    assert again.returncode == 0, again.stderr
    assert "No new mail." in again.stdout or "already handled in an earlier poll: nothing done" in again.stdout
    assert "0 written" in again.stdout or "No new mail." in again.stdout
    f = piped("--config", str(cfg), "followups")
    assert f.returncode == 0, f.stderr
    assert "0 reminded" in f.stdout, f.stdout


def test_the_words_a_user_types_are_accepted(tmp_path: Path) -> None:
    cfg = _polled(tmp_path, ["01-en-complete", "02-fr-incomplete"])
    pending = piped("--config", str(cfg), "requests", "list", "--status", "pending")
    assert pending.returncode == 0, pending.stderr
    assert "CUG-2026-0001" in pending.stdout and "CUG-2026-0002" not in pending.stdout
    exported = piped("--config", str(cfg), "requests", "export")
    assert exported.returncode == 0 and exported.stdout.startswith("Country,Name,Surname")
    empty = piped("--config", str(cfg), "requests", "list", "--status", "approved")
    assert empty.stdout.strip() == "No requests with status approved."
    screen = on_terminal("--config", str(cfg), "requests", "list", "--status", "approved")
    assert screen.text.strip() == "No requests with status approved." and not BOX.search(screen.text)


def test_help_summaries_are_whole_and_name_the_config_variable() -> None:
    top = piped("--help")
    assert top.returncode == 0
    cut = re.compile(r"\.\.\.$", re.M)  # how click shortens a summary that does not fit
    commands = top.stdout.split("Commands:")[1]
    assert not cut.search(commands) and "INTAKEBOT_CONFIG" in top.stdout
    assert "Health at a glance: last poll, failures, backlog, outbox, quarantine (changes nothing)." in _words(top.stdout)
    sub = piped("requests", "--help").stdout
    assert not cut.search(sub.split("Commands:")[1])
    assert "Show one request: every field with where it came from, and its history." in _words(sub)
    assert "INTAKEBOT_CONFIG" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_the_poll_summary_says_who_sent_what_and_what_was_done(tmp_path: Path) -> None:
    names = ["01-en-complete", "02-fr-incomplete", "06-out-of-office", "07-newsletter"]
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    cfg = write_config(tmp_path / "a")
    seed(load(cfg).maildir.inbox, names)
    out = piped("--config", str(cfg), "poll").stdout
    lines = out.splitlines()
    ack = next(line for line in lines if "Request to join the cheetah closed user group" in line)
    assert "Grace Wanjiru <g.wanjiru@kws.go.ke>" in ack and "CUG-2026-0001" in ack and "acknowledged receipt" in ack
    missing = next(line for line in lines if "Demande d'accès" in line)
    assert "asked for the missing details" in missing
    left = lines.index("Left alone:")
    left_alone = " ".join(lines[left:])
    # An out-of-office that answers none of our replies is not the bot's: left for the Secretariat.
    assert "Out of Office" in left_alone and "left alone for the Secretariat" in left_alone
    assert "newsletter@wildlife-news.example" in left_alone and "not a request" in left_alone
    for internal in ("missing_info", "acknowledgement", "not_request", "<example-0"):
        assert internal not in out, internal
    # On an 80-column terminal the same words, wrapped only between words.
    cfg_b = write_config(tmp_path / "b")
    seed(load(cfg_b).maildir.inbox, names)
    screen = on_terminal("--config", str(cfg_b), "poll", columns=80)
    assert screen.code == 0
    assert all(cell_len(line) <= 80 for line in screen.text.splitlines()), screen.text
    assert _words(screen.text) == _words(out)


def test_piped_output_is_plain_lines_and_a_narrow_terminal_wraps_between_words(tmp_path: Path) -> None:
    cfg = _polled(tmp_path, ["01-en-complete", "03-es-complete", "05-en-missing-email-freemail"])
    listed = piped("--config", str(cfg), "requests", "list").stdout
    rows = listed.splitlines()
    assert len(rows) == 4 and all(len(r.split("\t")) == 8 for r in rows), listed
    assert "wildlife_authority/full" in listed and "freemail" in listed
    for args in (["requests", "list"], ["requests", "show", "CUG-2026-0002"], ["status"], ["poll"]):
        out = piped("--config", str(cfg), *args).stdout
        assert not BOX.search(out), (args, out)
    shown = piped("--config", str(cfg), "requests", "show", "CUG-2026-0002").stdout
    assert "status:pending_review" in shown
    screen = on_terminal("--config", str(cfg), "requests", "show", "CUG-2026-0002", columns=60)
    assert screen.code == 0
    assert _words(screen.text) == _words(shown)  # the same words: wrapped only between them
    long_tokens = {w for w in shown.split() if len(w) > 60}
    assert all(cell_len(line) <= 60 or any(w in line for w in long_tokens) for line in screen.text.splitlines())
    assert re.search(r"\bstatus:pending_review\b", screen.text)
