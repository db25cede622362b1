"""The reply plans of the approved snapshots (tests/snapshots): one per message kind and language.

Shared by the layout tests, which hold the rendered words to the snapshots, and the MIME
tests, which hold the composed mail of the same plans to the generator's bytes.
"""

from __future__ import annotations

from intakebot.records import Nominee, Problem, ReplyEntry, ReplyPlan


def wanjiru(**kw: object) -> Nominee:
    values: dict[str, object] = {
        "country": "Kenya",
        "country_code": "KE",
        "name": "Grace",
        "surname": "Wanjiru",
        "organization": "Kenya Wildlife Service",
        "position": "Senior Warden",
        "phone": "+254206000800",
        "email": "g.wanjiru@kws.go.ke",
    }
    values.update(kw)
    return Nominee(**values)  # type: ignore[arg-type]


def entry(ref: str, n: Nominee, status: str) -> ReplyEntry:
    return ReplyEntry(ref, n.display_name, status, list(n.missing), list(n.problems), nominee=n)


def scenario(kind: str, language: str) -> ReplyPlan:
    """One plan per message kind, covering what that kind is for."""
    complete = wanjiru(title="Ms")
    bad_phone = wanjiru(
        name="Ana Lucía",
        surname="Torres de la Cruz",
        country="Peru",
        country_code="PE",
        phone="01 611 60",
        email=None,
        missing=["email"],
        problems=[Problem("phone", "invalid_phone", "Not a valid telephone number")],
    )
    free = wanjiru(
        name="Kofi",
        surname="Mensah",
        country="Ghana",
        country_code="GH",
        phone="+233302664654",
        position=None,
        email="kofi.mensah@gmail.com",
        missing=["position"],
        problems=[Problem("email", "freemail", "Free-mail address", "warning")],
    )
    entries = {
        "acknowledgement": [entry("CUG-2026-0007", complete, "pending_review")],
        "missing_info": [
            entry("CUG-2026-0008", bad_phone, "incomplete"),
            entry("CUG-2026-0009", free, "incomplete"),
        ],
        "reminder": [entry("CUG-2026-0009", free, "incomplete")],
        "expiry": [entry("CUG-2026-0009", free, "expired")],
        "approval": [entry("CUG-2026-0007", complete, "approved")],
        "rejection": [entry("CUG-2026-0007", complete, "rejected")],
        "revocation": [entry("CUG-2026-0007", complete, "revoked")],
        "already_on_file": [entry("CUG-2026-0007", complete, "pending_review")],
        "unknown_reference": [],
        "change_received": [entry("CUG-2026-0007", complete, "approved")],
        "attachment_unread": [entry("CUG-2026-0008", bad_phone, "incomplete")],
        "received_neutral": [],
        "encrypted_mail": [],
    }[kind]
    if kind == "already_on_file":
        entries[0].already_on_file = True
    to = "g.wanjiru@kws.go.ke" if kind in ("acknowledgement", "approval") else "focal.point@minam.gob.pe"
    return ReplyPlan(
        template=kind,
        language=language,  # type: ignore[arg-type]
        to=to,
        seed=f"snap:{kind}:{language}",
        entries=entries,
        reason={"rejection": "The organization is not a law-enforcement authority.",
                "revocation": "The official has left the post."}.get(kind, ""),
        cited_reference="CUG-2025-0999" if kind in ("unknown_reference", "received_neutral") else None,
    )
