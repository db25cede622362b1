"""Issue 12's chaos evidence: ``serve-lmtp`` SIGKILLed while it delivers, while it writes a
needs-a-person item and while it merges a change -- then the MTA retries, as Postfix does.

The stream holds requests, officials' questions (needs-a-person items), new
details for requests on file (proposed changes) and permit questions (kept in
the people folder). For chosen messages of each kind the daemon is killed a
few milliseconds into processing that message (inside analysis, the commit,
the people-folder write or the reply), restarted, and the message sent again
until it gets its 250. Afterwards nothing is lost or doubled: every message
is in the ledger once, no request twice, one item per (message, reason), one
people-folder file per non-request, at most one reply per message.
"""

from __future__ import annotations

import collections
import hashlib
import os
import random
import signal
import smtplib
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from intakebot.config import load
from intakebot.store import Store
from tests.support.configs import DIGEST_TO, smtp_settings, write_toml
from tests.support.exchange import letter, nomination
from tests.support.servers import SmtpSink, free_port, wait_for_banner

ROOT = Path(__file__).resolve().parent.parent
YEAR = time.gmtime().tm_year  # the daemon runs on the real clock


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
    def __init__(self, config: Path, port: int) -> None:
        self.config, self.port = config, port
        self.proc: subprocess.Popen[bytes] | None = None
        self.kills = 0

    def ensure(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=5):
                    return
            except OSError:
                self.proc.wait(10)  # killed a moment ago: reap it, start another
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        with open(self.config.parent / "daemon.log", "ab") as log:  # the child keeps its own copy
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "intakebot", "--config", str(self.config), "serve-lmtp"],
                cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=log)
        wait_for_banner(self.port, timeout=30, greeting=b"220")

    def kill(self) -> None:
        """SIGKILL (from the timer thread: no wait here, the next ``ensure`` reaps it)."""
        if self.proc is not None and self.proc.returncode is None:
            try:
                os.kill(self.proc.pid, signal.SIGKILL)
                self.kills += 1
            except ProcessLookupError:
                pass

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(10)


def _send(port: int, raw: bytes, kill_after: float | None, daemon: Daemon) -> bool:
    """One delivery attempt; True on 250. With ``kill_after``, the daemon dies that long into DATA."""
    timer = threading.Timer(kill_after or 0.0, daemon.kill)
    try:
        with smtplib.LMTP("127.0.0.1", port, timeout=30) as c:
            c.ehlo_or_helo_if_needed()
            if kill_after is not None:
                timer.start()
            return c.sendmail("mta@localhost", ["info@cites.org"], raw) == {}
    except (smtplib.SMTPException, OSError):
        return False
    finally:
        timer.cancel()  # a kill meant for this delivery never hits the next daemon
        if timer.is_alive():
            timer.join()


@pytest.mark.slow
def test_sigkill_during_delivery_people_write_and_merge_loses_and_doubles_nothing(
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
    rng = random.Random(12)
    stream = _stream()
    try:
        for n, (kind, raw) in enumerate(stream):
            # Every other message of each kind is killed into, at growing delays (a few
            # land before DATA, the later ones inside analysis, commit, people write, reply).
            kills = sorted((rng.uniform(0.001, 0.05) for _ in range(4)), reverse=True) if n % 2 == 0 else []
            for _attempt in range(30):
                daemon.ensure()
                if _send(port, raw, kills.pop() if kills else None, daemon) and not kills:
                    break
            else:
                pytest.fail(f"message {n} ({kind}) never got its 250")
    finally:
        daemon.stop()
    assert daemon.kills >= 10

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
