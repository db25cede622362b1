"""Shared fixtures: the real Dovecot and aiosmtpd test bed, a clock, a store and configs (built in tests/support)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from intakebot.clock import FixedClock
from intakebot.config import Config, from_dict
from intakebot.store import Store
from tests.support.configs import DIGEST_TO, imap_settings, smtp_settings
from tests.support.servers import Dovecot, SmtpSink, find_dovecot

#: Set by .ci/run: a missing Dovecot is then a failure, not a skip.
REQUIRE_DOVECOT = os.environ.get("INTAKEBOT_REQUIRE_DOVECOT") == "1"


def _dovecot_binary() -> str:
    binary = find_dovecot()
    if binary is None:
        msg = (
            "Dovecot is not installed (Debian package dovecot-imapd); "
            "the README's test command installs it when run as root"
        )
        if REQUIRE_DOVECOT:
            pytest.fail(msg + " -- INTAKEBOT_REQUIRE_DOVECOT=1 makes this a failure")
        pytest.skip(msg)
    return binary


@pytest.fixture(scope="session")
def dovecot_server() -> Iterator[Dovecot]:
    """One Dovecot for the whole session (it starts in ~0.1 s but stops in ~1 s)."""
    server = Dovecot(binary=_dovecot_binary())
    server.start()
    yield server
    server.cleanup()


@pytest.fixture
def dovecot(dovecot_server: Dovecot) -> Iterator[Dovecot]:
    """The session's Dovecot with an empty INBOX and no other folders."""
    if dovecot_server.proc is None:  # a test stopped it
        dovecot_server.start()
    dovecot_server.reset_mailboxes()
    yield dovecot_server
    if dovecot_server.proc is None:
        dovecot_server.start()


@pytest.fixture
def fresh_dovecot() -> Iterator[Dovecot]:
    """A Dovecot of the test's own, for tests that stop, kill or reconfigure it."""
    server = Dovecot(binary=_dovecot_binary())
    server.start()
    yield server
    server.cleanup()


@pytest.fixture(scope="session")
def smtp_server() -> Iterator[SmtpSink]:
    sink = SmtpSink()
    sink.start()
    yield sink
    sink.stop()


@pytest.fixture
def smtp(smtp_server: SmtpSink) -> SmtpSink:
    """The session's SMTP listener, emptied and accepting."""
    smtp_server.clear()
    return smtp_server


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock()


@pytest.fixture
def store(tmp_path: Path) -> Store:
    """An empty store of the test's own, in a folder it does not yet have."""
    return Store(tmp_path / "state" / "intakebot.json")


@pytest.fixture
def local_config(tmp_path: Path) -> Config:
    """The embedded default (Maildir in, Maildir out) in a temp dir."""
    return from_dict({}, base_dir=tmp_path, environ={})


@pytest.fixture
def smtp_config(tmp_path: Path, smtp: SmtpSink) -> Config:
    """Maildir in, the test bed's SMTP listener out."""
    return from_dict(
        {
            "smtp": smtp_settings(smtp.host, smtp.port, retry_min_seconds=60),
            "secretariat": {"digest_to": [DIGEST_TO]},
        },
        base_dir=tmp_path,
        environ={},
    )


@pytest.fixture
def imap_config(tmp_path: Path, dovecot: Dovecot, smtp: SmtpSink) -> Config:
    """The test bed's Dovecot in, its SMTP listener out: a real deployment in small."""
    return from_dict(
        {
            "imap": imap_settings(dovecot, timeout_seconds=15.0),
            "smtp": smtp_settings(smtp.host, smtp.port),
            "secretariat": {"digest_to": [DIGEST_TO]},
        },
        base_dir=tmp_path,
        environ={},
    )
