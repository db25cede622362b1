"""Which incoming message is this: its ledger key, its ledger entry, a header to show, a log reference.

Why apart from the cycle: the key decides whether a message is answered once
or twice, so it has one definition, used by IMAP, Maildir and LMTP intake
alike; and a raw header of untrusted mail is read only here, cut to one short
line.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from email.header import decode_header, make_header
from email.parser import BytesHeaderParser
from email.policy import compat32

from intakebot.decisions.view import StoreView
from intakebot.records import LedgerEntry, RawMail, iso


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
    return headers(raw, name)[0]


def headers(raw: bytes, *names: str) -> tuple[str, ...]:
    """Several headers of untrusted mail from one parse of the header block (each parse costs a quarter of a
    millisecond, on the main thread of a batch), each decoded to one short line; '' where unreadable."""
    try:
        parsed = BytesHeaderParser(policy=compat32).parsebytes(_head(raw), headersonly=True)
    except Exception:  # noqa: BLE001 - hostile headers: nothing to show
        return tuple("" for _ in names)
    return tuple(_one_line(parsed.get(name, "") or "", name) for name in names)


def _one_line(value: object, name: str) -> str:
    try:
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


def ledger_entry(mail: RawMail, key: str, kind: str, summary: str, *, now: datetime, source: str) -> LedgerEntry:
    """The ledger line of a message the cycle settles without a decision (left alone, quarantined)."""
    return LedgerEntry(
        key=key, kind=kind, processed_at=iso(now), source=source, mailbox=mail.mailbox,
        uidvalidity=mail.uidvalidity, uid=mail.uid, outcome=summary,
    )


def ref_log(key: str) -> str:
    """A message reference for logs: a short hash, never the Message-ID's address part."""
    return hashlib.sha256(key.encode("utf-8", "replace")).hexdigest()[:12]
