"""MaildirSource.wait_for_mail: the Source protocol's wait, for a folder with no server."""

from __future__ import annotations

import os
import threading
from pathlib import Path

from intakebot.sources.maildir import MaildirSource
from intakebot.store import Store


def deliver(inbox: Path, name: str) -> None:
    """A local delivery: write under tmp/, rename into new/."""
    tmp = inbox / "tmp" / name
    tmp.write_bytes(b"From: a@kws.go.ke\r\nSubject: hi\r\n\r\nbody\r\n")
    os.rename(tmp, inbox / "new" / name)


def drain(src: MaildirSource, store: Store) -> int:
    n = 0
    for batch in src.batches(store.read()):
        with store.transaction() as tx:
            tx.set_state(batch.checkpoint_key, batch.checkpoint)
        n += len(batch.mails)
    return n


def test_nothing_new_waits_out_the_timeout_looking_at_the_folder(tmp_path: Path) -> None:
    slept: list[float] = []
    src = MaildirSource(tmp_path / "inbox", sleep=slept.append)
    deliver(src.path, "old.1")
    drain(src, Store(tmp_path / "s.json"))
    assert src.wait_for_mail(timeout=0.05) is False
    assert slept and all(0 < s <= 1.0 for s in slept)


def test_mail_that_arrived_after_the_last_poll_is_reported_at_once(tmp_path: Path) -> None:
    slept: list[float] = []
    src = MaildirSource(tmp_path / "inbox", sleep=slept.append)
    store = Store(tmp_path / "s.json")
    drain(src, store)
    deliver(src.path, "new.1")  # while the last batch was being processed
    assert src.wait_for_mail(timeout=30) is True
    assert slept == []
    assert drain(src, store) == 1
    assert src.wait_for_mail(timeout=0.01) is False  # handed out now: not new again


def test_a_delivery_during_the_wait_ends_it(tmp_path: Path) -> None:
    src = MaildirSource(tmp_path / "inbox")
    drain(src, Store(tmp_path / "s.json"))
    timer = threading.Timer(0.2, deliver, args=(src.path, "late.1"))
    timer.start()
    try:
        assert src.wait_for_mail(timeout=20) is True
    finally:
        timer.join()


def test_mail_left_untouched_is_not_new_mail(tmp_path: Path) -> None:
    """A newsletter stays in new/ for good; it must not wake the daemon on every wait."""
    src = MaildirSource(tmp_path / "inbox", sleep=lambda _s: None)
    deliver(src.path, "newsletter.1")
    drain(src, Store(tmp_path / "s.json"))  # not acknowledged: still in new/
    assert (src.path / "new" / "newsletter.1").exists()
    assert src.wait_for_mail(timeout=0.01) is False
