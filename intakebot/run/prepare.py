"""Before the store lock: key one incoming message, and analyse it if it is ours to read.

Why apart from the loop: analysis is the slow part (up to the parse timeout
for a hostile attachment); doing it before the transaction keeps the store
lock short, so the Secretariat's review commands never wait behind a backlog.
Nothing here writes the store; bad mail never raises, it becomes a
:class:`Prepared` with a ``problem`` the loop quarantines.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.header import decode_header, make_header
from email.parser import BytesHeaderParser
from email.policy import compat32
from pathlib import Path

from intakebot.analysis import Unprocessable, analyse, needs_isolation
from intakebot.analysis.batch import BatchRun
from intakebot.analysis.sandbox import (
    SandboxCrash,
    SandboxTimeout,
    analyse_isolated,
    analyse_many_isolated,
    pool,
)
from intakebot.config import Config
from intakebot.decisions.mail_review import ReviewMail
from intakebot.decisions.view import StoreView
from intakebot.records import Analysis, LedgerEntry, RawMail
from intakebot.run import review_intake

STARTED_KEY = "intake_started_at"


def _head(raw: bytes, cap: int = 65536) -> bytes:
    """The header block only: the parser otherwise reads (and decodes) the body too."""
    head = raw[:cap]
    for sep in (b"\r\n\r\n", b"\n\n"):
        end = head.find(sep)
        if end >= 0:
            return head[: end + len(sep)]
    return head


def header(raw: bytes, name: str) -> str:
    """One header of untrusted mail, decoded to one short line; '' if unreadable."""
    try:
        headers = BytesHeaderParser(policy=compat32).parsebytes(_head(raw), headersonly=True)
        value = headers.get(name, "") or ""
        if name.lower() in ("subject", "from"):
            value = str(make_header(decode_header(str(value))))
        return " ".join(str(value).split())[:300]
    except Exception:  # noqa: BLE001 - hostile headers: nothing to show
        return ""


#: Header fields a relay, an MTA or a delivery agent adds on the way in: a message
#: delivered again (a lost LMTP 250, another MX, a requeue) carries new ones.
TRACE_FIELDS = frozenset({
    "received", "return-path", "delivered-to", "x-original-to", "envelope-to", "x-envelope-to",
    "x-delivered-to", "authentication-results", "arc-seal", "arc-message-signature",
    "arc-authentication-results", "received-spf", "x-received", "x-virus-scanned",
})


def content_hash(raw: bytes) -> str:
    """A hash of what the sender wrote: the header fields but the trace ones, and the body.

    Why not the raw bytes: each delivery adds its own trace fields (``Received``,
    ``Delivered-To``, ...), so the same message redelivered over LMTP, or fetched
    once with CRLF and once from a file with LF, hashed differently and got a
    second reply (issue 11 item 14). Line ends are taken as LF and trailing blank
    lines dropped, for the same reason.
    """
    text = raw.replace(b"\r\n", b"\n")
    head, sep, body = text.partition(b"\n\n")
    kept: list[bytes] = []
    drop = False
    for line in head.split(b"\n"):
        if line[:1] in (b" ", b"\t"):  # a folded continuation of the field before
            if not drop:
                kept.append(line)
            continue
        name = line.split(b":", 1)[0].strip().lower().decode("ascii", "replace")
        drop = name in TRACE_FIELDS or name.startswith("x-spam-")
        if not drop:
            kept.append(line)
    return hashlib.sha256(b"\n".join(kept) + sep + body.rstrip(b"\n")).hexdigest()


def message_key(raw: bytes) -> str:
    """The ledger key: the Message-ID, else a hash of the message's content (:func:`content_hash`)."""
    mid = header(raw, "Message-ID")
    if mid and len(mid) < 300:
        return mid
    return "sha256:" + content_hash(raw)


def seen_entry(view: StoreView, key: str, raw: bytes) -> LedgerEntry | None:
    """The ledger entry for a message, also under the key a release before content hashes gave it."""
    entry = view.seen(key)
    if entry is None and key.startswith("sha256:"):
        legacy = "sha256:" + hashlib.sha256(raw).hexdigest()  # the raw bytes' hash
        if legacy != key:
            entry = view.seen(legacy)
    return entry


def ref_log(key: str) -> str:
    """A message reference for logs: a short hash, never the Message-ID's address part."""
    return hashlib.sha256(key.encode("utf-8", "replace")).hexdigest()[:12]


def keep_raw(cfg: Config, key: str, data: bytes) -> str:
    """Keep quarantined raw mail under a generated name, 0600, for a human to inspect."""
    directory = cfg.storage.path.parent / "quarantine"
    directory.mkdir(mode=0o700, parents=True, exist_ok=True)
    name = hashlib.sha256(key.encode("utf-8", "replace")).hexdigest()[:32] + ".eml"
    path: Path = directory / name
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    return str(path)


