"""OCR time per page: scanned letters read by the installed console script, against the same text typed.

Run from the repository root: ``python bench/bench_ocr.py [--repeat 3]``.

It writes two sets of .eml files with the same requests: one whose details are only
in an attached scan (tests/scans/make_scans.py: English and French forms at 150,
200 and 300 dpi, tilted and speckled, as PNG, JPEG and image-only PDF, one page
each) and one with the same lines typed in the body. Each set goes through
``.venv/bin/intakebot extract`` (the installed console script, one process per
set, so start-up is in both), ``--repeat`` times; the best run of each is kept.
Seconds per page = (scan set - text set) / pages: the cost OCR adds, with the
start-up and the rest of the analysis measured in the same run taken out. The
fields read from the scans are counted too, so a fast run that read nothing shows.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.corpus.make_corpus import with_attachments  # noqa: E402
from tests.scans.make_scans import CASES, SENDER, message, render  # noqa: E402

SCRIPT = ROOT / ".venv" / "bin" / "intakebot"
FORMATS = ("png", "jpeg", "pdf")
DPIS = (150, 200, 300)


def _write_sets(out: Path) -> tuple[list[Path], list[Path]]:
    scans, texts = [], []
    letters = [c for c in CASES if c.lines]
    for base in letters:
        for dpi in DPIS:
            for fmt in FORMATS:
                scan = replace(base, name=f"{base.name}_{dpi}_{fmt}", dpi=dpi, fmt=fmt)
                p = out / f"scan_{scan.name}.eml"
                p.write_bytes(message(scan, render(scan)))
                scans.append(p)
                t = out / f"text_{scan.name}.eml"
                t.write_bytes(with_attachments(scan.name, "\n".join(scan.lines), [], SENDER, "CENcomm nomination"))
                texts.append(t)
    return scans, texts


def _run(files: list[Path], cwd: Path) -> tuple[float, int]:
    t0 = time.perf_counter()
    done = subprocess.run([str(SCRIPT), "extract", *map(str, files)], cwd=cwd,
                          check=True, capture_output=True, text=True)
    seconds = time.perf_counter() - t0
    fields = sum(sum(1 for k, v in n.items() if k in ("country", "name", "surname", "organization",
                                                       "position", "phone", "email") and v)
                 for m in json.loads(done.stdout) for n in m.get("nominees", []))
    return seconds, fields


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    if not SCRIPT.exists():
        print(f"bench_ocr: {SCRIPT} is missing: run scripts/setup.sh", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        scans, texts = _write_sets(out)
        best_scan = best_text = float("inf")
        fields_scan = fields_text = 0
        for _ in range(args.repeat):
            s, fields_text = _run(texts, out)
            best_text = min(best_text, s)
            s, fields_scan = _run(scans, out)
            best_scan = min(best_scan, s)
    pages = len(scans)
    print(f"{pages} one-page scans ({', '.join(FORMATS)} at {', '.join(map(str, DPIS))} dpi), best of {args.repeat}")
    print(f"typed set   {best_text:7.2f} s   fields read {fields_text}")
    print(f"scanned set {best_scan:7.2f} s   fields read {fields_scan}")
    print(f"OCR per page {(best_scan - best_text) / pages:6.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
