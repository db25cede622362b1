"""The HMAC key behind review tokens: read it, or create it (0600) on first use.

Why a file of its own and not a config value: the key is a secret like the
IMAP password, so it comes from the credentials directory on a systemd
install (``LoadCredential=review_key:...``) or a 0600 file beside the store;
``intakebot run`` creates that file on its first start when it is absent.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from intakebot.errors import IntakebotError

KEY_BYTES = 32


class ReviewKeyError(IntakebotError):
    """The review key cannot be read or created (one line, no key material)."""

    label = "review key"
    exit_code = 2


def load_or_create(path: Path) -> bytes:
    """The key at ``path``; a new random one (written 0600, never replacing a file) when absent."""
    try:
        return _read(path)
    except FileNotFoundError:
        pass
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
    except FileExistsError:  # another process created it meanwhile
        return _read(path)
    except OSError as e:
        raise ReviewKeyError(f"cannot create the review key {path}: {e.strerror}") from None
    with os.fdopen(fd, "w", encoding="ascii") as fh:
        fh.write(secrets.token_hex(KEY_BYTES) + "\n")
        fh.flush()
        os.fsync(fh.fileno())
    return _read(path)


def _read(path: Path) -> bytes:
    try:
        text = path.read_text(encoding="ascii", errors="replace").strip()
    except FileNotFoundError:
        raise
    except OSError as e:
        raise ReviewKeyError(f"cannot read the review key {path}: {e.strerror}") from None
    if len(text) < 32:
        raise ReviewKeyError(f"the review key {path} is too short (at least 32 characters)")
    return text.encode("ascii", "replace")
