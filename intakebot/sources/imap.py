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

The connection itself -- TLS, login, timeouts, reconnecting with backoff,
IDLE -- is :class:`~intakebot.sources.imap_session.ImapSession`'s. Log lines
carry UIDs and counts only: never message contents, addresses or credentials.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime
from functools import partial
from typing import Any

from intakebot.config import ImapConfig, LimitsConfig
from intakebot.net import Backoff
from intakebot.records import RawMail
from intakebot.sources.base import Batch
from intakebot.sources.imap_session import (
    ImapAuthError,
    ImapError,
    ImapSession,
    ImapUnavailable,
    open_client,
)
from intakebot.store import Transaction

log = logging.getLogger("intakebot.imap")

#: An oversize message's header block is fetched up to this many bytes.
MAX_HEADER_BYTES = 256 * 1024


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
        connect_attempts: int = 1,
        backoff: Backoff | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.cfg = cfg
        self.read_only = read_only
        self.limits = limits or LimitsConfig()
        self.session = ImapSession(
            cfg,
            new_client=lambda: self._new_client(),
            connect_attempts=connect_attempts,
            backoff=backoff,
            sleep=sleep,
        )
        self._folder_known: set[str] = set()
        #: Highest UID handed out by batches(): IDLE returns at once if UIDNEXT is past it.
        self._handed_out: int | None = None
        self.checkpoint_key = f"imap:{cfg.username}@{cfg.host}/{cfg.mailbox}"

    # ------------------------------------------------------------ connection
    def _new_client(self) -> Any:
        """Open the TCP (and TLS) connection; the hook tests and benchmarks override."""
        return open_client(self.cfg)

    def _select(self) -> dict[bytes, Any]:
        """(Re-)open the mailbox: EXAMINE in shadow mode, SELECT otherwise."""
        return self.session.select(self.cfg.mailbox, readonly=self.read_only)

    def close(self) -> None:
        self.session.close()

    # ------------------------------------------------------------ state
    @property
    def uidvalidity(self) -> int | None:
        return None if self.session.selected is None else self.session.selected.get(b"UIDVALIDITY")

    @property
    def keywords_allowed(self) -> bool:
        """PERMANENTFLAGS says custom keywords stick (``\\*``) or lists ours already."""
        if self.session.selected is None:
            return False
        perm = self.session.selected.get(b"PERMANENTFLAGS", ())
        return b"\\*" in perm or self.cfg.processed_keyword.encode() in perm

    def carries_processed_mail(self) -> bool:
        """Whether mail here (or in ``processed_mailbox``) carries our keyword; read-only (EXAMINE).

        Why: only the bot sets the keyword, after committing to its store, so
        keyworded mail beside a missing store means the store was lost -- a
        first start there would re-answer two weeks of mail (issue 11).
        """
        kw = self.cfg.processed_keyword
        boxes = [self.cfg.mailbox]
        dest = self.cfg.processed_mailbox
        if dest and dest != self.cfg.mailbox:
            self.session.select(self.cfg.mailbox, readonly=True)  # connects
            client = self.session.client
            if self.session.guard("list", lambda: client.folder_exists(dest)):
                boxes.append(dest)
        for box in boxes:
            self.session.select(box, readonly=True)
            self.session.selected = None  # a later poll must SELECT again (read-write)
            if self.session.guard("search", partial(self.session.client.search, ["KEYWORD", kw])):
                return True
        return False

    # ------------------------------------------------------------ reading
    def batches(self, view: Transaction) -> Iterator[Batch]:
        """Yield what arrived above the stored watermark, ``fetch_batch`` messages at a time."""
        key = self.checkpoint_key
        stored = view.get_state(key) or {}
        sel = self._select()
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
        client = self.session.client
        found = self.session.guard("search", lambda: client.search(["UID", f"{last_uid + 1}:*"]))
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
        sel = self.session.select(self.cfg.mailbox, readonly=True)
        self.session.selected = None  # a later poll must SELECT again (read-write)
        client = self.session.client
        last_uid = int(stored.get("last_uid", 0))
        if stored.get("uidvalidity") != sel.get(b"UIDVALIDITY"):
            last_uid = 0
        uidnext = sel.get(b"UIDNEXT")
        if isinstance(uidnext, int) and uidnext <= last_uid + 1:
            return 0
        found = self.session.guard("search", lambda: client.search(["UID", f"{last_uid + 1}:*"]))
        return sum(1 for u in found if int(u) > last_uid)

    def _fetch(self, uids: list[int], uidvalidity: int) -> list[RawMail]:
        """Sizes and flags first; then whole bodies, or only headers when oversize."""
        client = self.session.client
        meta = self.session.guard(
            "fetch", lambda: client.fetch(uids, ["RFC822.SIZE", "FLAGS", "INTERNALDATE"])
        )
        cap = self.limits.max_message_bytes
        small = [u for u in uids if u in meta and int(meta[u].get(b"RFC822.SIZE", 0)) <= cap]
        big = [u for u in uids if u in meta and u not in small]
        bodies: dict[int, bytes] = {}
        if small:
            got = self.session.guard("fetch", lambda: client.fetch(small, ["BODY.PEEK[]"]))
            bodies.update({u: b for u, item in got.items() if (b := _body(item)) is not None})
        if big:
            section = f"BODY.PEEK[HEADER]<0.{MAX_HEADER_BYTES}>"
            got = self.session.guard("fetch", lambda: client.fetch(big, [section]))
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
        sel = self.session.selected
        if sel is None or self.session.client is None:
            sel = self._select()
        uidvalidity = sel.get(b"UIDVALIDITY")
        uids = sorted({m.uid for m in own if m.uidvalidity == uidvalidity and m.uid is not None})
        if len(uids) < len(own):
            log.warning(
                "%d processed message(s) not marked: UIDVALIDITY changed since they were fetched",
                len(own) - len(uids),
            )
        if not uids:
            return
        client = self.session.client
        if self.keywords_allowed:
            kw = self.cfg.processed_keyword
            self.session.guard("store", lambda: client.add_flags(uids, [kw], silent=True))
        if self.cfg.processed_mailbox:
            self._move(uids)

    def _move(self, uids: list[int]) -> None:
        client = self.session.client
        dest = self.cfg.processed_mailbox
        if dest not in self._folder_known:
            if not self.session.guard("list", lambda: client.folder_exists(dest)):
                self.session.guard("create", lambda: client.create_folder(dest))
                log.info("created folder %s for processed mail", dest)
            self._folder_known.add(dest)
        caps = self.session.capabilities()
        if b"MOVE" in caps:
            self.session.guard("move", lambda: client.move(uids, dest))
        elif b"UIDPLUS" in caps:
            self.session.guard("copy", lambda: client.copy(uids, dest))
            self.session.guard("store", lambda: client.add_flags(uids, [b"\\Deleted"], silent=True))
            self.session.guard("expunge", lambda: client.uid_expunge(uids))
        else:
            # A plain EXPUNGE would also remove messages staff marked \Deleted.
            log.warning("server has neither MOVE nor UIDPLUS: processed mail left in place")
            return
        log.info("moved %d processed message(s) to %s", len(uids), dest)

    # ------------------------------------------------------------ waiting
    def wait_for_mail(self, timeout: float) -> bool:
        """Block until new mail may have arrived (True) or ``timeout`` passes (False).

        With ``idle = true`` and a server offering IDLE this returns True as
        soon as the server announces a new message (EXISTS); IDLE is renewed
        every ``idle_renew_seconds`` (never above RFC 2177's 29 minutes) so
        NAT boxes and the server's own autologout do not drop it. Otherwise it
        sleeps for ``timeout`` and returns True (time to poll).
        """
        if not self.cfg.idle:
            self.session.sleep(timeout)
            return True
        sel = self._select()
        uidnext = sel.get(b"UIDNEXT")
        if self._handed_out is not None and isinstance(uidnext, int) and uidnext > self._handed_out + 1:
            return True  # arrived while the last batch was being processed
        if b"IDLE" not in self.session.capabilities():
            self.session.sleep(timeout)
            return True
        return self.session.idle(timeout)


__all__ = ["ImapAuthError", "ImapError", "ImapSource", "ImapUnavailable"]
