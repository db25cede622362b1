"""intakebot.net: one token-command behaviour, one TLS context, one backoff, for IMAP and SMTP.

The token helpers are real programs run by the real code; the IMAP and SMTP
ends are the test bed's real Dovecot and aiosmtpd.
"""

from __future__ import annotations

import ssl
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from intakebot.config import Config, ImapConfig
from intakebot.mail.transports import SmtpTransport, TemporaryFailure
from intakebot.net import (
    TlsSetupError,
    TokenCommandError,
    exponential_delay,
    oauth2_token,
    tls_context,
)
from intakebot.sources.imap import ImapAuthError, ImapError, ImapSource, ImapUnavailable

REASON = "AADSTS70008: The provided authorization code or refresh token has expired"


def helper(tmp_path: Path, body: str) -> str:
    """A token helper program: ``body`` is its Python source."""
    script = tmp_path / "get_token.py"
    script.write_text("import sys\n" + body)
    return f"{sys.executable} {script}"


def test_the_token_is_the_first_non_empty_line(tmp_path: Path) -> None:
    cmd = helper(tmp_path, "print()\nprint('   ')\nprint('  tok-1  ')\nprint('expires=3599')\n")
    assert oauth2_token(cmd) == "tok-1"


def test_the_helper_gets_no_stdin(tmp_path: Path) -> None:
    """A helper that prompts must fail at once, not read the daemon's stdin or hang."""
    cmd = helper(tmp_path, "data = sys.stdin.read()\nprint('tok-' + str(len(data)))\n")
    runner = f"from intakebot.net import oauth2_token; print(oauth2_token({cmd!r}))"
    r = subprocess.run([sys.executable, "-c", runner], input="typed secret\n",
                       capture_output=True, text=True, timeout=60, check=True)
    assert r.stdout.strip() == "tok-0"


def test_a_failure_is_one_line_with_the_helpers_reason(tmp_path: Path) -> None:
    cmd = helper(tmp_path, f"print('step 1', file=sys.stderr)\nprint({REASON!r}, file=sys.stderr)\n"
                           "sys.exit(1)\n")
    with pytest.raises(TokenCommandError) as err:
        oauth2_token(cmd)
    assert err.value.one_line() == f"oauth2_token_command: failed with exit status 1: {REASON}"


def test_the_token_never_appears_in_the_error(tmp_path: Path) -> None:
    token = "ya29.a0AfH6SMBx-very-secret"
    cmd = helper(tmp_path, f"print({token!r})\nprint('rejected ' + {token!r}, file=sys.stderr)\n"
                           "sys.exit(2)\n")
    with pytest.raises(TokenCommandError) as err:
        oauth2_token(cmd)
    assert token not in str(err.value) and "rejected [redacted]" in str(err.value)


def test_no_token_printed_says_why(tmp_path: Path) -> None:
    cmd = helper(tmp_path, "print('no cached account for info@cites.org', file=sys.stderr)\n")
    with pytest.raises(TokenCommandError, match="printed no token: no cached account"):
        oauth2_token(cmd)
    with pytest.raises(TokenCommandError, match="cannot be split"):
        oauth2_token("'unterminated")
    with pytest.raises(TokenCommandError, match="is empty"):
        oauth2_token("   ")


def test_smtp_and_imap_report_the_same_reason(
    tmp_path: Path, smtp_config: Config, imap_config: Config
) -> None:
    cmd = helper(tmp_path, f"print({REASON!r}, file=sys.stderr)\nsys.exit(1)\n")
    assert smtp_config.smtp is not None and imap_config.imap is not None
    smtp = SmtpTransport(replace(smtp_config.smtp, oauth2_token_command=cmd, username="bot"))
    with pytest.raises(TemporaryFailure) as smtp_err:
        smtp.open()
    assert smtp_err.value.scope == "connection"
    imap = ImapSource(replace(imap_config.imap, oauth2_token_command=cmd))
    with pytest.raises(ImapAuthError) as imap_err:
        imap.session.connect()
    imap.close()
    for text in (smtp_err.value.text, str(imap_err.value)):
        assert f"oauth2_token_command: failed with exit status 1: {REASON}" in text


def test_tls_context_verifies_and_names_an_unusable_ca_file(tmp_path: Path) -> None:
    ctx = tls_context()
    assert ctx.verify_mode == ssl.CERT_REQUIRED and ctx.check_hostname
    assert ctx.minimum_version == ssl.TLSVersion.TLSv1_2
    loose = tls_context(verify=False)
    assert loose.verify_mode == ssl.CERT_NONE and not loose.check_hostname
    missing = tmp_path / "no-such-ca.pem"
    with pytest.raises(TlsSetupError, match="no-such-ca.pem: cannot be used"):
        tls_context(str(missing))
    garbage = tmp_path / "garbage.pem"
    garbage.write_text("not a certificate\n")
    with pytest.raises(TlsSetupError, match="garbage.pem"):
        tls_context(str(garbage))


def test_imap_with_an_unusable_ca_file_is_a_clear_error_not_a_network_fault(tmp_path: Path) -> None:
    cfg = ImapConfig(host="127.0.0.1", username="u", password="p", port=1,
                     ca_file=str(tmp_path / "missing.pem"))
    src = ImapSource(cfg, sleep=lambda _s: None)
    with pytest.raises(ImapError, match=r"\[imap\] ca_file .*missing.pem: cannot be used") as err:
        src.session.connect()
    assert not isinstance(err.value, ImapUnavailable)  # not retried as a network fault


def test_one_doubling_rule() -> None:
    assert [exponential_delay(60, 600, n) for n in range(6)] == [60, 120, 240, 480, 600, 600]
    assert exponential_delay(1, 10, -3) == 1 and exponential_delay(1, 10, 10_000) == 10
