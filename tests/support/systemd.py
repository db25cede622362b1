"""A stand-in for systemd's notify socket: a real AF_UNIX datagram socket the tests read."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterator


class FakeSystemd:
    """The receiving end of sd_notify: a bound AF_UNIX datagram socket, read in a thread."""

    def __init__(self, address: str | bytes) -> None:
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.sock.bind(address)
        self.sock.settimeout(0.2)
        self.messages: list[tuple[float, dict[str, str]]] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()

    def _read(self) -> None:
        while not self._stop.is_set():
            try:
                data = self.sock.recv(4096)
            except TimeoutError:
                continue
            except OSError:
                return
            fields = dict(line.split("=", 1) for line in data.decode().splitlines() if "=" in line)
            self.messages.append((time.monotonic(), fields))

    def wait_for(self, what: Callable[[dict[str, str]], bool], timeout: float = 30) -> dict[str, str]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for _, m in list(self.messages):
                if what(m):
                    return m
            time.sleep(0.05)
        raise AssertionError(f"no such notification; got {[m for _, m in self.messages]}")

    def pings_since(self, t: float) -> int:
        return sum(1 for at, m in list(self.messages) if at >= t and m.get("WATCHDOG") == "1")

    def close(self) -> None:
        self._stop.set()
        self.sock.close()
        self._thread.join(5)


@contextlib.contextmanager
def fake_systemd(abstract: bool) -> Iterator[tuple[FakeSystemd, str]]:
    if abstract:
        name = f"@intakebot-test-{uuid.uuid4().hex}"
        server = FakeSystemd(b"\0" + name[1:].encode())
        try:
            yield server, name
        finally:
            server.close()
        return
    short = tempfile.mkdtemp(prefix="sdn", dir="/tmp")  # AF_UNIX paths must fit in 108 bytes
    path = os.path.join(short, "notify")
    server = FakeSystemd(path)
    try:
        yield server, path
    finally:
        server.close()
        shutil.rmtree(short, ignore_errors=True)
