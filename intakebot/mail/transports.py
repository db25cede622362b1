"""Where accepted replies go: an SMTP relay, or a Maildir (the local default, shadow mode).

A transport knows how to hand over one message and how to say why it could
not: :class:`TemporaryFailure` (try again later; ``scope="connection"`` when
the server itself is unusable, so the rest of the flush waits too) or
:class:`PermanentFailure` (refused for good). What to do about either --
backoff, giving up, the digest's events -- is the outbox's business
(:mod:`intakebot.mail.outbox`), not the transport's.

Privacy: log lines carry Message-IDs and SMTP codes only; never addresses,
tokens or the server's free text (which may quote the recipient).
"""

from __future__ import annotations

import errno
import logging
import os
import re
import smtplib
import threading
import time
from contextlib import suppress
from email.utils import getaddresses
from hashlib import sha256
from pathlib import Path
from typing import Literal, Protocol

from intakebot import net
from intakebot.config import SmtpConfig
from intakebot.errors import TransportError
from intakebot.records import OutboxItem

log = logging.getLogger("intakebot.mail.outbox")

#: How much of a server's reply ``last_error`` keeps.
_MAX_ERROR_CHARS = 300


class DeliveryFailure(TransportError):
    """A transport could not deliver an item; ``code`` is the SMTP code or 0."""

    def __init__(self, text: str, code: int = 0) -> None:
        super().__init__(text)
        self.code = code
        self.text = text[:_MAX_ERROR_CHARS]


class TemporaryFailure(DeliveryFailure):
    """Try again later. ``scope="connection"``: the server is unusable right now,
    so the rest of this flush is postponed rather than tried one by one."""

    def __init__(
        self, text: str, code: int = 0, scope: Literal["message", "connection"] = "message"
    ) -> None:
        super().__init__(text, code)
        self.scope = scope


class PermanentFailure(DeliveryFailure):
    """The server refused this message for good (5xx): retrying would not help."""


class Transport(Protocol):
    """Where accepted replies go. ``send`` raises Temporary/PermanentFailure."""

    def send(self, item: OutboxItem) -> None: ...

    def close(self) -> None:
        """Release any connection kept open between sends (called after each flush)."""
        ...


# --------------------------------------------------------------------------- SMTP


def _envelope(item: OutboxItem) -> tuple[str, list[str]]:
    """Envelope sender and recipients from the stored message and the item.

    The sender is the From address rather than the null sender RFC 3834
    suggests for auto-replies: the bot must receive bounces to mark a delivery
    failed and stop reminders.
    """
    addrs = [a for _, a in getaddresses([_from_field(item.message)]) if a]
    return (addrs[0] if addrs else ""), list(item.to)


#: The From field of the header block, with its folded continuation lines.
_FROM_RE = re.compile(r"^From:[ \t]*([^\r\n]*(?:\r?\n[ \t][^\r\n]*)*)", re.I | re.M)


def _from_field(message: str) -> str:
    """The unfolded From field of a message the bot composed, found without parsing every header (the
    parser's way cost a third of a millisecond a mail, on the thread that sends while the next batch is
    decided); the header block ends at the first empty line."""
    end = min((i for i in (message.find("\r\n\r\n"), message.find("\n\n")) if i >= 0), default=len(message))
    m = _FROM_RE.search(message, 0, end)
    return re.sub(r"\r?\n[ \t]", " ", m.group(1)) if m else ""


#: Any line end that is not CRLF (what smtplib's own ``_fix_eols`` rewrites).
_BARE_EOL_RE = re.compile(r"\r\n|\n|\r(?!\n)")


