"""Issue 11, item 1: a full disk after the SMTP server accepted a reply must not re-send it.

The store lives on a 2 MB tmpfs of the test's own (mounting one needs root;
the test skips with that reason otherwise), the replies go to a real aiosmtpd
listener on 127.0.0.1, and the disk is filled the way it fills in production:
by something else. Then the outbox is flushed several times -- each flush is
what one ``poll --once`` or one daemon tick does -- and the copies the server
received are counted: at most the documented one duplicate, ever.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller

from intakebot.clock import FixedClock
from intakebot.config import Config, from_dict
from intakebot.records import OutboxItem, iso
from intakebot.run.app import App
from tests.support.configs import smtp_settings
from tests.support.servers import SmtpSink, free_port

FLUSHES = 4


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 2 MB tmpfs mounted for this test, unmounted after it."""
    if os.geteuid() != 0:
        pytest.skip("mounting a 2 MB tmpfs needs root; the disk-full test runs as root only")
    if shutil.which("mount") is None:
        pytest.skip("no mount(8) on this machine: cannot make a small disk")
    disk = tmp_path / "disk"
    disk.mkdir()
    r = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m,mode=0700", "tmpfs", str(disk)],
                       capture_output=True, text=True, check=False)
    if r.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {r.stderr.strip() or r.returncode}")
    try:
        yield disk
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=False, capture_output=True)


def fill(disk: Path) -> None:
    """Write a filler file until the disk says ENOSPC."""
    fd = os.open(disk / "filler", os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    try:
        for size in (65536, 4096, 1):
            try:
                while os.write(fd, b"\0" * size) == size:
                    pass
            except OSError:
                continue
    finally:
        os.close(fd)


def free(disk: Path) -> None:
    (disk / "filler").unlink(missing_ok=True)


def _cfg(disk: Path, port: int) -> Config:
    return from_dict(
        {
            "smtp": smtp_settings("127.0.0.1", port, retry_min_seconds=60),
            "storage": {"path": str(disk / "intakebot.json")},
        },
        base_dir=disk.parent,
        environ={},
    )


def _queue(app: App, n: int = 1) -> str:
    now = iso(app.clock.now())
    msg = (
        f"From: info@cites.org\r\nTo: o{n}@kws.go.ke\r\nSubject: [CUG-2026-000{n}] Received\r\n"
        f"Message-ID: <full{n}@cites.org>\r\n\r\nBody\r\n"
    )
    item = OutboxItem(f"<full{n}@cites.org>", [f"o{n}@kws.go.ke"], msg, "acknowledgement",
                      [f"CUG-2026-000{n}"], now, next_attempt_at=now)
    with app.store.transaction() as tx:
        tx.queue(item)
    return item.message_id


def _flush_repeatedly(app: App, clock: FixedClock) -> list[BaseException]:
    """FLUSHES flushes a retry interval apart, as the daemon would; the errors they raised."""
    errors: list[BaseException] = []
    for _ in range(FLUSHES):
        clock.advance(minutes=10)
        try:
            app.flush_outbox()
        except Exception as e:  # noqa: BLE001 - counted and checked below
            errors.append(e)
    return errors


def test_a_full_disk_while_smtp_was_down_stops_sending_instead_of_resending(
    small_disk: Path, smtp: SmtpSink, caplog: pytest.LogCaptureFixture
) -> None:
    clock = FixedClock()
    app = App(_cfg(small_disk, smtp.port), clock)
    message_id = _queue(app)
    smtp.refuse_with = "451 4.3.0 try later"
    assert app.flush_outbox().retried == 1
    fill(small_disk)
    smtp.refuse_with = ""  # the relay is back, the disk is still full

    with caplog.at_level(logging.ERROR, logger="intakebot"):
        errors = _flush_repeatedly(app, clock)
    copies = [m for m in smtp.messages if m.message["Message-ID"] == message_id]
    assert len(copies) <= 1, f"{len(copies)} copies sent while the journal could not be written"
    assert len(errors) == FLUSHES  # every flush said so, none went quiet
    assert all(type(e).__name__ == "JournalError" for e in errors), errors
    assert any("journal" in r.getMessage() and r.levelno == logging.ERROR for r in caplog.records)

    free(small_disk)
    clock.advance(minutes=10)
    app.flush_outbox()
    copies = [m for m in smtp.messages if m.message["Message-ID"] == message_id]
    assert 1 <= len(copies) <= 2
    [item] = app.store.read().outbox()
    assert item.status == "sent"


class _FillOnAccept:
    """aiosmtpd handler: accept the mail, then fill the bot's disk before answering 250."""

    def __init__(self, disk: Path) -> None:
        self.disk = disk
        self.received: list[bytes] = []

    async def handle_DATA(self, server: object, session: object, envelope: object) -> str:
        self.received.append(bytes(envelope.original_content or b""))  # type: ignore[attr-defined]
        fill(self.disk)
        return "250 OK queued"


def test_a_disk_that_fills_right_after_acceptance_sends_each_reply_at_most_twice(
    small_disk: Path,
) -> None:
    handler = _FillOnAccept(small_disk)
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port, ready_timeout=10)
    controller.start()
    try:
        clock = FixedClock()
        app = App(_cfg(small_disk, port), clock)
        _queue(app, 1)
        _queue(app, 2)
        errors = _flush_repeatedly(app, clock)
        during = len(handler.received)
        free(small_disk)
        clock.advance(minutes=10)
        app.flush_outbox()
        app.flush_outbox()
    finally:
        controller.stop()
    assert during <= 2, f"{during} sends while the disk was full"
    assert errors, "a flush that could not record its sends must not look successful"
    ids = [b.split(b"Message-ID: ", 1)[1].split(b"\r\n", 1)[0] for b in handler.received]
    for n in (1, 2):
        assert 1 <= ids.count(f"<full{n}@cites.org>".encode()) <= 2, ids
    assert {i.status for i in app.store.read().outbox()} == {"sent"}
