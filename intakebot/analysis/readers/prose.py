"""Reader for officials written as one comma-separated paragraph each.

"Mr. John KAMAU, Senior Warden, Kenya Wildlife Service, tel +254 20 2379407,
email j.kamau@kws.go.ke": no labels, but a fixed order people use in the three
languages -- name, position, organisation, then contact details introduced by
a word (tel, mobile, Tél, teléfono, email, courriel, correo). Only used when the
label and table readers found nobody in the same text, and a paragraph must
carry an e-mail address, a telephone and a name-like first segment.
"""

from __future__ import annotations

import re

from intakebot.analysis import typed, validation
from intakebot.analysis.labels import FULL_NAME, lookup
from intakebot.analysis.readers.common import finalise
from intakebot.analysis.readers.contacts import EMAIL_RE
from intakebot.analysis.readers.nomination import rank_and_name, split_position
from intakebot.analysis.readers.nomination_words import is_position
from intakebot.records import Draft

#: Where one part of the paragraph ends: a comma outside brackets, a semicolon, a spaced dash or bar between words
#: ("Mme Nadia Tazi – Cheffe du service …, Agence … ; tél. … ; n.tazi@…").
_SPLIT_RE = re.compile(r",(?![^()]*\))|\s*;\s+|\s+\|\s+|(?<!\d)\s+[-–—]\s+(?!\d)")
#: Contact details begin inside a part that no comma ended: "… Border Protection phone +1 202 …", "… Service a@b.org".
_CONTACT_START_RE = re.compile(
    r"\s+(?=(?:(?i:tel|t[ée]l|phone|telephone|t[ée]l[ée]phone|tel[ée]fono|mobile|cell|fono|celular|m[óo]vil|portable|"
    r"gsm)\.?\s*:?\s*[+(\d])|(?i:e-?mail|courriel|correo|mail)\s*:?\s*[\w.+'-]+@|[\w.+'-]+@[\w-]+\.)"
)
#: "Ignacio Parra Muñoz (Corporación Nacional Forestal)": the organisation in brackets after the name.
_NAME_ORG_RE = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<org>[^()]{3,})\)$")
_LEAD_LABEL_RE = re.compile(r"^\s*(?P<label>[^\d+(:]{1,30}?)\s*[:.]?\s*(?=[+(\d])")
_PHONE_RE = re.compile(r"^[+(]?\d[\d\s().\-/]{5,}")
#: Lower-case words inside a name: "Hendrik van der Berg", "María del Carmen Banegas", "Ahmed bin Ali".
_PARTICLES = frozenset(["van", "von", "der", "den", "de", "del", "la", "le", "da", "das", "do", "dos", "di", "du", "y",
                        "bin", "ben", "al", "el", "ter"])
_NAME_TOKEN_RE = re.compile(r"^[A-ZÀ-ÝĀ-Ž][\w'’.\-]*$")


def _phone(seg: str) -> str | None:
    m = _LEAD_LABEL_RE.match(seg)
    if m:
        hit = lookup(m.group("label"))
        if hit is None or hit.field != "phone":
            return None
        return seg[m.end() :].strip()
    return seg.strip() if _PHONE_RE.match(seg.strip()) else None


def _segments(para: str) -> list[str]:
    """The parts of a paragraph: split at commas, semicolons, spaced dashes and where contact details begin."""
    flat = " ".join(para.split())
    segs = [p.strip(" -–—|") for s in _SPLIT_RE.split(flat) for p in _CONTACT_START_RE.split(s)]
    return [s for s in segs if s and not _bare_label(s)]  # "email" left before the address it introduced


def _bare_label(seg: str) -> bool:
    hit = lookup(seg.rstrip(" :.")) if len(seg) < 30 else None
    return hit is not None and hit.field in ("phone", "email")


