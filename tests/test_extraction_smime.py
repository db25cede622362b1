"""S/MIME and PGP: signed mail is read and its signature shown; encrypted mail goes to a person.

Certificates and messages are made with ``openssl`` at test time
(tests/smime/make_smime.py); nothing secret is committed.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from cryptography import x509

from intakebot.analysis import analyse, needs_isolation
from intakebot.analysis.smime import open_pkcs7
from tests.smime import make_smime as mk

pytestmark = pytest.mark.skipif(shutil.which("openssl") is None, reason="the openssl program makes the test mail")

EXPECTED = {
    "country": "Kenya", "name": "Grace", "surname": "Wanjiru", "organization": "Kenya Wildlife Service",
    "position": "Senior Investigations Officer", "phone": "+254722123456", "email": "g.wanjiru@kws.go.ke",
}


@pytest.fixture(scope="module")
def keys(tmp_path_factory: pytest.TempPathFactory) -> mk.Keys:
    return mk.make_keys(Path(tmp_path_factory.mktemp("smime")))


def _fields(raw: bytes) -> dict[str, str | None]:
    a = analyse(raw)
    assert a.kind == "request" and len(a.nominees) == 1
    return {k: a.nominees[0].value(k) for k in EXPECTED}


@pytest.mark.parametrize("tool", ["smime", "cms"])  # x-pkcs7-mime and pkcs7-mime
def test_opaque_signed_request_is_unwrapped_and_read(keys: mk.Keys, tool: str) -> None:
    raw = mk.opaque_signed(keys, tool=tool)
    assert b"pkcs7-mime" in raw and b"Wanjiru" not in raw  # the content really is inside the blob
    assert _fields(raw) == EXPECTED
    a = analyse(raw)
    assert a.signature == "unverified"  # self-signed: a certificate we cannot verify
    assert a.unreadable == []
    assert needs_isolation(raw)


def test_signature_under_a_trusted_authority_is_valid(keys: mk.Keys) -> None:
    der = mk._openssl("cms", "-sign", "-nodetach", "-signer", keys.issued_cert, "-inkey", keys.issued_key,
                      "-certfile", keys.ca_cert, "-outform", "DER", stdin=mk.inner_entity())
    ca = x509.load_pem_x509_certificate(keys.ca_cert.read_bytes())
    assert open_pkcs7(der, trust=[ca]).signature == "valid"
    assert open_pkcs7(der, trust=[]).signature == "unverified"
    # The system's authorities do not know the test CA: shown as unverified, still read.
    a = analyse(mk.opaque_signed(keys, issued=True))
    assert a.signature == "unverified" and a.nominees[0].surname == "Wanjiru"


def test_altered_content_makes_the_signature_invalid_but_is_still_read(keys: mk.Keys) -> None:
    der = mk.signed_der(keys)
    at = der.find(b"Wanjiru")
    tampered = der[:at] + b"X" + der[at + 1 :]
    opened = open_pkcs7(tampered)
    assert (opened.kind, opened.signature) == ("signed", "invalid")
    assert b"Xanjiru" in opened.content  # never used to reject: the reviewer sees the flag


def test_detached_signature_reads_as_before(keys: mk.Keys) -> None:
    raw = mk.detached_signed(keys)
    assert b"multipart/signed" in raw
    assert _fields(raw) == EXPECTED
    assert analyse(raw).signature == ""  # not checked: the walker never sees the signed bytes as sent


def test_smime_encrypted_mail_is_left_to_a_person(keys: mk.Keys) -> None:
    a = analyse(mk.encrypted(keys))
    assert [(u.name, u.reason, u.detail) for u in a.unreadable] == [("", "encrypted_mail", "S/MIME")]
    assert all(n.value(k) is None for n in a.nominees for k in EXPECTED)  # nothing invented


def test_pgp_encrypted_mail_is_left_to_a_person() -> None:
    a = analyse(mk.pgp_mime())
    assert [(u.name, u.reason, u.detail) for u in a.unreadable] == [("", "encrypted_mail", "PGP")]


def test_garbage_in_a_pkcs7_part_is_an_attachment_not_a_crash() -> None:
    raw = mk._envelope("garbage", b'MIME-Version: 1.0\r\nContent-Type: application/pkcs7-mime; smime-type=signed-data; '
                       b'name=smime.p7m\r\nContent-Transfer-Encoding: base64\r\n\r\nMIIBAAAA////\r\n')
    a = analyse(raw)
    assert a.signature == "" and a.kind in ("not_request", "request")
