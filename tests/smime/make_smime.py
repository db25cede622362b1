"""S/MIME test mail made with the ``openssl`` program at test time.

Why at test time: certificates expire and keys must not be committed; every
run makes a fresh self-signed certificate (and a small CA with a signer
certificate under it) in a temporary directory, then signs or encrypts a
plain request exactly as a ministry's mail client or gateway would
(``openssl smime -sign -nodetach``, ``openssl cms -sign``, ``openssl smime
-encrypt``, and a detached ``multipart/signed``).
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path

SENDER = "cites@environment.go.ke"
REQUEST = (
    "Dear Secretariat,\n\nKenya nominates the following officer for the CENcomm closed user group.\n\n"
    "Country: Kenya\nName: Grace\nSurname: Wanjiru\nOrganization: Kenya Wildlife Service\n"
    "Position: Senior Investigations Officer\nContact number: +254 722 123 456\n"
    "Official email address: g.wanjiru@kws.go.ke\n"
)


@dataclass(frozen=True)
class Keys:
    """Files in one temporary directory: a self-signed signer, and a CA with a signer under it."""

    dir: Path

    @property
    def self_cert(self) -> Path:
        return self.dir / "self.pem"

    @property
    def self_key(self) -> Path:
        return self.dir / "self.key"

    @property
    def ca_cert(self) -> Path:
        return self.dir / "ca.pem"

    @property
    def issued_cert(self) -> Path:
        return self.dir / "issued.pem"

    @property
    def issued_key(self) -> Path:
        return self.dir / "issued.key"


def _openssl(*args: str | Path, stdin: bytes | None = None) -> bytes:
    proc = subprocess.run(["openssl", *map(str, args)], input=stdin, capture_output=True, check=False, timeout=60)
    if proc.returncode != 0:
        raise RuntimeError(f"openssl {args[0]} failed: {proc.stderr.decode(errors='replace')[-400:]}")
    return proc.stdout


def make_keys(directory: Path) -> Keys:
    """A self-signed certificate, and a CA that issued a second signer certificate."""
    k = Keys(directory)
    subj = f"/CN=CITES Management Authority/emailAddress={SENDER}"
    _openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", k.self_key, "-out", k.self_cert,
             "-days", "30", "-subj", subj)
    ca_key = directory / "ca.key"
    _openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", ca_key, "-out", k.ca_cert,
             "-days", "30", "-subj", "/CN=Test Government CA")
    csr = directory / "issued.csr"
    _openssl("req", "-newkey", "rsa:2048", "-nodes", "-keyout", k.issued_key, "-out", csr, "-subj", subj)
    _openssl("x509", "-req", "-in", csr, "-CA", k.ca_cert, "-CAkey", ca_key, "-CAcreateserial",
             "-out", k.issued_cert, "-days", "30")
    return k


def inner_entity(body: str = REQUEST) -> bytes:
    """The MIME entity a client signs: headers of the body part, then the text (CRLF)."""
    text = "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + body.replace("\n", "\r\n")
    return text.encode("utf-8")


def _envelope(name: str, entity: bytes, subject: str = "CENcomm nomination") -> bytes:
    """Put the outer headers on an S/MIME entity openssl wrote (it writes MIME-Version and Content-*)."""
    head = (f"From: {SENDER}\r\nTo: info@cites.org\r\nSubject: {subject}\r\n"
            f"Date: Mon, 01 Jun 2026 09:00:00 +0000\r\nMessage-ID: <{name}@smime.test>\r\n")
    return head.encode("ascii") + entity


def opaque_signed(keys: Keys, *, tool: str = "smime", issued: bool = False, body: str = REQUEST) -> bytes:
    """``application/(x-)pkcs7-mime; smime-type=signed-data`` with the content inside."""
    cert, key = (keys.issued_cert, keys.issued_key) if issued else (keys.self_cert, keys.self_key)
    extra = ["-certfile", str(keys.ca_cert)] if issued else []
    entity = _openssl(tool, "-sign", "-nodetach", "-signer", cert, "-inkey", key, *extra,
                      "-outform", "SMIME", stdin=inner_entity(body))
    return _envelope(f"opaque-{tool}", entity)


def detached_signed(keys: Keys) -> bytes:
    """``multipart/signed`` with an ``application/pkcs7-signature`` part (clear-signed)."""
    entity = _openssl("smime", "-sign", "-signer", keys.self_cert, "-inkey", keys.self_key,
                      "-outform", "SMIME", stdin=inner_entity())
    return _envelope("detached", entity)


def encrypted(keys: Keys) -> bytes:
    """``application/pkcs7-mime; smime-type=enveloped-data``: only the key holder can read it."""
    entity = _openssl("smime", "-encrypt", "-aes256", "-outform", "SMIME", keys.self_cert, stdin=inner_entity())
    return _envelope("enveloped", entity)


def signed_der(keys: Keys) -> bytes:
    """The bare CMS SignedData (DER), for tampering with."""
    return _openssl("cms", "-sign", "-nodetach", "-signer", keys.self_cert, "-inkey", keys.self_key,
                    "-outform", "DER", stdin=inner_entity())


def pgp_mime(subject: str = "=?utf-8?q?Nominaci=C3=B3n_CENcomm?=") -> bytes:
    """A PGP/MIME (RFC 3156) ``multipart/encrypted`` message; the ciphertext is opaque filler."""
    armour = "-----BEGIN PGP MESSAGE-----\r\n\r\nhQEMA8b0zJ1nYi8ZAQf/U2FtcGxlIGNpcGhlcnRleHQ=\r\n=Q1kx\r\n-----END PGP MESSAGE-----\r\n"
    body = (
        'Content-Type: multipart/encrypted; protocol="application/pgp-encrypted"; boundary="pgp1"\r\n'
        "MIME-Version: 1.0\r\n\r\n--pgp1\r\nContent-Type: application/pgp-encrypted\r\n\r\nVersion: 1\r\n\r\n"
        "--pgp1\r\nContent-Type: application/octet-stream; name=encrypted.asc\r\n\r\n" + armour + "--pgp1--\r\n"
    )
    return _envelope("pgp", body.encode("ascii"), subject)
