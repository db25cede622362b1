"""Issue 12's chaos evidence: ``serve-lmtp`` SIGKILLed during LMTP delivery, while it writes a
needs-a-person item, while it merges a change and while it keeps a message for people --
then the MTA retries, as Postfix does.

Each kill lands in its phase by construction: the daemon is started with a
test-only fault point (:mod:`intakebot.faults`, read from the environment,
never from config) naming the phase; when the daemon reaches it, it writes a
mark (phase, pid) and blocks; the test waits for that mark -- proof the phase
was reached by that daemon for that message -- and SIGKILLs it there. A
daemon without the fault point then takes the message again until it says
250. Afterwards nothing is lost or doubled: every message is in the ledger
once, no request twice, one item per (message, reason), one people-folder
file per message kept for people, at most one reply per message.
"""

from __future__ import annotations

import collections
import hashlib
import os
import signal
import smtplib
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from intakebot import faults
from intakebot.config import load
from intakebot.store import Store
from tests.support.configs import DIGEST_TO, smtp_settings, write_toml
from tests.support.exchange import letter, nomination
from tests.support.servers import SmtpSink, free_port, wait_for_banner

ROOT = Path(__file__).resolve().parent.parent
YEAR = time.gmtime().tm_year  # the daemon runs on the real clock

#: Which phase each kind of message is killed in (the first and third of each kind).
PHASES = {
    "request": "lmtp.delivery",
    "question": "commit.attention",
    "change": "commit.merge",
    "other": "people.write",
}


def _stream() -> list[tuple[str, bytes]]:
    out: list[tuple[str, bytes]] = []
    for i in range(4):
        sender = f"focal{i}@kws.go.ke"
        out.append(("request", nomination({"Name": f"Grace{i}", "Surname": f"Wanjiru{i}", "Official email address": sender},
                                          sender=sender, message_id=f"<req-{i}@kws.go.ke>")))
    for i in range(4):
        sender = f"focal{i}@kws.go.ke"
        out.append(("question", letter("Dear Secretariat,\n\nWhen will I get my CENcomm login?\n", sender=sender,
                                       subject=f"RE: [CUG-{YEAR}-{i + 1:04d}] Request received",
                                       message_id=f"<q-{i}@kws.go.ke>")))
        out.append(("change", nomination({"Name": f"Grace{i}", "Surname": f"Wanjiru{i}", "Official email address": sender,
                                          "Contact number": f"+254 722 00{i} 111"},
                                         sender=sender, message_id=f"<chg-{i}@kws.go.ke>")))
        out.append(("other", letter(f"Hello,\n\nDo I need a permit for carving {i}?\n", sender=f"trader{i}@shop.example",
                                    subject=f"Permit question {i}", message_id=f"<permit-{i}@shop.example>")))
    return out


class Daemon:
    """``serve-lmtp`` in a child process, started with or without a fault point."""

    def __init__(self, config: Path, port: int) -> None:
        self.config, self.port = config, port
        self.mark = config.parent / "fault.marks"
        self.proc: subprocess.Popen[bytes] | None = None
        self.fault = ""

    def start(self, fault: str = "") -> None:
        """A daemon armed with ``fault`` ('' for none); the running one stays if it is armed alike."""
        if self.proc is not None and self.proc.poll() is None and self.fault == fault:
            return
        self.stop()
        env = {k: v for k, v in os.environ.items() if k not in (faults.ENV, faults.MARK_ENV, "INVOCATION_ID")}
        env["PYTHONPATH"] = str(ROOT)
        if fault:
            env |= {faults.ENV: fault, faults.MARK_ENV: str(self.mark)}
        with open(self.config.parent / "daemon.log", "ab") as log:  # the child keeps its own copy
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "intakebot", "--config", str(self.config), "serve-lmtp"],
                cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=log)
        self.fault = fault
        wait_for_banner(self.port, timeout=60, greeting=b"220")

    def marks(self) -> list[tuple[str, int]]:
        if not self.mark.exists():
            return []
        return [(p, int(pid)) for p, pid in (line.split() for line in self.mark.read_text().splitlines())]

    def kill(self) -> None:
        assert self.proc is not None
        os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.wait(30)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(30)
        self.proc = None


def _send(port: int, raw: bytes) -> bool:
    """One delivery attempt; True on 250."""
    try:
        with smtplib.LMTP("127.0.0.1", port, timeout=120) as c:
            return c.sendmail("mta@localhost", ["info@cites.org"], raw) == {}
    except (smtplib.SMTPException, OSError):
        return False


