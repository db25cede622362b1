"""Microsoft 365 access tokens for IMAP and SMTP: the OAuth2 client-credentials flow.

Exchange Online takes no passwords for IMAP and SMTP AUTH any more; an app
registered in Microsoft Entra ID, granted ``IMAP.AccessAsApp`` and
``SMTP.SendAsApp`` and allowed onto the mailbox, gets a token for itself
(no user, no browser) with a client secret or a certificate. That is what
``intakebot token m365`` does, for ``oauth2_token_command`` (docs/microsoft-365.md):

* The flow is MSAL's (``ConfidentialClientApplication.acquire_token_for_client``)
  against ``https://login.microsoftonline.com/<tenant>`` and the scope
  ``https://outlook.office365.com/.default``, which carries every application
  permission granted on Exchange Online: IMAP and SMTP alike.
* The credential is read from a file: the client secret, or a PEM holding the
  private key and its certificate, from ``$CREDENTIALS_DIRECTORY`` (systemd's
  ``LoadCredential=m365_client_secret:...``) or a path given on the command line.
* The token is cached in one 0600 file in the state directory and reused
  until :data:`REFRESH_MARGIN` seconds before it expires: the bot logs in on
  every poll and should not ask the identity platform each time.
* A refusal is one line: the error and the AADSTS code with its description,
  never the secret or a token.
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import re
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from intakebot.errors import IntakebotError

#: The resource whose ``.default`` scope holds IMAP.AccessAsApp and SMTP.SendAsApp.
SCOPE = "https://outlook.office365.com/.default"
#: Microsoft Entra ID's public cloud (national clouds have their own hosts).
AUTHORITY_HOST = "https://login.microsoftonline.com"
#: File names in $CREDENTIALS_DIRECTORY (the names of the units' LoadCredential= lines).
SECRET_CREDENTIAL = "m365_client_secret"
CERTIFICATE_CREDENTIAL = "m365_certificate"
#: The token cache's file name in $STATE_DIRECTORY.
CACHE_FILE = "m365-token.json"
#: A cached token is used only while it has more than this many seconds left:
#: it must survive the IMAP session or SMTP connection it opens.
REFRESH_MARGIN = 300
#: Seconds for each request to the identity platform (the bot gives the whole command 30 s).
HTTP_TIMEOUT = 10.0
#: How much of the identity platform's description the error line keeps.
_MAX_DESCRIPTION = 180


class M365Error(IntakebotError):
    """The token helper's errors: one line, prefixed ``m365:``."""

    label = "m365"


class M365UsageError(M365Error):
    """The helper's own settings are wrong (exit 2): a missing credential, a bad URL."""

    exit_code = 2


class M365TokenError(M365Error):
    """The identity platform refused or could not be reached (exit 1); never quotes a secret."""

    exit_code = 1


@dataclass(frozen=True)
class Credential:
    """A client secret, or a certificate's private key (PEM) with its certificate or thumbprint."""

    secret: str = field(default="", repr=False)
    private_key: str = field(default="", repr=False)
    certificate: str = ""
    thumbprint: str = ""

    def for_msal(self) -> str | dict[str, str]:
        if self.secret:
            return self.secret
        cred = {"private_key": self.private_key}
        if self.thumbprint:
            cred["thumbprint"] = self.thumbprint  # SHA-1, as the Entra portal shows it
        else:
            cred["public_certificate"] = self.certificate  # MSAL sends its SHA-256 thumbprint
        return cred


@dataclass(frozen=True)
class TokenRequest:
    tenant: str
    client_id: str
    credential: Credential
    authority_host: str = AUTHORITY_HOST
    scope: str = SCOPE
    #: CA bundle for the identity platform's TLS (a proxy's CA); empty: the system's.
    ca_file: str = ""
    #: Where the token is cached; None: not cached.
    cache: Path | None = None

    @property
    def authority(self) -> str:
        return f"{self.authority_host.rstrip('/')}/{self.tenant}"

    @property
    def cache_key(self) -> str:
        return f"{self.authority}|{self.client_id}|{self.scope}"


def _read_text(path: Path, what: str) -> str:
    try:
        return path.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        raise M365UsageError(f"{what} not found: {path}") from None
    except (OSError, UnicodeDecodeError) as e:
        why = e.strerror if isinstance(e, OSError) and e.strerror else type(e).__name__
        raise M365UsageError(f"{what} {path}: cannot be read: {why}") from None


_PEM_KEY = re.compile(r"-----BEGIN (?:RSA |EC |ENCRYPTED )?PRIVATE KEY-----.+?-----END [A-Z ]*PRIVATE KEY-----", re.S)
_PEM_CERT = re.compile(r"-----BEGIN CERTIFICATE-----.+?-----END CERTIFICATE-----", re.S)