def _looks_like_name(seg: str) -> bool:
    """Two to six capitalised words, none of them a country's name ("Por Guatemala, les solicito …" is no one)."""
    toks = seg.split()
    return (2 <= len(toks) <= 6 and all(_NAME_TOKEN_RE.match(t) or (0 < i < len(toks) - 1 and t in _PARTICLES)
                                        for i, t in enumerate(toks))
            and _NAME_TOKEN_RE.match(toks[-1]) is not None and not any(validation.exact_country_code(t) for t in toks))


_BULLET_RE = re.compile(r"^\s*(?:[-–•*▪·]|\(?\d{1,2}[.)])\s+")


def _paragraphs(text: str) -> list[str]:
    """Blank-line separated paragraphs; each bulleted or numbered line starts a paragraph of its own."""
    out: list[str] = []
    for para in re.split(r"\n\s*\n", text):
        cur: list[str] = []
        for line in para.split("\n"):
            if _BULLET_RE.match(line) and cur:
                out.append("\n".join(cur))
                cur = []
            cur.append(_BULLET_RE.sub("", line))
        out.append("\n".join(cur))
    return [one for para in out for one in _one_per_line(para)]


def _one_per_line(para: str) -> list[str]:
    """A paragraph whose every line carries one e-mail address is one official a line ("Ms …, … - tel. … -
    a@b.org" / "Mr …, … - c@d.org"), else the paragraph itself."""
    lines = [ln for ln in para.split("\n") if ln.strip()]
    if len(lines) > 1 and all(len(EMAIL_RE.findall(ln)) == 1 for ln in lines):
        return lines
    return [para]


def read_prose(text: str, origin: str, language: str) -> list[Draft]:
    drafts: list[Draft] = []
    for para in _paragraphs(text):
        flat = " ".join(para.split())
        if len(flat) > 600 or len(EMAIL_RE.findall(flat)) != 1:
            continue
        lines = [ln for ln in para.split("\n") if ln.strip()]
        if len(lines) > 1 and _looks_like_name(lines[0].strip()):
            continue  # a name on a line of its own, the rest below it: a card (:mod:`.cards`) or a signature
        segs = _segments(para)
        named = _NAME_ORG_RE.match(segs[0]) if segs else None
        if named is not None:
            segs[0] = named.group("name")
        if len(segs) < (3 if named else 4) or not _looks_like_name(segs[0]):
            continue
        rank, name = rank_and_name(segs[0])  # "Special Agent Daniel Kowalczyk"
        raw: dict[str, str] = {FULL_NAME: name}
        if named is not None:
            raw["organization"] = named.group("org")
        rest: list[str] = []
        for seg in segs[1:]:
            em = EMAIL_RE.search(seg)
            if em:
                raw["email"] = em.group(0)
                continue
            ph = _phone(seg)
            if ph:
                raw.setdefault("phone", ph)
                continue
            rest.append(seg)
        if "email" not in raw or "phone" not in raw or not rest or any(len(r.split()) > 14 for r in rest):
            continue  # (a part that is a sentence: a letter's paragraph, not an official's particulars)
        raw.update(_post_and_org(rest, rank, named is not None))
        fields = finalise(raw, language=language)
        if fields:
            drafts.append(Draft(fields=fields, origin=origin))
    return drafts


def _post_and_org(parts: list[str], rank: str, org_known: bool) -> dict[str, str]:
    """The position (a rank before the name, else the part that names a post, else the first part) and the
    organisation (the other parts; none when the name's brackets gave it): "Cheffe du service …, Agence …" and
    "Agence …, Cheffe du service …" alike."""
    out: dict[str, str] = {}
    if len(parts) > 1 and typed.is_country(parts[-1]):
        out["country"] = parts.pop()  # "…, España" on the card's last line
    post = rank or next((p for p in parts if is_position(p)), parts[0])
    org = [p for p in parts if p != post]
    if org_known:
        return {**out, "position": post if rank else ", ".join(parts)}
    if not org and not rank:  # "Oficial de Aduanas de la Dirección General de …": the post, then where it is held
        post, at = split_position(post)
        org = [at] if at else []
    return {**out, "position": post, **({"organization": ", ".join(org)} if org else {})}
