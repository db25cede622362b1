"""The daily digest: content, three languages, once per local day across DST."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta
from email import message_from_bytes
from html.parser import HTMLParser
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from click.testing import CliRunner

from intakebot.cli import main
from intakebot.clock import FixedClock
from intakebot.config import Config, from_dict, load
from intakebot.mail.digest import (
    STATE_LAST_DATE,
    STATE_LAST_SENT_AT,
    DigestError,
    build_digest,
    queue_digest,
    send_digest,
)
from intakebot.records import OutboxItem, QuarantineEntry
from intakebot.run.app import App
from intakebot.store import Store
from tests.support.configs import write_config
from tests.support.records import make_record, store_with
from tests.support.servers import SmtpSink

ZURICH = ZoneInfo("Europe/Zurich")
NOW = datetime(2026, 3, 30, 6, 0, tzinfo=UTC)  # 08:00 CEST


def _cfg(tmp_path: Path, **secretariat: object) -> Config:
    sec = {"digest_to": ["cug-review@cites.org"], **secretariat}
    return from_dict({"secretariat": sec}, base_dir=tmp_path, environ={})


def _busy_store(path: Path) -> Store:
    store = store_with(
        path,
        make_record("CUG-2026-0001", received=datetime(2026, 3, 20, 8, tzinfo=UTC)),
        make_record(
            "CUG-2026-0002", language="fr", received=datetime(2026, 3, 29, 8, tzinfo=UTC),
            sender="x@gmail.com", category="igo", access="restricted", flags=("auth_failed",),
            organization="<script>alert(1)</script> Interpol",
        ),
        make_record(
            "CUG-2026-0003", status="incomplete", language="es",
            received=datetime(2026, 3, 25, 8, tzinfo=UTC), missing=("phone", "position"),
        ),
        make_record("CUG-2026-0004", status="approved", received=datetime(2026, 3, 1, tzinfo=UTC),
                    flags=("delivery_failed",)),
    )
    with store.transaction() as tx:
        tx.set_state("digest_last_sent_at", "2026-03-29T06:00:00+00:00")
        tx.log_event(datetime(2026, 3, 28, tzinfo=UTC), "request_created", reference="CUG-2026-0000")
        for kind in ("request_created", "request_created", "auto_reply", "reminder", "approved"):
            tx.log_event(datetime(2026, 3, 29, 12, tzinfo=UTC), kind)
        tx.quarantine(QuarantineEntry("<q@x>", "too_many_parts", "201 parts", "2026-03-29T10:00:00+00:00", 9999))
        tx.queue(OutboxItem("<f@cites.org>", ["a@b.example"], "x", "acknowledgement", ["CUG-2026-0009"],
                            "2026-03-29T10:00:00+00:00", status="failed", last_error="550 5.1.1 unknown user"))
        tx.queue(OutboxItem("<old@cites.org>", ["a@b.example"], "x", "acknowledgement", ["CUG-2026-0008"],
                            "2026-01-01T10:00:00+00:00", status="failed", last_error="550 old"))
    return store


def test_digest_content(tmp_path: Path) -> None:
    cfg = _cfg(tmp_path)
    d = build_digest(_busy_store(tmp_path / "s.json").read(), cfg, NOW)
    assert [p.reference for p in d.pending] == ["CUG-2026-0001", "CUG-2026-0002"]  # oldest first
    assert d.pending[0].age_days == 9 and d.pending[0].flags == []
    assert d.pending[1].flags == ["freemail", "sender_differs", "igo_restricted", "auth_failed"]
    assert [(i.reference, i.missing, i.reminders_sent) for i in d.incomplete] == [
        ("CUG-2026-0003", ["phone", "position"], 0)
    ]
    assert {(f.what, tuple(f.references)) for f in d.failed} == {
        ("outbox", ("CUG-2026-0009",)), ("bounce", ("CUG-2026-0004",))
    }
    assert [q.reason for q in d.quarantined] == ["too_many_parts"]
    assert d.counts["request_created"] == 2 and d.counts["auto_reply"] == 1
    assert d.counts["approved"] == 1 and d.counts["expired"] == 0
    assert not d.poll.stalled
    assert "CUG-2026-0001" in d.text and "free-mail address" in d.text
    flat = " ".join(d.text.split())  # the text part is wrapped at 76 columns
    assert "550 5.1.1 unknown user" in flat and "550 old" not in flat
    assert all(len(line) <= 76 for line in d.text.splitlines() if " " in line.strip())
    assert "POLLING" not in d.text
    rows = list(csv.reader(io.StringIO(d.csv)))
    assert rows[0][:2] == ["Reference", "Country"] and [r[0] for r in rows[1:]] == ["CUG-2026-0001", "CUG-2026-0002"]
    # Phones as people write them, defused for spreadsheets (a leading "+" starts a formula).
    assert rows[0][6] == "Contact number" and rows[1][6] == "'+254 700 000001"
    assert rows[0][-3] == "Received" and rows[1][-3] == "2026-03-20 09:00 CET"  # the configured zone


@pytest.mark.parametrize(
    ("failing_minutes", "loud"), [(0, False), (59, False), (61, True)]
)
def test_polling_failure_is_loud_past_the_threshold(tmp_path: Path, failing_minutes: int, loud: bool) -> None:
    cfg = _cfg(tmp_path)
    store = Store(tmp_path / "s.json")
    failing_since = NOW - timedelta(minutes=failing_minutes)
    with store.transaction() as tx:
        tx.set_state("poll", {
            # The last success just before the failures began (a success long before
            # them would be an absence alert of its own: tests/test_health_absence.py).
            "last_success": failing_since.isoformat(),
            "consecutive_failures": 1 if failing_minutes else 0,
            "failing_since": failing_since.isoformat() if failing_minutes else "",
        })
    d = build_digest(store.read(), cfg, NOW)
    assert d.poll.stalled is loud
    assert ("!!! POLLING HAS BEEN FAILING SINCE" in d.text) is loud
    assert ("ALERT" in d.subject) is loud
    assert ("Polling has been failing since" in d.html) is loud


class _Checker(HTMLParser):
    """Checks that every opened element (but void ones) is closed, in order."""

    VOID = {"meta", "br", "img", "hr", "input", "link"}

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"unexpected </{tag}> with {self.stack[-3:]}")
        else:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)


WORDS = {
    "en": ("Pending review", "PENDING REVIEW", "free-mail address", "pending review"),
    "fr": ("En attente d’examen", "EN ATTENTE D’EXAMEN", "adresse de messagerie gratuite", "en attente d’examen"),
    "es": ("Pendientes de examen", "PENDIENTES DE EXAMEN", "dirección de correo gratuito", "pendiente(s) de examen"),
}


@pytest.mark.parametrize("lang", ["en", "fr", "es"])
def test_digest_renders_in_each_language(tmp_path: Path, lang: str) -> None:
    cfg = _cfg(tmp_path, language=lang)
    store = _busy_store(tmp_path / "s.json")
    with store.transaction() as tx:
        tx.set_state("poll", {"last_success": "", "consecutive_failures": 9, "failing_since": "2026-03-30T02:00:00+00:00"})
    d = build_digest(store.read(), cfg, NOW)
    html_title, text_heading, flag, subject_word = WORDS[lang]
    assert subject_word in d.subject and "2026-03-30" in d.subject and "\n" not in d.subject
    assert text_heading in d.text and flag in d.text
    checker = _Checker()
    checker.feed(d.html)
    assert checker.errors == [] and checker.stack == []
    html_text = "".join(checker.text)
    assert html_title in html_text and flag in html_text
    others = [w for other, ws in WORDS.items() if other != lang for w in ws[:2]]
    assert not any(w in d.text or w in html_text for w in others)
    assert "04:00 CEST" in d.text and "04:00 CEST" in html_text  # the Secretariat's time zone
    assert f'<html lang="{lang}">' in d.html
    # A value from a Party's mail is text, never markup.
    assert "<script>" not in d.html and "&lt;script&gt;" in d.html
    assert "<script>alert(1)</script>" in html_text


def _sends(cfg: Config, store: Store, start: datetime, hours: int) -> list[datetime]:
    """Tick every 15 minutes like a daemon that checks often; return when digests went out."""
    sent = []
    t = start
    while t < start + timedelta(hours=hours):
        with store.transaction() as tx:
            if queue_digest(tx, cfg, t, force=False).sent:
                sent.append(t)
        t += timedelta(minutes=15)
    return sent


@pytest.mark.parametrize(
    ("start", "expected_utc_hours"),
    [
        # Spring forward, Sunday 29 March 2026: 08:00 CET = 07:00 UTC, then CEST = 06:00 UTC.
        (datetime(2026, 3, 27, 0, tzinfo=UTC), [7, 7, 6, 6]),
        # Fall back, Sunday 25 October 2026.
        (datetime(2026, 10, 23, 0, tzinfo=UTC), [6, 6, 7, 7]),
    ],
)
def test_one_digest_per_local_day_at_0800_zurich_across_dst(
    tmp_path: Path, start: datetime, expected_utc_hours: list[int]
) -> None:
    cfg = _cfg(tmp_path)
    store = Store(tmp_path / "s.json")
    sent = _sends(cfg, store, start, 24 * 4)
    assert [s.hour for s in sent] == expected_utc_hours
    assert all(s.minute == 0 for s in sent)
    assert [s.astimezone(ZURICH).strftime("%H:%M") for s in sent] == ["08:00"] * 4
    assert len({s.astimezone(ZURICH).date() for s in sent}) == 4
    assert len(store.read().outbox()) == 4 and all(i.internal for i in store.read().outbox())


def test_restart_catches_up_once_and_before_time_sends_nothing(tmp_path: Path) -> None:
    cfg = _cfg(tmp_path)
    store = Store(tmp_path / "s.json")
    day = datetime(2026, 3, 30, tzinfo=UTC)
    with store.transaction() as tx:
        assert not queue_digest(tx, cfg, day.replace(hour=5, minute=59), force=False).sent  # 07:59 CEST
    with store.transaction() as tx:  # the daemon was down at 08:00 and is back at 12:30
        assert queue_digest(tx, cfg, day.replace(hour=10, minute=30), force=False).sent
    with store.transaction() as tx:
        again = queue_digest(tx, cfg, day.replace(hour=10, minute=31), force=False)
    assert not again.sent and "already sent" in again.summary
    assert store.read().get_state(STATE_LAST_DATE) == "2026-03-30"


def test_no_digest_to_is_an_error(tmp_path: Path) -> None:
    cfg = from_dict({}, base_dir=tmp_path, environ={})
    store = Store(tmp_path / "s.json")
    with store.transaction() as tx, pytest.raises(DigestError, match="digest_to"):
        queue_digest(tx, cfg, NOW, force=True)


def test_digest_is_delivered_to_the_secretariat_only(
    tmp_path: Path, smtp_config: Config, smtp: SmtpSink
) -> None:
    _busy_store(Path(smtp_config.storage.path))
    app = App(smtp_config, FixedClock(NOW))
    result = send_digest(app.store, app.flush_outbox, app.cfg, NOW)
    assert result.sent and result.summary.endswith("sent")
    assert not send_digest(app.store, app.flush_outbox, app.cfg, NOW + timedelta(minutes=5)).sent
    got = smtp.wait_for(1)
    assert len(smtp.wait_for(2, timeout=0.3)) == 1
    assert got[0].rcpt_tos == ["cug-review@cites.org"]
    msg = message_from_bytes(got[0].data)
    assert msg["Auto-Submitted"] == "auto-generated"
    types = [p.get_content_type() for p in msg.walk()]
    assert "text/plain" in types and "text/html" in types and "text/csv" in types
    att = next(p for p in msg.walk() if p.get_content_type() == "text/csv")
    assert att.get_filename() == "pending-review-2026-03-30.csv"
    payload = att.get_payload(decode=True)
    assert isinstance(payload, bytes)
    rows = list(csv.reader(io.StringIO(payload.decode("utf-8"))))
    assert [r[0] for r in rows[1:]] == ["CUG-2026-0001", "CUG-2026-0002"]
    items = Store(smtp_config.storage.path).read().outbox()
    digest_items = [i for i in items if i.template == "digest"]
    assert len(digest_items) == 1 and digest_items[0].internal and digest_items[0].status == "sent"


def test_cli_digest_print_records_nothing_and_send_forces(tmp_path: Path) -> None:
    cfg_path = write_config(tmp_path)
    cfg = load(cfg_path)
    store_with(Path(cfg.storage.path), make_record("CUG-2026-0001", received=datetime(2026, 3, 20, tzinfo=UTC)))
    runner = CliRunner()
    base = ["--config", str(cfg_path), "digest"]
    printed = runner.invoke(main, [*base, "--print", "--now", "2026-03-30T05:00:00Z"])
    assert printed.exit_code == 0, printed.output
    assert "PENDING REVIEW (1)" in printed.output and "CUG-2026-0001" in printed.output
    view = Store(cfg.storage.path).read()
    assert view.outbox() == [] and view.get_state(STATE_LAST_DATE) is None
    sent = runner.invoke(main, [*base, "--send", "--now", "2026-03-30T05:00:00Z"])  # 07:00: forced
    assert sent.exit_code == 0 and "queued" in sent.output
    assert Store(cfg.storage.path).read().get_state(STATE_LAST_DATE) == "2026-03-30"
    # By hand: the daemon's "since the last digest" window stays where it was, and it says so.
    assert "window still counts from" in sent.output
    assert Store(cfg.storage.path).read().get_state(STATE_LAST_SENT_AT) is None
    bad = runner.invoke(main, [*base, "--send", "--now", "tomorrow"])
    assert bad.exit_code == 2 and len(bad.output.strip().splitlines()) == 1


def test_cli_digest_send_without_recipients_fails_cleanly(tmp_path: Path) -> None:
    cfg_path = tmp_path / "c.toml"
    cfg_path.write_text("", encoding="utf-8")
    r = CliRunner().invoke(main, ["--config", str(cfg_path), "digest", "--send"])
    assert r.exit_code == 2 and "digest_to" in r.output


def test_requests_pending_past_the_configured_age_are_called_out_at_the_top(tmp_path: Path) -> None:
    cfg_path = write_config(tmp_path, "escalate_pending_after_days = 10\n")
    cfg = load(cfg_path)
    store_with(Path(cfg.storage.path),
               make_record("CUG-2026-0001", received=datetime(2026, 3, 15, 8, tzinfo=UTC)),  # 15 days
               make_record("CUG-2026-0002", received=datetime(2026, 3, 25, 8, tzinfo=UTC)),  # 5 days
               make_record("CUG-2026-0003", status="incomplete", received=datetime(2026, 3, 1, tzinfo=UTC)))
    base = ["--config", str(cfg_path), "digest", "--print", "--now"]
    printed = CliRunner().invoke(main, [*base, "2026-03-30T06:00:00Z"])
    assert printed.exit_code == 0, printed.output
    top = " ".join(printed.output.split("PENDING REVIEW")[0].split())
    assert "1 request(s) waiting for review over 10 days: CUG-2026-0001" in top
    assert "CUG-2026-0002" not in top and "CUG-2026-0003" not in top
    early = CliRunner().invoke(main, [*base, "2026-03-20T06:00:00Z"])  # nothing that old yet
    assert "waiting for review over" not in early.output
    (tmp_path / "never").mkdir()
    never = write_config(tmp_path / "never", "escalate_pending_after_days = 0\n")
    store_with(Path(load(never).storage.path), make_record("CUG-2026-0001", received=datetime(2026, 1, 1, tzinfo=UTC)))
    assert "waiting for review over" not in CliRunner().invoke(
        main, ["--config", str(never), "digest", "--print", "--now", "2026-03-30T06:00:00Z"]).output
