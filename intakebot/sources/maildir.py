"""A local Maildir inbox: the embedded default, needing no server at all.

Mail the bot processed moves from ``new/`` to ``cur/`` (the Maildir way of
saying "seen by a client"); mail it does not own stays exactly where and as it
was.

What has been handled is one mark in the store's checkpoint, committed with
the batch, like IMAP's highest UID: files are taken in order of their
``(ctime, unique name)`` and the mark is the last one handed out. Why ctime:
the kernel sets it whenever a file enters the folder (a delivery's rename, a
client moving mail in, even with an old mtime) and nobody can set it back, so
anything that appears after a poll sorts after its mark. The checkpoint used
to list every file name ever seen: it grew with the inbox, and every batch
rewrote it whole (issue 10). Now it is the same few bytes at any size.

Safety margins, each re-offering mail rather than missing it (the ledger
answers a re-offered message as a duplicate, without a second reply):

* the mark never passes ``HOLD_BACK_NS`` before the listing began, so a file
  renamed in while the folder was being read, or stamped by the kernel's
  coarse clock just behind ours, is offered again next time;
* mail the bot acknowledges gets a new ctime from its rename to ``cur/`` and
  is offered once more on the next poll (a ledger lookup each);
* the checkpoint records the wall and monotonic clocks of its listing: when
  the wall clock has been set back since (same boot) or is behind the mark,
  the whole folder is offered again, as on a first start.

A checkpoint in the old form (``{"seen": [names]}``) is read once the old way
and replaced by a mark.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from intakebot.records import RawMail
from intakebot.sources.base import Batch
from intakebot.store import Transaction

BATCH_SIZE = 200
#: How often :meth:`MaildirSource.wait_for_mail` looks at the folder: a local
#: delivery is a rename into ``new/``, and there is no server to notify us.
WAIT_POLL_SECONDS = 1.0


def _unique(name: str) -> str:
    """The Maildir unique name, without the ``:2,FLAGS`` info suffix."""
    return name.split(":", 1)[0]


#: How far behind the start of a listing the mark stays (see the module's docstring).
HOLD_BACK_NS = 1_000_000_000
#: A wall clock this far behind the monotonic one has been set back.
CLOCK_TOLERANCE_NS = 250_000_000


@dataclass(frozen=True, order=True)
class _Entry:
    """One file in new/ or cur/, sorted by when it entered the folder."""

    ctime_ns: int
    name: str  # the unique name
    path: Path = field(compare=False)
    mtime: float = field(compare=False)

    @property
    def key(self) -> tuple[int, str]:
        return (self.ctime_ns, self.name)


def _boot_id() -> str:
    try:
        return Path("/proc/sys/kernel/random/boot_id").read_text().strip()
    except OSError:
        return ""


@dataclass(frozen=True)
class _Listing:
    """The folder at one moment: what the store's checkpoint has not handled yet, and little else.

    Handled files are counted, not kept: a poll's memory and time stay those of
    one ``stat`` per file, however many the inbox holds.
    """

    fresh: list[_Entry]  # sorted
    also: list[_Entry]  # handled, though they may sort after the mark (the checkpoint's "also")
    top: tuple[int, str]  # the largest key in the folder
    present: set[str]  # every unique name, for wait_for_mail
    wall_ns: int
    mono_ns: int

    def checkpoint(self, upto: int, acked: set[str]) -> dict[str, object]:
        """The checkpoint once ``fresh[:upto]`` is handed out and ``acked`` renamed by us."""
        last = self.top if upto >= len(self.fresh) else self.fresh[upto - 1].key
        mark = min(last, (self.wall_ns - HOLD_BACK_NS, ""))
        also = set(acked)
        for e in reversed(self.fresh[:upto]):  # handed out inside the hold-back margin
            if e.key <= mark:
                break
            also.add(e.name)
        also |= {e.name for e in self.also if e.key > mark}
        return {"mark": list(mark), "also": sorted(also),
                "clock": {"wall": self.wall_ns, "mono": self.mono_ns, "boot": _boot_id()}}


def _handled(state: dict[str, object], wall_ns: int, mono_ns: int) -> Callable[[int, str], bool]:
    """Whether the checkpoint ``state`` says a file is done with."""
    if "seen" in state:  # the checkpoint before marks: names
        seen = set(state.get("seen") or [])  # type: ignore[call-overload]
        return lambda ctime, name: name in seen
    mark, clock = state.get("mark"), state.get("clock")
    if not isinstance(mark, list) or len(mark) != 2 or not isinstance(clock, dict):
        return lambda ctime, name: False  # first start: everything is offered (the history cutoff decides)
    if clock.get("boot") == _boot_id():
        set_back = wall_ns - int(clock["wall"]) < mono_ns - int(clock["mono"]) - CLOCK_TOLERANCE_NS
    else:
        set_back = wall_ns < int(clock["wall"]) - CLOCK_TOLERANCE_NS
    if set_back or int(mark[0]) > wall_ns + CLOCK_TOLERANCE_NS:
        return lambda ctime, name: False  # the clock was set back: ctimes no longer sort by arrival
    key = (int(mark[0]), str(mark[1]))
    also = set(state.get("also") or [])  # type: ignore[call-overload]
    return lambda ctime, name: (ctime, name) <= key or name in also


class MaildirSource:
    def __init__(
        self,
        path: Path,
        *,
        read_only: bool = False,
        batch_size: int = BATCH_SIZE,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.path = Path(path)
        self.read_only = read_only
        self.batch_size = batch_size
        self._sleep = sleep
        #: Unique names handed out by batches(): anything else in the folder is new.
        self._handed_out: set[str] | None = None
        #: Unique names acknowledge() renamed (a new ctime, after the mark): handled, until a
        #: checkpoint says so; and those of the current run of batches(), for its checkpoints.
        self._acked: set[str] = set()
        self._acked_run: set[str] = set()
        self.name = f"maildir:{self.path}"
        self.checkpoint_key = f"maildir:{self.path}"
        for sub in ("new", "cur", "tmp"):
            (self.path / sub).mkdir(parents=True, exist_ok=True)

    def _list(self, view: Transaction) -> _Listing:
        wall_ns, mono_ns = time.time_ns(), time.monotonic_ns()  # before the listing begins
        state = view.get_state(self.checkpoint_key, {}) or {}
        handled = _handled(state, wall_ns, mono_ns)
        also_names = set(state.get("also") or ()) | self._acked
        fresh: list[_Entry] = []
        also: list[_Entry] = []
        present: set[str] = set()
        top = (0, "")
        for sub in ("new", "cur"):
            for d in os.scandir(self.path / sub):
                try:
                    if not d.is_file():
                        continue
                    st = d.stat()
                except FileNotFoundError:  # a mail client moved it meanwhile
                    continue
                name = _unique(d.name)
                present.add(name)
                top = max(top, (st.st_ctime_ns, name))
                remembered = name in also_names
                if remembered or not handled(st.st_ctime_ns, name):
                    e = _Entry(st.st_ctime_ns, name, Path(d.path), st.st_mtime)
                    (also if remembered else fresh).append(e)
        return _Listing(sorted(fresh), also, top, present, wall_ns, mono_ns)

    def batches(self, view: Transaction) -> Iterator[Batch]:
        listing = self._list(view)
        self._handed_out = listing.present
        self._acked_run = set()
        remembered = set(self._acked)
        fresh = listing.fresh
        for start in range(0, len(fresh), self.batch_size):
            chunk = fresh[start : start + self.batch_size]
            mails = []
            for e in chunk:
                try:
                    data = e.path.read_bytes()
                except FileNotFoundError:  # moved meanwhile: its new ctime sorts after the mark
                    continue
                mails.append(
                    RawMail(
                        data=data,
                        source_key=str(e.path.relative_to(self.path)),
                        size=len(data),
                        received_at=datetime.fromtimestamp(e.mtime, UTC),
                        mailbox=str(self.path),
                    )
                )
            # Renamed by acknowledge() since the listing: handled, with a ctime after the mark.
            checkpoint = listing.checkpoint(start + len(chunk), self._acked_run)
            self._acked -= remembered  # in this checkpoint from now on
            yield Batch(mails, self.checkpoint_key, checkpoint)

    def backlog(self, view: Transaction) -> int:
        """How many messages in the Maildir the bot has not handled yet."""
        return len(self._list(view).fresh)

    def acknowledge(self, done: list[tuple[RawMail, str]]) -> None:
        if self.read_only:
            return
        for mail, kind in done:
            if kind == "not_request":
                continue  # not ours: left exactly as it was
            src = self.path / mail.source_key
            if src.parent.name != "new":
                continue
            dst = self.path / "cur" / (src.name if ":" in src.name else src.name + ":2,")
            with contextlib.suppress(FileNotFoundError):
                os.rename(src, dst)
                self._acked.add(_unique(src.name))
                self._acked_run.add(_unique(src.name))

    def wait_for_mail(self, timeout: float) -> bool:
        """Look at the folder every ``WAIT_POLL_SECONDS`` until a message the last
        :meth:`batches` did not hand out is there (True), or ``timeout`` passes (False)."""
        known = self._handed_out
        if known is None:  # no poll yet on this source: what is there now is the baseline
            known = self._present()
        deadline = time.monotonic() + timeout
        while True:
            if self._present() - known:
                return True
            left = deadline - time.monotonic()
            if left <= 0:
                return False
            self._sleep(min(WAIT_POLL_SECONDS, left))

    def _present(self) -> set[str]:
        try:
            return {_unique(name) for sub in ("new", "cur") for name in os.listdir(self.path / sub)}
        except FileNotFoundError:  # the folder itself went away
            return set()

    def close(self) -> None:
        pass