def certificate_credential(pem: str, thumbprint: str, where: Path) -> Credential:
    """The private key and certificate of one PEM file; checked here, not deep inside MSAL."""
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization

    key = _PEM_KEY.search(pem)
    if not key:
        raise M365UsageError(f"certificate file {where}: no private key (PEM) in it")
    try:
        serialization.load_pem_private_key(key.group(0).encode(), password=None)
    except (ValueError, TypeError):
        raise M365UsageError(f"certificate file {where}: the private key cannot be read "
                             "(encrypted keys are not supported)") from None
    cert = _PEM_CERT.search(pem)
    thumb = thumbprint.replace(":", "").strip()
    if thumb and not re.fullmatch(r"[0-9A-Fa-f]{40}", thumb):
        raise M365UsageError("--thumbprint: expected the certificate's SHA-1 thumbprint (40 hex digits)")
    if not cert and not thumb:
        raise M365UsageError(f"certificate file {where}: no certificate in it; "
                             "add it to the PEM or give --thumbprint")
    if cert:
        try:
            x509.load_pem_x509_certificate(cert.group(0).encode())
        except ValueError:
            raise M365UsageError(f"certificate file {where}: the certificate cannot be read") from None
    return Credential(private_key=key.group(0), certificate=cert.group(0) if cert else "",
                      thumbprint=thumb)


def find_credential(
    secret_file: Path | None,
    certificate_file: Path | None,
    thumbprint: str,
    environ: Mapping[str, str],
) -> Credential:
    """The credential from the given file, else from $CREDENTIALS_DIRECTORY (secret first)."""
    if secret_file and certificate_file:
        raise M365UsageError("give --client-secret-file or --certificate-file, not both")
    creds = environ.get("CREDENTIALS_DIRECTORY", "")
    if not secret_file and not certificate_file and creds:
        if (Path(creds) / SECRET_CREDENTIAL).is_file():
            secret_file = Path(creds) / SECRET_CREDENTIAL
        elif (Path(creds) / CERTIFICATE_CREDENTIAL).is_file():
            certificate_file = Path(creds) / CERTIFICATE_CREDENTIAL
    if secret_file:
        secret = _read_text(secret_file, "client secret file")
        if not secret:
            raise M365UsageError(f"client secret file {secret_file} is empty")
        return Credential(secret=secret)
    if certificate_file:
        pem = _read_text(certificate_file, "certificate file")
        return certificate_credential(pem, thumbprint, certificate_file)
    where = f"$CREDENTIALS_DIRECTORY ({creds})" if creds else "$CREDENTIALS_DIRECTORY (not set)"
    raise M365UsageError(f"no client secret or certificate: none in {where}, and neither "
                         "--client-secret-file nor --certificate-file given")


def check_request(req: TokenRequest) -> None:
    """Usage mistakes, caught before any network traffic."""
    url = urlsplit(req.authority_host)
    if url.scheme != "https" or not url.hostname or url.path not in ("", "/"):
        raise M365UsageError(f"--authority: expected https://HOST, got {req.authority_host!r}")
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9.\-]*", req.tenant):
        raise M365UsageError(f"--tenant: expected a tenant ID or domain, got {req.tenant!r}")
    if not re.fullmatch(r"[A-Za-z0-9\-]+", req.client_id):
        raise M365UsageError(f"--client-id: expected the application (client) ID, got {req.client_id!r}")


def read_cache(path: Path, key: str, now: float) -> str | None:
    """The cached token for ``key`` if it has more than REFRESH_MARGIN seconds left."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW)
    except OSError:
        return None
    try:
        with os.fdopen(fd, "rb") as f:
            entry = json.loads(f.read(1 << 20))
    except (OSError, ValueError):
        return None  # unreadable or torn: fetch a new one, which rewrites it
    if not isinstance(entry, dict) or entry.get("key") != key:
        return None
    token, expires_at = entry.get("access_token"), entry.get("expires_at")
    if not isinstance(token, str) or not token or not isinstance(expires_at, int | float):
        return None
    return token if expires_at - REFRESH_MARGIN > now else None


def write_cache(path: Path, key: str, token: str, expires_at: float) -> None:
    """Replace the cache atomically; the file is 0600 from its first byte."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    data = json.dumps({"key": key, "access_token": token, "expires_at": int(expires_at)})
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()  # left by a killed run whose PID this one reuses
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def _first_part(description: str) -> str:
    """The description up to Entra's trailer (Trace ID, Correlation ID, Timestamp), on one line."""
    text = " ".join(description.split())
    text = re.split(r"\s*Trace ID:", text, maxsplit=1)[0]
    if len(text) > _MAX_DESCRIPTION:
        text = text[: _MAX_DESCRIPTION - 3].rstrip() + "..."
    return "".join(c if c.isprintable() else " " for c in text)


