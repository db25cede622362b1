"""The embedded default end to end: a Maildir inbox, replies by SMTP or to a Maildir."""

from __future__ import annotations

import mailbox
import stat
import subprocess
import sys
import time
from datetime import timedelta
from email.header import decode_header, make_header
from pathlib import Path

import pytest

from intakebot.clock import FixedClock
from intakebot.config import Config
from intakebot.mail.outbox import FlushReport
from intakebot.run.app import App
from intakebot.run.identity import message_key
from intakebot.run.poll import poll_once
from intakebot.sources.maildir import MaildirSource
from intakebot.store.state import read_owed
from tests.support.mail import EXAMPLES, seed
from tests.support.servers import SmtpSink

REQUESTS = {"01-en-complete", "02-fr-incomplete", "03-es-complete",
            "04-en-table-two-officials", "05-en-missing-email-freemail"}
#: 06 is an out-of-office reply to someone else's mail (a CITES Notification): not the bot's (issue 12).
LEFT_ALONE = {"06-out-of-office", "07-newsletter", "08-permit-question"}


def test_examples_are_answered_once_each_by_smtp(smtp_config: Config, smtp: SmtpSink, clock: FixedClock) -> None:
    seed(smtp_config.maildir.inbox)
    app = App(smtp_config, clock)
    report = app.poll_once()
    assert report.count("request") == len(REQUESTS)
    assert report.count("not_request") == len(LEFT_ALONE)
    assert report.count("auto_reply") == 0
    # Each complete request also gets one review mail to the reviewers (01, 03 and the two of 04).
    got = [r for r in smtp.wait_for(len(REQUESTS) + 4) if r.rcpt_tos != ["cug-review@cites.org"]]
    assert sorted(r.rcpt_tos[0] for r in got) == sorted(
        {"g.wanjiru@kws.go.ke", "amelie.dubois@douane.finances.gouv.fr", "cmendoza@profepa.gob.mx",
         "cites@environment.gov.za", "john.okello.ug@gmail.com"}
    )
    subjects = [str(make_header(decode_header(r.message["Subject"] or ""))) for r in got]
    assert all("[CUG-" in s for s in subjects), subjects
    # A second poll finds nothing new and sends nothing.
    again = app.poll_once()
    assert again.results == []
    assert len(smtp.messages) == len(REQUESTS) + 4


def test_mail_that_is_not_a_request_stays_exactly_where_it_was(local_config: Config, clock: FixedClock) -> None:
    paths = seed(local_config.maildir.inbox)
    before = {name: (p.read_bytes(), p.stat().st_mtime) for name, p in paths.items() if name in LEFT_ALONE}
    App(local_config, clock).poll_once()
    for name in LEFT_ALONE:
        assert paths[name].exists(), f"{name} was moved"
        assert (paths[name].read_bytes(), paths[name].stat().st_mtime) == before[name]
    # Requests the bot owns move from new/ to cur/ (seen by a client).
    assert not paths["01-en-complete"].exists()
    assert list((local_config.maildir.inbox / "cur").glob("*01-en-complete*"))


def test_replies_go_to_the_local_outbox_without_a_server(local_config: Config, clock: FixedClock) -> None:
    seed(local_config.maildir.inbox, ["01-en-complete", "02-fr-incomplete"])
    App(local_config, clock).poll_once()
    box = mailbox.Maildir(local_config.maildir.outbox, create=False)
    subjects = sorted(m["Subject"] for m in box)
    assert len(subjects) == 2
    for key in box.keys():  # noqa: SIM118 - a Maildir iterates messages, not keys
        assert stat.S_IMODE(Path(local_config.maildir.outbox, "new", key).stat().st_mode) & 0o077 == 0


def test_language_of_the_reply_follows_the_request(local_config: Config, clock: FixedClock) -> None:
    seed(local_config.maildir.inbox, ["02-fr-incomplete", "03-es-complete"])
    App(local_config, clock).poll_once()
    view = App(local_config, clock).store.read()
    langs = {r.sender: r.language for r in view.requests()}
    assert langs == {"amelie.dubois@douane.finances.gouv.fr": "fr", "cmendoza@profepa.gob.mx": "es"}


