"""The outbox: replies wait in the store until a transport accepts them.

Why the store and not the SMTP server's queue: a reply is queued in the same
atomic commit as the request record it talks about, so nothing is lost when
the SMTP server is down, and nothing is sent for a decision that was never
committed. :func:`flush` then delivers what is due:

* **One flusher at a time**, across processes: a separate lock file
  (``<store>.outbox.lock``) taken without waiting. A review command that
  queues a notice while the daemon is flushing simply returns; the daemon's
  flush (or the next one) sends it. The store's own lock is held only for the
  short commits, never across an SMTP conversation.
* **At most one duplicate, ever**: each accepted message is recorded in the
  sent journal (one fsynced line, :class:`SentJournal`) right after the server
  accepts it and before the next send; the journal is folded into the store
  every ``SentJournal.APPLY_EVERY`` sends and at the end of the flush, and
  replayed by the next flush after a crash. So a crash can resend only the one
  message between acceptance and its journal line -- with the same
  deterministic Message-ID, so it is recognisable as the same mail.
* **Temporary failures** (4xx, connection refused, timeouts, TLS or login
  trouble) retry with exponential backoff, ``retry_min_seconds`` doubling up
  to ``retry_max_seconds``, until ``give_up_after_days`` after queueing; then
  the item is ``failed``. **Permanent failures** (5xx for the message) are
  ``failed`` at once. Both log a ``delivery_failed`` event for the digest.
* **Privacy**: log lines carry Message-IDs, references and SMTP codes only;
  never names, addresses, tokens or the server's free text (which may quote
  the recipient). ``last_error`` keeps the server's reply for the Secretariat.
* After a message is sent its body is dropped from the store (the headers
  stay); bounces are matched by Message-ID, which stays.
"""

from __future__ import annotations

import json
import logging
import mailbox
import os
import shlex
import smtplib
import ssl
import subprocess
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.parser import HeaderParser
from email.utils import getaddresses
from hashlib import sha256
from pathlib import Path
from typing import Literal, Protocol

from filelock import FileLock, Timeout

from intakebot.clock import Clock
from intakebot.config import Config, SmtpConfig
from intakebot.errors import TransportError
from intakebot.records import OutboxItem, iso, parse_iso
from intakebot.store import Store, Transaction

log = logging.getLogger("intakebot.mail.outbox")

