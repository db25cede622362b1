"""Attachments: each layout read, provenance kept, broken files skipped not fatal."""

from __future__ import annotations

from intakebot.analysis import analyse
from tests.corpus.make_corpus import (
    ATTACHED,
    DOCX,
    JANE,
    PEOPLE,
    XLSX,
    attachment,
    make_docx,
    make_xlsx,
    with_attachments,
)

SENDER = "cites@environment.go.ke"


def test_spreadsheet_rows_keep_sheet_and_row_in_provenance() -> None:
    raw = with_attachments("x", ATTACHED["en"], [attachment(make_xlsx(PEOPLE["en"][:2], "en"), "list.xlsx", *XLSX)],
                           SENDER, "CUG")
    a = analyse(raw)
    assert a.nominees[0].provenance["surname"] == "attachment:list.xlsx#Nominees!row3"
    assert a.nominees[1].provenance["email"] == "attachment:list.xlsx#Nominees!row4"


def test_docx_values_trace_to_the_attachment() -> None:
    raw = with_attachments("x", ATTACHED["en"], [attachment(make_docx([JANE], "en", "kv"), "form.docx", *DOCX)],
                           SENDER, "CUG")
    assert analyse(raw).nominees[0].provenance["phone"] == "attachment:form.docx"


def test_body_value_wins_over_the_same_person_in_an_attachment() -> None:
    body = ATTACHED["en"] + "\n\nSurname: Wanjiru\nEmail: j.wanjiru@kws.go.ke\nPosition: Chief Warden\n"
    raw = with_attachments("x", body, [attachment(make_docx([JANE], "en", "kv"), "form.docx", *DOCX)], SENDER, "CUG")
    n = analyse(raw).nominees
    assert len(n) == 1
    assert n[0].position == "Chief Warden" and n[0].provenance["position"] == "body"
    assert n[0].provenance["organization"] == "attachment:form.docx"


def test_corrupt_docx_is_skipped_and_the_body_still_read() -> None:
    body = ATTACHED["en"] + "\n\nSurname: Wanjiru\nName: Jane\nEmail: j.wanjiru@kws.go.ke\n"
    raw = with_attachments("x", body, [attachment(b"PK\x03\x04garbage", "form.docx", *DOCX)], SENDER, "CUG")
    a = analyse(raw)
    assert a.kind == "request" and a.nominees[0].surname == "Wanjiru"


def test_truncated_pdf_is_skipped() -> None:
    raw = with_attachments("x", ATTACHED["en"], [attachment(b"%PDF-1.4\n1 0 obj<<", "f.pdf", "application", "pdf")],
                           SENDER, "CUG")
    a = analyse(raw)
    assert a.kind == "request" and len(a.nominees) == 1 and len(a.nominees[0].missing) == 7


def test_latin1_semicolon_csv_keeps_accents() -> None:
    from tests.corpus.make_corpus import make_csv

    raw = with_attachments("x", ATTACHED["fr"], [attachment(make_csv(PEOPLE["fr"][1:2], "fr", ";", "latin-1"),
                                                           "liste.csv", "text", "csv")], SENDER, "CUG")
    n = analyse(raw).nominees[0]
    assert (n.name, n.surname) == ("Élodie", "Lefèvre")
    assert n.provenance["name"] == "attachment:liste.csv#row2"