def test_a_crash_between_commit_and_delivery_loses_and_repeats_nothing(local_config: Config, clock: FixedClock) -> None:
    """Replies committed but not yet sent are sent by the next cycle, exactly once."""
    seed(local_config.maildir.inbox, ["01-en-complete", "03-es-complete"])
    app = App(local_config, clock)

    class Boom(Exception):
        pass

    original = app.flush_outbox
    calls = {"n": 0}

    def failing_flush():  # a crash after commit, before delivery
        calls["n"] += 1
        if calls["n"] == 1:
            raise Boom
        return original()

    app.flush_outbox = failing_flush  # type: ignore[method-assign]
    with pytest.raises(Boom):
        app.poll_once()
    # Committed: two records and two queued replies, nothing sent yet, inbox untouched.
    view = app.store.read()
    assert len(view.requests()) == 2
    assert [i.status for i in view.outbox()] == ["queued", "queued"]
    app.poll_once()
    view = app.store.read()
    assert len(view.requests()) == 2
    assert [i.status for i in view.outbox()] == ["sent", "sent"]
    assert len(list(mailbox.Maildir(local_config.maildir.outbox, create=False))) == 2


def test_shadow_mode_touches_nothing_and_sends_nowhere(tmp_path: Path, clock: FixedClock) -> None:
    from intakebot.config import from_dict

    cfg = from_dict({"intake": {"mode": "shadow"}}, base_dir=tmp_path, environ={})
    paths = seed(cfg.maildir.inbox, ["01-en-complete"])
    App(cfg, clock).poll_once()
    assert paths["01-en-complete"].exists()  # not moved
    assert len(list(mailbox.Maildir(cfg.intake.shadow_outbox, create=False))) == 1
    assert not (cfg.maildir.outbox / "new").exists() or not any((cfg.maildir.outbox / "new").iterdir())


def test_hostile_message_is_quarantined_and_the_rest_goes_on(local_config: Config, clock: FixedClock) -> None:
    inbox = local_config.maildir.inbox
    seed(inbox, ["01-en-complete"])
    (inbox / "new" / "1700000001.bad.host").write_bytes(
        b"From: a@b.org\r\nSubject: x\r\nContent-Type: multipart/mixed; boundary=z\r\n\r\n"
        + b"--z\r\nContent-Type: multipart/mixed; boundary=z\r\n\r\n" * 300
    )
    report = App(local_config, clock).poll_once()
    kinds = sorted(r.kind for r in report.results)
    assert "request" in kinds
    assert len(report.results) == 2


def test_message_key_prefers_message_id_and_falls_back_to_a_hash() -> None:
    assert message_key(b"Message-ID: <a@b>\r\n\r\nx") == "<a@b>"
    assert message_key(b"Subject: none\r\n\r\nx").startswith("sha256:")


