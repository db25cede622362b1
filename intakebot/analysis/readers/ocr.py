"""Text from pictures of paper: Tesseract on scans, photos and image-only PDF pages.

Why the binary and not a binding: the ``tesseract`` program (Debian's
``tesseract-ocr`` with the ``eng``, ``fra`` and ``spa`` data) runs as a child
with its own timeout, so a page that takes too long is killed without
touching the caller; pytesseract would only wrap the same call. It runs with
one thread (``OMP_THREAD_LIMIT=1``): the bot shares its machine, and one
thread is faster than two on pages this small.

Why pypdfium2 for PDF pages: it renders in-process from a wheel (no
``apt`` package, no second child per page), it is Chrome's PDF engine, fuzzed
continuously, and it is kept current (a release every few weeks); poppler's
``pdftoppm`` would add a system package and a subprocess per page for the
same picture. Both run inside the sandbox child, so a hostile PDF meets the
memory cap either way.

Every picture is decoded with Pillow under a pixel cap (decompression bombs),
turned to grey, scaled to about 300 dpi when small, and deskewed by a
projection search (the angle at which the text rows are sharpest), because
Tesseract reads a 3-degree tilt much worse than a straight page.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from intakebot.errors import IntakebotError

if TYPE_CHECKING:
    from PIL.Image import Image

#: Tesseract's language data to use: the Secretariat's three languages.
LANGUAGES = "eng+fra+spa"
#: Pictures larger than this are refused before decoding (a 600 dpi A4 page is ~35 Mpx).
MAX_PIXELS = 40_000_000
#: Pictures smaller than this on their short side are logos or icons, not documents.
MIN_SIDE = 400
#: Tesseract reads best at 25-35 px per text line; a phone photo is usually fine as it is.
TARGET_SHORT_SIDE = 1600
#: Angles tried by the deskew search, in degrees (scanner feeders and phone photos stay within ±6).
MAX_SKEW = 6.0


class OcrError(IntakebotError):
    """OCR could not run or gave nothing usable; ``code`` says why (for the reviewer)."""

    def __init__(self, code: str, detail: str) -> None:
        super().__init__(f"{code}: {detail}")
        self.code = code
        self.detail = detail


@dataclass(frozen=True)
class OcrText:
    """What Tesseract read from one page, with its mean word confidence (0-100)."""

    text: str
    confidence: float
    words: int

    @property
    def makes_sense(self) -> bool:
        """Enough confident words to be worth reading (a blurred photo gives noise)."""
        return self.words >= 5 and self.confidence >= 55.0


def tesseract_path() -> str | None:
    """The ``tesseract`` program, or None when it is not installed."""
    return shutil.which("tesseract")


def open_picture(data: bytes) -> list[Image]:
    """The pages of an image file (TIFF may hold several) as Pillow images, capped.

    Raises :class:`OcrError` ("not_an_image", "image_too_large") rather than
    Pillow's own exceptions, so the caller can name the reason.
    """
    from PIL import Image as PILImage
    from PIL import UnidentifiedImageError

    PILImage.MAX_IMAGE_PIXELS = MAX_PIXELS  # a larger picture raises DecompressionBombError
    try:
        img = PILImage.open(io.BytesIO(data))
        if img.width * img.height > MAX_PIXELS:
            raise OcrError("image_too_large", f"{img.width}x{img.height} pixels")
        pages = []
        for i in range(min(getattr(img, "n_frames", 1), 10)):
            img.seek(i)
            pages.append(img.copy())
        return pages
    except OcrError:
        raise
    except (UnidentifiedImageError, PILImage.DecompressionBombError) as e:
        raise OcrError("not_an_image", type(e).__name__) from None
    except (OSError, ValueError, SyntaxError, EOFError) as e:  # truncated or corrupt files
        raise OcrError("not_an_image", type(e).__name__) from None


def is_document_sized(img: Image) -> bool:
    """Large enough to be a page or a photo of one (not a logo in a signature)."""
    w, h = img.size
    return min(w, h) >= MIN_SIDE


def prepare(img: Image) -> Image:
    """Grey, scaled to a readable size, deskewed."""
    from PIL import ImageOps
    from PIL.Image import Resampling

    pic = ImageOps.exif_transpose(img) or img  # phone photos carry their rotation in EXIF
    pic = pic.convert("L")
    short = min(pic.size)
    if short < TARGET_SHORT_SIDE * 0.6:
        factor = TARGET_SHORT_SIDE / short
        pic = pic.resize((round(pic.width * factor), round(pic.height * factor)), Resampling.LANCZOS)
    angle = skew_angle(pic)
    if abs(angle) >= 0.3:
        pic = pic.rotate(angle, resample=Resampling.BICUBIC, expand=True, fillcolor=255)
    return pic


def skew_angle(img: Image) -> float:
    """The rotation (degrees) that makes the text rows sharpest, by projection search.

    On a thumbnail (~600 px wide, thresholded) each candidate angle is scored
    by the variance of its row sums: straight rows give tall peaks between
    white gaps. Coarse steps of 1°, then 0.25° around the best.
    """
    from PIL.Image import Resampling

    scale = 600 / max(img.size)
    thumb = img.resize((max(1, round(img.width * scale)), max(1, round(img.height * scale))), Resampling.BILINEAR)
    ink = thumb.point(lambda v: 255 if v < 160 else 0)  # text white on black, so rotation pads with 0

    def score(angle: float) -> float:
        rows = ink.rotate(angle, resample=Resampling.NEAREST, expand=False).resize((1, ink.height), Resampling.BOX)
        values = list(rows.tobytes())
        mean = sum(values) / len(values)
        return sum((v - mean) ** 2 for v in values)

    best = max((a * 1.0 for a in range(-int(MAX_SKEW), int(MAX_SKEW) + 1)), key=score)
    fine = [best + d * 0.25 for d in range(-3, 4)]
    return max(fine, key=score)


def read_picture(pic: Image, deadline: float) -> OcrText:
    """Run Tesseract on one prepared page; :class:`OcrError` if it cannot or overruns."""
    exe = tesseract_path()
    if exe is None:
        raise OcrError("ocr_unavailable", "tesseract is not installed")
    budget = deadline - time.monotonic() - 0.5
    if budget < 1.0:
        raise OcrError("ocr_time_budget", "no time left to read this page")
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    with tempfile.TemporaryDirectory(prefix="intakebot-ocr-") as tmp:
        src, out = os.path.join(tmp, "page.png"), os.path.join(tmp, "out")
        pic.save(src, format="PNG")
        cmd = [exe, src, out, "-l", LANGUAGES, "--psm", "3", "-c", "preserve_interword_spaces=1", "txt", "tsv"]
        try:
            proc = subprocess.run(cmd, env=env, capture_output=True, timeout=budget, check=False)
        except subprocess.TimeoutExpired:
            raise OcrError("ocr_time_budget", f"page not read within {budget:.0f} s") from None
        if proc.returncode != 0:
            raise OcrError("ocr_failed", f"tesseract exit code {proc.returncode}")
        with open(out + ".txt", encoding="utf-8", errors="replace") as f:
            text = f.read()
        with open(out + ".tsv", encoding="utf-8", errors="replace") as f:
            confidence, words = _confidence(f.read())
    return OcrText(clean_text(text), confidence, words)


_SPECK_RE = re.compile(r"^\s*[.,;'`\"~_*°|]{1,2}\s+|\s+[.,;'`\"~_*°|]{1,2}\s*$")


def clean_text(text: str) -> str:
    """Drop the lone punctuation specks of dust become ("Douanes ." -> "Douanes")."""
    return "\n".join(_SPECK_RE.sub("", line).rstrip() for line in text.splitlines())


def _confidence(tsv: str) -> tuple[float, int]:
    """Mean confidence of the words with at least two letters or digits, and their count."""
    confs: list[float] = []
    for line in tsv.splitlines()[1:]:
        cols = line.split("\t")
        if len(cols) < 12 or cols[0] != "5":
            continue
        word = cols[11].strip()
        if sum(ch.isalnum() for ch in word) < 2:
            continue
        try:
            confs.append(float(cols[10]))
        except ValueError:
            continue
    return (sum(confs) / len(confs) if confs else 0.0), len(confs)


def render_pdf_pages(data: bytes, pages: list[int], dpi: int = 300) -> list[Image]:
    """The given pages of a PDF as Pillow images (pypdfium2), at ``dpi``."""
    import pypdfium2

    doc = pypdfium2.PdfDocument(data)
    try:
        out = []
        for i in pages:
            page = doc[i]
            try:
                w, h = page.get_size()
                scale = dpi / 72
                if w * h * scale * scale > MAX_PIXELS:
                    scale = (MAX_PIXELS / (w * h)) ** 0.5
                out.append(page.render(scale=scale, grayscale=True).to_pil())
            finally:
                page.close()
        return out
    finally:
        doc.close()
