"""One official's details: raw drafts, validated nominees and their problems."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from intakebot.records.vocabulary import Access, Category, Severity


@dataclass(frozen=True)
class Problem:
    """Something wrong or noteworthy about one field, with a stable ``code``.

    ``severity`` "error" makes the request incomplete (the Party must fix it);
    "warning" and "info" are shown to the Secretariat but do not block review.
    ``message`` is the English sentence as stored (logs, ``extract --json``);
    people read the sentence for ``code`` in their language from the strings
    files, filled with ``params`` (the value as given, ``value``, and what else
    the sentence quotes), see :mod:`intakebot.mail.problems`. A record stored
    before problems carried ``params`` (or a ``code``) still loads: its
    sentence falls back to the nominee's value, or to ``message``.
    """

    field: str
    code: str
    message: str
    severity: Severity = "error"
    params: tuple[tuple[str, str], ...] = ()

    @classmethod
    def of(cls, field: str, code: str, message: str, severity: Severity = "error", **params: str) -> Problem:
        """A problem quoting ``params`` (``value=`` the value as given ...)."""
        return cls(field, code, message, severity, tuple(sorted(params.items())))

    @property
    def values(self) -> dict[str, str]:
        return dict(self.params)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "field": self.field,
            "code": self.code,
            "message": self.message,
            "severity": self.severity,
        }
        if self.params:
            out["params"] = dict(self.params)
        return out

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Problem:
        params = d.get("params") or {}
        return cls(
            d.get("field", ""),
            d.get("code") or "",
            d.get("message", ""),
            d.get("severity", "error"),
            tuple(sorted((str(k), str(v)) for k, v in params.items())),
        )


@dataclass
class Draft:
    """Raw field values one reader found for one official, before validation.

    ``fields`` maps a key of :data:`FIELDS` to the text as written; ``origin``
    says where in the message it was read (``"body"``, ``"attachment:form.docx"``,
    ``"attachment:list.xlsx#Sheet1!row3"``) so a reviewer can trace any value.
    ``field_origins`` overrides ``origin`` per field when a draft was merged.
    """

    fields: dict[str, str]
    origin: str
    field_origins: dict[str, str] = field(default_factory=dict)

    def origin_of(self, key: str) -> str:
        return self.field_origins.get(key, self.origin)


@dataclass
class Nominee:
    """One official, validated: normalised values plus what is missing or wrong."""

    country: str | None = None
    country_code: str | None = None
    name: str | None = None
    surname: str | None = None
    organization: str | None = None
    position: str | None = None
    phone: str | None = None
    email: str | None = None
    missing: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    category: Category = "other"
    access: Access = "full"
    #: field -> where its value came from (message-id and part/attachment).
    provenance: dict[str, str] = field(default_factory=dict)
    #: The honorific written before the name ("Ms", "Mme", "Sra."), for the salutation only.
    title: str | None = None

    def value(self, key: str) -> str | None:
        v: str | None = getattr(self, key)
        return v

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def complete(self) -> bool:
        """Ready for the Secretariat's review: nothing missing, nothing invalid."""
        return not self.missing and not self.errors

    @property
    def display_name(self) -> str:
        """"Name Surname" as written, for replies and the review table ("" if unknown)."""
        return " ".join(p for p in (self.name, self.surname) if p)

    def to_json(self) -> dict[str, Any]:
        """The nominee object of the ``extract --json`` contract (plus extras)."""
        return {
            "country": self.country,
            "country_code": self.country_code,
            "name": self.name,
            "surname": self.surname,
            "organization": self.organization,
            "position": self.position,
            "phone": self.phone,
            "email": self.email,
            "title": self.title,
            "missing": list(self.missing),
            "problems": [p.to_json() for p in self.problems],
            "category": self.category,
            "access": self.access,
            "provenance": dict(self.provenance),
        }

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Nominee:
        return cls(
            country=d.get("country"),
            country_code=d.get("country_code"),
            name=d.get("name"),
            surname=d.get("surname"),
            organization=d.get("organization"),
            position=d.get("position"),
            phone=d.get("phone"),
            email=d.get("email"),
            title=d.get("title"),
            missing=list(d.get("missing", [])),
            problems=[Problem.from_json(p) for p in d.get("problems", [])],
            category=d.get("category", "other"),
            access=d.get("access", "full"),
            provenance=dict(d.get("provenance", {})),
        )
