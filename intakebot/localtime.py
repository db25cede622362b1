"""Times as the Secretariat reads them: in ``[secretariat] timezone``, to the minute, with the zone.

The store keeps UTC ISO timestamps (they compare as text); everything shown to
a person -- the digest, ``requests show`` -- goes through :func:`local_time`,
so the same event never appears at two different hours.
"""

from __future__ import annotations

from datetime import datetime, tzinfo


def local_time(value: str, tz: tzinfo | None) -> str:
    """``2026-03-30T06:00:00+00:00`` -> ``2026-03-30 08:00 CEST``; unreadable text as it is."""
    if not value:
        return ""
    try:
        dt = datetime.fromisoformat(value)
    except ValueError:
        return value
    if dt.tzinfo is None or tz is None:
        return dt.strftime("%Y-%m-%d %H:%M")
    return dt.astimezone(tz).strftime("%Y-%m-%d %H:%M %Z")
