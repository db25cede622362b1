"""MaildirSource.wait_for_mail: the Source protocol's wait, for a folder with no server."""

from __future__ import annotations

import json
import os
import threading
import time
from pathlib import Path

from intakebot.sources.maildir import HOLD_BACK_NS, MaildirSource
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


# ----------------------------------------------------------------------------- the checkpoint


def settled(src: MaildirSource, names: list[str]) -> None:
    """Deliver ``names`` and let them age past the hold-back margin (the kernel stamps ctime)."""
    for name in names:
        deliver(src.path, name)
    time.sleep(HOLD_BACK_NS / 1e9 + 0.1)


def checkpoint(store: Store, src: MaildirSource) -> str:
    return json.dumps(store.read().get_state(src.checkpoint_key))


def test_the_checkpoint_stays_the_same_size_however_much_mail_the_inbox_keeps(tmp_path: Path) -> None:
    src = MaildirSource(tmp_path / "inbox", batch_size=50)
    store = Store(tmp_path / "s.sqlite")
    settled(src, [f"{i}.a.host" for i in range(20)])
    assert drain(src, store) == 20
    small = len(checkpoint(store, src))
    settled(src, [f"{i}.b.host" for i in range(400)])  # all left in new/: nobody acknowledges them
    assert drain(src, store) == 400
    assert len(checkpoint(store, src)) <= small + 5  # the mark's digits, nothing per message
    assert drain(src, store) == 0
    assert src.backlog(store.read()) == 0


def test_mail_moved_in_with_an_old_date_after_a_poll_is_still_offered(tmp_path: Path) -> None:
    """A client moving yesterday's message into the inbox keeps its mtime; its ctime is now."""
    src = MaildirSource(tmp_path / "inbox")
    store = Store(tmp_path / "s.sqlite")
    settled(src, ["1.first.host"])
    drain(src, store)
    elsewhere = tmp_path / "Junk.1.old.host"
    elsewhere.write_bytes(b"From: a@kws.go.ke\r\nSubject: old\r\n\r\nbody\r\n")
    os.utime(elsewhere, (1_500_000_000, 1_500_000_000))
    os.rename(elsewhere, src.path / "cur" / "1.old.host:2,S")
    assert src.backlog(store.read()) == 1
    assert drain(src, store) == 1


def test_an_old_checkpoint_of_names_is_honoured_once_and_replaced_by_a_mark(tmp_path: Path) -> None:
    src = MaildirSource(tmp_path / "inbox")
    store = Store(tmp_path / "s.sqlite")
    settled(src, ["1.done.host", "2.done.host", "3.new.host"])
    with store.transaction() as tx:
        tx.set_state(src.checkpoint_key, {"seen": ["1.done.host", "2.done.host"]})
    assert src.backlog(store.read()) == 1
    assert drain(src, store) == 1
    state = store.read().get_state(src.checkpoint_key)
    assert "seen" not in state and "mark" in state
    assert drain(src, store) == 0


def test_a_clock_set_back_since_the_last_poll_offers_the_whole_folder_again(tmp_path: Path) -> None:
    src = MaildirSource(tmp_path / "inbox")
    store = Store(tmp_path / "s.sqlite")
    settled(src, ["1.a.host", "2.a.host"])
    drain(src, store)
    with store.transaction() as tx:  # as if the last poll had listed at a wall time an hour ahead
        state = tx.get_state(src.checkpoint_key)
        state["clock"]["wall"] += 3600 * 10**9
        tx.set_state(src.checkpoint_key, state)
    assert drain(src, store) == 2  # offered again: the ledger tells the pipeline they are done
