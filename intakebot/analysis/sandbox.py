"""Run risky parsing in a child process with a hard time and memory limit.

Why: extraction checks its own deadline between PDF pages and attachments,
but one pathological call inside pypdf, openpyxl or python-docx cannot be
interrupted from Python, and a parser bug can loop forever or eat memory.
Untrusted mail must never hang or exhaust the bot, so a message carrying an
attachment for those parsers (``extraction.needs_isolation``) is analysed in
a child that the parent kills when it overruns; text and HTML mail, and mail
whose only attachments are pictures, stays in-process, fast.

Children come from a ``forkserver``: forking the daemon itself (which runs
scheduler and IDLE threads) could copy a lock held by another thread.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import multiprocessing.connection
from collections.abc import Callable
from typing import Any

from intakebot.errors import IntakebotError

#: Address space a child may use: generous for a 25 MB message, fatal for a bomb.
DEFAULT_MEMORY_BYTES = 1536 * 1024 * 1024


class SandboxTimeout(IntakebotError):
    """The child overran its time and was killed."""


class SandboxCrash(IntakebotError):
    """The child died (out of memory, a crash in a C extension) or failed unexpectedly."""


def _child(
    conn: multiprocessing.connection.Connection,
    fn: Callable[..., Any],
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    memory_bytes: int,
) -> None:
    import resource

    # ValueError/OSError: a lower hard limit is already in force; keep it.
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
    try:
        conn.send(("ok", fn(*args, **kwargs)))
    except MemoryError:
        conn.send(("crash", "MemoryError: out of memory"))
    except BaseException as e:  # noqa: BLE001 - everything goes back to the parent
        conn.send(("raised", type(e).__module__, type(e).__qualname__, _exc_args(e), str(e)))
    finally:
        conn.close()


def _exc_args(e: BaseException) -> tuple[Any, ...]:
    """Constructor arguments of the exception, when they survive pickling."""
    import pickle

    try:
        pickle.dumps(e.args)
    except Exception:  # noqa: BLE001
        return ()
    return tuple(e.args)


def run_isolated(
    fn: Callable[..., Any],
    *args: Any,
    timeout: float,
    memory_bytes: int = DEFAULT_MEMORY_BYTES,
    rebuild: Callable[[str, str, tuple[Any, ...], str], BaseException | None] | None = None,
    **kwargs: Any,
) -> Any:
    """``fn(*args, **kwargs)`` in a child; its result, or its exception re-raised here.

    ``fn`` must be importable (a module-level function) and its arguments and
    result picklable. ``rebuild(module, name, args, text)`` may turn an
    exception from the child back into the same type (``None``: SandboxCrash).
    """
    ctx = multiprocessing.get_context("forkserver")
    # Imported once in the fork server, not in every child (openpyxl alone is ~100 ms).
    ctx.set_forkserver_preload(["intakebot.analysis.warm", "pypdf", "openpyxl"])
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(child, fn, args, kwargs, memory_bytes), daemon=True)
    proc.start()
    child.close()
    try:
        if not parent.poll(timeout):
            raise SandboxTimeout(f"parsing took longer than {timeout:g} s; the parser was stopped")
        try:
            message = parent.recv()
        except EOFError:
            raise SandboxCrash(f"the parser died (exit code {proc.exitcode})") from None
    finally:
        if proc.is_alive():
            proc.kill()
        proc.join(5)
        parent.close()
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
