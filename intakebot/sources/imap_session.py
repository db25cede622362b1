"""One IMAP connection kept healthy: connect, TLS, login, retries, timeouts and IDLE.

Why apart from :mod:`intakebot.sources.imap`: what is new in the mailbox and
what to mark once processed (the watermark and the acknowledgement) is the
source's business; keeping a connection to a server that drops, times out,
refuses logins or offers no IDLE is this module's. The source asks the session
for a logged-in client and runs each protocol step through :meth:`ImapSession.guard`.

* Every socket has a timeout (imaplib has none, and a dead IDLE connection
  would otherwise hang the daemon forever); network faults surface as
  :class:`ImapUnavailable`, the connection is dropped, and the next call
  reconnects. One attempt per call by default: a frozen server costs one
  ``timeout_seconds``, and retrying (with backoff and jitter,
  :class:`intakebot.net.Backoff`) is the daemon's schedule, not one cycle's.
* STARTTLS is required when configured (no silent fallback to plain text);
  certificates are verified (:func:`intakebot.net.tls_context`).
* A refused login or a failing token command is :class:`ImapAuthError`: a
  configuration problem retrying will not fix.

Log lines carry host names, counts and exception types only: never message
contents, addresses or credentials.
"""

from __future__ import annotations

import imaplib
import logging
import ssl
import time
from collections.abc import Callable
from typing import Any, TypeVar

from imapclient import IMAPClient
from imapclient import exceptions as imap_exc

from intakebot import net
from intakebot.config import ImapConfig
from intakebot.errors import SourceError

log = logging.getLogger("intakebot.imap")

T = TypeVar("T")

#: RFC 2177: clients should re-issue IDLE at least every 29 minutes.
MAX_IDLE_SECONDS = 29 * 60


class ImapError(SourceError):
    """A problem with the IMAP server that retrying will not fix (login, TLS, protocol)."""

    label = "imap"


class ImapUnavailable(ImapError):
    """The server could not be reached or the connection broke; retrying may help."""


class ImapAuthError(ImapError):
    """Login refused, or no credential could be obtained (token command failed)."""

    exit_code = 2  # the credentials or the token command need fixing; retrying will not help


def is_transient(exc: BaseException) -> bool:
    """Network trouble worth a retry; certificate and login failures are not."""
    if isinstance(exc, ssl.SSLCertVerificationError):
        return False
    if isinstance(exc, ImapUnavailable | imaplib.IMAP4.abort):
        return True
    return isinstance(exc, OSError | EOFError)


def retry_transient(
    fn: Callable[[], T],
    *,
    attempts: int,
    backoff: net.Backoff,
    sleep: Callable[[float], None] = time.sleep,
) -> T:
    """Call ``fn`` until it succeeds, retrying only transient network errors."""
    for attempt in range(1, max(1, attempts) + 1):
        try:
            result = fn()
        except Exception as exc:
            if not is_transient(exc) or attempt >= attempts:
                raise
            delay = backoff.next_delay()
            log.warning(
                "IMAP attempt %d/%d failed (%s); retrying in %.1f s",
                attempt,
                attempts,
                type(exc).__name__,
                delay,
            )
            sleep(delay)
        else:
            backoff.reset()
            return result
    raise AssertionError("unreachable")  # pragma: no cover


def open_client(cfg: ImapConfig) -> Any:
    """Open the TCP (and TLS) connection, not yet logged in."""
    try:
        ctx = net.tls_context(cfg.ca_file, cfg.tls_verify) if (cfg.ssl or cfg.starttls) else None
    except net.TlsSetupError as e:
        raise ImapError(f"[imap] {e}") from None
    client = IMAPClient(
        cfg.host,
        port=cfg.port,
        ssl=cfg.ssl,
        ssl_context=ctx if cfg.ssl else None,
        timeout=cfg.timeout_seconds,
    )
    if cfg.starttls:
        # require_capability makes this raise when STARTTLS is not offered:
        # no silent fallback to plaintext.
        try:
            client.starttls(ctx)
        except BaseException:
            shutdown(client)
            raise
        client.socket().settimeout(cfg.timeout_seconds)
    return client


def login(client: Any, cfg: ImapConfig) -> None:
    """Password or XOAUTH2 login; ImapAuthError (never quoting a secret) when refused."""
    method = "XOAUTH2" if cfg.oauth2_token_command else "password"
    try:
        if cfg.oauth2_token_command:
            client.oauth2_login(cfg.username, net.oauth2_token(cfg.oauth2_token_command))
        else:
            client.login(cfg.username, cfg.password)
    except net.TokenCommandError as e:
        raise ImapAuthError(f"IMAP login ({method}): {e.one_line()}") from None
    except imap_exc.LoginError as e:
        raise ImapAuthError(f"IMAP login ({method}) refused by {cfg.host}: {e}") from None


def shutdown(client: Any) -> None:
    try:
        client.shutdown()
    except Exception as e:
        log.debug("closing IMAP socket: %s", type(e).__name__)


