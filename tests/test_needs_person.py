"""Issue 12 item 1: what the bot cannot settle becomes an item a person sees, until a person closes it.

Played over the real test bed (Dovecot in, aiosmtpd out): before the queue,
"RE: [CUG-…] … when will I get my CENcomm login?" was marked processed,
answered by nobody and shown nowhere.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner

from intakebot.cli import main
from intakebot.clock import FixedClock
from intakebot.config import Config
from intakebot.mail.digest import build_digest
from intakebot.run.app import App
from intakebot.run.retention import purge
from intakebot.store import Store
from tests.support.exchange import deployed, flags_of, letter, nomination, turn
from tests.support.mail import subject_of
from tests.support.servers import Dovecot, SmtpSink

QUESTION = "Dear Secretariat,\n\nThank you. When will I get my CENcomm login?\n\nBest regards,\nGrace\n"


def _asked(app: App, smtp: SmtpSink, dovecot: Dovecot) -> str:
    [ack] = turn(app, smtp, dovecot, nomination(message_id="<req@kws.go.ke>"))
    ref = subject_of(ack).split("[", 1)[1].split("]", 1)[0]
    replies = turn(app, smtp, dovecot, letter(
        QUESTION, sender="g.wanjiru@kws.go.ke", subject=f"RE: [{ref}] Request received",
        message_id="<q@kws.go.ke>", in_reply_to=str(ack["Message-ID"])))
    assert replies == []  # a person answers a question, not the bot
    return ref


def test_a_question_in_a_follow_up_is_queued_for_a_person(
    dovecot: Dovecot, smtp: SmtpSink, imap_config: Config, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    app = App(imap_config, FixedClock())
    ref = _asked(app, smtp, dovecot)
    [item] = app.store.read().attention()
    assert (item.reason, item.references, item.sender, item.message_id) == (
        "question", (ref,), "g.wanjiru@kws.go.ke", "<q@kws.go.ke>")
    assert "When will I get my CENcomm login?" in item.excerpt
    ours = [r.getMessage() for r in caplog.records if r.name.startswith("intakebot")]
    assert ours and not any("CENcomm" in line for line in ours)  # the excerpt is in the store, not the logs
    assert flags_of(dovecot, "<q@kws.go.ke>") == {"$CUGProcessed"}  # ours: marked, never \Seen


def test_the_digest_shows_what_needs_a_person_first(
    dovecot: Dovecot, smtp: SmtpSink, imap_config: Config
) -> None:
    app = App(imap_config, FixedClock())
    ref = _asked(app, smtp, dovecot)
    digest = build_digest(app.store.read(), imap_config, app.clock.now())
    assert "1 need a person" in digest.subject
    first = digest.text.index("NEEDS A PERSON (1)")
    assert first < digest.text.index("PENDING REVIEW")
    assert "When will I get my CENcomm login?" in digest.text and ref in digest.text
    assert "When will I get my CENcomm login?" in digest.html and digest.html.index("Needs a person") < \
        digest.html.index("Pending review")


def test_the_cli_lists_shows_and_closes_items_and_only_closed_ones_are_purged(
    dovecot: Dovecot, smtp: SmtpSink, tmp_path: Path
) -> None:
    config, app = deployed(tmp_path, dovecot, smtp)
    ref = _asked(app, smtp, dovecot)
    run = CliRunner().invoke
    listed = run(main, ["--config", str(config), "attention", "list"])
    assert listed.exit_code == 0 and "Needs a person (open): 1" in listed.output
    assert "#1" in listed.output and "question" in listed.output and ref in listed.output
    shown = run(main, ["--config", str(config), "attention", "show", "1"])
    assert "When will I get my CENcomm login?" in shown.output
    # Retention never purges an open item, however old.
    later = app.clock.now() + timedelta(days=400)
    purge(app.store, 365, later)
    assert [i.id for i in app.store.read().attention()] == [1]
    closed = run(main, ["--config", str(config), "attention", "close", "1", "--note", "login sent", "--by", "ana"])
    assert closed.exit_code == 0 and "#1 closed" in closed.output
    assert run(main, ["--config", str(config), "attention", "list"]).output.startswith("Needs a person (open): 0")
    as_json = json.loads(run(main, ["--config", str(config), "attention", "list", "--all", "--json"]).output)
    assert [(i["status"], i["closed_by"], i["note"]) for i in as_json] == [("closed", "ana", "login sent")]
    missing = run(main, ["--config", str(config), "attention", "close", "7", "--note", "x"])
    assert missing.exit_code == 2 and "no attention item #7" in missing.output
    purge(app.store, 365, later + timedelta(days=400))
    assert app.store.read().attention(None) == []


def test_processing_the_same_message_again_does_not_queue_it_twice(local_config: Config, tmp_path: Path) -> None:
    from intakebot.decisions.intake import Incoming, decide
    from intakebot.run.commit import commit
    from tests.test_workflow import _fake_compose, analysis, nominee

    store = Store(tmp_path / "s.db")
    a = analysis(nominee(), own_words="When will I get my login?")
    for _ in range(2):
        with store.transaction() as tx:
            commit(decide(a, tx, local_config, FixedClock().now(), Incoming("k1")), tx,
                   now=FixedClock().now(), compose=_fake_compose)
    assert [i.reason for i in store.read().attention()] == ["question"]


def test_a_schema_2_store_is_upgraded_with_an_empty_queue(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with Store(path).transaction():
        pass
    conn = sqlite3.connect(path)
    conn.executescript("DROP TABLE attention; DROP TABLE reply_marks; PRAGMA user_version=2;")
    conn.close()
    store = Store(path)
    assert store.read().attention() == []
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == 3
