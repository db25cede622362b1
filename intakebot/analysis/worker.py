"""The main of a parsing worker process (started by :mod:`intakebot.analysis.sandbox`).

Why a module of its own as the worker's main: a multiprocessing child re-runs
the parent's entry script as ``__mp_main__`` -- for the installed console
script that is the whole CLI (click, rich), ~60 ms per message. This worker
starts from ``python -I -c`` with the parent's resolved ``sys.path`` (so a
directory holding some other ``intakebot/`` folder cannot be imported in its
place), caps its own address space, imports and warms the readers once, and
then serves jobs one at a time until the parent closes the pipe. A job that
uses up its CPU seconds (``RLIMIT_CPU``, moved per job) ends as a
``parse_timeout``; one that overruns the parent's wall-clock stop (a multiple
of that, for a parser waiting on nothing) is stopped by the parent killing the
whole worker; a worker is never reused after a failure.
"""

from __future__ import annotations

import contextlib
import math
import os
import pickle
import resource
import signal
import sys
from multiprocessing.connection import Connection
from typing import Any

import intakebot


def _exc_args(e: BaseException) -> tuple[Any, ...]:
    """Constructor arguments of the exception, when they survive pickling."""
    try:
        pickle.dumps(e.args)
    except Exception:  # noqa: BLE001
        return ()
    return tuple(e.args)


def _limit_memory(memory_bytes: int) -> None:
    # ValueError/OSError: a lower hard limit is already in force; keep it.
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))


class _CpuSpent(BaseException):
    """Raised by SIGXCPU: the job used its CPU seconds (a BaseException: no parser's ``except Exception`` keeps it)."""


def _on_sigxcpu(signum: int, frame: object) -> None:
    raise _CpuSpent


def _cpu_used() -> float:
    ru = resource.getrusage(resource.RUSAGE_SELF)
    return ru.ru_utime + ru.ru_stime


def _limit_cpu(seconds: float | None) -> None:
    """Let the kernel signal SIGXCPU once this job has used ``seconds`` of CPU (None: no limit).

    Why CPU and not the wall clock: a parser busy on a hostile file uses CPU; a server
    busy with other work only makes everything slower, and must not turn readable mail
    into a timeout. Only the soft limit moves, so it can be raised again for the next job.
    """
    _, hard = resource.getrlimit(resource.RLIMIT_CPU)
    soft = hard if seconds is None else math.ceil(_cpu_used() + seconds)
    if hard != resource.RLIM_INFINITY:
        soft = min(soft, hard)
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_CPU, (soft, hard))


def run_job(job: tuple[Any, ...]) -> tuple[Any, ...]:
    """One job's answer: ("ok", result), ("crash", text) or ("raised", module, name, args, text).

    A job is ``(fn, args, kwargs)`` or ``(fn, args, kwargs, cpu_seconds)``; past its CPU
    seconds it ends as an ``Unprocessable("parse_timeout")`` raised by the parser.
    """
    fn, args, kwargs = job[:3]
    cpu = job[3] if len(job) > 3 else None
    _limit_cpu(cpu)
    try:
        return ("ok", fn(*args, **kwargs))
    except _CpuSpent:
        return ("raised", "intakebot.analysis.unprocessable", "Unprocessable", (),
                f"parse_timeout: parsing used its {cpu:g} s of CPU time")
    except MemoryError:
        return ("crash", "MemoryError: out of memory")
    except BaseException as e:  # noqa: BLE001 - everything goes back to the parent
        return ("raised", type(e).__module__, type(e).__qualname__, _exc_args(e), str(e))
    finally:
        _limit_cpu(None)


def serve(jobs: Connection, answers: Connection) -> None:
    """Answer jobs until the parent closes the pipe (or a job leaves the worker unsafe)."""
    while True:
        try:
            job = jobs.recv()
        except (EOFError, OSError):
            return
        try:
            answer = run_job(job)
        except BaseException as e:  # noqa: BLE001 - unpicklable job: say so, then stop
            answer = ("crash", f"{type(e).__name__}: {e}")
        try:
            answers.send(answer)
        except MemoryError:
            answers.send(("crash", "MemoryError: out of memory"))
        except Exception as e:  # noqa: BLE001 - an unpicklable result
            answers.send(("crash", f"the result could not be sent back: {type(e).__name__}"))
        if answer[0] == "crash":
            return  # after MemoryError the heap is suspect: the parent starts a fresh worker


def main(argv: list[str]) -> None:
    """``argv``: jobs fd, answers fd, memory cap in bytes, preload module names (comma-separated)."""
    jobs = Connection(int(argv[0]), writable=False)
    answers = Connection(int(argv[1]), readable=False)
    _limit_memory(int(argv[2]))
    signal.signal(signal.SIGXCPU, _on_sigxcpu)
    # Output from a parser must never reach the parent's terminal as if it were ours.
    devnull = os.open(os.devnull, os.O_RDWR)
    os.dup2(devnull, 0)
    os.dup2(devnull, 1)
    try:
        for name in filter(None, argv[3].split(",")):
            __import__(name)
        answers.send(("ready", os.getpid(), intakebot.__file__))
    except BaseException as e:  # noqa: BLE001 - the parent reports it
        answers.send(("failed", f"{type(e).__name__}: {e}"))
        return
    serve(jobs, answers)


if __name__ == "__main__":
    main(sys.argv[1:])
