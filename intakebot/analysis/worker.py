"""The main of a parsing worker process (started by :mod:`intakebot.analysis.sandbox`).

Why a module of its own as the worker's main: a multiprocessing child re-runs
the parent's entry script as ``__mp_main__`` -- for the installed console
script that is the whole CLI (click, rich), ~60 ms per message. This worker
starts from ``python -I -c`` with the parent's resolved ``sys.path`` (so a
directory holding some other ``intakebot/`` folder cannot be imported in its
place), caps its own address space, imports and warms the readers once, and
then serves jobs one at a time until the parent closes the pipe. A job that
overruns is stopped by the parent killing the whole worker; a worker is
never reused after a failure.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import resource
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


def run_job(job: tuple[Any, tuple[Any, ...], dict[str, Any]]) -> tuple[Any, ...]:
    """One job's answer: ("ok", result), ("crash", text) or ("raised", module, name, args, text)."""
    fn, args, kwargs = job
    try:
        return ("ok", fn(*args, **kwargs))
    except MemoryError:
        return ("crash", "MemoryError: out of memory")
    except BaseException as e:  # noqa: BLE001 - everything goes back to the parent
        return ("raised", type(e).__module__, type(e).__qualname__, _exc_args(e), str(e))


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