def refusal(result: Mapping[str, Any], secrets: list[str]) -> M365TokenError:
    """The identity platform's error reply as one line: error, AADSTS code, description."""
    error = str(result.get("error") or "error")
    description = _first_part(str(result.get("error_description") or ""))
    line = f"{error}: {description}" if description else error
    for secret in secrets:
        if len(secret) >= 8:
            line = line.replace(secret, "[redacted]")
    return M365TokenError(f"refused by the identity platform: {line}")


def _unreachable(req: TokenRequest, e: Exception) -> M365TokenError:
    import requests

    host = urlsplit(req.authority_host).netloc
    if isinstance(e, requests.exceptions.SSLError):
        why = "its TLS certificate is not trusted (--ca-file for a private CA)"
    elif isinstance(e, requests.exceptions.Timeout):
        why = f"no answer within {HTTP_TIMEOUT:g} s"
    elif isinstance(e, requests.exceptions.ConnectionError):
        why = "connection failed (network, DNS or proxy)"
    else:
        why = type(e).__name__
    return M365TokenError(f"cannot reach the identity platform at {host}: {why}")


def _discovery_failure(req: TokenRequest, e: ValueError, secrets: list[str]) -> M365TokenError:
    """MSAL's ValueError when the tenant's OpenID configuration cannot be had."""
    text = f"{e} {e.__context__ or ''}"  # MSAL re-raises; the reply's body is in the first error
    aadsts = re.search(r'"error_description"\s*:\s*"(AADSTS\d+:[^"]*)"', text)
    if aadsts:
        return refusal({"error": "invalid_tenant", "error_description": aadsts.group(1)}, secrets)
    status = re.search(r"HTTP status: (\d+)", text)
    why = f"HTTP status {status.group(1)}" if status else "no usable OpenID configuration"
    return M365TokenError(f"tenant {req.tenant} unknown to {urlsplit(req.authority_host).netloc}: {why}")


def _session(ca_file: str) -> Any:
    """An HTTP session with a timeout, whose ``ca_file`` wins over $REQUESTS_CA_BUNDLE.

    Why not MSAL's ``verify=``: requests lets the environment's CA bundle
    override a session's ``verify``; given per request, the file is used.
    Proxies from the environment (HTTPS_PROXY) still apply.
    """
    import requests

    session = requests.Session()
    session.request = functools.partial(  # type: ignore[method-assign]
        session.request, timeout=HTTP_TIMEOUT, verify=ca_file or True)
    return session


def fetch(req: TokenRequest) -> tuple[str, float]:
    """A new token from the identity platform and its lifetime in seconds."""
    import msal
    import requests

    secrets = [req.credential.secret] if req.credential.secret else []
    try:
        app = msal.ConfidentialClientApplication(
            req.client_id,
            client_credential=req.credential.for_msal(),
            authority=req.authority,
            validate_authority=req.authority_host.rstrip("/") == AUTHORITY_HOST,
            http_client=_session(req.ca_file),
        )
        result = app.acquire_token_for_client(scopes=[req.scope])
    except requests.exceptions.RequestException as e:
        raise _unreachable(req, e) from None
    except ValueError as e:
        raise _discovery_failure(req, e, secrets) from None
    token = result.get("access_token") if isinstance(result, dict) else None
    if not token:
        raise refusal(result if isinstance(result, dict) else {}, secrets)
    try:
        lifetime = float(result.get("expires_in", 0))
    except (TypeError, ValueError):
        lifetime = 0.0
    return str(token), lifetime


def access_token(req: TokenRequest, now: Callable[[], float] = time.time) -> str:
    """The cached token while it is fresh, else a new one (then cached)."""
    check_request(req)
    if req.cache is not None:
        cached = read_cache(req.cache, req.cache_key, now())
        if cached:
            return cached
    started = now()
    token, lifetime = fetch(req)
    if req.cache is not None and lifetime > 0:
        with contextlib.suppress(OSError):  # an unwritable cache costs a request, not the token
            write_cache(req.cache, req.cache_key, token, started + lifetime)
    return token


def default_cache(environ: Mapping[str, str]) -> Path | None:
    """$STATE_DIRECTORY/m365-token.json under systemd (StateDirectory=); else no cache."""
    state = environ.get("STATE_DIRECTORY", "").split(":")[0]
    return Path(state) / CACHE_FILE if state else None


__all__ = [
    "AUTHORITY_HOST",
    "CACHE_FILE",
    "CERTIFICATE_CREDENTIAL",
    "REFRESH_MARGIN",
    "SCOPE",
    "SECRET_CREDENTIAL",
    "Credential",
    "M365Error",
    "M365TokenError",
    "M365UsageError",
    "TokenRequest",
    "access_token",
    "default_cache",
    "find_credential",
]
