"""Request records and stores holding them, for the review, follow-up, digest and daemon tests."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from intakebot.records import HistoryEntry, Nominee, Problem, RequestRecord, Status, iso
from intakebot.store import Store

PEOPLE = {
    "en": ("Kenya", "KE", "Wanjiru", "Otieno", "Kenya Wildlife Service", "Senior Warden", "+254700000001", "w.otieno@kws.go.ke"),
    "fr": ("Côte d'Ivoire", "CI", "Aminata", "Koné", "Direction des Douanes", "Inspectrice", "+2250700000002", "a.kone@douanes.gouv.ci"),
    "es": ("Mexico", "MX", "José", "Núñez", "Procuraduría Federal de Protección al Ambiente", "Inspector", "+525500000003", "j.nunez@profepa.gob.mx"),
}


def make_record(
    reference: str,
    *,
    status: Status = "pending_review",
    language: str = "en",
    received: datetime,
    sender: str | None = None,
    missing: tuple[str, ...] = (),
    flags: tuple[str, ...] = (),
    category: str = "wildlife_authority",
    access: str = "full",
    message_id: str | None = None,
    **overrides: str,
) -> RequestRecord:
    country, code, name, surname, org, pos, phone, email = PEOPLE[language]
    values: dict[str, str | None] = {
        "country": country,
        "name": name,
        "surname": surname,
        "organization": org,
        "position": pos,
        "phone": phone,
        "email": email,
    }
    values.update(overrides)
    for m in missing:
        values[m] = None
    mid = message_id or f"<{reference.lower()}@party.example>"
    nominee = Nominee(
        country=values["country"],
        country_code=overrides.get("country_code", code),
        name=values["name"],
        surname=values["surname"],
        organization=values["organization"],
        position=values["position"],
        phone=values["phone"],
        email=values["email"],
        missing=list(missing),
        problems=[Problem(m, "missing", f"{m} is missing") for m in missing],
        category=category,  # type: ignore[arg-type]
        access=access,  # type: ignore[arg-type]
        provenance={k: f"{mid} body" for k, v in values.items() if v},
    )
    return RequestRecord(
        reference=reference,
        status=status,
        nominee=nominee,
        sender=sender or (values["email"] or "someone@party.example"),
        language=language,  # type: ignore[arg-type]
        received_at=iso(received),
        history=[HistoryEntry(iso(received), "intakebot", "created")],
        message_ids=[mid],
        reply_ids=[f"<ack.{reference.lower()}@cites.org>"],
        last_contact_at=iso(received),
        flags=list(flags),
        updated_at=iso(received),
    )


def store_with(path: Path, *records: RequestRecord) -> Store:
    store = Store(path)
    with store.transaction() as tx:
        for r in records:
            tx.put_request(r)
    return store
