"""The generated extraction corpus and helpers to compare results with expectations."""

from __future__ import annotations

from typing import Any

NOMINEE_KEYS = ("country", "country_code", "name", "surname", "organization", "position", "phone", "email", "missing")


def comparable(result: dict[str, Any]) -> dict[str, Any]:
    """The contract fields of an ``extract --json`` object, problems as (field, code, severity)."""
    out = {k: result.get(k) for k in ("file", "message_id", "kind", "language", "reference")}
    out["nominees"] = [
        {
            **{k: n.get(k) for k in NOMINEE_KEYS},
            "problems": sorted(
                (p["field"], p["code"], p["severity"]) for p in n.get("problems", [])
            ),
        }
        for n in result.get("nominees", [])
    ]
    return out
