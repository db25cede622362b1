"""The IMAP source: reads info@cites.org without disturbing what it does not own.

The Secretariat's staff read the same inbox, so the rules are strict:

* Bodies are fetched with ``BODY.PEEK[]`` so the bot never sets ``\\Seen``;
  in shadow mode the mailbox is opened with EXAMINE (read-only at the server).
* A message the classifier calls ``not_request`` is never touched after the
  fetch: no keyword, no move, its flags stay exactly as they were.
* What is new is decided by (UIDVALIDITY, highest UID) kept in the store and,
  behind it, the store's ledger -- never by a server-side SEARCH on flags or
  text, because Exchange does not keep custom keywords and SEARCH on non-ASCII
  text is unreliable across servers.
* Every socket has a timeout (imaplib has none, and a dead IDLE connection
  would otherwise hang the daemon forever); network faults surface as
  :class:`ImapUnavailable`, the connection is dropped, and the next call
  reconnects with exponential backoff and jitter.

Log lines carry UIDs and counts only: never message contents, addresses or
credentials.
"""

from __future__ import annotations

import imaplib
import logging
import random
import shlex
import ssl
import subprocess
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TypeVar

from imapclient import IMAPClient
from imapclient import exceptions as imap_exc

from intakebot.config import ImapConfig, LimitsConfig
from intakebot.errors import SourceError
from intakebot.records import RawMail
from intakebot.sources.base import Batch
from intakebot.store import Transaction

log = logging.getLogger("intakebot.imap")

T = TypeVar("T")

#: RFC 2177: clients should re-issue IDLE at least every 29 minutes.
MAX_IDLE_SECONDS = 29 * 60
#: An oversize message's header block is fetched up to this many bytes.
MAX_HEADER_BYTES = 256 * 1024
#: How long the OAuth2 token command may run.
TOKEN_COMMAND_TIMEOUT = 30.0


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


@dataclass
class Backoff:
    """Exponential backoff with jitter ("equal jitter": half fixed, half random).

    The fixed half keeps a flapping server from being hammered; the random
    half keeps several bots (or a bot and its restarted self) from retrying in
    lock-step. The daemon keeps one across cycles and calls :meth:`reset`
    after a successful poll.
    """

    base: float = 1.0
    cap: float = 300.0
    failures: int = 0
    rng: random.Random = field(default_factory=random.Random)

    def next_delay(self) -> float:
        ceiling = min(self.cap, self.base * (2.0 ** min(self.failures, 32)))
        self.failures += 1
        return ceiling / 2 + self.rng.uniform(0, ceiling / 2)

    def reset(self) -> None:
        self.failures = 0