def wire_bytes(message: str) -> bytes:
    """The message as smtplib puts a ``str`` on the wire (CRLF line ends, ASCII), byte for byte.

    Why not hand smtplib the ``str``: it rewrites the line ends with a regular expression twice
    (``sendmail`` and ``data``) before it quotes the dots, on the thread that sends while the next
    batch is decided; the bot's own mail is CRLF already, which three counts confirm. A message
    that is not ASCII raises ``UnicodeEncodeError``, as ``sendmail`` would.
    """
    crlf = message.count("\r\n")
    if message.count("\n") != crlf or message.count("\r") != crlf:
        message = _BARE_EOL_RE.sub("\r\n", message)
    return message.encode("ascii")


def _smtp_code_error(
    code: int, text: str, scope: Literal["message", "connection"] = "message"
) -> DeliveryFailure:
    if 400 <= code < 500:
        return TemporaryFailure(f"{code} {text}".strip(), code, scope)
    if 500 <= code < 600:
        return PermanentFailure(f"{code} {text}".strip(), code)
    return TemporaryFailure(f"{code} {text}".strip(), code, "connection")


def _decode(resp: bytes | str) -> str:
    return resp.decode("utf-8", "replace") if isinstance(resp, bytes) else str(resp)


class SmtpTransport:
    """Delivers over SMTP with :mod:`smtplib`; one connection serves a whole flush.

    Implicit TLS (``ssl``) or STARTTLS with :func:`intakebot.net.tls_context`;
    password login, or XOAUTH2 with :func:`intakebot.net.oauth2_token` (the
    token is never logged). A token command or TLS setup that fails keeps the
    mail queued: it is a temporary failure of the connection.
    """

    def __init__(self, cfg: SmtpConfig) -> None:
        self.cfg = cfg
        self._conn: smtplib.SMTP | None = None

    # ---- connection
    def _login(self, conn: smtplib.SMTP) -> None:
        cfg = self.cfg
        if cfg.oauth2_token_command:
            token = net.oauth2_token(cfg.oauth2_token_command)
            initial = net.xoauth2_string(cfg.username or cfg.from_address, token)

            def xoauth2(challenge: bytes | None = None) -> str:
                # On failure the server sends a JSON challenge; an empty answer ends the exchange.
                return "" if challenge else initial

            conn.ehlo_or_helo_if_needed()
            conn.auth("XOAUTH2", xoauth2)
        elif cfg.username:
            conn.login(cfg.username, cfg.password)

    def _connect(self) -> smtplib.SMTP:
        cfg = self.cfg
        if cfg.ssl:
            ctx = net.tls_context(cfg.ca_file, cfg.tls_verify)
            return smtplib.SMTP_SSL(cfg.host, cfg.port, timeout=cfg.timeout_seconds, context=ctx)
        conn = smtplib.SMTP(cfg.host, cfg.port, timeout=cfg.timeout_seconds)
        if cfg.starttls:
            try:
                conn.starttls(context=net.tls_context(cfg.ca_file, cfg.tls_verify))
                conn.ehlo()
            except BaseException:
                _abort(conn)
                raise
        return conn

    def open(self) -> smtplib.SMTP:
        """Connect, secure and log in, or raise TemporaryFailure(scope="connection")."""
        if self._conn is not None:
            return self._conn
        conn: smtplib.SMTP | None = None
        try:
            conn = self._connect()
            self._login(conn)
        except smtplib.SMTPResponseException as e:
            _abort(conn)
            # Login refused (535) or a refused greeting: a configuration or server
            # problem, not the message's fault -- keep the mail and retry.
            log.error("SMTP session setup refused: %s", e.smtp_code)
            raise TemporaryFailure(
                f"{e.smtp_code} {_decode(e.smtp_error)}", e.smtp_code, "connection"
            ) from None
        except (net.TokenCommandError, net.TlsSetupError) as e:
            _abort(conn)
            log.error("SMTP session setup failed: %s", e.one_line())
            raise TemporaryFailure(e.one_line(), 0, "connection") from None
        except (smtplib.SMTPException, OSError) as e:  # refused, timeout, TLS, DNS
            _abort(conn)
            log.warning("SMTP connection to the relay failed: %s", type(e).__name__)
            raise TemporaryFailure(
                f"connection failed: {type(e).__name__}: {e}", 0, "connection"
            ) from None
        self._conn = conn
        return conn

    def close(self) -> None:
        conn, self._conn = self._conn, None
        if conn is None:
            return
        try:
            conn.quit()
        except (smtplib.SMTPException, OSError):
            _abort(conn)

    # ---- sending
    def send(self, item: OutboxItem) -> None:
        conn = self.open()
        sender, rcpts = _envelope(item)
        try:
            refused = conn.sendmail(sender, rcpts, wire_bytes(item.message))
        except smtplib.SMTPRecipientsRefused as e:
            code, resp = next(iter(e.recipients.values()), (0, b""))
            raise _smtp_code_error(code, _decode(resp)) from None
        except smtplib.SMTPServerDisconnected as e:
            self._conn = None
            raise TemporaryFailure(f"server disconnected: {e}", 0, "connection") from None
        except smtplib.SMTPResponseException as e:  # MAIL FROM or DATA refused
            raise _smtp_code_error(e.smtp_code, _decode(e.smtp_error)) from None
        except UnicodeEncodeError:
            raise PermanentFailure(
                "message is not ASCII; it cannot be sent without SMTPUTF8"
            ) from None
        except (smtplib.SMTPException, OSError) as e:
            _abort(self._conn)
            self._conn = None
            raise TemporaryFailure(f"{type(e).__name__}: {e}", 0, "connection") from None
        if refused:  # some recipients refused, others accepted: what was accepted is sent
            log.warning("%s: %d recipient(s) refused", item.message_id, len(refused))


