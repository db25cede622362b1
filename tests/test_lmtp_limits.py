"""LMTP caps with real sockets: connections, idle time and bytes in flight, each answered 4xx.

Over a cap the answer is temporary (421/452), so the MTA keeps the message and
retries; a real delivery goes through once the pressure is gone.
"""

from __future__ import annotations

import smtplib
import socket
import threading
import time
from collections.abc import Callable, Iterator

import pytest

from intakebot.config import Config, LmtpConfig
from intakebot.sources.lmtp import LmtpReceiver
from tests.support.lmtp import lmtp_settings, receivers
from tests.support.mail import mail


def _message(n: int = 1, pad: int = 0) -> bytes:
    return mail("Hello", sender="officer@customs.gov.example", subject="Test",
                message_id=f"<caps-{n}@customs.gov.example>", pad=pad, crlf=True)


@pytest.fixture
def receiver(smtp_config: Config) -> Iterator[Callable[..., LmtpReceiver]]:
    with receivers() as start:
        yield lambda deliver, **caps: start(lmtp_settings(smtp_config, **caps), deliver)


def _greeting(r: LmtpReceiver) -> tuple[socket.socket, bytes]:
    s = socket.create_connection((r.host, r.port), timeout=10)
    return s, s.recv(512)


def _deliver(r: LmtpReceiver, raw: bytes) -> dict[str, tuple[int, bytes]]:
    with smtplib.LMTP(r.host, r.port, timeout=10) as c:
        return c.sendmail("officer@customs.gov.example", ["info@cites.org"], raw)


def test_connections_above_the_cap_get_421_and_a_delivery_passes_once_one_closes(
    receiver: Callable[..., LmtpReceiver],
) -> None:
    got: list[bytes] = []
    r = receiver(lambda raw, eid: got.append(raw), max_connections=3)
    idle = [_greeting(r) for _ in range(3)]
    assert all(g.startswith(b"220") for _, g in idle)
    s, g = _greeting(r)
    assert g.startswith(b"421 4.3.2")  # temporary: the MTA retries
    assert s.recv(64) == b""  # and closed at once: no descriptor held
    s.close()
    with pytest.raises(smtplib.SMTPConnectError) as e:
        _deliver(r, _message())
    assert e.value.smtp_code == 421
    idle.pop()[0].close()
    deadline = time.monotonic() + 10
    while True:  # the server notices the close on its next loop turn
        try:
            assert _deliver(r, _message()) == {}
            break
        except smtplib.SMTPConnectError:
            assert time.monotonic() < deadline
            time.sleep(0.05)
    assert len(got) == 1
    for s, _ in idle:
        s.close()


def test_an_idle_connection_is_closed_after_the_idle_timeout(receiver: Callable[..., LmtpReceiver]) -> None:
    r = receiver(lambda raw, eid: None, idle_timeout_seconds=1)
    s, g = _greeting(r)
    assert g.startswith(b"220")
    s.settimeout(30)
    rest = b""
    while chunk := s.recv(512):
        rest += chunk
    s.close()
    assert rest == b"" or rest.startswith(b"421")  # closed by the server, not by us


def test_a_slow_commit_is_not_taken_for_an_idle_client(receiver: Callable[..., LmtpReceiver]) -> None:
    r = receiver(lambda raw, eid: time.sleep(2.5), idle_timeout_seconds=1)
    assert _deliver(r, _message()) == {}


def _start_transaction(r: LmtpReceiver, size: int | None = None) -> tuple[smtplib.LMTP, int, bytes]:
    c = smtplib.LMTP(r.host, r.port, timeout=30)
    c.ehlo_or_helo_if_needed()
    code, text = c.mail("officer@customs.gov.example", [f"SIZE={size}"] if size else [])
    return c, code, text


def test_bytes_in_flight_are_capped_with_452_until_a_delivery_is_committed(
    receiver: Callable[..., LmtpReceiver],
) -> None:
    gate, entered = threading.Event(), threading.Event()
    got: list[bytes] = []

    def slow(raw: bytes, eid: str) -> None:
        entered.set()
        gate.wait(30)
        got.append(raw)

    r = receiver(slow, max_inflight_bytes=30_000)  # max_message_bytes is 20,000
    first: dict[str, object] = {}
    t = threading.Thread(target=lambda: first.update(refused=_deliver(r, _message(1, pad=15_000))))
    t.start()  # smtplib declares SIZE=~16,000
    assert entered.wait(10)
    c, code, text = _start_transaction(r)  # undeclared: reserves max_message_bytes
    assert code == 452 and text.startswith(b"4.3.1"), (code, text)
    c.quit()
    c, code, _ = _start_transaction(r, size=5_000)  # declared and small: fits
    assert code == 250
    c.rcpt("info@cites.org")
    code, text = c.data(_message(2, pad=8_000))  # more than declared: refused as oversize
    assert code == 552, (code, text)
    c.quit()
    gate.set()
    t.join(30)
    assert first["refused"] == {} and len(got) == 1
    assert _deliver(r, _message(3)) == {}  # the budget is free again
    assert r.limits.inflight == 0 and r.limits.connections >= 0


def test_the_caps_have_safe_defaults() -> None:
    lmtp = LmtpConfig()
    assert 0 < lmtp.max_connections <= 100
    assert 0 < lmtp.idle_timeout_seconds <= 300
    assert lmtp.max_message_bytes <= lmtp.max_inflight_bytes <= 512 * 1024 * 1024
