"""Run risky parsing in a worker process with a hard time and memory limit.

Why: extraction checks its own deadline between PDF pages and attachments,
but one pathological call inside pypdf, openpyxl or python-docx cannot be
interrupted from Python, and a parser bug can loop forever or eat memory.
Untrusted mail must never hang or exhaust the bot, so a message carrying an
attachment for those parsers (``analysis.needs_isolation``) is analysed in
a worker that the parent kills when it overruns; text and HTML mail, and mail
whose only pictures are logos, stays in-process, fast. Scans (page-sized
pictures, PDFs holding images) are read by OCR in the worker, and the hard
stop grows by ``limits.ocr_timeout_seconds`` for them only.

Workers are a small pool of pre-started processes (:mod:`.worker` is their
main), not a fresh child per message: a multiprocessing child re-runs the
installed console script as ``__mp_main__`` and re-imports the CLI, which
cost ~75 ms per attachment message. A worker imports the readers once, caps
its address space (``RLIMIT_AS``) once, and serves jobs over a pipe (well
under a millisecond each). A job that overruns its timeout is stopped by
killing its worker; a worker that failed in any way is never reused, and
every worker is replaced after ``max_jobs`` jobs, so one hostile message
cannot leave state behind for the next. Workers are started with
``fork+exec`` (``subprocess``), never a bare fork of the daemon, whose
scheduler and IDLE threads could hold a lock the child would inherit.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import subprocess
import sys
import threading
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import TYPE_CHECKING, Any

import intakebot
from intakebot.analysis.unprocessable import Unprocessable
from intakebot.errors import IntakebotError
from intakebot.records import Analysis

if TYPE_CHECKING:
    from intakebot.config import LimitsConfig

#: Address space a worker may use: generous for a 25 MB message, fatal for a bomb.
DEFAULT_MEMORY_BYTES = 1536 * 1024 * 1024
#: Jobs a worker serves before it is replaced (bounds what a leak can grow to).
DEFAULT_MAX_JOBS = 200
#: Modules every worker imports before its first job (openpyxl alone is ~100 ms).
PRELOAD = ("intakebot.analysis.warm", "pypdf", "openpyxl", "docx")
#: Past the message's parse budget (``parse_timeout_seconds``, checked by the
#: readers between pages and attachments), the time one uninterruptible parser
#: call may run before the worker is killed: the hard per-message budget is the two.
HARD_STOP_GRACE = 1.0
#: The wall-clock stop is this many times the CPU budget (plus the grace): a job is ended by
#: its CPU seconds (``RLIMIT_CPU`` in the worker), so the wall clock only ends a parser that
#: waits on nothing, and a server busy with other work (load 4 on two cores) does not.
WALL_FACTOR = 4.0
#: How long a worker may take to start (imports on a loaded machine) before it counts as crashed.
START_TIMEOUT = 60.0

_BOOT = (
    "import sys, json; sys.path[:] = json.loads(sys.argv[1]); "
    "from intakebot.analysis.worker import main; main(sys.argv[2:])"
)


class SandboxTimeout(IntakebotError):
    """The worker overran its time and was killed."""


class SandboxCrash(IntakebotError):
    """The worker died (out of memory, a crash in a C extension) or failed unexpectedly."""


def _parent_path() -> list[str]:
    """The parent's import path, absolute: the worker must import the very same ``intakebot``."""
    return [os.path.abspath(p) if p else os.getcwd() for p in sys.path]


