"""Issue 4's end-to-end evidence: the real Dovecot in, the real SMTP listener out.

* A mixed mailbox of 500 messages: one poll answers every request and
  follow-up exactly once, leaves every unrelated message's flags exactly as
  they were, and a second poll sends nothing.
* ``python -m intakebot poll --once`` SIGKILLed at random points, again and
  again, then run to completion: no request lost, none recorded twice, every
  reply sent, and any reply delivered twice is the same mail (same
  deterministic Message-ID).
"""

from __future__ import annotations

import collections
import os
import random
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from intakebot.clock import FixedClock
from intakebot.config import Config
from intakebot.run.app import App
from intakebot.store import Store
from tests.support import mailmix as mm
from tests.support.configs import DIGEST_TO, deployment, write_toml
from tests.support.servers import Dovecot, Received, SmtpSink

KEYWORD = "$CUGProcessed"
ROOT = Path(__file__).resolve().parent.parent


def build_mailbox(n_requests: int, n_followups: int, n_auto: int, n_unrelated: int) -> list[mm.Mixed]:
    """Requests first (so the i-th gets CUG-<year>-i), then the rest interleaved.

    Every fourth request lacks its phone number; follow-ups supply it, citing
    the reference the bot will have given that request.
    """
    requests = [mm.request(i, missing_phone=i % 4 == 0) for i in range(n_requests)]
    incomplete = [i for i in range(n_requests) if i % 4 == 0][:n_followups]
    year = datetime.now(UTC).year  # the subprocess polls with the real clock
    follow = [mm.follow_up(i, f"CUG-{year}-{i + 1:04d}", requests[i].sender) for i in incomplete]
    # Half the out-of-office replies answer one of our replies (our reference in the
    # subject): those are the bot's to mark; the others are left alone (issue 12).
    auto = [mm.auto_reply(i, f"CUG-{year}-{i + 1:04d}" if i % 2 == 0 else "") for i in range(n_auto)]
    rest = follow + auto + [mm.unrelated(i) for i in range(n_unrelated)]
    random.Random(4).shuffle(rest)
    # Follow-ups must come after their request (they always do: requests are first).
    return requests + rest


def load(dc: Dovecot, mails: list[mm.Mixed]) -> None:
    with dc.client() as c:
        for m in mails:
            c.append("INBOX", m.raw, flags=m.flags)


def mailbox_flags(dc: Dovecot) -> dict[str, set[str]]:
    """Message-ID -> stored flags (without the per-session \\Recent)."""
    with dc.client() as c:
        c.select_folder("INBOX", readonly=True)
        got = c.fetch(c.search("ALL"), ["FLAGS", "BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]"])
    out = {}
    for item in got.values():
        header = item[b"BODY[HEADER.FIELDS (MESSAGE-ID)]"].decode().split(":", 1)[1].strip()
        out[header] = {f.decode() for f in item[b"FLAGS"]} - {"\\Recent"}
    return out


def party_replies(smtp: SmtpSink) -> list[Received]:
    """What the SMTP listener accepted, without the review mail to the Secretariat's reviewers."""
    return [r for r in smtp.messages if DIGEST_TO not in r.rcpt_tos]


def wait_for_replies(smtp: SmtpSink, count: int, timeout: float) -> list[Received]:
    """Wait until ``count`` replies to Parties arrived (review mail arrives beside them)."""
    deadline = time.monotonic() + timeout
    while len(party_replies(smtp)) < count and (left := deadline - time.monotonic()) > 0:
        smtp.wait_for(len(smtp.messages) + 1, timeout=min(0.5, left))
    return party_replies(smtp)


def answered(smtp: SmtpSink) -> collections.Counter[str]:
    """In-Reply-To of each reply to a Party the SMTP listener accepted, counted."""
    return collections.Counter(str(r.message["In-Reply-To"]) for r in party_replies(smtp))


def check_mailbox(dc: Dovecot, mails: list[mm.Mixed], *, all_marked: bool = True) -> None:
    """Unrelated mail keeps its own flags; ours is never \\Seen and, once all is done, carries the keyword."""
    flags = mailbox_flags(dc)
    for m in mails:
        if m.kind in ("unrelated", "foreign_auto"):
            assert flags[m.message_id] == set(m.flags), m.message_id
        elif all_marked:
            assert flags[m.message_id] == {KEYWORD}, m.message_id  # marked, never \Seen
        else:
            assert "\\Seen" not in flags[m.message_id]


