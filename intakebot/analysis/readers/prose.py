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

from intakebot.analysis.labels import FULL_NAME, lookup
from intakebot.analysis.readers.common import finalise
from intakebot.records import Draft

_EMAIL_RE = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
_SPLIT_RE = re.compile(r",(?![^()]*\))")
_LEAD_LABEL_RE = re.compile(r"^\s*(?P<label>[^\d+(:]{1,30}?)\s*[:.]?\s*(?=[+(\d])")
_PHONE_RE = re.compile(r"^[+(]?\d[\d\s().\-/]{5,}")
_NAME_TOKEN_RE = re.compile(r"^[A-ZÀ-ÝĀ-Ž][\w'’.\-]*$")


def _phone(seg: str) -> str | None:
    m = _LEAD_LABEL_RE.match(seg)
    if m:
        hit = lookup(m.group("label"))
        if hit is None or hit.field != "phone":
            return None
        return seg[m.end() :].strip()
    return seg.strip() if _PHONE_RE.match(seg.strip()) else None


def _looks_like_name(seg: str) -> bool:
    toks = seg.split()
    return 2 <= len(toks) <= 6 and all(_NAME_TOKEN_RE.match(t) for t in toks)


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
    return out


def read_prose(text: str, origin: str, language: str) -> list[Draft]:
    drafts: list[Draft] = []
    for para in _paragraphs(text):
        flat = " ".join(para.split())
        if len(flat) > 600 or len(_EMAIL_RE.findall(flat)) != 1:
            continue
        segs = [s.strip() for s in _SPLIT_RE.split(flat) if s.strip()]
        if len(segs) < 4 or not _looks_like_name(segs[0]):
            continue
        raw: dict[str, str] = {FULL_NAME: segs[0]}
        rest: list[str] = []
        for seg in segs[1:]:
            em = _EMAIL_RE.search(seg)
            if em:
                raw["email"] = em.group(0)
                continue
            ph = _phone(seg)
            if ph:
                raw.setdefault("phone", ph)
                continue
            rest.append(seg)
        if "email" not in raw or "phone" not in raw or not rest:
            continue
        raw["position"] = rest[0]
        if len(rest) > 1:
            raw["organization"] = ", ".join(rest[1:])
        fields = finalise(raw, language=language)
        if fields:
            drafts.append(Draft(fields=fields, origin=origin))
    return drafts
