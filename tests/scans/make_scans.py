"""Scanned and photographed forms for the OCR tests, drawn with Pillow at test time.

Why generated: a committed scan would be a binary nobody can review; these
are rebuilt from the lines below, deterministically (fixed seeds), at the
resolution, tilt and noise each case names, so a test says exactly what kind
of paper it reads. Fonts: DejaVu Sans when the system has it (Debian's
``fonts-dejavu-core``), else Pillow's own scalable default font.

``python -m tests.scans.make_scans OUTDIR`` writes every case as ``.eml`` plus
the picture, to look at; the expected values are hand-written in
``tests/scans/expected/*.json``.
"""

from __future__ import annotations

import io
import random
import sys
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

from tests.corpus.make_corpus import ATTACHED, attachment, with_attachments

SENDER = "cites@environment.go.ke"
DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


@dataclass(frozen=True)
class Scan:
    """One sheet of paper: its lines, how it was scanned, and how it is attached."""

    name: str
    lang: str
    lines: tuple[str, ...]
    dpi: int = 200
    skew: float = 0.0  # degrees, counter-clockwise
    noise: float = 0.004  # share of pixels turned to specks
    blur: float = 0.6
    fmt: str = "png"  # png, jpeg, tiff, pdf (image-only)


LETTER_EN = (
    "Ministry of Environment and Tourism",
    "Nomination for the CENcomm closed user group",
    "",
    "Country: Kenya",
    "Name: Grace",
    "Surname: Wanjiru",
    "Organization: Kenya Wildlife Service",
    "Position: Senior Investigations Officer",
    "Contact number: +254 722 123 456",
    "Official email address: g.wanjiru@kws.go.ke",
)
FORM_FR = (
    "Direction des Eaux et Forêts",
    "Désignation - groupe d'utilisateurs fermé CENcomm",
    "",
    "Pays : Sénégal",
    "Prénom : Awa",
    "Nom : Diop",
    "Organisation : Direction des Douanes",
    "Fonction : Inspectrice principale",
    "Téléphone : +221 77 123 45 67",
    "Adresse électronique : a.diop@douanes.sn",
)


def font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    if DEJAVU.exists():
        return ImageFont.truetype(str(DEJAVU), size)
    return ImageFont.load_default(size=size)


def render(scan: Scan) -> Image.Image:
    """The sheet as a grey picture: A5 landscape-ish, 11 pt text, tilted and speckled.

    A sheet without lines is a blotched page with no words (:func:`noise_sheet`).
    """
    if not scan.lines:
        return noise_sheet(scan.name, scan.dpi)
    dpi = scan.dpi
    img = Image.new("L", (int(8.27 * dpi), int(5.5 * dpi)), 255)
    draw = ImageDraw.Draw(img)
    face = font(round(11 / 72 * dpi))
    y = int(0.5 * dpi)
    for line in scan.lines:
        draw.text((int(0.8 * dpi), y), line, fill=0, font=face)
        y += int(0.26 * dpi)
    if scan.skew:
        img = img.rotate(scan.skew, expand=True, fillcolor=255, resample=Image.Resampling.BICUBIC)
    rnd = random.Random(scan.name)
    px = img.load()
    assert px is not None
    for _ in range(int(img.width * img.height * scan.noise)):
        px[rnd.randrange(img.width), rnd.randrange(img.height)] = rnd.choice((0, 80, 160))
    return img.filter(ImageFilter.GaussianBlur(scan.blur)) if scan.blur else img


def noise_sheet(name: str, dpi: int = 150) -> Image.Image:
    """A 'scan' OCR cannot make sense of: blotches and scribbles, no words."""
    rnd = random.Random(name)
    img = Image.new("L", (int(8.27 * dpi), int(5.5 * dpi)), 235)
    draw = ImageDraw.Draw(img)
    for _ in range(400):
        x, y = rnd.randrange(img.width), rnd.randrange(img.height)
        draw.line((x, y, x + rnd.randrange(-60, 60), y + rnd.randrange(-60, 60)), fill=rnd.randrange(0, 120), width=rnd.randrange(1, 6))
    return img.filter(ImageFilter.GaussianBlur(2.5))


def encode(img: Image.Image, fmt: str, dpi: int) -> tuple[bytes, str, str]:
    """(bytes, MIME subtype, file extension); ``pdf`` is an image-only PDF (no text layer)."""
    buf = io.BytesIO()
    if fmt == "jpeg":
        img.save(buf, "JPEG", quality=80, dpi=(dpi, dpi))
        return buf.getvalue(), "jpeg", "jpg"
    if fmt == "tiff":
        img.save(buf, "TIFF", compression="tiff_deflate", dpi=(dpi, dpi))
        return buf.getvalue(), "tiff", "tif"
    if fmt == "pdf":
        img.save(buf, "PDF", resolution=float(dpi))
        return buf.getvalue(), "pdf", "pdf"
    img.save(buf, "PNG", dpi=(dpi, dpi))
    return buf.getvalue(), "png", "png"


def message(scan: Scan, img: Image.Image | None = None, body: str | None = None) -> bytes:
    """A request whose only details are in the attached scan."""
    data, subtype, ext = encode(img or render(scan), scan.fmt, scan.dpi)
    maintype = "application" if scan.fmt == "pdf" else "image"
    att = attachment(data, f"{scan.name}.{ext}", maintype, subtype)
    subject = {"en": "CENcomm nomination", "fr": "Désignation CENcomm", "es": "Designación CENcomm"}[scan.lang]
    return with_attachments(scan.name, ATTACHED[scan.lang] if body is None else body, [att], SENDER, subject)


CASES = (
    Scan("en_letter_png", "en", LETTER_EN, dpi=200, skew=2.5, fmt="png"),
    Scan("fr_form_pdf", "fr", FORM_FR, dpi=150, skew=-1.5, noise=0.003, fmt="pdf"),
    Scan("en_blotches_jpg", "en", (), dpi=150, fmt="jpeg"),
)


def main(outdir: str) -> None:
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    for scan in CASES:
        img = render(scan)
        (out / f"{scan.name}.eml").write_bytes(message(scan, img))
        img.save(out / f"{scan.name}.png")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "scans-out")