def test_poll_once_cli_prints_a_summary(tmp_path: Path) -> None:
    cfg = tmp_path / "c.toml"
    cfg.write_text("")
    seed(tmp_path / "var" / "inbox", ["01-en-complete", "07-newsletter"])
    r = subprocess.run([sys.executable, "-m", "intakebot", "--config", str(cfg), "poll", "--once"],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert "CUG-" in r.stdout
    assert "1 left alone" in r.stdout


def test_a_request_seen_before_a_crash_is_still_marked_later(local_config: Config, clock: FixedClock) -> None:
    """Committed, then killed before acknowledge: the next poll marks it (moves it to cur/)."""
    paths = seed(local_config.maildir.inbox, ["01-en-complete"])
    app = App(local_config, clock)
    with app.store.transaction() as tx:  # what the crashed cycle had committed
        from intakebot.records import RawMail
        from intakebot.run.poll import process_in

        data = paths["01-en-complete"].read_bytes()
        process_in(tx, RawMail(data, "new/x", len(data)), cfg=local_config, now=clock.now(),
                   source="maildir", compose=None)
    report = app.poll_once()
    assert [r.kind for r in report.results] == ["duplicate"]
    assert not paths["01-en-complete"].exists()
    assert len(app.store.read().requests()) == 1


def test_quarantined_message_can_be_found_by_the_secretariat(local_config: Config, clock: FixedClock) -> None:
    from intakebot.mail.digest import build_digest

    inbox = local_config.maildir.inbox
    seed(inbox, [])
    (inbox / "new" / "1700000002.deep.host").write_bytes(
        b"From: Officer <o@kws.go.ke>\r\nSubject: =?utf-8?q?Demande_d=27acc=C3=A8s?=\r\n"
        b"Content-Type: multipart/mixed; boundary=z\r\n\r\n"
        + b"--z\r\nContent-Type: multipart/mixed; boundary=z\r\n\r\n" * 300
    )
    app = App(local_config, clock)
    app.poll_once()
    [q] = app.store.read().quarantined()
    assert q.sender == "Officer <o@kws.go.ke>" and q.subject == "Demande d'accès"
    digest = build_digest(app.store.read(), local_config, clock.now())
    assert digest.quarantined[0].subject == "Demande d'accès"


def test_a_request_that_cannot_be_answered_is_quarantined_whole_and_logged_without_its_address(
    local_config: Config, clock: FixedClock, caplog: pytest.LogCaptureFixture
) -> None:
    """No half-applied message: quarantined means no record was created for it either."""
    raw = (EXAMPLES / "01-en-complete.eml").read_bytes()
    lines = raw.split(b"\n")
    # An unbalanced quote: parseaddr keeps a sender no reply can be addressed to.
    raw = b"\n".join(b'From: "g.wanjiru@kws.go.ke;' if ln.startswith(b"From:") else ln for ln in lines)
    inbox = local_config.maildir.inbox
    seed(inbox, [])
    (inbox / "new" / "1700000003.unanswerable.host").write_bytes(raw)
    app = App(local_config, clock)
    with caplog.at_level("DEBUG", logger="intakebot"):
        report = app.poll_once()
    assert [r.kind for r in report.results] == ["quarantined"]
    view = app.store.read()
    assert view.requests() == []
    assert view.outbox() == []
    assert "wanjiru" not in caplog.text


def test_a_crash_between_commit_and_acknowledge_still_marks_the_request_on_the_next_poll(
    local_config: Config, clock: FixedClock
) -> None:
    """The batch commit also advances the source checkpoint, so the message is not
    fetched again: the next poll must still acknowledge what the crashed one owed."""
    paths = seed(local_config.maildir.inbox, ["01-en-complete", "07-newsletter"])
    app = App(local_config, clock)

    class Crash(Exception):
        pass

    source = app.source()

    def crash(done: object) -> None:
        raise Crash

    source.acknowledge = crash  # type: ignore[method-assign]
    with pytest.raises(Crash):
        app.poll_once()
    assert paths["01-en-complete"].exists()  # committed, not yet marked

    restarted = App(local_config, clock)
    report = restarted.poll_once()
    assert report.results == []  # nothing processed twice
    assert not paths["01-en-complete"].exists()  # the request is marked (moved to cur/)
    assert paths["07-newsletter"].exists()  # mail the bot does not own stays as it was
    assert len(restarted.store.read().requests()) == 1


def _age(path: Path, days: float, clock: FixedClock) -> None:
    import os

    t = (clock.now() - timedelta(days=days)).timestamp()
    os.utime(path, (t, t))


def test_first_poll_leaves_old_requests_to_the_secretariat(local_config: Config, clock: FixedClock) -> None:
    """A new deployment on an inbox with years of handled requests answers only recent ones."""
    paths = seed(local_config.maildir.inbox, ["01-en-complete", "03-es-complete"])
    _age(paths["01-en-complete"], 400, clock)
    _age(paths["03-es-complete"], 1, clock)
    app = App(local_config, clock)
    report = app.poll_once()
    assert sorted(r.kind for r in report.results) == ["before_start", "request"]
    assert [r.sender for r in app.store.read().requests()] == ["cmendoza@profepa.gob.mx"]
    assert paths["01-en-complete"].exists()  # left exactly where it was


def test_backfill_is_measured_from_the_first_poll_not_from_today(local_config: Config, clock: FixedClock) -> None:
    seed(local_config.maildir.inbox, [])
    App(local_config, clock).poll_once()  # the first poll, on an empty inbox
    clock.advance(days=30)
    paths = seed(local_config.maildir.inbox, ["01-en-complete"])
    _age(paths["01-en-complete"], 20, clock)  # arrived after the first poll
    report = App(local_config, clock).poll_once()
    assert [r.kind for r in report.results] == ["request"]


def test_a_batch_sent_while_the_next_is_committed_is_still_owed_after_a_crash(
    local_config: Config, clock: FixedClock
) -> None:
    """Batches overlap: the first batch's send is in flight while the second is committed.

    The second commit replaces the owed acknowledgements, so it must list the
    first batch's mail too: a crash before that send ends must leave both
    requests to be marked by the next poll, answered once each.
    """
    paths = seed(local_config.maildir.inbox, ["01-en-complete", "03-es-complete"])
    app = App(local_config, clock)
    source = MaildirSource(local_config.maildir.inbox, batch_size=1)

    class Crash(Exception):
        pass

    def deliver_until_the_next_commit() -> FlushReport:
        for _ in range(2000):  # the second batch commits while this send is in flight
            if len(read_owed(app.store.read(), source.name)) == 2:
                raise Crash
            time.sleep(0.005)
        raise AssertionError("the next batch was not committed while this one was being sent")

    with pytest.raises(Crash):
        poll_once(app.store, source, deliver_until_the_next_commit, local_config, clock)
    assert all(p.exists() for p in paths.values())  # committed, neither marked

    restarted = App(local_config, clock)
    report = restarted.poll_once()
    assert report.results == []  # nothing processed twice
    assert not any(p.exists() for p in paths.values())  # both marked on the next poll
    assert len(restarted.store.read().requests()) == 2
    assert len(restarted.store.read().outbox("sent")) == 2  # one reply each
