"""Approve, reject and the WCO export: one transaction per decision, notices threaded."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
import textwrap
import time
from datetime import UTC, datetime
from email import message_from_string
from pathlib import Path

import pytest

from intakebot.clock import FixedClock
from intakebot.config import Config
from intakebot.decisions import export
from intakebot.decisions.review import ReviewError, escape_cell, review_flags
from intakebot.mail.replies import message_id_for
from intakebot.mail.spreadsheet import csv_bytes
from intakebot.mail.strings import export_header, strings_of
from intakebot.records import RequestRecord
from intakebot.run.app import App
from intakebot.run.review import decide_and_notify, review_in
from intakebot.store import Store
from tests.support.mail import subject_of, text_of
from tests.support.records import make_record, store_with

NOW = datetime(2026, 3, 10, 9, 30, tzinfo=UTC)
RECEIVED = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


def test_approve_changes_status_and_queues_threaded_notice_in_one_transaction(
    local_config: Config,
) -> None:
    rec = make_record("CUG-2026-0001", language="fr", received=RECEIVED)
    store = store_with(Path(local_config.storage.path), rec)
    with store.transaction() as tx:
        item = review_in(tx, "CUG-2026-0001", "approved", cfg=local_config, now=NOW, actor="secretariat:alice")
    view = store.read()
    after = view.request("CUG-2026-0001")
    assert after is not None and after.status == "approved"
    last = after.history[-1]
    assert (last.at, last.actor, last.event) == ("2026-03-10T09:30:00+00:00", "secretariat:alice", "status:approved")
    assert item.message_id == message_id_for("CUG-2026-0001:approval", local_config)
    assert item.message_id in after.reply_ids
    queued = view.outbox()
    assert [i.message_id for i in queued] == [item.message_id]
    assert queued[0].template == "approval" and queued[0].to == [rec.sender] and not queued[0].internal
    msg = message_from_string(queued[0].message)
    assert msg["In-Reply-To"] == rec.message_ids[-1]
    assert rec.message_ids[0] in msg["References"] and rec.reply_ids[0] in msg["References"]
    assert "[CUG-2026-0001]" in subject_of(message_from_string(queued[0].message))
    assert [e["kind"] for e in view.events()] == ["approved"]


def test_reject_requires_a_reason_and_sends_it(local_config: Config) -> None:
    store = store_with(Path(local_config.storage.path), make_record("CUG-2026-0002", language="es", received=RECEIVED))
    with store.transaction() as tx, pytest.raises(ReviewError, match="reason"):
        review_in(tx, "CUG-2026-0002", "rejected", cfg=local_config, now=NOW, actor="secretariat:bob", reason="  ")
    assert store.read().request("CUG-2026-0002").status == "pending_review"  # type: ignore[union-attr]
    with store.transaction() as tx:
        item = review_in(
            tx, "CUG-2026-0002", "rejected", cfg=local_config, now=NOW,
            actor="secretariat:bob", reason="La autoridad no figura en la lista nacional",
        )
    rec = store.read().request("CUG-2026-0002")
    assert rec is not None and rec.status == "rejected"
    assert rec.history[-1].detail == "La autoridad no figura en la lista nacional"
    assert "La autoridad no figura en la lista nacional" in text_of(message_from_string(item.message))
    assert item.template == "rejection"


@pytest.mark.parametrize("status", ["incomplete", "approved", "rejected", "expired"])
def test_only_pending_review_can_be_decided(local_config: Config, status: str) -> None:
    store = store_with(
        Path(local_config.storage.path), make_record("CUG-2026-0003", status=status, received=RECEIVED)  # type: ignore[arg-type]
    )
    with store.transaction() as tx, pytest.raises(ReviewError, match=status):
        review_in(tx, "CUG-2026-0003", "approved", cfg=local_config, now=NOW, actor="secretariat:x")
    assert store.read().outbox() == []


def test_unknown_reference_is_an_error(local_config: Config) -> None:
    store = Store(local_config.storage.path)
    with store.transaction() as tx, pytest.raises(ReviewError, match="no request"):
        review_in(tx, "CUG-2026-9999", "approved", cfg=local_config, now=NOW, actor="secretariat:x")


def test_flags_a_reviewer_should_see() -> None:
    plain = make_record("CUG-2026-0004", received=RECEIVED)
    assert review_flags(plain) == []
    odd = make_record(
        "CUG-2026-0005", received=RECEIVED, sender="ranger1987@gmail.com",
        country="Andorra", country_code="AD", category="igo", access="restricted",
        flags=("auth_failed",),
    )
    assert review_flags(odd) == ["freemail", "sender_differs", "not_party", "igo_restricted", "auth_failed"]
    sub = make_record("CUG-2026-0006", received=RECEIVED, email="a.b@mail.yahoo.com", sender="a.b@mail.yahoo.com")
    assert review_flags(sub) == ["freemail"]


@pytest.mark.parametrize(
    ("raw", "escaped"),
    [
        ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
        ("+41 22 917 81 39", "'+41 22 917 81 39"),
        ("-1+1", "'-1+1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tcmd", "'\tcmd"),
        ("\rcmd", "'\rcmd"),
        ("Côte d'Ivoire", "Côte d'Ivoire"),
        ("", ""),
    ],
)
def test_escape_cell(raw: str, escaped: str) -> None:
    assert escape_cell(raw) == escaped


def test_export_csv_approved_only_in_notification_order_with_access(local_config: Config) -> None:
    records: list[RequestRecord] = [
        make_record("CUG-2026-0010", status="approved", language="fr", received=RECEIVED),
        make_record("CUG-2026-0011", status="pending_review", received=RECEIVED),
        make_record(
            "CUG-2026-0012", status="approved", received=RECEIVED, category="igo", access="restricted",
            organization="=cmd|' /C calc'!A0", position="-Officer", surname="@Evil",
        ),
    ]
    header = export_header(strings_of(local_config.templates_dir))
    chosen = export.select(records, new_only=False)
    assert [r.reference for r in chosen] == ["CUG-2026-0010", "CUG-2026-0012"]
    data = csv_bytes(export.rows(chosen, header))
    rows = list(csv.reader(io.StringIO(data.decode("utf-8"))))
    assert rows[0] == header == [
        "Country", "Name", "Surname", "Organization", "Position/Role",
        "Contact number", "Official Email address", "Access", "Reference",
    ]
    assert rows[1] == [
        "Côte d'Ivoire", "Aminata", "Koné", "Direction des Douanes", "Inspectrice",
        "'+2250700000002", "a.kone@douanes.gouv.ci", "full", "CUG-2026-0010",
    ]
    assert rows[2][2:5] == ["'@Evil", "'=cmd|' /C calc'!A0", "'-Officer"]
    assert rows[2][7:] == ["restricted", "CUG-2026-0012"]
    assert len(rows) == 3


def test_approval_and_rejection_reach_the_smtp_listener_threaded_in_language(
    smtp_config: Config, smtp: object, clock: FixedClock
) -> None:
    from tests.support.servers import SmtpSink

    assert isinstance(smtp, SmtpSink)
    fr = make_record("CUG-2026-0020", language="fr", received=RECEIVED)
    es = make_record("CUG-2026-0021", language="es", received=RECEIVED)
    store_with(Path(smtp_config.storage.path), fr, es)
    app = App(smtp_config, clock)
    ok = decide_and_notify(app.store, app.flush_outbox, "CUG-2026-0020", "approved", cfg=app.cfg, clock=app.clock, actor_name="alice")
    no = decide_and_notify(app.store, app.flush_outbox, "CUG-2026-0021", "rejected", cfg=app.cfg, clock=app.clock, actor_name="alice", reason="Motivo claro")
    assert ok.delivery == "sent" and no.delivery == "sent"
    got = smtp.wait_for(2)
    assert len(got) == 2
    by_to = {r.rcpt_tos[0]: r.message for r in got}
    m_fr, m_es = by_to[fr.sender], by_to[es.sender]
    assert m_fr["In-Reply-To"] == fr.message_ids[-1] and m_es["In-Reply-To"] == es.message_ids[-1]
    assert m_fr["Message-ID"] == ok.message_id and m_es["Message-ID"] == no.message_id
    assert "[CUG-2026-0020]" in subject_of(m_fr)
    # In the request's language (fr: "approuvée", es: "no ha sido aprobada").
    assert "approuv" in text_of(m_fr) and "approved" not in text_of(m_fr)
    assert "aprobada" in text_of(m_es) and "rejected" not in text_of(m_es)
    assert "Motivo claro" in text_of(m_es)
    # Deciding again is refused and nothing more is sent.
    with pytest.raises(ReviewError):
        decide_and_notify(app.store, app.flush_outbox, "CUG-2026-0020", "approved", cfg=app.cfg, clock=app.clock, actor_name="alice")
    assert len(smtp.wait_for(3, timeout=0.3)) == 2


WRITER = textwrap.dedent(
    """
    import sys
    import time
    from datetime import datetime, UTC
    from intakebot.store import Store
    store = Store(sys.argv[1])
    n = int(sys.argv[2])
    print("started", flush=True)
    for i in range(n):
        with store.transaction() as tx:
            tx.set_state("writer_count", int(tx.get_state("writer_count", 0)) + 1)
            tx.log_event(datetime(2026, 3, 10, tzinfo=UTC), "not_request", detail=str(i))
        time.sleep(0.002)  # a poll cycle does other work between commits
    """
)


def test_approve_while_another_process_writes_loses_no_update(local_config: Config) -> None:
    """The review CLI's transaction and a poll cycle's never overwrite each other."""
    refs = [f"CUG-2026-{i:04d}" for i in range(100, 220)]
    store = store_with(Path(local_config.storage.path), *(make_record(r, received=RECEIVED) for r in refs))
    writes = 60
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(store.path), str(writes)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        cwd=Path(__file__).resolve().parent.parent,
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "started"
    approved: list[str] = []
    try:
        for r in refs:
            with store.transaction() as tx:
                review_in(tx, r, "approved", cfg=local_config, now=NOW, actor="secretariat:alice")
            approved.append(r)
            time.sleep(0.002)  # a person, or a shell loop, between two commands
            if proc.poll() is not None and len(approved) >= 5:
                break
    finally:
        _, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    view = store.read()
    assert view.get_state("writer_count") == writes
    assert [r.reference for r in view.requests("approved")] == approved
    assert len(view.outbox()) == len(approved)
    kinds = [e["kind"] for e in view.events()]
    assert kinds.count("not_request") == writes and kinds.count("approved") == len(approved)
    # The two writers really interleaved (else this test would prove nothing).
    first_w, last_w = kinds.index("not_request"), len(kinds) - 1 - kinds[::-1].index("not_request")
    assert "approved" in kinds[first_w:last_w]


def test_a_notice_that_cannot_be_composed_changes_nothing(local_config: Config) -> None:
    store = store_with(
        Path(local_config.storage.path), make_record("CUG-2026-0050", received=RECEIVED, sender="a@b\r\nBcc: x@y")
    )
    with store.transaction() as tx, pytest.raises(ReviewError, match="cannot compose"):
        review_in(tx, "CUG-2026-0050", "approved", cfg=local_config, now=NOW, actor="secretariat:x")
    rec = store.read().request("CUG-2026-0050")
    assert rec is not None and rec.status == "pending_review" and store.read().outbox() == []
