"""Caps on the LMTP listener: connections, idle time and bytes in flight.

Why: the listener had none. Fifty parallel 20 MB deliveries peaked at 2 GB of
memory, and three hundred idle connections used up the file descriptors and
blocked a real delivery. Every cap answers with a *temporary* failure, so the
MTA keeps the message and retries; nothing is refused for good:

* ``max_connections``: a connection above it is greeted ``421 4.3.2`` and
  closed at once (it never holds a descriptor for long).
* ``idle_timeout_seconds``: a connection that sends no command (or does not
  finish its DATA) for that long is closed (aiosmtpd's timeout, ``421``). The
  clock is held while the bot itself commits a delivered message, so a slow
  commit never looks like an idle client.
* ``max_inflight_bytes``: the sum over all open transactions of what each may
  still send. ``MAIL FROM`` reserves the declared ``SIZE=`` (or, without one,
  ``max_message_bytes``) and is answered ``452 4.3.1`` when the reservation
  does not fit; the transaction's DATA is then capped at its reservation
  (``552`` beyond it, as for any oversize message), so a client that declares
  a small size and sends more cannot overrun the budget. The reservation is
  released when the transaction ends (after the commit, RSET, or a dropped
  connection).

Everything here runs on aiosmtpd's event loop thread, so the counters need
no lock.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from typing import Any

from aiosmtpd.lmtp import LMTP

log = logging.getLogger("intakebot.lmtp")

TOO_MANY_CONNECTIONS = "421 4.3.2 Too many connections; try again later"
TOO_MUCH_IN_FLIGHT = "452 4.3.1 Too much mail in flight; try again later"

_SIZE = re.compile(r"\bSIZE=(\d{1,15})\b", re.IGNORECASE)


@dataclass
class Limits:
    """The shared counters of one listener and its caps."""

    max_connections: int
    max_inflight_bytes: int
    max_message_bytes: int
    connections: int = 0
    inflight: int = 0
    refused_connections: int = 0
    refused_transactions: int = 0
    _peak: dict[str, int] = field(default_factory=lambda: {"connections": 0, "inflight": 0})

    def open(self) -> bool:
        if self.connections >= self.max_connections:
            self.refused_connections += 1
            return False
        self.connections += 1
        self._peak["connections"] = max(self._peak["connections"], self.connections)
        return True

    def close(self) -> None:
        self.connections -= 1

    def reserve(self, size: int) -> bool:
        if self.inflight + size > self.max_inflight_bytes:
            self.refused_transactions += 1
            return False
        self.inflight += size
        self._peak["inflight"] = max(self._peak["inflight"], self.inflight)
        return True

    def release(self, size: int) -> None:
        self.inflight -= size

    @property
    def peak(self) -> dict[str, int]:
        return dict(self._peak)


class CappedLMTP(LMTP):
    """aiosmtpd's LMTP with :class:`Limits` applied to each connection and transaction."""

    def __init__(self, handler: Any, *args: Any, limits: Limits, **kwargs: Any) -> None:
        self.limits = limits
        self._admitted = False
        self._reserved = 0
        super().__init__(handler, *args, **kwargs)

    # ------------------------------------------------------------ connections
    def connection_made(self, transport: Any) -> None:
        if self.transport is None:  # a new connection (not STARTTLS on one)
            self._admitted = self.limits.open()
            if not self._admitted:
                log.warning("LMTP connection refused: %d open (max_connections)",
                            self.limits.max_connections)
        super().connection_made(transport)

    async def _handle_client(self) -> None:
        if not self._admitted:
            await self.push(TOO_MANY_CONNECTIONS)
            if self.transport is not None:
                self.transport.close()
            return
        await super()._handle_client()

    def connection_lost(self, error: Exception | None) -> None:
        self._release()
        if self._admitted:
            self._admitted = False
            self.limits.close()
        super().connection_lost(error)

    # ------------------------------------------------------------ bytes in flight
    async def smtp_MAIL(self, arg: str | None) -> None:
        declared = _SIZE.search(arg or "")
        cap = self.limits.max_message_bytes
        need = min(int(declared.group(1)), cap) if declared else cap
        if self.envelope is not None and not self.envelope.mail_from and self.session is not None \
                and self.session.host_name:
            if not self.limits.reserve(need):
                log.warning("LMTP transaction deferred: %d bytes in flight (max_inflight_bytes)",
                            self.limits.inflight)
                await self.push(TOO_MUCH_IN_FLIGHT)
                return
            self._reserved = need
            self.data_size_limit = need
        await super().smtp_MAIL(arg)
        if self.envelope is not None and not self.envelope.mail_from:
            self._release()  # MAIL refused (syntax, 552 ...): nothing is in flight

    def _set_post_data_state(self) -> None:
        self._release()
        super()._set_post_data_state()  # type: ignore[no-untyped-call]  # aiosmtpd leaves it unannotated

    def _release(self) -> None:
        reserved = getattr(self, "_reserved", 0)
        if reserved:
            self._reserved = 0
            self.limits.release(reserved)
            self.data_size_limit = self.limits.max_message_bytes

    # ------------------------------------------------------------ idle time
    async def _call_handler_hook(self, command: str, *args: Any) -> Any:
        """The bot's own commit is not the client's idleness: the idle clock waits for it."""
        if command != "DATA":
            return await super()._call_handler_hook(command, *args)
        if self._timeout_handle is not None:
            self._timeout_handle.cancel()
        try:
            return await super()._call_handler_hook(command, *args)
        finally:
            self._reset_timeout()


__all__ = ["TOO_MANY_CONNECTIONS", "TOO_MUCH_IN_FLIGHT", "CappedLMTP", "Limits"]
