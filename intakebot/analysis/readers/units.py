"""A unit of a ministry is the post's, and the ministry the organisation.

"el Ministerio de Medio Ambiente … de la República Dominicana solicita la inclusión de la Lic. Rosanna …,
Encargada del Departamento de Vida Silvestre, …": a careful reader files the ministry as the organisation and
"Encargada del Departamento de Vida Silvestre" as the post, as the carriers' annotators do for "Chief Warden,
Wildlife Protection Services, Ministry of …" and "Inspectora Jefe de la Unidad … del Servicio …". Only when the
sentence itself names the ministry before the person: a department with no parent named is the organisation.
"""

from __future__ import annotations

import re

from intakebot.analysis.labels import fold

#: The words that head a unit inside a body: a department, a division, a unit, a section, a cell.
UNITS = frozenset(["departamento", "department", "departement", "division", "unidad", "unit", "unite", "section",
                   "seccion", "cellule", "subdireccion", "sous-direction"])
#: A ministry named in capitalised words ("Ministerio de Medio Ambiente y Recursos Naturales").
_MINISTRY_RE = re.compile(
    r"\b(?:Ministry|Ministerio|Minist[èe]re)(?:[ \t]+(?:of|de|del|des|du|la|le|l['’]|y|and|et|the|[A-ZÀ-Ý][\w'’\-]*))*"
)
#: A ministry the organisation's name says it belongs to: "Dirección de Áreas Protegidas del Ministerio de Ambiente".
_OF_MINISTRY_RE = re.compile(r"\s(?:del|de la|de l['’]|du|of the|of)\s+(?=(?:Ministry|Ministerio|Minist[èe]re)\b)")
_TRAILING_RE = re.compile(r"(?:[ \t]+(?:of|de|del|des|du|la|le|l['’]|y|and|et|the))+$")
#: A country at the end of the ministry's name ("… de la República Dominicana"): the country's, not the name's.
_OF_STATE_RE = re.compile(r"[ \t]+(?:of the|de la|du|de|del|of)[ \t]+(?:Republic|República|République|Kingdom|Reino|"
                          r"Royaume|State|Estado|État)\b.*$")


def unit_into_post(before: str, segment: str, fields: dict[str, str]) -> None:
    """When ``fields``' organisation is a unit and ``before`` (the sentence up to the person) names a ministry,
    make the written ``segment`` after the name ("Encargada del Departamento de …") the post and the ministry the
    organisation; when the organisation's name itself ends in its ministry ("Dirección … del Ministerio de …"),
    the unit goes to the post and the ministry stays (in place)."""
    org = fields.get("organization", "")
    if not org or "position" not in fields:
        return
    parent = _OF_MINISTRY_RE.search(org)
    if parent is not None and (k := segment.find(org[parent.start():])) > 0:  # "… Dirección … del Ministerio de …"
        fields["position"], fields["organization"] = segment[:k].strip(" ,"), org[parent.end():]
        return
    if fold(org.split()[0]) not in UNITS:
        return
    ministry = _MINISTRY_RE.search(before)
    if ministry is None:
        return
    fields["position"] = segment.strip(" ,.;")
    fields["organization"] = _OF_STATE_RE.sub("", _TRAILING_RE.sub("", ministry.group(0)))