class ImapSession:
    """A lazily opened, logged-in connection that reconnects after network faults.

    ``new_client`` opens the unauthenticated connection (:func:`open_client`
    by default); the source passes its own hook so tests and benchmarks can
    observe the protocol on the real client.
    """

    def __init__(
        self,
        cfg: ImapConfig,
        *,
        new_client: Callable[[], Any] | None = None,
        connect_attempts: int = 1,
        backoff: net.Backoff | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.cfg = cfg
        self._new_client = new_client or (lambda: open_client(cfg))
        self.connect_attempts = connect_attempts
        self.backoff = backoff or net.Backoff(base=0.5, cap=30.0)
        self.sleep = sleep
        self.client: Any = None
        #: The SELECT/EXAMINE response of the open mailbox, None when none is open.
        self.selected: dict[bytes, Any] | None = None

    def _connect_once(self) -> Any:
        client = self._new_client()
        try:
            login(client, self.cfg)
        except BaseException:
            shutdown(client)
            raise
        client.normalise_times = False  # keep INTERNALDATE's offset
        return client

    def connect(self) -> Any:
        """A logged-in client, reconnecting with backoff after network errors."""
        if self.client is not None:
            return self.client
        cfg = self.cfg
        try:
            self.client = retry_transient(
                self._connect_once, attempts=self.connect_attempts, backoff=self.backoff, sleep=self.sleep
            )
        except ssl.SSLCertVerificationError as e:
            raise ImapError(
                f"TLS certificate of {cfg.host} not trusted ({e.verify_message}); "
                "set [imap] ca_file to the server's CA"
            ) from None
        except ImapError:
            raise
        except Exception as e:
            if is_transient(e):
                raise ImapUnavailable(
                    f"IMAP server {cfg.host}:{cfg.port} unreachable: {type(e).__name__}: {e}"
                ) from None
            raise ImapError(f"IMAP connection failed: {type(e).__name__}: {e}") from None
        log.info("connected to IMAP %s:%d", cfg.host, cfg.port)
        return self.client

    def guard(self, what: str, fn: Callable[[], T]) -> T:
        """Run one protocol step; turn network faults into ImapUnavailable."""
        try:
            return fn()
        except ImapUnavailable:
            self.drop()
            raise
        except ImapError:
            raise
        except Exception as e:
            if is_transient(e):
                self.drop()
                raise ImapUnavailable(f"IMAP connection lost during {what}: {type(e).__name__}: {e}") from None
            raise ImapError(f"IMAP {what} failed: {type(e).__name__}: {e}") from None

    def select(self, mailbox: str, *, readonly: bool) -> dict[bytes, Any]:
        """(Re-)open ``mailbox``: EXAMINE when ``readonly``, SELECT otherwise."""
        def run() -> dict[bytes, Any]:
            self.selected = self.connect().select_folder(mailbox, readonly=readonly)
            return self.selected

        return self.guard("select", run)

    def capabilities(self) -> tuple[bytes, ...]:
        client = self.connect()
        return tuple(self.guard("capability", client.capabilities))

    def drop(self) -> None:
        """Forget a broken connection so the next call reconnects."""
        client, self.client, self.selected = self.client, None, None
        if client is not None:
            shutdown(client)

    def close(self) -> None:
        """Log out (or, if that fails, just close the socket)."""
        client, self.client, self.selected = self.client, None, None
        if client is None:
            return
        try:
            client.logout()
        except Exception:
            shutdown(client)

    # ------------------------------------------------------------ IDLE
    def idle(self, timeout: float) -> bool:
        """IDLE until the server announces new mail (True) or ``timeout`` passes (False)."""
        client = self.connect()
        return self.guard("idle", lambda: self._idle(client, timeout))

    def _idle(self, client: Any, timeout: float) -> bool:
        renew = max(1.0, min(float(self.cfg.idle_renew_seconds), MAX_IDLE_SECONDS))
        deadline = time.monotonic() + timeout
        while True:
            now = time.monotonic()
            if now >= deadline:
                return False
            client.idle()
            try:
                got_mail = _await_exists(client, min(deadline, now + renew))
            finally:
                _, late = client.idle_done()
            if got_mail or any(len(r) >= 2 and r[1] == b"EXISTS" for r in late):
                return True


def _await_exists(client: Any, until: float) -> bool:
    """Read IDLE responses until EXISTS/RECENT (True), ``until`` or the end of the stream."""
    while True:
        left = until - time.monotonic()
        if left <= 0:
            return False
        started = time.monotonic()
        responses = client.idle_check(timeout=left)
        for resp in responses:
            if resp and resp[0] == b"BYE":
                raise ImapUnavailable("IMAP server closed the connection during IDLE")
        if any(len(r) >= 2 and r[1] in (b"EXISTS", b"RECENT") for r in responses):
            return True
        if not responses and time.monotonic() - started < left - 0.05:
            return False  # readable but no line: end of stream; DONE will tell


__all__ = [
    "MAX_IDLE_SECONDS",
    "ImapAuthError",
    "ImapError",
    "ImapSession",
    "ImapUnavailable",
    "is_transient",
    "login",
    "open_client",
    "retry_transient",
    "shutdown",
]