def retry_transient(
    fn: Callable[[], T],
    *,
    attempts: int,
    backoff: Backoff,
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


def tls_context(ca_file: str = "", verify: bool = True) -> ssl.SSLContext:
    """Certificates and host names verified by default; ``ca_file`` replaces the system CAs."""
    ctx = ssl.create_default_context(cafile=ca_file or None)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    if not verify:
        ctx.check_hostname = False
        ctx.verify_mode = ssl.CERT_NONE
    return ctx


def oauth2_token(command: str, timeout: float = TOKEN_COMMAND_TIMEOUT) -> str:
    """Run the configured token command (no shell) and return its first output line.

    Neither the token nor the command's output is ever put in a log line or
    an exception message: the output may be the token.
    """
    argv = shlex.split(command)
    if not argv:
        raise ImapAuthError("[imap] oauth2_token_command is empty")
    try:
        proc = subprocess.run(
            argv, capture_output=True, timeout=timeout, check=False, stdin=subprocess.DEVNULL
        )
    except FileNotFoundError:
        raise ImapAuthError(f"oauth2_token_command: program not found: {argv[0]}") from None
    except subprocess.TimeoutExpired:
        raise ImapAuthError(f"oauth2_token_command timed out after {timeout:.0f} s") from None
    except OSError as e:
        raise ImapAuthError(f"oauth2_token_command could not run: {e.strerror}") from None
    if proc.returncode != 0:
        raise ImapAuthError(f"oauth2_token_command failed with exit status {proc.returncode}")
    lines = proc.stdout.decode("utf-8", "replace").strip().splitlines()
    token = lines[0].strip() if lines else ""
    if not token:
        raise ImapAuthError("oauth2_token_command printed no token")
    return token


def xoauth2_string(user: str, token: str) -> str:
    """The SASL XOAUTH2 initial response (before base64), as Google and Microsoft define it."""
    return f"user={user}\x01auth=Bearer {token}\x01\x01"


def _flags(raw: Sequence[Any]) -> tuple[str, ...]:
    """Stored flags as text; ``\\Recent`` is per-session state, not the message's, so it goes."""
    out = (f.decode("ascii", "replace") if isinstance(f, bytes) else str(f) for f in raw)
    return tuple(f for f in out if f.lower() != "\\recent")


def _body(item: dict[bytes, Any]) -> bytes | None:
    """The fetched body section, whatever the server called it (BODY[], BODY[HEADER]<0>)."""
    for k, v in item.items():
        if isinstance(k, bytes) and k.startswith(b"BODY[") and v is not None:
            return bytes(v)
    return None


class ImapSource:
    """One IMAP mailbox as a :class:`~intakebot.sources.base.Source`.

    The connection is opened lazily and kept between calls (the daemon polls
    over one connection); :meth:`close` logs out. Tests and benchmarks can
    subclass and override :meth:`_new_client` to observe the protocol.
    """

    name = "imap"

    def __init__(
        self,
        cfg: ImapConfig,
        *,
        read_only: bool = False,
        limits: LimitsConfig | None = None,
        connect_attempts: int = 3,
        backoff: Backoff | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.cfg = cfg
        self.read_only = read_only
        self.limits = limits or LimitsConfig()
        self.connect_attempts = connect_attempts
        self.backoff = backoff or Backoff(base=0.5, cap=30.0)
        self._sleep = sleep
        self._client: Any = None
        self._selected: dict[bytes, Any] | None = None
        self._folder_known: set[str] = set()
        #: Highest UID handed out by batches(): IDLE returns at once if UIDNEXT is past it.
        self._handed_out: int | None = None
        self.checkpoint_key = f"imap:{cfg.username}@{cfg.host}/{cfg.mailbox}"

    # ------------------------------------------------------------ connection
    def _new_client(self) -> Any:
        """Open the TCP (and TLS) connection; the hook benchmarks override."""
        cfg = self.cfg
        ctx = tls_context(cfg.ca_file, cfg.tls_verify) if (cfg.ssl or cfg.starttls) else None
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
            client.starttls(ctx)
            client.socket().settimeout(cfg.timeout_seconds)
        return client

    def _login(self, client: Any) -> None:
        cfg = self.cfg
        try:
            if cfg.oauth2_token_command:
                client.oauth2_login(cfg.username, oauth2_token(cfg.oauth2_token_command))
            else:
                client.login(cfg.username, cfg.password)
        except imap_exc.LoginError as e:
            method = "XOAUTH2" if cfg.oauth2_token_command else "password"
            raise ImapAuthError(f"IMAP login ({method}) refused by {cfg.host}: {e}") from None

    def _connect_once(self) -> Any:
        client = self._new_client()
        try:
            self._login(client)
        except BaseException:
            _shutdown(client)
            raise
        client.normalise_times = False  # keep INTERNALDATE's offset
        return client

    def connect(self) -> Any:
        """A logged-in client, reconnecting with backoff after network errors."""
        if self._client is not None:
            return self._client
        try:
            self._client = retry_transient(
                self._connect_once,
                attempts=self.connect_attempts,
                backoff=self.backoff,
                sleep=self._sleep,
            )
        except ssl.SSLCertVerificationError as e:
            raise ImapError(
                f"TLS certificate of {self.cfg.host} not trusted ({e.verify_message}); "
                "set [imap] ca_file to the server's CA"
            ) from None
        except ImapError:
            raise
        except Exception as e:
            if is_transient(e):
                raise ImapUnavailable(
                    f"IMAP server {self.cfg.host}:{self.cfg.port} unreachable: "
                    f"{type(e).__name__}: {e}"
                ) from None
            raise ImapError(f"IMAP connection failed: {type(e).__name__}: {e}") from None
        log.info("connected to IMAP %s:%d", self.cfg.host, self.cfg.port)
        return self._client

    def _drop(self) -> None:
        """Forget a broken connection so the next call reconnects."""
        client, self._client, self._selected = self._client, None, None
        if client is not None:
            _shutdown(client)

    def _select(self) -> dict[bytes, Any]:
        """(Re-)open the mailbox: EXAMINE in shadow mode, SELECT otherwise."""
        client = self.connect()
        self._selected = client.select_folder(self.cfg.mailbox, readonly=self.read_only)
        return self._selected

    def _guard(self, what: str, fn: Callable[[], T]) -> T:
        """Run one protocol step; turn network faults into ImapUnavailable."""
        try:
            return fn()
        except ImapUnavailable:
            self._drop()
            raise
        except ImapError:
            raise
        except Exception as e:
            if is_transient(e):
                self._drop()
                raise ImapUnavailable(f"IMAP connection lost during {what}: {type(e).__name__}: {e}") from None
            raise ImapError(f"IMAP {what} failed: {type(e).__name__}: {e}") from None

    def close(self) -> None:
        client, self._client, self._selected = self._client, None, None
        if client is None:
            return
        try:
            client.logout()
        except Exception:
            _shutdown(client)

    # ------------------------------------------------------------ state
    @property
    def uidvalidity(self) -> int | None:
        return None if self._selected is None else self._selected.get(b"UIDVALIDITY")

    @property
    def keywords_allowed(self) -> bool:
        """PERMANENTFLAGS says custom keywords stick (``\\*``) or lists ours already."""
        if self._selected is None:
            return False
        perm = self._selected.get(b"PERMANENTFLAGS", ())
        return b"\\*" in perm or self.cfg.processed_keyword.encode() in perm

    # ------------------------------------------------------------ reading
    def batches(self, view: Transaction) -> Iterator[Batch]:
        """Yield what arrived above the stored watermark, ``fetch_batch`` messages at a time."""
        key = self.checkpoint_key
        stored = view.get_state(key) or {}
        sel = self._guard("select", self._select)
        uidvalidity = int(sel[b"UIDVALIDITY"])
        last_uid = int(stored.get("last_uid", 0))
        if stored and stored.get("uidvalidity") != uidvalidity:
            log.warning(
                "UIDVALIDITY of %s changed (%s -> %s): rescanning; the ledger skips what was done",
                self.cfg.mailbox,
                stored.get("uidvalidity"),
                uidvalidity,
            )
            last_uid = 0
        changed = stored.get("uidvalidity") != uidvalidity
        uidnext = sel.get(b"UIDNEXT")
        self._handed_out = last_uid
        if isinstance(uidnext, int) and uidnext <= last_uid + 1 and not changed:
            return  # nothing new: SELECT alone answered the idle poll
        client = self._client
        found = self._guard("search", lambda: client.search(["UID", f"{last_uid + 1}:*"]))
        uids = sorted(int(u) for u in found if int(u) > last_uid)
        if not uids:
            if isinstance(uidnext, int):
                # New mail was expunged before we saw it: do not let IDLE spin on it.
                self._handed_out = max(last_uid, uidnext - 1)
            if changed:
                yield Batch([], key, {"uidvalidity": uidvalidity, "last_uid": last_uid})
            return
        log.info("%d new message(s) in %s above UID %d", len(uids), self.cfg.mailbox, last_uid)
        step = max(1, self.cfg.fetch_batch)
        for i in range(0, len(uids), step):
            chunk = uids[i : i + step]
            mails = self._fetch(chunk, uidvalidity)
            self._handed_out = chunk[-1]
            yield Batch(mails, key, {"uidvalidity": uidvalidity, "last_uid": chunk[-1]})

    def backlog(self, view: Transaction) -> int:
        """How many messages wait above the committed watermark (read-only: EXAMINE)."""
        stored = view.get_state(self.checkpoint_key) or {}
        client = self.connect()
        sel = self._guard("examine", lambda: client.select_folder(self.cfg.mailbox, readonly=True))
        self._selected = None  # a later poll must SELECT again (read-write)
        last_uid = int(stored.get("last_uid", 0))
        if stored.get("uidvalidity") != sel.get(b"UIDVALIDITY"):
            last_uid = 0
        uidnext = sel.get(b"UIDNEXT")
        if isinstance(uidnext, int) and uidnext <= last_uid + 1:
            return 0
        found = self._guard("search", lambda: client.search(["UID", f"{last_uid + 1}:*"]))
        return sum(1 for u in found if int(u) > last_uid)

    def _fetch(self, uids: list[int], uidvalidity: int) -> list[RawMail]:
        """Sizes and flags first; then whole bodies, or only headers when oversize."""
        client = self._client
        meta = self._guard(
            "fetch", lambda: client.fetch(uids, ["RFC822.SIZE", "FLAGS", "INTERNALDATE"])
        )
        cap = self.limits.max_message_bytes
        small = [u for u in uids if u in meta and int(meta[u].get(b"RFC822.SIZE", 0)) <= cap]
        big = [u for u in uids if u in meta and u not in small]
        bodies: dict[int, bytes] = {}
        if small:
            got = self._guard("fetch", lambda: client.fetch(small, ["BODY.PEEK[]"]))
            bodies.update({u: b for u, item in got.items() if (b := _body(item)) is not None})
        if big:
            section = f"BODY.PEEK[HEADER]<0.{MAX_HEADER_BYTES}>"
            got = self._guard("fetch", lambda: client.fetch(big, [section]))
            bodies.update({u: b for u, item in got.items() if (b := _body(item)) is not None})
            log.warning("%d oversize message(s): headers only (UIDs %s)", len(big), big)
        mails: list[RawMail] = []
        for uid in uids:
            if uid not in meta or uid not in bodies:
                continue  # expunged between SEARCH and FETCH
            m = meta[uid]
            received = m.get(b"INTERNALDATE")
            mails.append(
                RawMail(
                    data=bodies[uid],
                    source_key=f"{self.cfg.mailbox}:{uidvalidity}:{uid}",
                    size=int(m.get(b"RFC822.SIZE", len(bodies[uid]))),
                    received_at=received if isinstance(received, datetime) else None,
                    flags=_flags(m.get(b"FLAGS", ())),
                    truncated=uid in big,
                    mailbox=self.cfg.mailbox,
                    uidvalidity=uidvalidity,
                    uid=uid,
                )
            )
        return mails

    # ------------------------------------------------------------ acknowledging
    def acknowledge(self, done: list[tuple[RawMail, str]]) -> None:
        """Keyword (and optionally move) what the bot processed; never a not_request.

        Called after the store commit, so a crash before this leaves only a
        missing keyword: the ledger still knows the message was handled.
        """
        if self.read_only:
            return
        own = [m for m, kind in done if kind != "not_request" and m.uid is not None]
        own = [m for m in own if m.mailbox in ("", self.cfg.mailbox)]
        if not own:
            return
        sel = self._selected
        if sel is None or self._client is None:
            sel = self._guard("select", self._select)
        uidvalidity = sel.get(b"UIDVALIDITY")
        uids = sorted({m.uid for m in own if m.uidvalidity == uidvalidity and m.uid is not None})
        if len(uids) < len(own):
            log.warning(
                "%d processed message(s) not marked: UIDVALIDITY changed since they were fetched",
                len(own) - len(uids),
            )
        if not uids:
            return
        client = self._client
        if self.keywords_allowed:
            kw = self.cfg.processed_keyword
            self._guard("store", lambda: client.add_flags(uids, [kw], silent=True))
        if self.cfg.processed_mailbox:
            self._move(uids)

    def _move(self, uids: list[int]) -> None:
        client = self._client
        dest = self.cfg.processed_mailbox
        if dest not in self._folder_known:
            if not self._guard("list", lambda: client.folder_exists(dest)):
                self._guard("create", lambda: client.create_folder(dest))
                log.info("created folder %s for processed mail", dest)
            self._folder_known.add(dest)
        caps = self._guard("capability", client.capabilities)
        if b"MOVE" in caps:
            self._guard("move", lambda: client.move(uids, dest))
        elif b"UIDPLUS" in caps:
            self._guard("copy", lambda: client.copy(uids, dest))
            self._guard("store", lambda: client.add_flags(uids, [b"\\Deleted"], silent=True))
            self._guard("expunge", lambda: client.uid_expunge(uids))
        else:
            # A plain EXPUNGE would also remove messages staff marked \Deleted.
            log.warning("server has neither MOVE nor UIDPLUS: processed mail left in place")
            return
        log.info("moved %d processed message(s) to %s", len(uids), dest)

    # ------------------------------------------------------------ waiting
    def wait_for_mail(self, timeout: float) -> bool:
        """Block until new mail may have arrived or ``timeout`` passes.

        With ``idle = true`` and a server offering IDLE this returns True as
        soon as the server announces a new message (EXISTS); IDLE is renewed
        every ``idle_renew_seconds`` (never above RFC 2177's 29 minutes) so
        NAT boxes and the server's own autologout do not drop it. Otherwise it
        sleeps for ``timeout`` and returns True (time to poll).
        """
        if not self.cfg.idle:
            self._sleep(timeout)
            return True
        sel = self._guard("select", self._select)
        uidnext = sel.get(b"UIDNEXT")
        if self._handed_out is not None and isinstance(uidnext, int) and uidnext > self._handed_out + 1:
            return True  # arrived while the last batch was being processed
        client = self._client
        if b"IDLE" not in self._guard("capability", client.capabilities):
            self._sleep(timeout)
            return True
        return self._guard("idle", lambda: self._idle(client, timeout))

    def _idle(self, client: Any, timeout: float) -> bool:
        renew = max(1.0, min(float(self.cfg.idle_renew_seconds), MAX_IDLE_SECONDS))
        deadline = time.monotonic() + timeout
        while True:
            now = time.monotonic()
            if now >= deadline:
                return False
            renew_at = min(deadline, now + renew)
            client.idle()
            got_mail = False
            try:
                while not got_mail:
                    left = renew_at - time.monotonic()
                    if left <= 0:
                        break
                    started = time.monotonic()
                    responses = client.idle_check(timeout=left)
                    for resp in responses:
                        if len(resp) >= 2 and resp[1] in (b"EXISTS", b"RECENT"):
                            got_mail = True
                        elif resp and resp[0] == b"BYE":
                            raise ImapUnavailable("IMAP server closed the connection during IDLE")
                    if not responses and time.monotonic() - started < left - 0.05:
                        # Readable but no line: end of stream. DONE below will tell.
                        break
            finally:
                _, late = client.idle_done()
            if got_mail or any(len(r) >= 2 and r[1] == b"EXISTS" for r in late):
                return True


def _shutdown(client: Any) -> None:
    try:
        client.shutdown()
    except Exception as e:
        log.debug("closing IMAP socket: %s", type(e).__name__)
