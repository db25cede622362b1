"""Review tokens: an HMAC over (reference, command, the record's version, expiry).

Why the version: a token in a review mail authorises one command on the
request *as the reviewer saw it*. Once the request changed (a correction, new
details from the Party, a decision), its version is higher and the old token
fails, so nobody approves a record they did not see. The expiry is in the
token (minutes since the epoch, hex), so it needs no state to check.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
from datetime import UTC, datetime, timedelta

from intakebot.decisions.why import Why

_TOKEN = re.compile(r"^([0-9a-f]{6,10})-([a-z2-7]{24})$")


def _mac(key: bytes, reference: str, verb: str, version: int, expiry: str) -> str:
    msg = "\x00".join((reference.upper(), verb.upper(), str(version), expiry)).encode("utf-8")
    digest = hmac.new(key, msg, hashlib.sha256).digest()[:15]
    return base64.b32encode(digest).decode("ascii").lower()


def issue(key: bytes, reference: str, verb: str, version: int, *, now: datetime, days: int) -> str:
    """A token for ``verb`` on ``reference`` at ``version``, valid for ``days``."""
    expires = now.astimezone(UTC) + timedelta(days=days)
    expiry = f"{int(expires.timestamp()) // 60:x}"
    return f"{expiry}-{_mac(key, reference, verb, version, expiry)}"


#: Why a genuine token (its MAC is ours) was still refused: the reviewer did write it.
STALE = "the token is for an earlier version"
EXPIRED = "the token has expired"


def genuine(why: str) -> bool:
    """Whether a refusal from :func:`check` still proves the token was issued by us (stale or expired)."""
    return why == EXPIRED or why.startswith(STALE)


def check(key: bytes, token: str, reference: str, verb: str, version: int, *, now: datetime) -> str:
    """'' when ``token`` authorises ``verb`` on ``reference`` at ``version`` now; else why not."""
    m = _TOKEN.match(token.strip().lower())
    if m is None:
        return (Why("no valid token in the command", "no_token") if not token
                else Why("the token is malformed", "malformed"))
    expiry, mac = m.groups()
    if not hmac.compare_digest(mac, _mac(key, reference, verb, version, expiry)):
        for older in range(version - 1, max(0, version - 50), -1):
            if hmac.compare_digest(mac, _mac(key, reference, verb, older, expiry)):
                return Why(f"{STALE} of {reference} (it changed since the mail was sent)", "stale", reference=reference)
        return Why(f"the token is not valid for {verb.upper()} {reference}", "not_valid", verb=verb.upper(),
                   reference=reference)
    if int(expiry, 16) * 60 < now.timestamp():
        return Why(EXPIRED, "expired")
    return ""


def tag(token: str) -> str:
    """A short, non-secret name for a token, kept in the history to recognise a repeat."""
    return hashlib.sha256(token.strip().lower().encode("utf-8")).hexdigest()[:12]
