"""SIGTERM stops the daemon and ``serve-lmtp`` wherever the main thread is when it lands.

The daemon once outlived SIGTERM (its scheduler went on and sent the
start-up digest a minute later): the signal handler called ``stop.set()``,
and a handler runs in the main thread between two bytecodes -- also inside
``stop.wait()`` while that holds the Event's non-reentrant lock, so the
handler waited for its own thread forever. The test makes the signal land
exactly there, in a child process so a deadlock cannot hang the suite.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

SIGNAL_WHILE_HOLDING_THE_EVENTS_LOCK = textwrap.dedent("""
    import os, signal, threading
    from intakebot.signals import stop_on_signals

    stop = threading.Event()
    with stop_on_signals(stop):
        with stop._cond:  # what Event.wait holds for a moment, around its wait
            os.kill(os.getpid(), signal.SIGTERM)
            total = sum(range(100_000))  # bytecodes: the Python-level handler runs in here
        print("stopped" if stop.wait(20) else "not stopped", flush=True)
    print("handlers back:", signal.getsignal(signal.SIGTERM) is signal.SIG_DFL, flush=True)
""")


def test_sigterm_landing_inside_the_stop_events_wait_still_stops() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", SIGNAL_WHILE_HOLDING_THE_EVENTS_LOCK], capture_output=True,
                          text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["stopped", "handlers back: True"]


def test_the_signal_handler_takes_no_lock() -> None:
    """The handler writes one byte to a pipe; logging and ``stop.set()`` happen in a thread of their own."""
    import ast

    tree = ast.parse((ROOT / "intakebot" / "signals.py").read_text(encoding="utf-8"))
    [handler] = [f for f in ast.walk(tree) if isinstance(f, ast.FunctionDef) and f.name == "_on_signal"]
    calls = {ast.unparse(c.func) for c in ast.walk(handler) if isinstance(c, ast.Call)}
    assert calls == {"contextlib.suppress", "os.write", "bytes"}
