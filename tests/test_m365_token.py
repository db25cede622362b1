"""``intakebot token m365``: the installed console script against a stand-in identity platform.

The stand-in (tests/support/identity.py) is a real HTTPS server on 127.0.0.1
that MSAL talks to exactly as it would to login.microsoftonline.com: OpenID
discovery, then the token endpoint. The real identity platform cannot be
reached from the test machine.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from intakebot.config import SmtpConfig
from intakebot.m365 import CACHE_FILE, REFRESH_MARGIN
from intakebot.mail.transports import SmtpTransport, TemporaryFailure
from intakebot.net import TokenCommandError, oauth2_token
from tests.support.configs import deployment, write_toml
from tests.support.identity import (
    BAD_SECRET,
    CLIENT_ID,
    CLIENT_SECRET,
    TENANT,
    IdentityStandIn,
    XOAuth2SmtpSink,
    make_keys,
)
from tests.support.servers import Dovecot

SCRIPT = Path(sys.executable).parent / "intakebot"


@pytest.fixture
def identity(tmp_path: Path) -> Iterator[IdentityStandIn]:
    server = IdentityStandIn(tmp_path).start()
    yield server
    server.stop()


@dataclass
class Helper:
    """The verb as the bot's unit runs it: credentials and state directories from systemd."""

    identity: IdentityStandIn
    creds: Path
    state: Path

    def argv(self, *extra: str) -> list[str]:
        return [str(SCRIPT), "token", "m365", "--tenant", TENANT, "--client-id", CLIENT_ID,
                "--authority", self.identity.host_url, "--ca-file", str(self.identity.tls.cert), *extra]

    def env(self) -> dict[str, str]:
        return {**os.environ, "CREDENTIALS_DIRECTORY": str(self.creds), "STATE_DIRECTORY": str(self.state)}

    def run(self, *extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(self.argv(*extra), capture_output=True, text=True, env=self.env(),
                              stdin=subprocess.DEVNULL, timeout=120)

    @property
    def cache(self) -> Path:
        return self.state / CACHE_FILE


@pytest.fixture
def helper(tmp_path: Path, identity: IdentityStandIn) -> Helper:
    creds, state = tmp_path / "credentials", tmp_path / "state"
    creds.mkdir(mode=0o700)
    state.mkdir(mode=0o700)
    (creds / "m365_client_secret").write_text(CLIENT_SECRET + "\n")
    return Helper(identity, creds, state)


def one_error_line(r: subprocess.CompletedProcess[str], code: int) -> str:
    assert r.returncode == code, (r.returncode, r.stdout, r.stderr)
    assert r.stdout == "" and "Traceback" not in r.stderr
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1, r.stderr
    return lines[0]


def test_prints_only_the_token_from_a_client_secret_in_the_credentials_directory(helper: Helper) -> None:
    r = helper.run()
    assert r.returncode == 0, r.stderr
    assert r.stdout == helper.identity.issued[0] + "\n" and r.stderr == ""
    [form] = helper.identity.token_requests
    assert form["grant_type"] == "client_credentials" and form["client_secret"] == CLIENT_SECRET
    assert form["scope"] == "https://outlook.office365.com/.default"


def test_the_token_is_cached_in_a_private_file_and_reused(helper: Helper) -> None:
    first, second = helper.run(), helper.run()
    assert first.returncode == second.returncode == 0
    assert first.stdout == second.stdout
    assert len(helper.identity.token_requests) == 1
    assert helper.cache.stat().st_mode & 0o777 == 0o600
    text = helper.cache.read_text()
    assert CLIENT_SECRET not in text and list(helper.state.iterdir()) == [helper.cache]


def test_a_token_close_to_expiry_is_replaced_by_a_new_one(helper: Helper) -> None:
    helper.run()
    entry = json.loads(helper.cache.read_text())
    # Time passes: the cached token now has less than the margin left.
    entry["expires_at"] -= helper.identity.lifetime - REFRESH_MARGIN + 1
    helper.cache.write_text(json.dumps(entry))
    r = helper.run()
    assert r.returncode == 0 and len(helper.identity.token_requests) == 2
    assert r.stdout.strip() == helper.identity.issued[1] != helper.identity.issued[0]
    assert json.loads(helper.cache.read_text())["access_token"] == helper.identity.issued[1]
    assert helper.run().stdout.strip() == helper.identity.issued[1]  # and that one is reused
    assert len(helper.identity.token_requests) == 2


def test_a_short_lived_token_is_not_reused(helper: Helper) -> None:
    helper.identity.lifetime = REFRESH_MARGIN  # gone within the margin: never worth reusing
    assert helper.run().stdout != helper.run().stdout
    assert len(helper.identity.token_requests) == 2


def test_a_damaged_cache_costs_a_request_not_the_token(helper: Helper) -> None:
    helper.cache.write_text('{"key": "x", "access_tok')
    r = helper.run()
    assert r.returncode == 0 and r.stdout.strip() == helper.identity.issued[0]


def test_a_refused_secret_is_one_line_with_the_aadsts_code_and_never_the_secret(helper: Helper) -> None:
    wrong = "Wq8~an-old-rotated-secret-value-9876543210"
    (helper.creds / "m365_client_secret").write_text(wrong)
    line = one_error_line(helper.run(), 1)
    assert line == ("intakebot: error: m365: refused by the identity platform: "
                    f"invalid_client: {BAD_SECRET[:177].rstrip()}...")
    assert "AADSTS7000215: Invalid client secret provided." in line
    assert wrong not in line and "Trace ID" not in line and not helper.cache.exists()


def test_an_unknown_tenant_is_entras_own_reason(helper: Helper) -> None:
    argv = helper.argv()
    argv[argv.index(TENANT)] = "nobody.onmicrosoft.com"
    r = subprocess.run(argv, capture_output=True, text=True, env=helper.env(), timeout=120)
    line = one_error_line(r, 1)
    assert "invalid_tenant: AADSTS90002: Tenant 'nobody.onmicrosoft.com' not found." in line


def test_an_unreachable_identity_platform_is_one_line_exit_1(helper: Helper) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # nothing listens here once closed
    argv = helper.argv()
    argv[argv.index(helper.identity.host_url)] = f"https://127.0.0.1:{port}"
    r = subprocess.run(argv, capture_output=True, text=True, env=helper.env(), timeout=120)
    assert one_error_line(r, 1) == (f"intakebot: error: m365: cannot reach the identity platform at "
                                    f"127.0.0.1:{port}: connection failed (network, DNS or proxy)")


def test_an_untrusted_certificate_is_named(helper: Helper) -> None:
    argv = [a for a in helper.argv() if a not in ("--ca-file", str(helper.identity.tls.cert))]
    r = subprocess.run(argv, capture_output=True, text=True, env=helper.env(), timeout=120)
    assert one_error_line(r, 1).endswith("its TLS certificate is not trusted (--ca-file for a private CA)")


def test_a_certificate_credential_signs_a_client_assertion(tmp_path: Path, helper: Helper) -> None:
    keys = make_keys(tmp_path, "app")
    helper.identity.client_certificate = keys.cert.read_text()
    (helper.creds / "m365_client_secret").unlink()
    (helper.creds / "m365_certificate").write_text(keys.combined_pem)
    r = helper.run()
    assert r.returncode == 0, r.stderr
    [form] = helper.identity.token_requests
    assert "client_secret" not in form and form["client_assertion_type"].endswith("jwt-bearer")
    # A certificate Entra does not know is refused like a wrong secret.
    helper.identity.client_certificate = make_keys(tmp_path, "other").cert.read_text()
    assert "AADSTS7000215" in one_error_line(helper.run("--no-cache"), 1)


def test_usage_mistakes_are_one_line_exit_2(tmp_path: Path, helper: Helper) -> None:
    (helper.creds / "m365_client_secret").unlink()
    assert "no client secret or certificate" in one_error_line(helper.run(), 2)
    (tmp_path / "key.pem").write_text("not a pem")
    assert "no private key" in one_error_line(helper.run("--certificate-file", str(tmp_path / "key.pem")), 2)
    r = helper.run("--client-secret-file", str(tmp_path / "missing"))
    assert one_error_line(r, 2).endswith(f"client secret file not found: {tmp_path / 'missing'}")
    r = subprocess.run([str(SCRIPT), "token", "m365", "--client-id", CLIENT_ID], capture_output=True,
                       text=True, timeout=60)
    assert "Missing option '--tenant'" in one_error_line(r, 2)
    (helper.creds / "m365_client_secret").write_text(CLIENT_SECRET)
    assert "--authority: expected https://HOST" in one_error_line(helper.run("--authority", "http://x"), 2)
    assert helper.identity.token_requests == []


def test_the_bot_runs_the_verb_as_its_oauth2_token_command(
    helper: Helper, monkeypatch: pytest.MonkeyPatch
) -> None:
    """End to end: net.py runs the console script; the SMTP server sees the stand-in's token."""
    import shlex

    sink = XOAuth2SmtpSink(helper.identity)
    sink.start()
    try:
        command = shlex.join(helper.argv())
        cfg = SmtpConfig(host=sink.host, port=sink.port, from_address="info@cites.org",
                         username="info@cites.org", oauth2_token_command=command, starttls=False)
        monkeypatch.setenv("CREDENTIALS_DIRECTORY", str(helper.creds))  # as systemd sets them
        monkeypatch.setenv("STATE_DIRECTORY", str(helper.state))
        for _ in range(2):
            transport = SmtpTransport(cfg)
            transport.open()
            transport.close()
        assert sink.logins == [("info@cites.org", helper.identity.issued[0])] * 2
        assert len(helper.identity.token_requests) == 1  # the second login used the cache
        (helper.creds / "m365_client_secret").write_text("Wq8~an-old-rotated-secret-value-9876543210")
        helper.cache.unlink()
        with pytest.raises(TokenCommandError) as err:
            oauth2_token(command)
        assert err.value.one_line().startswith(
            "oauth2_token_command: failed with exit status 1: intakebot: error: m365: refused by the "
            "identity platform: invalid_client: AADSTS7000215: Invalid client secret provided. Ensure")
        with pytest.raises(TemporaryFailure, match="AADSTS7000215"):
            SmtpTransport(cfg).open()
    finally:
        sink.stop()


@pytest.fixture
def oauth_dovecot(identity: IdentityStandIn) -> Iterator[Dovecot]:
    """The test bed's Dovecot taking XOAUTH2 with the stand-in's tokens (RFC 7662 introspection)."""
    from tests.conftest import _dovecot_binary

    server = Dovecot(binary=_dovecot_binary(), extra_config=identity.dovecot_config())
    server.start()
    yield server
    server.cleanup()


def test_a_first_status_proves_the_mailbox_login_end_to_end(
    tmp_path: Path, helper: Helper, oauth_dovecot: Dovecot
) -> None:
    """docs/microsoft-365.md step 7: `status` logs in over IMAP with the verb's token."""
    import shlex

    with oauth_dovecot.client() as c:
        c.append("INBOX", (Path(__file__).parent.parent / "examples" / "01-en-complete.eml").read_bytes())
    sections = deployment(tmp_path, oauth_dovecot, "127.0.0.1", 9, password="",
                          oauth2_token_command=shlex.join(helper.argv()))
    conf = write_toml(tmp_path / "intakebot.toml", sections)

    def status() -> dict[str, object]:
        r = subprocess.run([str(SCRIPT), "--config", str(conf), "status", "--json"], capture_output=True,
                           text=True, env=helper.env(), timeout=120, stdin=subprocess.DEVNULL)
        assert r.returncode == 0, r.stderr
        return dict(json.loads(r.stdout))

    assert status()["backlog"] == 1
    assert len(helper.identity.token_requests) == 1 and helper.cache.exists()
    # A rotated secret, once the cached token is gone: status says why, in Entra's words.
    (helper.creds / "m365_client_secret").write_text("Wq8~an-old-rotated-secret-value-9876543210")
    helper.cache.unlink()
    backlog = str(status()["backlog"])
    assert backlog.startswith("unknown (") and "AADSTS7000215: Invalid client secret provided." in backlog
    assert CLIENT_SECRET not in backlog and "Wq8~" not in backlog


def test_under_systemd_a_refused_login_is_one_error_line_in_the_journal_with_entras_reason(
    tmp_path: Path, helper: Helper, oauth_dovecot: Dovecot
) -> None:
    """What `journalctl -u intakebot -p err` shows when the secret was rotated: the AADSTS line."""
    import shlex

    sections = deployment(tmp_path, oauth_dovecot, "127.0.0.1", 9, password="",
                          oauth2_token_command=shlex.join(helper.argv()))
    conf = write_toml(tmp_path / "intakebot.toml", sections)
    (helper.creds / "m365_client_secret").write_text("Wq8~an-old-rotated-secret-value-9876543210")
    stream = tmp_path / "journal-stream"  # plays journald's stream: $JOURNAL_STREAM names it
    with stream.open("w+b") as err:
        st = os.fstat(err.fileno())
        env = {**helper.env(), "JOURNAL_STREAM": f"{st.st_dev}:{st.st_ino}"}
        r = subprocess.run([str(SCRIPT), "--config", str(conf), "poll", "--once", "--quiet"], stderr=err,
                           stdout=subprocess.DEVNULL, stdin=subprocess.DEVNULL, env=env, timeout=120)
    lines = stream.read_text(encoding="utf-8").splitlines()
    assert r.returncode == 2 and lines, lines
    # The poll's own warning, then the command's one error line: both pass `-p warning`.
    assert all(ln[:3] in ("<3>", "<4>") for ln in lines), lines
    assert lines[-1].startswith("<3>intakebot: error: config: [imap] login failed for info@cites.org: ")
    for line in lines:
        assert "AADSTS7000215: Invalid client secret provided." in line and "Wq8~" not in line
