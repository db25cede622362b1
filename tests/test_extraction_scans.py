"""Scans and photos: OCR reads them, flags what it read, and hands what it cannot to a person.

Few OCR runs on purpose (about two seconds each on the 2-core machine): one
tilted PNG letter, one image-only PDF form, one blotched JPEG; everything
else (deskew, the budget, the digit doubt, a missing Tesseract) is tested
without running Tesseract.
"""

from __future__ import annotations

import io
import json
from email.mime.image import MIMEImage
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from intakebot.analysis import analyse, needs_isolation, ocr_seconds, scans
from intakebot.analysis.mime import DEFAULT_LIMITS
from intakebot.analysis.readers import ocr
from intakebot.analysis.validation import validate
from tests.corpus.make_corpus import ATTACHED, with_attachments
from tests.ocr_support import require_tesseract
from tests.scans.make_scans import CASES, LETTER_EN, SENDER, Scan, message, render

EXPECTED = Path(__file__).parent / "scans" / "expected"


def _shape(a: Any) -> dict[str, Any]:
    """The analysis in the shape of the hand-written expectations."""
    out: dict[str, Any] = {
        "kind": a.kind,
        "language": a.language,
        "unreadable": [{"name": u.name, "reason": u.reason} for u in a.unreadable],
        "nominees": [],
    }
    for n in a.nominees:
        d = n.to_json()
        row = {k: d[k] for k in ("country", "name", "surname", "organization", "position", "phone", "email", "missing")}
        origins = set(n.provenance.values())
        row["provenance"] = origins.pop() if len(origins) == 1 else (sorted(origins) or None)
        row["problem_codes"] = [p.code for p in n.problems]
        out["nominees"].append(row)
    return out


@pytest.mark.parametrize("scan", CASES, ids=[c.name for c in CASES])
def test_scan_reads_as_expected(scan: Scan) -> None:
    require_tesseract()
    expected = json.loads((EXPECTED / f"{scan.name}.json").read_text(encoding="utf-8"))
    assert _shape(analyse(message(scan))) == expected


def test_skew_angle_finds_the_tilt_of_a_page() -> None:
    page = render(Scan("tilt", "en", LETTER_EN, dpi=150, noise=0.0, blur=0.0))
    tilted = page.rotate(3.0, expand=True, fillcolor=255, resample=Image.Resampling.BICUBIC)
    assert ocr.skew_angle(page) == pytest.approx(0.0, abs=0.3)
    assert ocr.skew_angle(tilted) == pytest.approx(-3.0, abs=0.3)


def test_without_tesseract_the_scan_is_left_to_a_person(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ocr, "tesseract_path", lambda: None)
    a = analyse(message(CASES[0]))
    assert [(u.name, u.reason) for u in a.unreadable] == [("en_letter_png.png", "ocr_unavailable")]
    assert a.kind == "request" and a.nominees[0].missing  # nothing invented


def test_pages_past_the_budget_are_reported_not_dropped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(scans, "MAX_OCR_PAGES", 0)
    a = analyse(message(CASES[1]))
    assert [(u.name, u.reason) for u in a.unreadable] == [("fr_form_pdf.pdf", "ocr_time_budget")]


def test_a_logo_is_not_a_scan_and_not_isolated() -> None:
    logo = io.BytesIO()
    Image.new("RGB", (120, 40), (0, 90, 160)).save(logo, "PNG")
    part = MIMEImage(logo.getvalue(), "png")
    part.add_header("Content-Disposition", "inline", filename="image001.png")
    raw = with_attachments("logo", ATTACHED["en"], [part], SENDER, "CUG")
    assert not needs_isolation(raw)
    assert analyse(raw).unreadable == []
    assert needs_isolation(message(CASES[0]))


def test_only_mail_with_a_scan_gets_the_ocr_time() -> None:
    from tests.corpus.make_corpus import JANE, attachment, make_pdf_text

    form = with_attachments("form", ATTACHED["en"], [attachment(make_pdf_text([JANE], "en"), "f.pdf", "application", "pdf")],
                            SENDER, "CUG")
    assert needs_isolation(form) and ocr_seconds(form, DEFAULT_LIMITS) == 0.0  # a typed PDF keeps the short budget
    for scan in CASES[:2]:  # a picture, an image-only PDF
        assert ocr_seconds(message(scan), DEFAULT_LIMITS) == DEFAULT_LIMITS.ocr_timeout_seconds


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [("+254 722 l23 456", "+254 722 123 456"), ("+254 7O2 123 456", "+254 702 123 456"),
     ("+2S4 722 123 456", "+254 722 123 456"), ("+254 722 123 456", None), ("Tel: +41 22 917 81 39", None)],
)
def test_digit_doubt_names_the_other_reading(raw: str, fixed: str | None) -> None:
    assert scans.digit_doubt(raw) == fixed


def test_a_doubtful_digit_is_a_problem_not_a_guess() -> None:
    fields = {"country": "Kenya", "name": "Grace", "surname": "Wanjiru", "phone": "+254 722 l23 456"}
    prov = dict.fromkeys(fields, "ocr:attachment:scan.png")
    n = scans.flag_ocr(validate(fields, sender=SENDER, provenance=prov), fields["phone"])
    assert n.phone == "+254 722 l23 456"  # as read, not corrected
    codes = {(p.field, p.code, p.severity) for p in n.problems}
    assert ("phone", "ocr_digit_doubt", "error") in codes
    assert ("scan", "ocr_scan", "warning") in codes
    assert ("phone", "invalid_phone", "error") not in codes  # one problem for one doubt
    assert "+254 722 123 456" in next(p.message for p in n.problems if p.code == "ocr_digit_doubt")


def test_values_typed_in_the_body_carry_no_scan_flag() -> None:
    n = scans.flag_ocr(validate({"name": "Grace"}, sender=SENDER, provenance={"name": "body"}), None)
    assert [p.code for p in n.problems] == []