def _abort(conn: smtplib.SMTP | None) -> None:
    if conn is not None:
        with suppress(OSError):
            conn.close()


# --------------------------------------------------------------------------- Maildir


class MaildirTransport:
    """Writes each message into a Maildir's ``new/``: the embedded default and shadow mode.

    Files are created 0600 (they hold personal data) and named after the
    Message-ID, so sending the same item twice leaves one file, not two.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()

    def send(self, item: OutboxItem) -> None:
        """Write one message; a full disk is temporary, any other local error fails the item.

        Why not retry every local error: a Maildir that cannot be written for
        a reason other than space (a file where ``new/`` belongs, a read-only
        or foreign-owned folder) fails the same way forever, and retried it
        showed as "waiting, 0 failed" in ``status`` (issue 16).
        """
        try:
            self.path.mkdir(mode=0o700, parents=True, exist_ok=True)
            for sub in ("tmp", "new", "cur"):  # a folder made by hand may lack them (Python's
                # mailbox creates them only together with the folder itself)
                (self.path / sub).mkdir(mode=0o700, parents=True, exist_ok=True)
            name = f"{sha256(item.message_id.encode()).hexdigest()[:32]}.intakebot"
            target = self.path / "new" / name
            if target.exists() or any((self.path / "cur").glob(name + "*")):
                return
            self._write(name, target, item.message.encode("utf-8"))
        except OSError as e:
            text = f"maildir write failed: {e.strerror} ({self.path})"
            if e.errno in (errno.ENOSPC, errno.EDQUOT):
                raise TemporaryFailure(text, 0, "connection") from None
            raise PermanentFailure(text, 0) from None

    def _write(self, name: str, target: Path, data: bytes) -> None:
        """Write under tmp/, fsync, then rename into new/: a reader never sees half a mail."""
        unique = f"{name}.{os.getpid()}.{threading.get_ident()}.{time.monotonic_ns()}"
        tmp = self.path / "tmp" / unique
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, target)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise

    def close(self) -> None:
        pass


__all__ = [
    "DeliveryFailure",
    "MaildirTransport",
    "PermanentFailure",
    "SmtpTransport",
    "TemporaryFailure",
    "Transport",
]
