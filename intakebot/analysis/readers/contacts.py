"""An official's contact details written in running text: the one e-mail address and the first telephone.

Shared by the readers of unlabelled text (a nominating sentence, a card of
lines under "please register our officer:"): a number introduced as a fax, a
notification or reference number ("Notification No. 2018/046") or a post-office
box never counts, and a national number is read in the country the text names,
else the message's, else the one the address's domain gives.
"""

from __future__ import annotations

import re

import phonenumbers

from intakebot.analysis import typed, validation

EMAIL_RE = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
_FAX_BEFORE_RE = re.compile(r"(?i)(?:fax|t[ée]l[ée]copie|facs[ií]mil)\w*\W{0,4}$")
_NOT_PHONE_RE = re.compile(r"(?i)(?:\bno|n[°º]|notifica\w*|ref|r[ée]f|oficio|nota|p\.?\s?o\.?\s?box|b\.?p)\W*$")


#: A number introduced as a telephone that is not a valid one: kept as written so the official is told it is wrong.
_WRITTEN_PHONE_RE = re.compile(
    r"(?i)\b(?:tel|t[ée]l|phone|telephone|t[ée]l[ée]phone|tel[ée]fono|mobile|celular|fono)\b\.?\s*:?\s*"
    r"(\+?\d[\d \t().\-]{4,}\d)"
)


def contacts(text: str, country: str | None) -> dict[str, str]:
    """The one e-mail address (none when the text holds several) and the first telephone, not a fax, of ``text``."""
    out: dict[str, str] = {}
    emails = {e.rstrip(".").lower(): e.rstrip(".") for e in EMAIL_RE.findall(text)}
    if len(emails) == 1:
        out["email"] = next(iter(emails.values()))
    code = validation.country_code(country) if country else None
    region = code or typed.region() or validation.tld_region(out.get("email")) or "ZZ"
    blanked = EMAIL_RE.sub(lambda m: " " * len(m.group(0)), text)
    for m in phonenumbers.PhoneNumberMatcher(blanked, region):
        if _FAX_BEFORE_RE.search(blanked[: m.start]):
            continue
        if not m.raw_string.startswith("+") and (
            "/" in m.raw_string or _NOT_PHONE_RE.search(blanked[max(0, m.start - 20): m.start])
        ):
            continue  # "Notification No. 2018/046", "P.O. Box 40241"
        out["phone"] = phonenumbers.format_number(m.number, phonenumbers.PhoneNumberFormat.E164)
        break
    else:
        written = _WRITTEN_PHONE_RE.search(blanked)  # "tel. +502 2329 011": as written, for validation to report
        if written is not None:
            out["phone"] = written.group(1).strip()
    return out
