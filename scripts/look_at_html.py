"""Screenshot every approved HTML part in headless Chromium at 800 and 390 px (issue 14).

Screenshots are not tests: a person looks at them. This takes the HTML part of
each approved snapshot in tests/snapshots/ (every message kind, reply and
digest, in the three languages) and writes ``NAME.800.png`` and
``NAME.390.png`` into the folder given, with Debian's ``chromium``:

    python scripts/look_at_html.py /tmp/shots [--only digest]

The HTML is loaded from a file with JavaScript and images off, as a mail
client would show it (no remote content). Each page is also loaded once more with
a probe (a small script, only in that copy) that turns a square red when the page
is wider than the screen, and the script reports "fits" or "WIDER THAN THE SCREEN"
per width: a phone user should never scroll sideways. Exit code 1 if any page is wider.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

SNAPSHOTS = Path(__file__).resolve().parent.parent / "tests" / "snapshots"
WIDTHS = (800, 390)
MARKER = "\n----- HTML -----\n"


def html_parts(only: str) -> list[tuple[str, str]]:
    out = []
    for path in sorted(SNAPSHOTS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        if MARKER in text and only in path.stem:
            out.append((path.stem, text.split(MARKER, 1)[1]))
    return out


PROBE = (
    '<div id="probe" style="position:fixed;top:0;left:0;width:30px;height:30px;background:#00ff00"></div>'
    "<script>setTimeout(function(){var d=document.documentElement;"
    'if (d.scrollWidth > window.innerWidth) document.getElementById("probe").style.background="#ff0000"}, 200)'
    "</script>"
)


def shoot(browser: str, html: Path, png: Path, width: int, *, script: bool = False) -> None:
    subprocess.run(
        [browser, "--headless", "--no-sandbox", "--disable-gpu",
         *(["--virtual-time-budget=1000"] if script else ["--disable-javascript"]),
         "--blink-settings=imagesEnabled=false", "--hide-scrollbars", f"--window-size={width},{600 if script else 2400}",
         f"--screenshot={png}", html.as_uri()],
        check=True, capture_output=True, timeout=60,
    )


def fits(browser: str, html: str, out: Path, width: int) -> bool:
    """Whether the page is no wider than ``width`` (headless Chromium's dump-dom lays out at 500 px at least,
    so the probe is read off a screenshot)."""
    from PIL import Image  # only this script needs Pillow

    page, png = out / "probe.html", out / "probe.png"
    page.write_text(html.replace("</body>", PROBE + "</body>"), encoding="utf-8")
    shoot(browser, page, png, width, script=True)
    red, green, _ = Image.open(png).convert("RGB").getpixel((5, 5))
    return bool(green > 200 and red < 100)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--only", default="", help="only snapshots whose name contains this")
    args = ap.parse_args(argv)
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        print("look_at_html: no chromium on PATH (apt-get install chromium)", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    parts = html_parts(args.only)
    wide = 0
    for i, (name, html) in enumerate(parts, 1):
        page = args.out / f"{name}.html"
        page.write_text(html, encoding="utf-8")
        verdicts = []
        for width in WIDTHS:
            shoot(browser, page, args.out / f"{name}.{width}.png", width)
            ok = fits(browser, html, args.out, width)
            wide += not ok
            verdicts.append(f"{width} px {'fits' if ok else 'WIDER THAN THE SCREEN'}")
        print(f"[{i}/{len(parts)}] {name}: {', '.join(verdicts)}", flush=True)
    return 1 if wide else 0


if __name__ == "__main__":
    sys.exit(main())
