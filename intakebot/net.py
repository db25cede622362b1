"""What the IMAP source and the SMTP transport share on the network: one behaviour each.

Why one module: the two edges had grown their own copies of the TLS context,
the OAuth2 token command and the backoff, and the copies had drifted (IMAP
read the token's first line with stdin closed, SMTP the whole output with
stdin inherited). A Microsoft 365 or Gmail mailbox uses the same helper for
both, so it must be run the same way for both:

* :func:`tls_context`: certificates and host names verified (``ca_file``
  replaces the system store), TLS 1.2 at least; ``verify=False`` only for
  test servers.
* :func:`oauth2_token`: the command is split like a shell would but run
  without one, stdin closed (a helper that prompts fails at once instead of
  hanging the daemon), under a timeout; the token is the first non-empty line
  of its output. On failure, one line that carries the last line of the
  helper's stderr -- where identity platforms put the reason (``AADSTS70008:
  the refresh token has expired``) -- and never the token.
* :func:`xoauth2_string`: the SASL XOAUTH2 initial response.
* :class:`Backoff` and :func:`exponential_delay`: one doubling rule, with
  jitter where several clients may retry together.
"""

from __future__ import annotations

import random
import shlex
import ssl
import subprocess
from dataclasses import dataclass, field

from intakebot.errors import IntakebotError

#: Seconds the OAuth2 token command may run.
TOKEN_COMMAND_TIMEOUT = 30.0
#: How much of the helper's stderr line an error message quotes.
_MAX_REASON_CHARS = 200


class TokenCommandError(IntakebotError):
    """The OAuth2 token command could not give a token; the message never holds one."""

    label = "oauth2_token_command"
    exit_code = 2


class TlsSetupError(IntakebotError):
    """The TLS context cannot be built (``ca_file`` unreadable or not certificates)."""

    label = "tls"
    exit_code = 2


def tls_context(ca_file: str = "", verify: bool = True) -> ssl.SSLContext:
    """A client context: verified by default; ``ca_file`` replaces the system CAs."""
    try:
        ctx = ssl.create_default_context(cafile=ca_file or None)
    except (OSError, ssl.SSLError) as e:
        why = e.strerror if isinstance(e, OSError) and e.strerror else type(e).__name__
        raise TlsSetupError(f"ca_file {ca_file}: cannot be used: {why}") from None
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    if not verify:
        ctx.check_hostname = False
        ctx.verify_mode = ssl.CERT_NONE
    return ctx


def _reason(stderr: bytes, secrets: list[str]) -> str:
    """The helper's last stderr line, printable and short, with any token-like output removed."""
    lines = [ln.strip() for ln in stderr.decode("utf-8", "replace").splitlines() if ln.strip()]
    if not lines:
        return ""
    line = "".join(c if c.isprintable() else " " for c in lines[-1])
    for secret in secrets:
        if len(secret) >= 8:
            line = line.replace(secret, "[redacted]")
    return ": " + line[:_MAX_REASON_CHARS]


def _run_token_command(argv: list[str], timeout: float) -> subprocess.CompletedProcess[bytes]:
    try:
        return subprocess.run(
            argv, capture_output=True, timeout=timeout, check=False, stdin=subprocess.DEVNULL
        )
    except FileNotFoundError:
        raise TokenCommandError(f"program not found: {argv[0]}") from None
    except PermissionError:
        raise TokenCommandError(f"program not executable: {argv[0]}") from None
    except subprocess.TimeoutExpired:
        raise TokenCommandError(f"timed out after {timeout:g} s") from None
    except OSError as e:
        raise TokenCommandError(f"could not run: {e.strerror or type(e).__name__}") from None


def oauth2_token(command: str, timeout: float = TOKEN_COMMAND_TIMEOUT) -> str:
    """Run the token command and return the first non-empty line of its output."""
    try:
        argv = shlex.split(command)
    except ValueError as e:
        raise TokenCommandError(f"cannot be split into arguments: {e}") from None
    if not argv:
        raise TokenCommandError("is empty")
    proc = _run_token_command(argv, timeout)
    out = [ln.strip() for ln in proc.stdout.decode("utf-8", "replace").splitlines()]
    out = [ln for ln in out if ln]
    if proc.returncode != 0:
        why = _reason(proc.stderr, out)
        raise TokenCommandError(f"failed with exit status {proc.returncode}{why}")
    if not out:
        raise TokenCommandError(f"printed no token{_reason(proc.stderr, out)}")
    return out[0]


def xoauth2_string(user: str, token: str) -> str:
    """The SASL XOAUTH2 initial response (before base64), as Google and Microsoft define it."""
    return f"user={user}\x01auth=Bearer {token}\x01\x01"


def exponential_delay(base: float, cap: float, failures: int) -> float:
    """``base`` doubled per earlier failure (0 failures: ``base``), never above ``cap``."""
    return float(min(cap, base * (2.0 ** min(max(failures, 0), 32))))


@dataclass
class Backoff:
    """Exponential backoff with jitter ("equal jitter": half fixed, half random).

    The fixed half keeps a flapping server from being hammered; the random
    half keeps several bots (or a bot and its restarted self) from retrying in
    lock-step. The daemon keeps one across cycles and calls :meth:`reset`
    after a successful poll.
    """

    base: float = 1.0
    cap: float = 300.0
    failures: int = 0
    rng: random.Random = field(default_factory=random.Random)

    def next_delay(self) -> float:
        ceiling = exponential_delay(self.base, self.cap, self.failures)
        self.failures += 1
        return ceiling / 2 + self.rng.uniform(0, ceiling / 2)

    def reset(self) -> None:
        self.failures = 0


__all__ = [
    "TOKEN_COMMAND_TIMEOUT",
    "Backoff",
    "TlsSetupError",
    "TokenCommandError",
    "exponential_delay",
    "oauth2_token",
    "tls_context",
    "xoauth2_string",
]
