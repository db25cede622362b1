"""Test-only fault points: named places where the chaos test stops a process on purpose. Never for production.

Why: a SIGKILL after a random delay proves nothing about where it landed (most
landed before DATA or after the commit). Instead, the chaos test starts a
process with ``INTAKEBOT_TEST_FAULT=<point>`` and ``INTAKEBOT_TEST_FAULT_MARK=<file>``
in its environment; when that process reaches ``<point>`` (one of
:data:`POINTS`), it appends ``<point> <pid>`` to ``<file>`` (fsynced) and
blocks there until it is killed. The test reads the mark -- the phase was
reached -- and SIGKILLs the process while it stands in that phase.

It cannot be switched on by configuration: it is no config key (the loader
rejects unknown keys), and it stays off in any process systemd started
(``INVOCATION_ID`` is set for every unit), so the shipped service cannot enable
it even through ``Environment=``. Without the variables each point is one
dictionary lookup.
"""

from __future__ import annotations

import logging
import os
import threading

log = logging.getLogger("intakebot.faults")

ENV = "INTAKEBOT_TEST_FAULT"
MARK_ENV = "INTAKEBOT_TEST_FAULT_MARK"

#: Where a test may stop a process (and what the process is doing there).
POINTS: dict[str, str] = {
    "lmtp.delivery": "an LMTP message received (DATA done), before it is processed",
    "people.write": "the people-folder copy written and fsynced in tmp/, not yet linked into new/",
    "commit.merge": "a change merged into (or proposed for) a request on file, inside the uncommitted transaction",
    "commit.attention": "a needs-a-person item written, inside the uncommitted transaction",
}


def armed(name: str) -> bool:
    """Whether a test asked this process to stop at ``name`` (never under systemd, never without a mark file)."""
    if name not in POINTS:
        raise ValueError(f"unknown fault point {name!r}")
    return os.environ.get(ENV) == name and bool(os.environ.get(MARK_ENV)) and "INVOCATION_ID" not in os.environ


def point(name: str) -> None:
    """Stop here for good when a test asked for ``name`` (see the module's docstring); else nothing."""
    if not armed(name):
        return
    mark = os.environ[MARK_ENV]
    fd = os.open(mark, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    try:
        os.write(fd, f"{name} {os.getpid()}\n".encode("ascii"))
        os.fsync(fd)
    finally:
        os.close(fd)
    log.warning("test fault point %s reached: blocking until killed", name)
    threading.Event().wait()
