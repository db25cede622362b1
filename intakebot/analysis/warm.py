"""Warm extraction's caches once, when a parsing worker starts.

Why: a worker (sandbox.py, worker.py) is a fresh interpreter; whatever
extraction loads lazily -- label tables, country data, phone metadata,
compiled patterns -- its first job would otherwise pay (~30 ms) while the
message's parse budget is running. Importing this module before the first job
loads them while the worker boots, off the clock.
"""

from __future__ import annotations

from intakebot.analysis import analyse

_SAMPLES = (
    "Country: Kenya\nName: Jane\nSurname: Doe\nOrganization: Kenya Wildlife Service\n"
    "Position: Warden\nContact number: +254 20 2379407\nOfficial email address: j@kws.go.ke\n",
    "Pays : France\nNom : Dupont\nPrénom : Marie\nOrganisme : Douane\nFonction : Agent\n"
    "Téléphone : 01 44 74 40 00\nCourriel : m@douane.gouv.fr\n",
    "País: México\nNombre: Ana\nApellidos: Ruiz\nInstitución: PROFEPA\nCargo: Inspectora\n"
    "Teléfono: 55 5449 6300\nCorreo electrónico oficial: a@profepa.gob.mx\n",
)


def warm() -> None:
    for i, body in enumerate(_SAMPLES):
        raw = (
            f"From: warm{i}@example.org\r\nTo: info@cites.org\r\n"
            f"Subject: cheetah closed user group\r\nMessage-ID: <warm{i}@intakebot>\r\n"
            "Content-Type: text/plain; charset=utf-8\r\n\r\n" + body.replace("\n", "\r\n")
        ).encode("utf-8")
        analyse(raw)


warm()
