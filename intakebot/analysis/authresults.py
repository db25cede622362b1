"""Authentication-Results (RFC 8601): did a server we trust see this mail fail?

Why it matters: a request or a follow-up that failed DMARC may be forged, so it
gets no automatic reply and is flagged for the reviewer. Two decisions are the
administrator's, in ``[intake]``:

* ``trusted_authserv_ids``: whose headers count. Anyone can put an
  Authentication-Results header on a message before it reaches our servers,
  so only headers whose authserv-id (their first token) names one of our own
  receiving servers are read. Empty (the embedded default): nothing is
  checked, and ``intakebot status`` says so.
* ``auth_policy``: which results count as a failure, as ``method=result``
  (``dmarc=fail``, ``dkim=fail``, ``spf=softfail``, ``dmarc=none`` ...). The
  default (:data:`~intakebot.config.DEFAULT_AUTH_POLICY`) counts every
  outright failure of DMARC, DKIM and SPF; ``dmarc=none`` (the sender's domain
  publishes no DMARC policy) is left out because many ministries publish none,
  and counting it would silence their officials.

A message usually carries several DKIM signatures (the author's domain, a
mailing list, the provider): one valid signature verifies it (RFC 6376 §6.1),
so ``dkim=fail`` counts only when no DKIM result of the same trusted servers
passed. Comments and quoted values are removed before reading results, so a
``header.from="x; dkim=pass"`` written by the sender cannot pose as one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from intakebot.config import DEFAULT_AUTH_POLICY, AuthFailure, IntakeConfig

_QUOTED = re.compile(r'"(?:[^"\\]|\\.)*"')
_COMMENT = re.compile(r"\((?:[^()\\]|\\.)*\)")
_RESULT = re.compile(r"^\s*([a-z0-9_-]+)(?:/\d+)?\s*=\s*([a-z]+)\b", re.IGNORECASE)


def _strip_cfws(header: str) -> str:
    """The header without quoted strings and (nested) comments."""
    text = _QUOTED.sub('""', header)
    while True:
        shorter = _COMMENT.sub(" ", text)
        if shorter == text:
            return text
        text = shorter


def results(header: str) -> tuple[str, list[tuple[str, str]]]:
    """The authserv-id (lower case) and the ``(method, result)`` pairs of one header."""
    parts = _strip_cfws(header).split(";")
    head = parts[0].split()
    authserv = head[0].lower() if head else ""
    pairs = []
    for part in parts[1:]:
        m = _RESULT.match(part)
        if m:
            pairs.append((m.group(1).lower(), m.group(2).lower()))
    return authserv, pairs


def trusted_results(auth_results: Iterable[str], trusted: Sequence[str]) -> dict[str, set[str]]:
    """Every result per method, from the headers of trusted servers only."""
    trusted_ids = {t.strip().lower() for t in trusted if t.strip()}
    seen: dict[str, set[str]] = {}
    for header in auth_results:
        authserv, pairs = results(header)
        if authserv not in trusted_ids:
            continue
        for method, result in pairs:
            seen.setdefault(method, set()).add(result)
    return seen


def authentication_failed(
    auth_results: Iterable[str],
    trusted: Sequence[str],
    policy: Sequence[AuthFailure] = DEFAULT_AUTH_POLICY,
) -> bool:
    """True when a trusted receiving server recorded a result the policy counts as failed."""
    seen = trusted_results(auth_results, trusted)
    for entry in policy:
        method, _, result = entry.partition("=")
        got = seen.get(method, set())
        if method == "dkim" and "pass" in got:
            continue  # one valid signature verifies the message
        if result in got:
            return True
    return False


_PROPERTY = re.compile(r"\b(header|smtp|policy)\.([a-z0-9_-]+)\s*=\s*([^\s;]+)", re.IGNORECASE)


def _aligned(found: str, domain: str) -> bool:
    """``found`` (a DKIM d= or DMARC header.from) is the domain or a parent of it (relaxed alignment)."""
    found = found.strip().lstrip("@").rsplit("@", 1)[-1].lower().rstrip(".")
    return bool(found) and (domain == found or domain.endswith("." + found))


def passed_for_domain(auth_results: Iterable[str], trusted: Sequence[str], domain: str) -> bool:
    """True when a trusted server recorded ``dmarc=pass`` or ``dkim=pass`` for ``domain``.

    A reviewer's command needs this positive proof (not just the absence of a
    failure): DMARC must name the domain in ``header.from``, DKIM in
    ``header.d`` (or ``header.i``).
    """
    trusted_ids = {t.strip().lower() for t in trusted if t.strip()}
    domain = domain.strip().lower().rstrip(".")
    if not domain or not trusted_ids:
        return False
    for header in auth_results:
        text = _strip_cfws(header)
        parts = text.split(";")
        head = parts[0].split()
        if not head or head[0].lower() not in trusted_ids:
            continue
        for part in parts[1:]:
            m = _RESULT.match(part)
            if m is None or m.group(2).lower() != "pass" or m.group(1).lower() not in ("dmarc", "dkim"):
                continue
            props = {f"{p}.{k}".lower(): v for p, k, v in _PROPERTY.findall(part)}
            wanted = ("header.from",) if m.group(1).lower() == "dmarc" else ("header.d", "header.i")
            if any(_aligned(props[w], domain) for w in wanted if w in props):
                return True
    return False


def checking_off_reason(intake: IntakeConfig) -> str:
    """Why no Authentication-Results are checked ('' when they are), for ``status``."""
    if not any(t.strip() for t in intake.trusted_authserv_ids):
        return "off: no [intake] trusted_authserv_ids, so no Authentication-Results are trusted"
    if not intake.auth_policy:
        return "off: [intake] auth_policy is empty, so no result counts as a failure"
    return ""


def describe(intake: IntakeConfig) -> str:
    """One line for ``status``: whether mail authentication is checked, and how."""
    off = checking_off_reason(intake)
    if off:
        return off
    servers = ", ".join(t.strip() for t in intake.trusted_authserv_ids if t.strip())
    return f"on: results of {servers}; failed means {', '.join(intake.auth_policy)}"


__all__ = [
    "authentication_failed",
    "checking_off_reason",
    "describe",
    "passed_for_domain",
    "results",
    "trusted_results",
]