@dataclass
class Prepared:
    """A message analysed outside the store lock, ready to be decided on inside it."""

    mail: RawMail
    key: str
    analysis: Analysis | None = None
    problem: tuple[str, str] | None = None  # (quarantine reason, detail)
    skipped: bool = False  # already in the ledger when prepared: not analysed
    before_start: bool = False  # older than the bot's history: left for the Secretariat
    review: ReviewMail | None = None  # a reviewer's commands, not a Party's mail


def history_cutoff(view: StoreView, cfg: Config, now: datetime) -> datetime:
    """Mail received before this is not the bot's to answer.

    On a first deployment the inbox holds years of requests that people have
    already handled: only the last ``backfill_days`` before the first poll are
    taken. Later, after a rescan (new UIDVALIDITY), mail older than
    ``retention_days`` has no ledger entry any more and must not be answered
    again either.
    """
    started = view.get_state(STARTED_KEY)
    first = datetime.fromisoformat(started) if started else now
    return max(
        first - timedelta(days=cfg.intake.backfill_days),
        now - timedelta(days=cfg.storage.retention_days),
    )


def _triage(mail: RawMail, view: StoreView, cfg: Config, now: datetime) -> Prepared | str:
    """What the store and the caps settle before reading: a Prepared, or the key of mail to analyse.

    Apart from the analysis so that only this part reads the store view
    (in the caller's thread) and the analysis can run on other threads.
    """
    key = message_key(mail.data)
    if seen_entry(view, key, mail.data) is not None:
        return Prepared(mail, key, skipped=True)
    received = mail.received_at
    if received is not None and received < history_cutoff(view, cfg, now):
        return Prepared(mail, key, before_start=True)
    if mail.truncated or mail.size > cfg.limits.max_message_bytes:
        return Prepared(mail, key, problem=("oversize", f"message of {mail.size} bytes exceeds the cap"))
    commands = review_intake.read(mail.data, cfg)
    if commands is not None:
        return Prepared(mail, key, review=commands)
    return key


def _read(mail: RawMail, key: str, cfg: Config, isolate: bool) -> Prepared:
    """Analyse one message; bad mail becomes a Prepared with a problem, never a raise."""
    try:
        return Prepared(mail, key, analysis=_analyse(cfg, mail.data, isolate))
    except Unprocessable as e:
        return Prepared(mail, key, problem=(e.code, e.detail))
    except SandboxTimeout as e:
        return Prepared(mail, key, problem=("parse_timeout", str(e)))
    except SandboxCrash as e:
        return Prepared(mail, key, problem=("parse_crash", str(e)))
    except Exception as e:  # noqa: BLE001 - untrusted input must never stop the loop
        return Prepared(mail, key, problem=("parse_error", f"{type(e).__name__}: {e}"))


def prepare(mail: RawMail, view: StoreView, cfg: Config, now: datetime) -> Prepared:
    """Key and analyse one message; never raises for bad mail."""
    triaged = _triage(mail, view, cfg, now)
    return triaged if isinstance(triaged, Prepared) else _read(mail, triaged, cfg, False)


Triaged = tuple[RawMail, "Prepared | str"]


def prepare_batch(mails: list[RawMail], view: StoreView, cfg: Config, now: datetime) -> BatchRun[Triaged, Prepared]:
    """Prepare a batch on every core: the store is read here, then attachment mail is analysed
    in the parsing workers and text mail here (in a large batch, in the workers too); see
    :mod:`intakebot.analysis.batch`."""

    def read(isolate: bool) -> Callable[[Triaged], Prepared]:
        return lambda t: t[1] if isinstance(t[1], Prepared) else _read(t[0], t[1], cfg, isolate)

    def read_many(chunk: list[Triaged]) -> list[Prepared]:
        todo = [(mail, key) for mail, key in chunk if isinstance(key, str)]
        found = iter(analyse_many_isolated([mail.data for mail, _ in todo], cfg.limits, cfg.own_addresses))
        out = []
        for mail, triaged in chunk:
            if isinstance(triaged, Prepared):
                out.append(triaged)
                continue
            r = next(found)
            out.append(Prepared(mail, triaged, problem=r) if isinstance(r, tuple) else Prepared(mail, triaged, analysis=r))
        return out

    return BatchRun(
        [(m, _triage(m, view, cfg, now)) for m in mails],
        expensive=lambda t: not isinstance(t[1], Prepared) and needs_isolation(t[0].data),
        here=read(False),
        isolated=read(True),
        isolated_many=read_many,
        lanes=pool().size,
    )


def _analyse(cfg: Config, data: bytes, isolate: bool) -> Analysis:
    """Extraction, in a killable worker when asked to or when the message carries
    attachments for third-party parsers (PDF, Office, ODF)."""
    limits, own = cfg.limits, cfg.own_addresses
    if not isolate and not needs_isolation(data):
        return analyse(data, limits=limits, own_addresses=own)
    return analyse_isolated(data, limits, own)
