"""A stand-in for the Microsoft identity platform on 127.0.0.1, and an SMTP server taking XOAUTH2.

The real login.microsoftonline.com cannot be reached from the test machine, so
:class:`IdentityStandIn` is a small real HTTPS server (http.server in a
thread, a self-signed certificate for 127.0.0.1 made with ``cryptography``)
that answers what MSAL asks for in the client-credentials flow:

* ``GET /<tenant>/v2.0/.well-known/openid-configuration``: the tenant's OpenID
  configuration (an unknown tenant gets Entra's AADSTS90002 reply);
* ``POST /<tenant>/oauth2/v2.0/token``: checks the client ID, then the client
  secret or the signed client assertion (RS256 JWT, verified with the
  registered certificate's public key), and issues a fresh random token, or
  answers like Entra does (HTTP 401, ``invalid_client``, AADSTS7000215 ...).

:class:`XOAuth2SmtpSink` is the test bed's aiosmtpd listener with an XOAUTH2
mechanism that accepts only tokens the stand-in issued.
"""

from __future__ import annotations

import datetime
import ipaddress
import json
import secrets
import shutil
import ssl
import tempfile
import threading
from base64 import b64decode
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import jwt
from aiosmtpd.smtp import SMTP, AuthResult

from tests.support.servers import SmtpSink

TENANT = "cites-test.onmicrosoft.com"
CLIENT_ID = "0b6d1f5e-1a2b-4c3d-8e9f-00112233aabb"
CLIENT_SECRET = "Xq8~test-client-secret-value-0123456789ab"
TRAILER = (" Trace ID: 0c5e7d1f-aaaa-bbbb-cccc-000000000000 Correlation ID: "
           "1d6f8e20-aaaa-bbbb-cccc-000000000000 Timestamp: 2026-12-03 12:00:00Z")
BAD_SECRET = ("AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the "
              f"request is the client secret value, not the client secret ID, for a secret added to "
              f"app '{CLIENT_ID}'.")


@dataclass
class Keys:
    """A self-signed certificate and key (PEM files) for one purpose."""

    cert: Path
    key: Path

    @property
    def combined_pem(self) -> str:
        return self.key.read_text() + self.cert.read_text()


def make_keys(directory: Path, name: str, ip: str | None = None) -> Keys:
    """A fresh RSA key and self-signed certificate; ``ip``: for a TLS server at that address."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, ip or name)])
    now = datetime.datetime.now(datetime.UTC)
    builder = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject)
               .public_key(key.public_key()).serial_number(x509.random_serial_number())
               .not_valid_before(now - datetime.timedelta(minutes=5))
               .not_valid_after(now + datetime.timedelta(days=2)))
    if ip:
        builder = builder.add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address(ip))]), critical=False)
    cert = builder.sign(key, hashes.SHA256())
    keys = Keys(directory / f"{name}.crt", directory / f"{name}.key")
    keys.cert.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    keys.key.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    keys.key.chmod(0o600)
    return keys


@dataclass
class IdentityStandIn:
    """The identity platform's discovery and token endpoints, over HTTPS on 127.0.0.1."""

    directory: Path
    tenant: str = TENANT
    client_id: str = CLIENT_ID
    client_secret: str = CLIENT_SECRET
    #: PEM certificate registered for the app (certificate credentials), if any.
    client_certificate: str = ""
    #: ``expires_in`` of the tokens it issues.
    lifetime: int = 3599
    #: The mailbox the app was granted (Add-MailboxPermission), as introspection reports it.
    mailbox: str = "info@cites.org"
    issued: list[str] = field(default_factory=list)
    #: Every token request's form fields (secrets included: the tests check what was sent).
    token_requests: list[dict[str, str]] = field(default_factory=list)
    discovery_requests: int = 0

    def __post_init__(self) -> None:
        self.tls = make_keys(self.directory, "identity", ip="127.0.0.1")
        self.lock = threading.Lock()
        self._cleanup: list[Path] = []
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(self.tls.cert, self.tls.key)
        self.server.socket = ctx.wrap_socket(self.server.socket, server_side=True)
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def host_url(self) -> str:
        return f"https://127.0.0.1:{self.port}"

    @property
    def token_endpoint(self) -> str:
        return f"{self.host_url}/{self.tenant}/oauth2/v2.0/token"

    def start(self) -> IdentityStandIn:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        for folder in self._cleanup:
            shutil.rmtree(folder, ignore_errors=True)

    # ---- what the endpoints answer
    def openid_configuration(self, tenant: str) -> tuple[int, dict[str, Any]]:
        with self.lock:
            self.discovery_requests += 1
        if tenant != self.tenant:
            return 400, {"error": "invalid_tenant", "error_codes": [90002], "error_description":
                         f"AADSTS90002: Tenant '{tenant}' not found. Check to make sure you have "
                         "the correct tenant ID and are signing into the correct cloud." + TRAILER}
        base = f"{self.host_url}/{tenant}"
        return 200, {"issuer": f"{base}/v2.0", "token_endpoint": f"{base}/oauth2/v2.0/token",
                     "authorization_endpoint": f"{base}/oauth2/v2.0/authorize",
                     "token_endpoint_auth_methods_supported": ["client_secret_post", "private_key_jwt"]}

    def token(self, form: dict[str, str]) -> tuple[int, dict[str, Any]]:
        with self.lock:
            self.token_requests.append(form)
        if form.get("grant_type") != "client_credentials":
            return 400, _error("unsupported_grant_type", 70003, "AADSTS70003: The app requested an unsupported grant type.")
        if form.get("client_id") != self.client_id:
            return 400, _error("unauthorized_client", 700016, f"AADSTS700016: Application with identifier '{form.get('client_id')}' was not found in the directory '{self.tenant}'.")
        if not self._client_authenticated(form):
            return 401, _error("invalid_client", 7000215, BAD_SECRET)
        token = "eyJ0eXAi." + secrets.token_urlsafe(24)
        with self.lock:
            self.issued.append(token)
        return 200, {"token_type": "Bearer", "expires_in": self.lifetime,
                     "ext_expires_in": self.lifetime, "access_token": token}

    def introspect(self, token: str) -> dict[str, Any]:
        """What Exchange would know of a token: valid when issued here, for the granted mailbox."""
        with self.lock:
            active = token in self.issued
        return {"active": True, "email": self.mailbox} if active else {"active": False}

    def dovecot_config(self) -> str:
        """Dovecot settings that take XOAUTH2 with the tokens issued here (checked by introspection)."""
        # Dovecot's auth process runs as an unprivileged user: a folder it can read.
        shared = Path(tempfile.mkdtemp(prefix="idp", dir="/tmp"))
        self._cleanup.append(shared)
        shared.chmod(0o755)
        ca = shared / "identity.crt"
        shutil.copy(self.tls.cert, ca)
        conf = shared / "dovecot-oauth2.conf.ext"
        conf.write_text(f"introspection_mode = post\nintrospection_url = {self.host_url}/introspect\n"
                        f"tls_ca_cert_file = {ca}\nusername_attribute = email\n"
                        "active_attribute = active\nactive_value = true\n")
        for f in (ca, conf):
            f.chmod(0o644)
        return ("auth_mechanisms = plain login xoauth2\n"
                f"passdb {{\n  driver = oauth2\n  mechanisms = xoauth2\n  args = {conf}\n}}\n")

    def _client_authenticated(self, form: dict[str, str]) -> bool:
        if "client_assertion" in form:
            if not self.client_certificate:
                return False
            from cryptography import x509

            cert = x509.load_pem_x509_certificate(self.client_certificate.encode())
            try:
                claims = jwt.decode(form["client_assertion"], cert.public_key(),  # type: ignore[arg-type]
                                    algorithms=["RS256", "PS256"], audience=self.token_endpoint)
            except jwt.PyJWTError:
                return False
            return bool(claims.get("iss") == claims.get("sub") == self.client_id)
        return form.get("client_secret") == self.client_secret


