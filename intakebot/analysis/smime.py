"""S/MIME opaque-signed and enveloped data: unwrap what we can, say what we cannot.

Why asn1crypto + cryptography: ministries sign with ``openssl smime -sign
-nodetach`` or Outlook's "opaque" signing, which puts the whole message inside
a CMS SignedData blob. ``cryptography`` signs and decrypts PKCS#7 but has no
public verifier, so asn1crypto (pure Python, parses every CMS structure)
takes the blob apart and ``cryptography`` checks the signature against the
certificate the message carries -- no subprocess, no temporary files.

The result is shown to the Secretariat's reviewer and never used to reject:

* ``valid`` -- the content is what was signed, and the signer's certificate
  chains to a trusted authority (the system's CA bundle, or ``trust``);
* ``invalid`` -- the content or the signature does not match: altered on the
  way, or forged;
* ``unverified`` -- the content matches its signature but the certificate is
  self-signed, unknown, expired or missing, or the algorithm is not one we
  check: "signed by a certificate we cannot verify".
"""

from __future__ import annotations

import functools
import hashlib
import logging
import warnings
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

log = logging.getLogger(__name__)

#: Where Debian keeps the trusted authorities.
SYSTEM_BUNDLE = "/etc/ssl/certs/ca-certificates.crt"
_HASHES = {"sha1", "sha224", "sha256", "sha384", "sha512"}


@dataclass(frozen=True)
class Opened:
    """What one ``application/pkcs7-mime`` blob holds.

    ``kind`` is "signed" (``content`` is the signed MIME entity, ``signature``
    the check's result), "encrypted" (enveloped data: nothing to read) or
    "unknown" (not CMS we know; ``content`` empty).
    """

    kind: str
    content: bytes = b""
    signature: str = ""


def open_pkcs7(data: bytes, trust: list[Any] | None = None) -> Opened:
    """Unwrap a DER (or base64-decoded) CMS blob; never raises on bad input."""
    from asn1crypto import cms

    try:
        info = cms.ContentInfo.load(data)
        ctype = info["content_type"].native
        if ctype in ("enveloped_data", "authenticated_enveloped_data", "encrypted_data"):
            return Opened("encrypted")
        if ctype != "signed_data":
            return Opened("unknown")
        signed = info["content"]
        content = signed["encap_content_info"]["content"].native
    except Exception as e:  # noqa: BLE001 - hostile DER: asn1crypto raises many types
        log.info("pkcs7 blob unreadable: %s", type(e).__name__)
        return Opened("unknown")
    if not isinstance(content, bytes):
        return Opened("unknown")  # detached: nothing inside to read
    try:
        status = _check(signed, content, trust if trust is not None else _system_trust())
    except Exception as e:  # noqa: BLE001 - an odd structure is not an invalid signature
        log.info("pkcs7 signature not checked: %s", type(e).__name__)
        status = "unverified"
    return Opened("signed", content, status)


def _check(signed: Any, content: bytes, trust: list[Any]) -> str:
    """"valid" / "invalid" / "unverified" for the first signer."""
    from cryptography import x509

    certs = [x509.load_der_x509_certificate(c.chosen.dump()) for c in signed["certificates"] or [] if c.name == "certificate"]
    infos = list(signed["signer_infos"])
    if not infos:
        return "unverified"
    si = infos[0]
    signer = _signer_cert(si["sid"], certs)
    if signer is None:
        return "unverified"
    digest_name = si["digest_algorithm"]["algorithm"].native
    if digest_name not in _HASHES:
        return "unverified"
    to_verify = content
    attrs = si["signed_attrs"]
    if attrs is not None and len(attrs):
        digests = [a["values"][0].native for a in attrs if a["type"].native == "message_digest"]
        if not digests or digests[0] != hashlib.new(digest_name, content).digest():
            return "invalid"
        to_verify = b"\x31" + attrs.dump()[1:]  # signed over the SET OF, not the [0] tag
    verdict = _verify_signature(signer, si, digest_name, to_verify)
    if verdict != "valid":
        return verdict
    return "valid" if _chains(signer, certs, trust) else "unverified"


def _signer_cert(sid: Any, certs: list[Any]) -> Any:
    if sid.name == "issuer_and_serial_number":
        serial = sid.chosen["serial_number"].native
        issuer = sid.chosen["issuer"].dump()
        for c in certs:
            if c.serial_number == serial and c.issuer.public_bytes() == issuer:
                return c
        return None
    from cryptography import x509

    ski = sid.chosen.native
    for c in certs:
        try:
            if c.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value.digest == ski:
                return c
        except x509.ExtensionNotFound:
            continue
    return None


def _verify_signature(cert: Any, si: Any, digest_name: str, data: bytes) -> str:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa

    algo = getattr(hashes, digest_name.upper())()
    key = cert.public_key()
    sig = si["signature"].native
    sig_name = si["signature_algorithm"]["algorithm"].native
    try:
        if isinstance(key, rsa.RSAPublicKey):
            if sig_name == "rsassa_pss":
                params = si["signature_algorithm"]["parameters"]
                pad: padding.AsymmetricPadding = padding.PSS(padding.MGF1(algo), params["salt_length"].native)
            else:
                pad = padding.PKCS1v15()
            key.verify(sig, data, pad, algo)
        elif isinstance(key, ec.EllipticCurvePublicKey):
            key.verify(sig, data, ec.ECDSA(algo))
        else:
            return "unverified"
    except InvalidSignature:
        return "invalid"
    return "valid"


def _chains(cert: Any, pool: list[Any], trust: list[Any], now: datetime | None = None) -> bool:
    """Does ``cert`` lead, through certificates in the message, to a trusted one?"""
    now = now or datetime.now(UTC)
    current = cert
    for _ in range(6):
        if not (current.not_valid_before_utc <= now <= current.not_valid_after_utc):
            return False
        for anchor in trust:
            if anchor == current:
                return True
            if _issued_by(current, anchor):
                return True
        parents = [c for c in pool if c != current and _issued_by(current, c)]
        if not parents:
            return False
        current = parents[0]
    return False


def _issued_by(child: Any, issuer: Any) -> bool:
    try:
        child.verify_directly_issued_by(issuer)
    except Exception:  # noqa: BLE001 - ValueError, TypeError, InvalidSignature: not its issuer
        return False
    return True


@functools.lru_cache(maxsize=1)
def _system_trust_cached() -> tuple[Any, ...]:
    from cryptography import x509

    try:
        with open(SYSTEM_BUNDLE, "rb") as f, warnings.catch_warnings():
            warnings.simplefilter("ignore")  # a root or two with a zero serial: still an anchor
            return tuple(x509.load_pem_x509_certificates(f.read()))
    except (OSError, ValueError):
        return ()


def _system_trust() -> list[Any]:
    return list(_system_trust_cached())
