"""Raw field values -> a validated :class:`~intakebot.records.Nominee`.

Every problem carries a stable ``code`` (tests, templates and the digest key
on it), the values its sentence quotes (``params``: the value as given ...)
and a severity: "error" makes the request incomplete, "warning" and
"info" only inform the Secretariat. :func:`validate` is idempotent on its own
output, because the workflow merges follow-ups into stored nominees and
re-validates them: a stored "+41223456789" or "Viet Nam" must come back as
itself.
"""

from __future__ import annotations

import gettext
import re
from dataclasses import dataclass
from functools import cache

import phonenumbers
import pycountry
from email_validator import EmailNotValidError, validate_email

from intakebot.analysis.labels import data_json, data_text, fold, is_placeholder
from intakebot.records import FIELDS, Access, Category, Nominee, Problem

_CTRL_RE = re.compile(r"[\x00-\x1f\x7f\u200b-\u200f\u2028\u2029\ufeff]")
_KEY_RE = re.compile(r"[^0-9a-z]+")


def clean(value: str | None) -> str | None:
    """Trim; CR/LF and control characters become spaces; placeholders become None."""
    if value is None:
        return None
    v = " ".join(_CTRL_RE.sub(" ", str(value)).split())
    if not v or is_placeholder(v):
        return None
    return v


def _country_key(text: str) -> str:
    k = fold(text).replace("&", " and ")
    k = _KEY_RE.sub(" ", k.replace("'", "").replace("’", "")).strip()
    if k.startswith("the "):
        k = k[4:]
    return k


@dataclass(frozen=True)
class _Countries:
    by_key: dict[str, str]
    names: dict[str, str]  # alpha-2 -> canonical English name
    parties: frozenset[str]


@cache
def _countries() -> _Countries:
    """Names in English, French and Spanish (pycountry's translations) plus aliases."""
    parties: dict[str, str] = {}
    for line in data_text("cites_parties.txt").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        code, _, name = line.partition(" ")
        parties[code.upper()] = name.strip()
    aliases = data_json("country_aliases.json")
    names: dict[str, str] = {}
    by_key: dict[str, str] = {}
    translators = []
    for lang in ("fr", "es"):
        try:
            translators.append(
                gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang]).gettext
            )
        except OSError:
            continue
    for c in pycountry.countries:
        code = c.alpha_2
        variants = [c.name, getattr(c, "official_name", ""), getattr(c, "common_name", "")]
        for t in translators:
            variants += [t(v) for v in variants if v]
        for v in variants:
            if not v:
                continue
            by_key.setdefault(_country_key(v), code)
            if "," in v:  # "Bolivia, Plurinational State of" -> "Bolivia"
                by_key.setdefault(_country_key(v.split(",")[0]), code)
        names[code] = getattr(c, "common_name", None) or c.name
        by_key.setdefault(_country_key(c.alpha_3), code)
    for code, name in aliases.get("names", {}).items():
        names[code] = name
    for code, name in parties.items():
        names[code] = name
        by_key[_country_key(name)] = code
    for alias, code in aliases.get("aliases", {}).items():
        by_key[_country_key(alias)] = code
    for code in list(names):
        by_key[_country_key(names[code])] = code
    return _Countries(by_key=by_key, names=names, parties=frozenset(parties))


def country_code(text: str) -> str | None:
    """ISO alpha-2 for a country name in English, French or Spanish, or None."""
    c = _countries()
    key = _country_key(text)
    if key in c.by_key:
        return c.by_key[key]
    if len(key) == 2 and key.upper() in c.names:
        return key.upper()
    # "Republic of Kenya", "Kenya (Republic of)", "Kenya - CITES MA": try sub-phrases.
    words = key.split()
    for n in range(len(words) - 1, 0, -1):
        for i in range(0, len(words) - n + 1):
            sub = " ".join(words[i : i + n])
            if len(sub) > 3 and sub in c.by_key:
                return c.by_key[sub]
    return None


def exact_country_code(text: str) -> str | None:
    """ISO alpha-2 when ``text`` is a country's name (en/fr/es or an alias) as a whole, else None."""
    return _countries().by_key.get(_country_key(text))


def country_name(code: str) -> str:
    return _countries().names.get(code, code)


def is_party(code: str) -> bool:
    return code in _countries().parties


@cache
def _freemail() -> frozenset[str]:
    return frozenset(
        ln.split("#", 1)[0].strip().lower()
        for ln in data_text("freemail.txt").splitlines()
        if ln.split("#", 1)[0].strip()
    )


def is_freemail(domain: str) -> bool:
    d = domain.lower()
    fm = _freemail()
    parts = d.split(".")
    return any(".".join(parts[i:]) in fm for i in range(len(parts) - 1))


@cache
def _org_keywords() -> list[tuple[Category, re.Pattern[str]]]:
    data = data_json("organisations.json")
    out: list[tuple[Category, re.Pattern[str]]] = []
    for cat in ("igo", "customs", "police", "wildlife_authority"):
        words = sorted({_country_key(w) for w in data[cat]}, key=len, reverse=True)
        out.append((cat, re.compile(r"\b(" + "|".join(re.escape(w) for w in words) + r")\b")))
    return out