def test_a_mixed_mailbox_of_500_is_answered_once_and_left_undisturbed(
    dovecot: Dovecot, smtp: SmtpSink, imap_config: Config
) -> None:
    mails = build_mailbox(n_requests=200, n_followups=50, n_auto=50, n_unrelated=200)
    assert len(mails) == 500
    load(dovecot, mails)
    app = App(imap_config, FixedClock())

    report = app.poll_once()

    kinds = collections.Counter(r.kind for r in report.results)
    assert kinds == {"request": 200, "follow_up": 50, "auto_reply": 25, "not_request": 225}
    owed = {m.message_id for m in mails if m.kind in ("request", "follow_up")}
    got = wait_for_replies(smtp, len(owed), timeout=30)
    assert answered(smtp) == collections.Counter(owed)  # each exactly once, nobody else
    assert len({r.message["Message-ID"] for r in got}) == len(owed)
    assert len(app.store.read().requests()) == 200
    check_mailbox(dovecot, mails)

    sent = len(smtp.messages)
    again = app.poll_once()
    assert again.results == [] and again.sent == 0
    assert len(smtp.messages) == sent


def write_config(tmp: Path, dc: Dovecot, smtp: SmtpSink, fetch_batch: int = 4) -> Path:
    sections = deployment(tmp, dc, smtp.host, smtp.port, fetch_batch=fetch_batch, timeout_seconds=15.0)
    return write_toml(tmp / "intakebot.toml", sections)


def poll_process(config: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-m", "intakebot", "--config", str(config), "poll", "--once", "--quiet"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )


@pytest.mark.slow
def test_sigkill_at_random_points_then_restart_keeps_the_invariants(
    dovecot: Dovecot, smtp: SmtpSink, tmp_path: Path
) -> None:
    mails = build_mailbox(n_requests=24, n_followups=6, n_auto=6, n_unrelated=12)
    load(dovecot, mails)
    # One message per batch: every message is its own commit, flush and acknowledge,
    # so a kill can land in any of them, and a run cannot finish inside the jitter.
    config = write_config(tmp_path, dovecot, smtp, fetch_batch=1)
    store = Store(tmp_path / "store.json")
    rng = random.Random(20260105)
    kills = 0
    progress: list[int] = []  # ledger size when each kill landed: where in the run it hit

    def ledger_size() -> int:
        try:
            return len(store.read().ledger())
        except Exception:  # noqa: BLE001 - not yet created
            return 0

    # Kill each run once it has committed a few more messages (or at once, while it
    # starts up), plus a few random milliseconds: kills land in fetch, analyse,
    # commit, SMTP and acknowledge.
    for step in (0, 3, 5, 2, 7, 4, 6, 3):
        before = ledger_size()
        if before >= len(mails):
            break
        proc = poll_process(config)
        deadline = time.monotonic() + 60
        while proc.poll() is None and ledger_size() < before + step and time.monotonic() < deadline:
            time.sleep(0.002)
        time.sleep(rng.uniform(0.0, 0.02) if step else rng.uniform(0.1, 0.4))
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=10)
            kills += 1
            progress.append(ledger_size())
        else:
            assert proc.returncode == 0, proc.stderr.read().decode() if proc.stderr else ""
    # The last run: no kill.
    final = poll_process(config)
    _, err = final.communicate(timeout=120)
    assert final.returncode == 0, err.decode()
    assert kills >= 3, f"only {kills} run(s) were interrupted"

    # A reply committed by a killed run but not yet handed to SMTP is sent by the
    # next outbox flush (the daemon's flush job; poll_once flushes only after a batch).
    from intakebot.config import load as load_config

    App(load_config(config)).flush_outbox()
    view = store.read()
    owed = {m.message_id for m in mails if m.kind in ("request", "follow_up")}
    assert {e.key for e in view.ledger()} == {m.message_id for m in mails}  # nothing lost
    records = view.requests()
    assert len(records) == 24  # no duplicate record
    assert sorted(mid for r in records for mid in r.message_ids if "request-" in mid) == sorted(
        m.message_id for m in mails if m.kind == "request"
    )
    assert [(i.status, i.attempts, i.last_error) for i in view.outbox() if i.status != "sent"] == []
    wait_for_replies(smtp, len(owed), timeout=10)
    replies = answered(smtp)
    assert set(replies) == owed  # every owed reply sent, to nobody else
    # A reply delivered twice (kill between SMTP acceptance and our record) is the same mail.
    by_reply_to: dict[str, set[str]] = collections.defaultdict(set)
    for r in party_replies(smtp):
        by_reply_to[str(r.message["In-Reply-To"])].add(str(r.message["Message-ID"]))
    assert all(len(ids) == 1 for ids in by_reply_to.values())
    check_mailbox(dovecot, mails, all_marked=False)
    print(f"kills={kills} ledger-at-kill={progress} duplicates={sum(replies.values()) - len(owed)}")

