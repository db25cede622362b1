"""The installed console script run as a person runs it: on a terminal (a real pty) or piped.

Why a pty and not CliRunner: the CLI prints plain lines when stdout is not a
terminal and wraps for the terminal's width when it is, so only a real
terminal shows what a reviewer sees.
"""

from __future__ import annotations

import fcntl
import os
import pty
import re
import struct
import subprocess
import sys
import termios
from dataclasses import dataclass
from pathlib import Path

#: The console script of the environment running the tests (.venv/bin/intakebot).
SCRIPT = Path(sys.executable).parent / "intakebot"
_ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)")
#: Box-drawing characters (U+2500-U+257F): a piped line must hold none.
BOX = re.compile("[\u2500-\u257f]")


def piped(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None,
          timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Run ``intakebot ARGS`` with stdout and stderr captured (not a terminal)."""
    return subprocess.run([str(SCRIPT), *args], cwd=cwd, env={**os.environ, **(env or {})},
                          capture_output=True, text=True, timeout=timeout)


@dataclass(frozen=True)
class Screen:
    """What a terminal received: ``raw`` bytes as text, ``text`` without the ANSI styling, exit ``code``."""

    code: int
    raw: str
    text: str


def on_terminal(*args: str, columns: int = 80, cwd: Path | None = None, env: dict[str, str] | None = None,
                timeout: float = 120) -> Screen:
    """Run ``intakebot ARGS`` with stdout on a pty ``columns`` wide."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 50, columns, 0, 0))
    full_env = {**os.environ, **(env or {}), "COLUMNS": str(columns), "TERM": "xterm"}
    full_env.pop("NO_COLOR", None)
    proc = subprocess.Popen([str(SCRIPT), *args], cwd=cwd, env=full_env, stdin=subprocess.DEVNULL,
                            stdout=slave, stderr=subprocess.PIPE)
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    proc.communicate(timeout=timeout)
    raw = b"".join(chunks).decode("utf-8", "replace").replace("\r\n", "\n")
    return Screen(proc.returncode, raw, _ANSI.sub("", raw))