class Worker:
    """One pre-started worker process and its two pipes."""

    def __init__(self, memory_bytes: int, preload: tuple[str, ...]) -> None:
        jobs_r, jobs_w = os.pipe()
        answers_r, answers_w = os.pipe()
        try:
            self.proc = subprocess.Popen(
                [sys.executable, "-I", "-c", _BOOT, json.dumps(_parent_path()),
                 str(jobs_r), str(answers_w), str(memory_bytes), ",".join(preload)],
                stdin=subprocess.DEVNULL, pass_fds=(jobs_r, answers_w), cwd="/",
            )
        finally:
            os.close(jobs_r)
            os.close(answers_w)
        self.jobs = Connection(jobs_w, readable=False)
        self.answers = Connection(answers_r, writable=False)
        self.ready = False
        self.served = 0
        self.retiring = False  # served its max_jobs: used only until its successor is ready

    def started(self) -> bool:
        """Has the worker finished importing the readers? (Does not block.)"""
        if not self.ready and self.answers.poll(0):
            self.wait_ready()
        return self.ready

    def wait_ready(self) -> None:
        """Block until the worker has imported the readers; SandboxCrash if it cannot."""
        if self.ready:
            return
        if not self.answers.poll(START_TIMEOUT):
            raise SandboxCrash(f"the parsing worker did not start within {START_TIMEOUT:g} s")
        try:
            hello = self.answers.recv()
        except EOFError:
            raise SandboxCrash(f"the parsing worker died at start (exit code {self.proc.wait()})") from None
        if hello[0] != "ready":
            raise SandboxCrash(f"the parsing worker could not start: {hello[1]}")
        if os.path.realpath(hello[2]) != os.path.realpath(intakebot.__file__):
            raise SandboxCrash(f"the parsing worker imported another intakebot package ({hello[2]})")
        self.ready = True

    def call(self, job: tuple[Any, ...], timeout: float) -> tuple[Any, ...]:
        """Send one job and wait for its answer; SandboxTimeout / SandboxCrash otherwise."""
        self.wait_ready()
        self.served += 1
        try:
            self.jobs.send(job)
        except (BrokenPipeError, OSError):
            raise SandboxCrash(f"the parser died (exit code {self.proc.poll()})") from None
        if not self.answers.poll(timeout):
            raise SandboxTimeout(f"parsing took longer than {timeout:g} s; the parser was stopped")
        try:
            answer: tuple[Any, ...] = self.answers.recv()
        except EOFError:
            self.proc.wait(5)
            raise SandboxCrash(f"the parser died (exit code {self.proc.returncode})") from None
        return answer

    def close(self) -> None:
        """Kill and reap the worker: it holds nothing worth a graceful exit, and it may be stuck."""
        with contextlib.suppress(ProcessLookupError):
            self.proc.kill()
        self.jobs.close()
        self.answers.close()
        self.proc.wait()


class Pool:
    """Up to ``size`` workers, shared by all threads.

    A worker that failed is replaced at once (its successor boots while the
    next job waits or goes to another worker). One that served ``max_jobs``
    keeps serving only until its successor, started then, is ready, so the
    routine replacement never stalls the inbox.
    """

    def __init__(self, size: int, memory_bytes: int = DEFAULT_MEMORY_BYTES,
                 max_jobs: int = DEFAULT_MAX_JOBS, preload: tuple[str, ...] = PRELOAD) -> None:
        self.size, self.memory_bytes, self.max_jobs, self.preload = size, memory_bytes, max_jobs, preload
        self._idle: list[Worker] = []
        self._live = 0  # workers in existence: idle, busy or booting
        self._urgent = 0  # checkouts waiting that go first
        self._cond = threading.Condition()
        self.closed = False

    def _spawn(self) -> Worker:
        """A new worker, counted in ``_live`` (call with the lock held)."""
        self._live += 1
        try:
            return Worker(self.memory_bytes, self.preload)
        except BaseException:
            self._live -= 1
            raise

    def _retire(self, worker: Worker) -> None:
        """Stop a worker for good (call with the lock held)."""
        self._live -= 1
        worker.close()
        self._cond.notify_all()

    def _pick_idle(self) -> Worker | None:
        """The best idle worker: a started fresh one, else a retiring one, else one still booting."""
        started: list[Worker] = []
        booting: list[Worker] = []
        for w in list(self._idle):
            try:
                (started if w.started() else booting).append(w)
            except SandboxCrash:
                self._idle.remove(w)
                self._retire(w)
        fresh = [w for w in started if not w.retiring]
        if fresh:
            for old in [w for w in started if w.retiring]:  # their successors are ready
                self._idle.remove(old)
                self._retire(old)
        candidates = fresh or started or booting
        if not candidates:
            return None
        self._idle.remove(candidates[-1])
        return candidates[-1]

    def _checkout(self, urgent: bool = False) -> Worker:
        """An idle worker (or a new one while fewer than ``size`` live); an urgent checkout is served before
        the others waiting (the main thread waits for it; the others are work for later)."""
        with self._cond:
            self._urgent += urgent
            try:
                while True:
                    if urgent or not self._urgent:
                        worker = self._pick_idle()
                        if worker is not None:
                            return worker
                        if self._live < self.size:
                            return self._spawn()
                    self._cond.wait()
            finally:
                self._urgent -= urgent

    def _checkin(self, worker: Worker, healthy: bool) -> None:
        """Back to the idle list, or replaced by a fresh worker that starts booting now."""
        with self._cond:
            if self.closed or not healthy:
                self._retire(worker)
                if not self.closed:
                    with contextlib.suppress(OSError):
                        self._idle.append(self._spawn())
                return
            if worker.served >= self.max_jobs and not worker.retiring:
                worker.retiring = True
                with contextlib.suppress(OSError):
                    self._idle.append(self._spawn())
            self._idle.append(worker)
            self._cond.notify_all()  # (an urgent waiter among them takes it)

    def run(self, fn: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any],
            timeout: float, cpu_seconds: float | None = None, urgent: bool = False) -> tuple[Any, ...]:
        """The worker's answer tuple for ``fn(*args, **kwargs)`` (see :func:`.worker.run_job`).

        ``timeout`` is wall-clock seconds (the worker is killed past it); ``cpu_seconds``
        the CPU time the job may use before it ends as a ``parse_timeout``; an ``urgent`` job
        gets the next free worker before the jobs already waiting.
        """
        worker = self._checkout(urgent)
        healthy = False
        try:
            answer = worker.call((fn, args, kwargs, cpu_seconds), timeout)
            healthy = answer[0] == "ok"
            return answer
        finally:
            self._checkin(worker, healthy)

    def close(self) -> None:
        """Stop every idle worker (busy ones stop when their job returns)."""
        with self._cond:
            self.closed = True
            idle, self._idle = self._idle, []
            for w in idle:
                self._retire(w)


