"""Analyse a batch of messages on every core, and hand back what is ready first.

Why: analysis is most of a backlog's CPU, and the bot's main thread alone
uses one core. Here the main thread reads cheap mail (text, HTML) in-process
while one lane per parsing worker (:mod:`.sandbox`) takes the expensive mail
(attachments for third-party parsers) and, in a large batch, a share of the
cheap mail too. :meth:`BatchRun.ready` returns as soon as the cheap mail is
done (plus a short grace for ordinary attachments), so the caller can commit
and answer those while a slow, hostile attachment is still being read;
:meth:`BatchRun.rest` waits for everything.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Generic, TypeVar

from intakebot.analysis.unprocessable import Unprocessable

if TYPE_CHECKING:
    from intakebot.config import LimitsConfig
    from intakebot.records import Analysis

T = TypeVar("T")
R = TypeVar("R")

#: From this many messages on, lanes also take cheap mail (starting workers for a handful is not worth it).
SHARE_CHEAP_FROM = 16
#: Cheap mail goes to a lane this many messages per job: each job's answer needs the GIL, which the
#: main thread holds while it reads its own share, so one message per job would mostly wait for it.
CHUNK = 16
#: How long ``ready`` waits for expensive mail after the cheap mail is done: an ordinary form takes
#: milliseconds, so only a slow attachment is left for the second commit.
GRACE_SECONDS = 0.5


class BatchRun(Generic[T, R]):
    """One batch being analysed: ``here`` runs in the caller's thread, ``isolated`` in the lanes.

    Neither function may raise for bad input (a raise is re-raised by
    :meth:`ready` or :meth:`rest`, as a bug).
    """

    def __init__(self, items: Sequence[T], *, expensive: Callable[[T], bool], here: Callable[[T], R],
                 isolated: Callable[[T], R], lanes: int,
                 isolated_many: Callable[[list[T]], list[R]] | None = None) -> None:
        self.items, self.here, self.isolated, self.isolated_many = items, here, isolated, isolated_many
        self.results: dict[int, R] = {}
        self._error: BaseException | None = None
        self._cond = threading.Condition()
        costly = [i for i, item in enumerate(items) if expensive(item)]
        self._cheap_ids = frozenset(range(len(items))) - frozenset(costly)
        self._costly = deque(costly)
        self._cheap = deque(sorted(self._cheap_ids))
        share = len(items) >= SHARE_CHEAP_FROM
        n_lanes = lanes if share else min(lanes, len(costly))
        self._threads = [threading.Thread(target=self._lane, args=(share,), daemon=True, name=f"analysis-{n}")
                         for n in range(n_lanes)]
        for t in self._threads:
            t.start()

    def _take(self) -> int | None:
        """The next cheap item for the caller's thread."""
        with self._cond:
            return self._cheap.popleft() if self._cheap else None

    def _take_for_lane(self, share: bool) -> tuple[list[int], bool]:
        """Expensive items one at a time, then (when sharing) cheap ones a chunk at a time from the end."""
        with self._cond:
            if self._costly:
                return [self._costly.popleft()], True
            if share and self._cheap:
                return [self._cheap.pop() for _ in range(min(CHUNK, len(self._cheap)))], False
            return [], False

    def _lane(self, share: bool) -> None:
        while self._error is None:
            ids, single = self._take_for_lane(share)
            if not ids:
                return
            if single or self.isolated_many is None:
                for i in ids:
                    self._run(i, self.isolated)
            else:
                self._run_many(ids, self.isolated_many)

    def _run_many(self, ids: list[int], fn: Callable[[list[T]], list[R]]) -> None:
        try:
            results = fn([self.items[i] for i in ids])
        except Exception:  # noqa: BLE001 - the chunk's worker failed: each item alone finds out which
            for i in ids:
                self._run(i, self.isolated)
            return
        with self._cond:
            self.results.update(zip(ids, results, strict=True))
            self._cond.notify_all()

    def _run(self, i: int, fn: Callable[[T], R]) -> None:
        try:
            result = fn(self.items[i])
        except BaseException as e:  # noqa: BLE001 - handed to the caller's thread
            with self._cond:
                self._error = e
                self._cond.notify_all()
            return
        with self._cond:
            self.results[i] = result
            self._cond.notify_all()

    def _raise(self) -> None:
        if self._error is not None:
            raise self._error

    def _cheap_done(self) -> bool:
        return self._cheap_ids.issubset(self.results)

    def ready(self, grace: float = GRACE_SECONDS) -> dict[int, R]:
        """Read the cheap mail here, then wait for the lanes' cheap share and up to ``grace`` for the rest."""
        while self._error is None and (i := self._take()) is not None:
            self._run(i, self.here)
        deadline = time.monotonic() + grace
        with self._cond:
            while self._error is None and len(self.results) < len(self.items):
                left = deadline - time.monotonic()
                if self._cheap_done() and left <= 0:
                    break
                self._cond.wait(left if left > 0 else 0.05)
            self._raise()
            return dict(self.results)

    def rest(self) -> list[R]:
        """Every result, in the items' order, once the lanes are done."""
        while self._error is None and (i := self._take()) is not None:
            self._run(i, self.here)
        for t in self._threads:
            t.join()
        self._raise()
        return [self.results[i] for i in range(len(self.items))]


def analyse_many(raws: list[bytes], limits: LimitsConfig, own_addresses: frozenset[str]) -> list[Analysis | tuple[str, str]]:
    """Each message's Analysis, or its quarantine (reason, detail): one worker job for a chunk of cheap mail."""
    from intakebot.analysis.pipeline import analyse  # heavy: in the worker only

    out: list[Analysis | tuple[str, str]] = []
    for raw in raws:
        try:
            out.append(analyse(raw, limits=limits, own_addresses=own_addresses))
        except Unprocessable as e:
            out.append((e.code, e.detail))
        except Exception as e:  # noqa: BLE001 - untrusted input: this message only
            out.append(("parse_error", f"{type(e).__name__}: {e}"))
    return out
