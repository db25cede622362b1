"""The OCR tests' requirement on Tesseract: skipped with a reason here, a failure in CI."""

from __future__ import annotations

import os

import pytest

from intakebot.analysis.readers.ocr import tesseract_path

#: CI sets INTAKEBOT_REQUIRE_DOVECOT=1: it also must have Tesseract (scripts/setup.sh installs both).
REQUIRE_OCR = os.environ.get("INTAKEBOT_REQUIRE_DOVECOT") == "1" or os.environ.get("INTAKEBOT_REQUIRE_OCR") == "1"


def require_tesseract() -> None:
    if tesseract_path() is not None:
        return
    msg = "tesseract is not installed (scripts/setup.sh installs tesseract-ocr as root)"
    if REQUIRE_OCR:
        pytest.fail(msg + " -- CI requires it")
    pytest.skip(msg)