_pools: dict[int, Pool] = {}
_pools_lock = threading.Lock()


def pool(memory_bytes: int = DEFAULT_MEMORY_BYTES) -> Pool:
    """The process's pool for this memory cap (one per process: workers are shared by all threads)."""
    with _pools_lock:
        p = _pools.get(memory_bytes)
        if p is None or p.closed:
            p = _pools[memory_bytes] = Pool(size=max(1, min(2, os.cpu_count() or 1)), memory_bytes=memory_bytes)
        return p


@atexit.register
def shutdown() -> None:
    """Stop all workers and reap them (their CPU time is then the parent's children's)."""
    with _pools_lock:
        pools = list(_pools.values())
        _pools.clear()
    for p in pools:
        p.close()


def run_isolated(
    fn: Callable[..., Any],
    *args: Any,
    timeout: float,
    cpu_seconds: float | None = None,
    memory_bytes: int = DEFAULT_MEMORY_BYTES,
    rebuild: Callable[[str, str, tuple[Any, ...], str], BaseException | None] | None = None,
    urgent: bool = False,
    **kwargs: Any,
) -> Any:
    """``fn(*args, **kwargs)`` in a worker; its result, or its exception re-raised here.

    ``fn`` must be importable (a module-level function) and its arguments and
    result picklable. ``rebuild(module, name, args, text)`` may turn an
    exception from the worker back into the same type (``None``: SandboxCrash).
    """
    message = pool(memory_bytes).run(fn, args, kwargs, timeout, cpu_seconds, urgent)
    status = message[0]
    if status == "ok":
        return message[1]
    if status == "crash":
        raise SandboxCrash(message[1])
    _, module, name, exc_args, text = message
    rebuilt = rebuild(module, name, exc_args, text) if rebuild else None
    if rebuilt is not None:
        raise rebuilt
    raise SandboxCrash(f"{name}: {text}")


def analyse_isolated(data: bytes, limits: LimitsConfig, own_addresses: frozenset[str]) -> Analysis:
    """``analysis.analyse`` in a worker, stopped after ``parse_timeout_seconds + HARD_STOP_GRACE`` of CPU.

    (Or after :data:`WALL_FACTOR` times that on the wall clock, for a parser that waits on nothing.)

    Raises ``Unprocessable`` as ``analyse`` does, SandboxTimeout when the
    worker had to be killed, SandboxCrash when it died.
    """
    from intakebot.analysis import analyse, ocr_seconds  # heavy: the parent needs only this call

    # Scans get OCR's own budget on top (0 for mail without one).
    cpu = limits.parse_timeout_seconds + ocr_seconds(data, limits) + HARD_STOP_GRACE
    result = run_isolated(
        analyse, data, limits=limits, own_addresses=own_addresses,
        timeout=cpu * WALL_FACTOR + HARD_STOP_GRACE, cpu_seconds=cpu, rebuild=_rebuild_unprocessable,
    )
    assert isinstance(result, Analysis)
    return result


def _rebuild_unprocessable(module: str, name: str, args: tuple[object, ...], text: str) -> Exception | None:
    if name != "Unprocessable":
        return None
    code, _, detail = text.partition(": ")
    return Unprocessable(code, detail)


def analyse_many_isolated(raws: list[bytes], limits: LimitsConfig,
                          own_addresses: frozenset[str]) -> list[Analysis | tuple[str, str]]:
    """:func:`.batch.analyse_many` in one worker job (each message keeps its own parse budget)."""
    from intakebot.analysis.batch import analyse_many

    cpu = len(raws) * (limits.parse_timeout_seconds + HARD_STOP_GRACE)
    result = run_isolated(analyse_many, raws, limits, own_addresses,
                          timeout=cpu * WALL_FACTOR + HARD_STOP_GRACE, cpu_seconds=cpu,
                          rebuild=_rebuild_unprocessable)
    assert isinstance(result, list)
    return result
