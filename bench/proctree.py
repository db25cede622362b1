"""CPU and peak RSS of whole process trees, from /proc, for the benchmarks.

Why: the bot's work is spread over processes -- its parsing workers, Dovecot's
per-connection imap processes -- and some outlive their parent. A sampler
walks each tree every 50 ms; with :func:`become_subreaper` whatever a
measured process leaves behind is reparented to the benchmark, reaped by
:meth:`TreeSampler.reap_orphans`, and its exact CPU taken from ``wait4``.
"""

from __future__ import annotations

import ctypes
import os
import threading
import time
from dataclasses import dataclass

TICK = os.sysconf("SC_CLK_TCK")
PR_SET_CHILD_SUBREAPER = 36


def _stat(path: str) -> tuple[float, int] | None:
    """(utime + stime in seconds, parent pid) from a /proc .../stat file; None once the process is gone."""
    try:
        with open(path, "rb") as f:
            fields = f.read().rsplit(b")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return (int(fields[11]) + int(fields[12])) / TICK, int(fields[1])


def _status_kb(pid: int, key: bytes) -> int:
    try:
        with open(f"/proc/{pid}/status", "rb") as f:
            for line in f:
                if line.startswith(key):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _children(pid: int) -> list[int]:
    out: list[int] = []
    try:
        for tid in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{tid}/children", "rb") as f:
                out.extend(int(c) for c in f.read().split())
    except OSError:
        pass
    return out


def _cmdline(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            return f.read().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""


def _kind(root_kind: str, pid: int) -> str:
    """A parsing worker (ours, or the multiprocessing fork server and its children) or its root's kind."""
    if root_kind == "bot":
        line = _cmdline(pid)
        if "intakebot.analysis.worker" in line or "multiprocessing" in line:
            return "worker"
    return root_kind


@dataclass
class Seen:
    kind: str
    parent: int  # at first sight: who reaps it, unless it outlives its parent
    base: float  # CPU seconds already used when the window opened (0 for a process born in it)
    last: float = 0.0
    hwm_kb: int = 0
    exact: float | None = None  # CPU from wait4 when this process reaped it


class TreeSampler:
    """CPU and peak RSS of process trees (``{kind: root pid}``), sampled from /proc every 50 ms."""

    def __init__(self, roots: dict[str, int], interval: float = 0.05) -> None:
        self.roots, self.interval = roots, interval
        self.seen: dict[int, Seen] = {}
        self.peak_rss_kb: dict[str, int] = {}  # the largest sum of RSS at one instant, per root
        self._stop = threading.Event()
        self._scan(first=True)
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _scan(self, first: bool = False) -> None:
        rss: dict[str, int] = {}
        for root_kind, root in self.roots.items():
            todo = [root]
            while todo:
                pid = todo.pop()
                todo.extend(_children(pid))
                stat = _stat(f"/proc/{pid}/stat")
                if stat is None:
                    continue
                cpu, parent = stat
                s = self.seen.get(pid)
                if s is None:
                    s = self.seen[pid] = Seen(_kind(root_kind, pid), parent, cpu if first else 0.0)
                s.last = max(s.last, cpu)
                s.hwm_kb = max(s.hwm_kb, _status_kb(pid, b"VmHWM:"))
                rss[root_kind] = rss.get(root_kind, 0) + _status_kb(pid, b"VmRSS:")
        for k, v in rss.items():
            self.peak_rss_kb[k] = max(self.peak_rss_kb.get(k, 0), v)

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self._scan()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

    def cpu(self, kind: str) -> float:
        """CPU of a kind's processes in the window (a forkserver's children are in its own exact figure)."""
        return sum((s.exact if s.exact is not None else s.last - s.base)
                   for s in self.seen.values() if s.kind == kind and self.seen.get(s.parent, s).kind != kind)

    def reaped_by(self, parent: int, kind: str) -> float:
        """Sampled CPU of ``parent``'s children of this kind that ``parent`` reaped itself."""
        return sum(s.last - s.base for s in self.seen.values()
                   if s.kind == kind and s.parent == parent and s.exact is None)

    def hwm_kb(self, kind: str) -> int:
        return max((s.hwm_kb for s in self.seen.values() if s.kind == kind), default=0)

    def reap_orphans(self, timeout: float = 30.0) -> None:
        """Wait for what the bot left behind (reparented here, the subreaper) and take its exact CPU."""
        deadline = time.monotonic() + timeout
        for pid, s in self.seen.items():
            if s.kind == "dovecot":
                continue
            while time.monotonic() < deadline:
                try:
                    done, _, ru = os.wait4(pid, os.WNOHANG)
                except ChildProcessError:
                    break  # not ours: the bot reaped it
                if done:
                    s.exact = ru.ru_utime + ru.ru_stime
                    break
                time.sleep(0.05)


def thread_cpu(native_id: int) -> float:
    """CPU seconds of one thread of this process (by its native id)."""
    stat = _stat(f"/proc/self/task/{native_id}/stat")
    return stat[0] if stat else 0.0


def become_subreaper() -> None:
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) != 0:
        raise OSError(ctypes.get_errno(), "prctl(PR_SET_CHILD_SUBREAPER)")
