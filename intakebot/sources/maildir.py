"""A local Maildir inbox: the embedded default, needing no server at all.

Mail the bot processed moves from ``new/`` to ``cur/`` (the Maildir way of
saying "seen by a client"); mail it does not own stays exactly where and as it
was. What has been handled is remembered by file name in the store's
checkpoint, committed with the batch, so a crash re-offers at most the batch
in flight and the ledger recognises those.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable, Iterator
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
        self.name = f"maildir:{self.path}"
        self.checkpoint_key = f"maildir:{self.path}"
        for sub in ("new", "cur", "tmp"):
            (self.path / sub).mkdir(parents=True, exist_ok=True)

    def _files(self) -> list[Path]:
        files = [p for sub in ("new", "cur") for p in (self.path / sub).iterdir() if p.is_file()]
        return sorted(files, key=lambda p: (p.stat().st_mtime, p.name))

    def batches(self, view: Transaction) -> Iterator[Batch]:
        state = view.get_state(self.checkpoint_key, {}) or {}
        seen: set[str] = set(state.get("seen", []))
        files = self._files()
        present = {_unique(p.name) for p in files}
        seen &= present  # forget files that are gone, so the checkpoint stays small
        fresh = [p for p in files if _unique(p.name) not in seen]
        self._handed_out = seen | {_unique(p.name) for p in fresh}
        for start in range(0, len(fresh), self.batch_size):
            chunk = fresh[start : start + self.batch_size]
            mails = []
            for p in chunk:
                try:
                    data = p.read_bytes()
                    mtime = p.stat().st_mtime
                except FileNotFoundError:  # a mail client moved it meanwhile
                    continue
                mails.append(
                    RawMail(
                        data=data,
                        source_key=str(p.relative_to(self.path)),
                        size=len(data),
                        received_at=datetime.fromtimestamp(mtime, UTC),
                        mailbox=str(self.path),
                    )
                )
            seen |= {_unique(p.name) for p in chunk}
            yield Batch(mails, self.checkpoint_key, {"seen": sorted(seen)})

    def backlog(self, view: Transaction) -> int:
        """How many messages in the Maildir the bot has not handled yet."""
        state = view.get_state(self.checkpoint_key, {}) or {}
        seen = set(state.get("seen", []))
        return sum(1 for p in self._files() if _unique(p.name) not in seen)

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
            return {_unique(p.name) for p in self._files()}
        except FileNotFoundError:  # a file moved between listing and stat
            return set()

    def close(self) -> None:
        pass
