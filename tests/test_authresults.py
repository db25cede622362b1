"""The authentication-results policy: which results of which servers count, and status says so."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from intakebot.analysis.authresults import authentication_failed, describe, results
from intakebot.config import DEFAULT_AUTH_POLICY, ConfigError, from_dict

MX = ("mx.cites.org",)


@pytest.mark.parametrize(
    "header",
    [
        "mx.cites.org; dmarc=fail header.from=kws.go.ke",
        "mx.cites.org; dkim=fail header.d=kws.go.ke",
        "mx.cites.org; spf=fail smtp.mailfrom=kws.go.ke",
        "mx.cites.org; spf=softfail smtp.mailfrom=kws.go.ke",
        "MX.CITES.ORG 1; DMARC = FAIL (p=reject) header.from=kws.go.ke",
    ],
)
def test_the_default_policy_counts_every_outright_failure(header: str) -> None:
    assert authentication_failed([header], MX)


def test_dmarc_none_passes_by_default_and_fails_when_the_policy_says_so() -> None:
    header = ["mx.cites.org; spf=pass; dkim=pass; dmarc=none header.from=kws.go.ke"]
    assert "dmarc=none" not in DEFAULT_AUTH_POLICY
    assert not authentication_failed(header, MX)
    assert authentication_failed(header, MX, ("dmarc=none",))


def test_one_valid_dkim_signature_verifies_the_message() -> None:
    # A mailing list re-signed the mail: the author's signature broke, the list's holds.
    header = ["mx.cites.org; dkim=fail header.d=kws.go.ke; dkim=pass header.d=lists.example"]
    assert not authentication_failed(header, MX)
    split = ["mx.cites.org; dkim=fail header.d=kws.go.ke", "mx.cites.org; dkim=pass header.d=l.example"]
    assert not authentication_failed(split, MX)


def test_a_sender_cannot_forge_a_pass_inside_a_quoted_value_or_comment() -> None:
    quoted = ['mx.cites.org; dkim=fail header.d=kws.go.ke header.b="x; dkim=pass"']
    comment = ["mx.cites.org; dkim=fail (see ; dkim=pass (nested)) header.d=kws.go.ke"]
    assert authentication_failed(quoted, MX)
    assert authentication_failed(comment, MX)
    assert results(comment[0]) == ("mx.cites.org", [("dkim", "fail")])


def test_only_trusted_servers_count() -> None:
    forged = ["forged.example; dmarc=fail header.from=kws.go.ke"]
    assert not authentication_failed(forged, MX)
    assert not authentication_failed(["mx.cites.org; dmarc=fail"], ())
    assert not authentication_failed(["", ";", "mx.cites.org"], MX)


def test_passing_results_and_unlisted_results_are_not_failures() -> None:
    header = ["mx.cites.org; spf=pass; dkim=pass; dmarc=pass; arc=fail"]
    assert not authentication_failed(header, MX)
    assert not authentication_failed(["mx.cites.org; dmarc=temperror"], MX)
    assert authentication_failed(["mx.cites.org; dmarc=temperror"], MX, ("dmarc=temperror",))


def test_the_policy_is_read_from_config_and_a_typo_is_one_line(tmp_path: Path) -> None:
    cfg = from_dict({"intake": {"auth_policy": ["dmarc=fail", "dmarc=none"]}}, base_dir=tmp_path, environ={})
    assert cfg.intake.auth_policy == ("dmarc=fail", "dmarc=none")
    assert from_dict({}, base_dir=tmp_path, environ={}).intake.auth_policy == DEFAULT_AUTH_POLICY
    with pytest.raises(ConfigError, match=r"\[intake\] auth_policy: expected one of .*got 'dmarc=fial'"):
        from_dict({"intake": {"auth_policy": ["dmarc=fial"]}}, base_dir=tmp_path, environ={})
    with pytest.raises(ConfigError, match="list of strings"):
        from_dict({"intake": {"auth_policy": "dmarc=fail"}}, base_dir=tmp_path, environ={})


def test_describe_says_when_checking_is_off(tmp_path: Path) -> None:
    off = from_dict({}, base_dir=tmp_path, environ={}).intake
    assert describe(off).startswith("off: no [intake] trusted_authserv_ids")
    empty = from_dict({"intake": {"trusted_authserv_ids": ["mx.cites.org"], "auth_policy": []}},
                      base_dir=tmp_path, environ={}).intake
    assert describe(empty).startswith("off: [intake] auth_policy is empty")
    on = from_dict({"intake": {"trusted_authserv_ids": ["mx.cites.org"]}}, base_dir=tmp_path, environ={}).intake
    assert describe(on) == (
        "on: results of mx.cites.org; failed means dmarc=fail, dkim=fail, spf=fail, spf=softfail"
    )


def _status(cfg: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "intakebot", "--config", str(cfg), "status", *args],
        capture_output=True, text=True, timeout=120, cwd=cfg.parent,
        env={**os.environ, "COLUMNS": "200"},
    )


def test_status_shows_that_authentication_checking_is_off(tmp_path: Path) -> None:
    cfg = tmp_path / "c.toml"
    cfg.write_text("[intake]\npoll_interval_seconds = 60\n")
    r = _status(cfg)
    assert r.returncode == 0, r.stderr
    assert "Authentication" in r.stdout and "no [intake] trusted_authserv_ids" in r.stdout
    cfg.write_text("[intake]\ntrusted_authserv_ids = ['mx.cites.org']\n")
    data = json.loads(_status(cfg, "--json").stdout)
    assert data["authentication"].startswith("on: results of mx.cites.org")


def test_the_example_config_documents_the_default_policy() -> None:
    import tomllib

    example = Path(__file__).resolve().parent.parent / "config" / "example.toml"
    doc = tomllib.loads(example.read_text(encoding="utf-8"))
    assert tuple(doc["intake"]["auth_policy"]) == DEFAULT_AUTH_POLICY