def categorise(organization: str | None, position: str | None = None) -> Category:
    """customs / police / wildlife_authority / igo / other from keywords (en, fr, es)."""
    for text in (organization, position):
        if not text:
            continue
        key = _country_key(text)
        upper_words = set(re.findall(r"[A-Z][A-Z\-]{1,}", text))
        for cat, rx in _org_keywords():
            if cat == "igo":
                m = rx.search(key)
                # Acronyms (WCO, OMD, EAC) only count when written in capitals.
                if m and (len(m.group(1)) > 6 or m.group(1).upper() in upper_words):
                    return cat
                continue
            if rx.search(key):
                return cat
    return "other"


_PHONE_JUNK_RE = re.compile(r"(?i)\b(?:tel|phone|mobile|cell|office|fax|t|m|p)\b\.?\s*:?")


def _phone(raw: str, region: str | None) -> tuple[str, bool]:
    """(E.164 or the text as written, valid?)."""
    text = _PHONE_JUNK_RE.sub(" ", raw).strip()
    # Several numbers ("+254 20 123 / +254 722 ..."): take the first.
    first = re.split(r"\s*(?:/|;|,|\bor\b|\bou\b|\bo\b)\s*(?=[+(0-9])", text)[0].strip()
    if first.startswith("00"):
        first = "+" + first[2:]
    try:
        num = phonenumbers.parse(first, region if not first.startswith("+") else None)
    except phonenumbers.NumberParseException:
        return raw, False
    if not phonenumbers.is_valid_number(num):
        return raw, False
    return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164), True


def _email(raw: str) -> tuple[str, bool]:
    text = raw.strip().strip("<>").removeprefix("mailto:").strip()
    try:
        v = validate_email(text, check_deliverability=False)
    except EmailNotValidError:
        return raw, False
    local, _, domain = v.normalized.rpartition("@")
    return f"{local}@{domain.lower()}", True


def _checked_email(raw: str, sender: str) -> tuple[str, list[Problem]]:
    """The address as stored (normalised, or as given when invalid) and what is wrong or notable about it."""
    addr, ok = _email(raw)
    if not ok:
        return addr, [Problem.of("email", "invalid_email", "Not a valid e-mail address", "error", value=raw)]
    problems = []
    if is_freemail(addr.rpartition("@")[2]):
        problems.append(Problem.of("email", "freemail", "Free-mail address, not an official one", "warning", value=addr))
    if sender and addr.lower() != sender.strip().lower():
        problems.append(Problem.of("email", "sender_differs", "Differs from the sender's address", "info",
                                   value=addr, sender=sender.strip()))
    return addr, problems


def validate(
    fields: dict[str, str | None],
    *,
    sender: str,
    provenance: dict[str, str] | None = None,
) -> Nominee:
    """Normalise and check one nominee's fields; never raises on bad input."""
    values: dict[str, str | None] = {k: clean(fields.get(k)) for k in FIELDS}
    problems: list[Problem] = []
    n = Nominee(provenance=dict(provenance or {}))

    code: str | None = None
    if values["country"]:
        code = country_code(values["country"])
        if code is None:
            problems.append(
                Problem.of("country", "unknown_country", "Country not recognised as a State", "error",
                           value=values["country"])
            )
            n.country = values["country"]
        else:
            n.country = country_name(code)
            n.country_code = code
            if not is_party(code):
                problems.append(
                    Problem.of("country", "not_a_party", f"{n.country} is not a Party to CITES", "warning",
                               value=n.country)
                )

    n.name = values["name"]
    n.title = clean(fields.get("title"))
    n.surname = values["surname"]
    n.organization = values["organization"]
    n.position = values["position"]

    if values["phone"]:
        phone, ok = _phone(values["phone"], code or tld_region(values["email"], sender))
        n.phone = phone
        if not ok:
            problems.append(Problem.of("phone", "invalid_phone", "Not a valid telephone number", "error",
                                       value=values["phone"]))

    if values["email"]:
        n.email, email_problems = _checked_email(values["email"], sender)
        problems += email_problems

    n.missing = [k for k in FIELDS if not getattr(n, k)]
    n.problems = problems
    n.category = categorise(n.organization, n.position)
    n.access = _access(n.category)
    return n


def tld_region(*addresses: str | None) -> str | None:
    """A default region for a number written without "+" and without a country.

    Follow-ups often carry just the missing telephone; the ccTLD of the
    nominee's or the sender's address (douanes.sn -> SN) is the best guess.
    """
    for addr in addresses:
        if addr and "@" in addr:
            tld = addr.rsplit(".", 1)[-1].upper()
            if len(tld) == 2 and tld.isalpha() and tld in _countries().names and tld != "UK":
                return tld
            if tld == "UK":
                return "GB"
    return None


#: The provenance of a country read from the official's telephone and address, not from the text: flagged for review.
INFERRED_COUNTRY = "inferred:telephone+address"


def country_from_contacts(phone: str | None, email: str | None) -> str | None:
    """The country an official's own telephone (written with its country code) and address (its ccTLD) both name
    ("+225 27 22 44 12 34", "…@oipr.ci": Côte d'Ivoire), or None: one alone is not enough (a mobile abroad, a
    .co address), and the reviewer sees the value as inferred."""
    region = tld_region(email)
    if not phone or region is None or not phone.lstrip().startswith(("+", "00")):
        return None
    try:
        num = phonenumbers.parse("+" + phone.lstrip()[2:] if phone.lstrip().startswith("00") else phone, None)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(num) or phonenumbers.region_code_for_number(num) != region:
        return None
    return country_name(region)


def _access(category: Category) -> Access:
    """The notification: IGOs get restricted access to the library, national authorities full."""
    return "restricted" if category == "igo" else "full"