def _killed_in(daemon: Daemon, phase: str, raw: bytes) -> None:
    """Deliver ``raw`` to a daemon armed with ``phase``; kill it once it stands there (and prove it did)."""
    daemon.start(phase)
    assert daemon.proc is not None
    pid, before = daemon.proc.pid, len(daemon.marks())
    result: list[bool] = []
    sender = threading.Thread(target=lambda: result.append(_send(daemon.port, raw)))
    sender.start()
    deadline = time.monotonic() + 120
    while len(daemon.marks()) == before and time.monotonic() < deadline and daemon.proc.poll() is None:
        time.sleep(0.02)
    assert daemon.marks()[before:] == [(phase, pid)], f"{phase} was not reached by daemon {pid}"
    daemon.kill()
    sender.join(60)
    assert result == [False]  # killed before its 250: the MTA keeps the message and retries


def _delivered(daemon: Daemon, raw: bytes) -> None:
    for _attempt in range(5):
        daemon.start()
        if _send(daemon.port, raw):
            return
    pytest.fail("a message never got its 250")


@pytest.mark.slow
def test_sigkill_in_delivery_people_write_and_merge_loses_and_doubles_nothing(
    tmp_path: Path, smtp: SmtpSink
) -> None:
    port = free_port()
    config = write_toml(tmp_path / "c.toml", {
        "smtp": smtp_settings(smtp.host, smtp.port),
        "lmtp": {"port": port, "people_maildir": str(tmp_path / "people")},
        "storage": {"path": str(tmp_path / "store.db")},
        "secretariat": {"digest_to": [DIGEST_TO]},
        "logging": {"level": "WARNING"},
    })
    daemon = Daemon(config, port)
    stream = _stream()
    seen: collections.Counter[str] = collections.Counter()
    try:
        for kind, raw in stream:
            if seen[kind] % 2 == 0:  # the first and third of each kind
                _killed_in(daemon, PHASES[kind], raw)
            seen[kind] += 1
            _delivered(daemon, raw)
    finally:
        daemon.stop()
    reached = collections.Counter(p for p, _pid in daemon.marks())
    assert reached == {phase: 2 for phase in PHASES.values()}  # each phase hit, twice, by a daemon then killed
    assert len({pid for _p, pid in daemon.marks()}) == 8

    store = Store(load(config).storage.path)
    view = store.read()
    ledger = view.ledger()
    assert len(ledger) == len({e.key for e in ledger}) == len(stream)  # every message once
    requests = view.requests()
    assert sorted(r.nominee.email for r in requests) == [f"focal{i}@kws.go.ke" for i in range(4)]  # none twice
    items = collections.Counter((i.message_id, i.reason) for i in view.attention())
    assert items == {**{(f"<q-{i}@kws.go.ke>", "question"): 1 for i in range(4)},
                     **{(f"<chg-{i}@kws.go.ke>", "proposed_change"): 1 for i in range(4)}}
    for r in requests:  # each change proposed once, never applied
        assert [h.event for h in r.history].count("proposed_change") == 1
        assert r.nominee.phone == "+254202379407"
    people = sorted(p.name for sub in ("new", "cur") for p in (tmp_path / "people" / sub).iterdir())
    kept = {hashlib.sha256(raw).hexdigest()[:40] + ".intakebot" for kind, raw in stream if kind != "request"}
    assert sorted(kept) == people  # each once, byte for byte below
    for kind, raw in stream:
        if kind != "request":  # not a request, or a message with an item for a person
            assert (tmp_path / "people" / "new" / (hashlib.sha256(raw).hexdigest()[:40] + ".intakebot")).read_bytes() == raw
    answered = collections.Counter(i.message.split("In-Reply-To: ", 1)[1].split("\n", 1)[0].strip()
                                   for i in view.outbox() if not i.internal and "In-Reply-To: " in i.message)
    assert all(count == 1 for count in answered.values()), answered  # no message answered twice


def test_a_fault_point_never_fires_under_systemd_or_for_an_unknown_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mark = tmp_path / "marks"
    monkeypatch.setenv(faults.ENV, "commit.attention")
    monkeypatch.setenv(faults.MARK_ENV, str(mark))
    monkeypatch.setenv("INVOCATION_ID", "0123456789abcdef")  # started by systemd
    faults.point("commit.attention")  # returns: off under any systemd unit
    assert not mark.exists()
    monkeypatch.delenv("INVOCATION_ID")
    assert faults.armed("commit.attention") and not faults.armed("commit.merge")
    with pytest.raises(ValueError):
        faults.armed("commit.nowhere")
