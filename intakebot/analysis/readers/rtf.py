"""RTF (attached ``.rtf`` files, and the compressed RTF bodies of Outlook containers) to text.

Why striprtf: it is a small, dependency-free pure-Python converter that keeps
paragraphs and table cells (as ``|``), which is all the text readers need;
RTF's binary pictures are skipped. Compressed RTF (Outlook's LZFu) is
unpacked with ``compressed_rtf`` after its declared size is checked against
the decompression cap, so a 10-byte header cannot promise a gigabyte.
"""

from __future__ import annotations

import struct

from intakebot.analysis.unprocessable import MimeLimit
from intakebot.config import LimitsConfig


def rtf_text(data: bytes, limits: LimitsConfig) -> str:
    """The text of an RTF document; ``ValueError`` when it is not RTF."""
    from striprtf.striprtf import rtf_to_text

    if not data.lstrip()[:5] == b"{\\rtf":
        raise ValueError("not RTF")
    if len(data) > limits.max_decompressed_bytes:
        raise MimeLimit("zip_bomb", f"RTF of {len(data)} bytes")
    # RTF is 7-bit; \'xx escapes are decoded by striprtf with the document's code page.
    text: str = rtf_to_text(data.decode("latin-1"), encoding="cp1252", errors="replace")
    return text.replace("\r\n", "\n").replace("|", "\t")


def decompress_rtf(data: bytes, limits: LimitsConfig) -> bytes:
    """Outlook's compressed RTF (MS-OXRTFCP), within the decompression cap."""
    from compressed_rtf import decompress

    if len(data) < 16:
        raise ValueError("compressed RTF too short")
    _comp, raw = struct.unpack_from("<II", data, 0)
    if raw > limits.max_decompressed_bytes:
        raise MimeLimit("zip_bomb", f"compressed RTF declares {raw} bytes")
    out: bytes = decompress(data + b"\x00")
    return out[: limits.max_decompressed_bytes]
