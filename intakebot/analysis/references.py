"""CUG reference numbers in text, and Message-IDs that thread to our replies."""

from __future__ import annotations

import re

_REF_RE = re.compile(r"\bCUG[\s\-‐–_]?(\d{4})[\s\-‐–_](\d{4})\b", re.I)
_OUR_MSGID_RE = re.compile(r"^<cug\.[0-9a-f]{32}@([^>]+)>$")


def find_references(text: str) -> list[str]:
    """Every CUG-YYYY-NNNN in ``text``, upper-cased, in order, without duplicates."""
    out: list[str] = []
    for m in _REF_RE.finditer(text):
        ref = f"CUG-{m.group(1)}-{m.group(2)}"
        if ref not in out:
            out.append(ref)
    return out


def threads_to_us(thread_ids: list[str], own_addresses: frozenset[str]) -> bool:
    """In-Reply-To/References name one of our replies (``<cug.<hash>@our domain>``)."""
    domains = {a.rpartition("@")[2] for a in own_addresses}
    for mid in thread_ids:
        m = _OUR_MSGID_RE.match(mid.strip().lower())
        if m and (not domains or m.group(1) in domains):
            return True
    return False