#: How much of a server's reply ``last_error`` keeps.
_MAX_ERROR_CHARS = 300
#: Seconds the XOAUTH2 token command may run.
TOKEN_COMMAND_TIMEOUT = 30.0


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
    from_value = HeaderParser().parsestr(item.message, headersonly=True).get("From", "")
    addrs = [a for _, a in getaddresses([from_value]) if a]
    return (addrs[0] if addrs else ""), list(item.to)


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

    Implicit TLS (``ssl``) or STARTTLS, certificates verified against the
    system store or ``ca_file`` unless ``tls_verify = false`` (test servers
    only); password login, or XOAUTH2 with a token printed by
    ``oauth2_token_command`` (run without a shell, with a timeout; the token
    is never logged).
    """

    def __init__(self, cfg: SmtpConfig) -> None:
        self.cfg = cfg
        self._conn: smtplib.SMTP | None = None

    # ---- connection
    def _tls_context(self) -> ssl.SSLContext:
        ctx = ssl.create_default_context(cafile=self.cfg.ca_file or None)
        if not self.cfg.tls_verify:
            ctx.check_hostname = False
            ctx.verify_mode = ssl.CERT_NONE
        return ctx

    def _oauth2_token(self) -> str:
        try:
            proc = subprocess.run(
                shlex.split(self.cfg.oauth2_token_command),
                capture_output=True,
                timeout=TOKEN_COMMAND_TIMEOUT,
                check=False,
                text=True,
            )
        except (OSError, subprocess.TimeoutExpired) as e:
            raise TemporaryFailure(
                f"oauth2_token_command could not run: {type(e).__name__}", scope="connection"
            ) from None
        token = proc.stdout.strip()
        if proc.returncode != 0 or not token:
            raise TemporaryFailure(
                f"oauth2_token_command failed (exit {proc.returncode})", scope="connection"
            )
        return token

    def _login(self, conn: smtplib.SMTP) -> None:
        cfg = self.cfg
        if cfg.oauth2_token_command:
            token = self._oauth2_token()
            user = cfg.username or cfg.from_address

            def xoauth2(challenge: bytes | None = None) -> str:
                # On failure the server sends a JSON challenge; an empty answer ends the exchange.
                return "" if challenge else f"user={user}\x01auth=Bearer {token}\x01\x01"

            conn.ehlo_or_helo_if_needed()
            conn.auth("XOAUTH2", xoauth2)
        elif cfg.username:
            conn.login(cfg.username, cfg.password)

    def open(self) -> smtplib.SMTP:
        """Connect, secure and log in, or raise TemporaryFailure(scope="connection")."""
        if self._conn is not None:
            return self._conn
        cfg = self.cfg
        conn: smtplib.SMTP | None = None
        try:
            if cfg.ssl:
                conn = smtplib.SMTP_SSL(
                    cfg.host, cfg.port, timeout=cfg.timeout_seconds, context=self._tls_context()
                )
            else:
                conn = smtplib.SMTP(cfg.host, cfg.port, timeout=cfg.timeout_seconds)
                if cfg.starttls:
                    conn.starttls(context=self._tls_context())
                    conn.ehlo()
            self._login(conn)
        except smtplib.SMTPResponseException as e:
            self._abort(conn)
            # Login refused (535) or a refused greeting: a configuration or server
            # problem, not the message's fault -- keep the mail and retry.
            log.error("SMTP session setup refused: %s", e.smtp_code)
            raise TemporaryFailure(
                f"{e.smtp_code} {_decode(e.smtp_error)}", e.smtp_code, "connection"
            ) from None
        except DeliveryFailure:
            self._abort(conn)
            raise
        except (smtplib.SMTPException, OSError) as e:  # refused, timeout, TLS, DNS
            self._abort(conn)
            log.warning("SMTP connection to the relay failed: %s", type(e).__name__)
            raise TemporaryFailure(
                f"connection failed: {type(e).__name__}: {e}", 0, "connection"
            ) from None
        self._conn = conn
        return conn

    @staticmethod
    def _abort(conn: smtplib.SMTP | None) -> None:
        if conn is not None:
            with suppress(OSError):
                conn.close()

    def close(self) -> None:
        conn, self._conn = self._conn, None
        if conn is None:
            return
        try:
            conn.quit()
        except (smtplib.SMTPException, OSError):
            self._abort(conn)

    # ---- sending
    def send(self, item: OutboxItem) -> None:
        conn = self.open()
        sender, rcpts = _envelope(item)
        try:
            refused = conn.sendmail(sender, rcpts, item.message)
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
            self._abort(self._conn)
            self._conn = None
            raise TemporaryFailure(f"{type(e).__name__}: {e}", 0, "connection") from None
        if refused:  # some recipients refused, others accepted: what was accepted is sent
            log.warning("%s: %d recipient(s) refused", item.message_id, len(refused))


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
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            mailbox.Maildir(str(self.path), create=True)  # creates cur/ new/ tmp/ (0700)
            name = f"{sha256(item.message_id.encode()).hexdigest()[:32]}.intakebot"
            target = self.path / "new" / name
            if target.exists() or any((self.path / "cur").glob(name + "*")):
                return
            tmp = (
                self.path
                / "tmp"
                / f"{name}.{os.getpid()}.{threading.get_ident()}.{time.monotonic_ns()}"
            )
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            try:
                with os.fdopen(fd, "wb") as fh:
                    fh.write(item.message.encode("utf-8"))
                    fh.flush()
                    os.fsync(fh.fileno())
                os.replace(tmp, target)
            except BaseException:
                tmp.unlink(missing_ok=True)
                raise
        except OSError as e:
            raise TemporaryFailure(f"maildir write failed: {e.strerror}", 0, "connection") from None

    def close(self) -> None:
        pass


# --------------------------------------------------------------------------- flush


@dataclass(frozen=True)
class RetryPolicy:
    min_seconds: int = 60
    max_seconds: int = 3600
    give_up_after_days: float = 5.0

    @classmethod
    def from_config(cls, cfg: Config) -> RetryPolicy:
        s = cfg.smtp
        if s is None:
            return cls()
        return cls(s.retry_min_seconds, s.retry_max_seconds, s.give_up_after_days)

    def delay(self, attempts: int) -> timedelta:
        """Backoff after the ``attempts``-th failed attempt (1-based)."""
        seconds = self.min_seconds * (2 ** max(attempts - 1, 0))
        return timedelta(seconds=min(seconds, self.max_seconds))


@dataclass
class FlushReport:
    """What one flush did. ``busy``: another process was flushing, nothing was tried."""

    sent: int = 0
    retried: int = 0
    failed: int = 0
    pending: int = 0
    busy: bool = False


def outbox_lock_path(store: Store) -> Path:
    return store.path.with_name(store.path.name + ".outbox.lock")


@contextmanager
def flush_lock(store: Store) -> Iterator[bool]:
    """Yield True while holding the outbox lock, False if another flusher holds it."""
    path = outbox_lock_path(store)
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(path), timeout=0, thread_local=False)
    try:
        lock.acquire(blocking=False)
    except Timeout:
        yield False
        return
    try:
        os.chmod(path, 0o600)
        yield True
    finally:
        lock.release()


def _due(item: OutboxItem, now: datetime) -> bool:
    return item.status == "queued" and (
        not item.next_attempt_at or parse_iso(item.next_attempt_at) <= now
    )


def sent_summary(message: str) -> str:
    """The header block of a sent message: enough to recognise it, without the body."""
    head = message.replace("\r\n", "\n").split("\n\n", 1)[0]
    return head + "\n"


class SentJournal:
    """An append-only, fsynced record of what the SMTP server has accepted.

    Why: marking each sent reply in the store means rewriting the whole store
    file once per reply, which made a backlog of thousands quadratic. A line
    appended here is as durable (fsync) and costs one small write; the lines
    are folded into the store in one transaction at the end of the flush (and
    every ``APPLY_EVERY`` sends), and replayed first thing by the next flush
    if a crash came in between. Only the flusher holding the outbox lock
    touches it.
    """

    APPLY_EVERY = 200

    def __init__(self, path: Path) -> None:
        self.path = path

    def append(self, message_id: str, at: datetime) -> None:
        line = json.dumps({"message_id": message_id, "at": iso(at)}) + "\n"
        fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        try:
            os.write(fd, line.encode("utf-8"))
            os.fsync(fd)
        finally:
            os.close(fd)

    def entries(self) -> list[tuple[str, str]]:
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return []
        out = []
        for line in text.splitlines():
            try:
                d = json.loads(line)
                out.append((str(d["message_id"]), str(d["at"])))
            except (ValueError, KeyError, TypeError):
                continue  # a line torn by a crash mid-write: that send is the allowed duplicate
        return out

    def apply(self, store: Store) -> int:
        """Fold the journal into the store (one transaction), then empty it."""
        entries = self.entries()
        if entries:
            with store.transaction() as tx:
                for message_id, at in entries:
                    cur = tx.outbox_item(message_id)
                    if cur is None or cur.status != "queued":
                        continue
                    cur.status = "sent"
                    cur.sent_at = at
                    cur.attempts += 1
                    cur.last_error = ""
                    cur.message = sent_summary(cur.message)
                    tx.update_outbox(cur)
        self.path.unlink(missing_ok=True)
        return len(entries)


def sent_journal(store: Store) -> SentJournal:
    return SentJournal(store.path.with_name(store.path.name + ".sent.journal"))


def flush(store: Store, transport: Transport, cfg: Config, clock: Clock) -> FlushReport:
    """Send every due queued item once; each acceptance is journalled before the next send."""
    report = FlushReport()
    policy = RetryPolicy.from_config(cfg)
    with flush_lock(store) as acquired:
        if not acquired:
            log.info("outbox flush skipped: another process is flushing")
            report.busy = True
            return report
        journal = sent_journal(store)
        journal.apply(store)  # sends a crashed flusher made but did not record
        # Read under the flush lock: every send before ours has been recorded.
        due = [i for i in store.read().outbox("queued") if _due(i, clock.now())]
        try:
            for n, item in enumerate(due):
                try:
                    transport.send(item)
                except TemporaryFailure as e:
                    rest = due[n:] if e.scope == "connection" else [item]
                    report.retried += _record_temporary(store, rest, e, policy, clock.now(), report)
                    if e.scope == "connection":
                        break
                except PermanentFailure as e:
                    _record_permanent(store, item, e, clock.now())
                    report.failed += 1
                else:
                    journal.append(item.message_id, clock.now())
                    log.info(
                        "sent %s (%s, %s)",
                        item.message_id,
                        item.template,
                        ", ".join(item.references) or "-",
                    )
                    report.sent += 1
                    if report.sent % SentJournal.APPLY_EVERY == 0:
                        journal.apply(store)
        finally:
            transport.close()
            journal.apply(store)
    report.pending = len(store.read().outbox("queued"))
    if report.sent or report.retried or report.failed:
        log.info(
            "outbox flush: %d sent, %d to retry, %d failed, %d queued",
            report.sent,
            report.retried,
            report.failed,
            report.pending,
        )
    return report


def _record_temporary(
    store: Store,
    items: list[OutboxItem],
    err: TemporaryFailure,
    policy: RetryPolicy,
    now: datetime,
    report: FlushReport,
) -> int:
    """Back off every item in ``items``; those past the give-up age fail. Returns retries."""
    retried = 0
    with store.transaction() as tx:
        for item in items:
            cur = tx.outbox_item(item.message_id)
            if cur is None or cur.status != "queued":
                continue
            cur.attempts += 1
            cur.last_error = err.text
            age = now - parse_iso(cur.queued_at)
            if age >= timedelta(days=policy.give_up_after_days):
                cur.status = "failed"
                cur.last_error = f"gave up after {policy.give_up_after_days:g} days: {err.text}"
                _failure_events(tx, cur, now, f"gave up after {cur.attempts} attempts")
                report.failed += 1
                log.warning(
                    "%s: giving up after %d attempts (code %s)",
                    cur.message_id,
                    cur.attempts,
                    err.code,
                )
            else:
                cur.next_attempt_at = iso(now + policy.delay(cur.attempts))
                retried += 1
                log.info(
                    "%s: temporary failure (code %s), attempt %d, next at %s",
                    cur.message_id,
                    err.code,
                    cur.attempts,
                    cur.next_attempt_at,
                )
            tx.update_outbox(cur)
    return retried


def _record_permanent(store: Store, item: OutboxItem, err: PermanentFailure, now: datetime) -> None:
    with store.transaction() as tx:
        cur = tx.outbox_item(item.message_id) or item
        cur.attempts += 1
        cur.status = "failed"
        cur.last_error = err.text
        tx.update_outbox(cur)
        _failure_events(tx, cur, now, f"smtp {err.code}" if err.code else "refused")
    log.warning(
        "%s: permanently refused (code %s) (%s)",
        item.message_id,
        err.code,
        ", ".join(item.references) or "-",
    )


def _failure_events(tx: Transaction, item: OutboxItem, now: datetime, detail: str) -> None:
    """One ``delivery_failed`` event per reference (or one without), for the digest."""
    text = f"{item.template} {item.message_id}: {detail}"
    for ref in item.references or [""]:
        tx.log_event(now, "delivery_failed", text, reference=ref)


__all__ = [
    "DeliveryFailure",
    "FlushReport",
    "MaildirTransport",
    "PermanentFailure",
    "RetryPolicy",
    "SmtpTransport",
    "TemporaryFailure",
    "Transport",
    "flush",
]