def _error(error: str, code: int, description: str) -> dict[str, Any]:
    return {"error": error, "error_description": description + TRAILER, "error_codes": [code],
            "error_uri": f"https://login.microsoftonline.com/error?code={code}"}


def _handler(stand_in: IdentityStandIn) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - http.server's name
            pass

        def _answer(self, status: int, body: dict[str, Any]) -> None:
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self) -> None:
            parts = self.path.split("?", 1)[0].strip("/").split("/")
            if parts[1:] == ["v2.0", ".well-known", "openid-configuration"]:
                self._answer(*stand_in.openid_configuration(parts[0]))
            else:
                self._answer(404, {"error": "not_found"})

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            form = {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode()).items()}
            parts = self.path.split("?", 1)[0].strip("/").split("/")
            if parts[1:] == ["oauth2", "v2.0", "token"] and parts[0] == stand_in.tenant:
                self._answer(*stand_in.token(form))
            elif parts == ["introspect"]:  # RFC 7662, for Dovecot's oauth2 passdb
                self._answer(200, stand_in.introspect(form.get("token", "")))
            else:
                self._answer(404, {"error": "not_found"})

    return Handler


class XOAuth2SmtpSink(SmtpSink):
    """The test bed's SMTP listener, taking AUTH XOAUTH2 with a token the stand-in issued."""

    def __init__(self, identity: IdentityStandIn) -> None:
        super().__init__()
        self.identity = identity
        self.logins: list[tuple[str, str]] = []  # (user, token)
        handler = self.controller.handler

        async def auth_XOAUTH2(server: SMTP, args: list[str]) -> AuthResult:
            raw = b64decode(args[1]).decode() if len(args) > 1 else ""
            fields = dict(part.split("=", 1) for part in raw.split("\x01") if "=" in part)
            user, token = fields.get("user", ""), fields.get("auth", "").removeprefix("Bearer ")
            if token in self.identity.issued:
                self.logins.append((user, token))
                return AuthResult(success=True, auth_data=user)
            return AuthResult(success=False, handled=False)

        handler.auth_XOAUTH2 = auth_XOAUTH2
        self.controller.SMTP_kwargs["auth_require_tls"] = False  # 127.0.0.1, plain: the test bed's way
