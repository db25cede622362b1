"""Items for the "needs a person" queue, made from the message being decided (pure).

One place builds every :class:`~intakebot.attention.AttentionItem` an intake
decision queues, so each carries the same facts: the message's key and
Message-ID, the sender, the subject, the writer's own words cut short, why
it waits and which references it concerns.
"""

from __future__ import annotations

from datetime import datetime

from intakebot.attention import AttentionItem, excerpt
from intakebot.records import Analysis, Language, Unreadable, iso


def item(
    analysis: Analysis, key: str, now: datetime, reason: str, *, detail: str = "",
    references: list[str] | tuple[str, ...] = (), changes: dict[str, str] | None = None,
    provenance: dict[str, str] | None = None,
) -> AttentionItem:
    return AttentionItem(
        key=key, reason=reason, created_at=iso(now), message_id=analysis.message_id or "",
        sender=analysis.sender, subject=excerpt(analysis.subject, 200), excerpt=excerpt(analysis.own_words),
        detail=excerpt(detail, 300), references=tuple(dict.fromkeys(references)),
        changes=dict(changes or {}), provenance=dict(provenance or {}),
    )


def unreadable_detail(parts: list[Unreadable]) -> str:
    """``scan_unreadable: form.pdf; encrypted_file: letter.docx`` (store only)."""
    return "; ".join(f"{u.reason}: {u.name}" if u.name else u.reason for u in parts)


def attachments_unread(analysis: Analysis) -> list[Unreadable]:
    """The attachments the readers gave up on (the message itself excluded)."""
    return [u for u in analysis.unreadable if u.reason != "encrypted_mail"]


def encrypted(analysis: Analysis) -> bool:
    return any(u.reason == "encrypted_mail" for u in analysis.unreadable)


_ES_TLDS = frozenset({
    "es", "mx", "ar", "bo", "cl", "co", "cr", "cu", "do", "ec", "sv", "gt", "hn", "ni", "pa", "py", "pe", "uy", "ve", "gq",
})
_FR_TLDS = frozenset({
    "fr", "mc", "sn", "ci", "cm", "ml", "bf", "ne", "tg", "bj", "ga", "cd", "cg", "mg", "dz", "ma", "tn", "td",
    "cf", "gn", "bi", "dj", "km", "ht", "mr",
})


def language_guess(analysis: Analysis) -> Language:
    """The sender's language when the text itself cannot be read (encrypted mail).

    The subject's letters first (ñ, "-ción" -> es; é, è, ç -> fr), then the
    country of the sender's domain; English when neither tells.
    """
    subject = analysis.subject.lower()
    if "ñ" in subject or "ción" in subject or "¿" in subject:
        return "es"
    if any(c in subject for c in "éèêçà"):
        return "fr"
    tld = analysis.sender.rsplit(".", 1)[-1].lower()
    if tld in _ES_TLDS:
        return "es"
    if tld in _FR_TLDS:
        return "fr"
    return analysis.language
