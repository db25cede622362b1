"""ImapSource against the real Dovecot of the test bed: the real imapclient and server, no stand-ins.

Each test appends its own messages (the ``dovecot`` fixture gives an empty
INBOX), runs the source the way the intake loop does -- batches, then a store
commit of the checkpoint, then acknowledge -- and inspects the mailbox with a
separate IMAP connection.
"""

from __future__ import annotations

import random
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from intakebot.config import Config, ImapConfig, LimitsConfig
from intakebot.net import Backoff, TokenCommandError, oauth2_token, xoauth2_string
from intakebot.sources.base import Batch
from intakebot.sources.imap import ImapAuthError, ImapError, ImapSource, ImapUnavailable
from intakebot.sources.imap_session import retry_transient
from intakebot.store import Store
from tests.support.mail import EXAMPLES, mail
from tests.support.servers import Dovecot, find_dovecot

KEYWORD = "$CUGProcessed"


def numbered(i: int, *, body: str = "Hello", pad: int = 0) -> bytes:
    """Message ``i`` of a mailbox, with a Message-ID of its own in every run."""
    return mail(body, sender=f"sender{i}@example.org", subject=f"Message {i}",
                message_id=f"<m{i}.{random.randrange(1 << 30)}@example.org>", pad=pad)


def append(dc: Dovecot, n: int, *, folder: str = "INBOX", flags: tuple[str, ...] = ()) -> None:
    with dc.client() as c:
        for i in range(n):
            c.append(folder, numbered(i), flags=flags)


def flags_of(dc: Dovecot, folder: str = "INBOX") -> dict[int, set[str]]:
    with dc.client() as c:
        c.select_folder(folder, readonly=True)
        got = c.get_flags(c.search("ALL"))
    # \Recent is per-session state (whoever selects first sees it), not a stored flag.
    return {int(u): {f.decode() for f in fl} - {"\\Recent"} for u, fl in got.items()}


def cycle(src: ImapSource, store: Store) -> list[Batch]:
    """What the intake loop does with a source: commit each batch's checkpoint."""
    out = []
    for batch in src.batches(store.read()):
        with store.transaction() as tx:
            tx.set_state(batch.checkpoint_key, batch.checkpoint)
        out.append(batch)
    return out


@pytest.fixture
def cfg(imap_config: Config) -> ImapConfig:
    assert imap_config.imap is not None
    return imap_config.imap


@pytest.fixture
def source(cfg: ImapConfig) -> Iterator[ImapSource]:
    src = ImapSource(cfg, limits=LimitsConfig())
    yield src
    src.close()


# ---------------------------------------------------------------- reading


def test_batches_follow_the_checkpoint(dovecot: Dovecot, cfg: ImapConfig, store: Store) -> None:
    append(dovecot, 5)
    src = ImapSource(replace(cfg, fetch_batch=2), limits=LimitsConfig())
    try:
        uids = sorted(flags_of(dovecot))
        batches = cycle(src, store)
        assert [len(b.mails) for b in batches] == [2, 2, 1]
        assert [b.checkpoint["last_uid"] for b in batches] == [uids[1], uids[3], uids[4]]
        uidvalidity = batches[0].checkpoint["uidvalidity"]
        assert all(b.checkpoint["uidvalidity"] == uidvalidity for b in batches)
        assert batches[0].checkpoint_key == f"imap:{cfg.username}@{cfg.host}/INBOX"
        first = batches[0].mails[0]
        assert (first.uid, first.uidvalidity, first.mailbox) == (uids[0], uidvalidity, "INBOX")
        assert b"Subject: Message 0" in first.data and first.size == len(first.data)
        assert first.received_at is not None and first.received_at.tzinfo is not None
        assert not first.truncated

        assert cycle(src, store) == []  # nothing new: nothing yielded
        append(dovecot, 1)
        again = cycle(src, store)
        assert [[m.uid for m in b.mails] for b in again] == [[max(flags_of(dovecot))]]
    finally:
        src.close()


def test_fresh_source_resumes_from_the_stored_checkpoint(
    dovecot: Dovecot, cfg: ImapConfig, store: Store
) -> None:
    append(dovecot, 3)
    with_one = ImapSource(cfg, limits=LimitsConfig())
    cycle(with_one, store)
    with_one.close()
    append(dovecot, 2)
    other = ImapSource(cfg, limits=LimitsConfig())
    try:
        assert [m.uid for b in cycle(other, store) for m in b.mails] == sorted(flags_of(dovecot))[3:]
    finally:
        other.close()


def test_fetch_uses_peek_and_never_sets_seen(
    dovecot: Dovecot, source: ImapSource, store: Store
) -> None:
    append(dovecot, 3)
    append(dovecot, 1, flags=("\\Flagged",))
    mails = [m for b in cycle(source, store) for m in b.mails]
    assert len(mails) == 4
    assert mails[3].flags == ("\\Flagged",)
    assert all("\\Seen" not in f for f in flags_of(dovecot).values())


def test_not_request_flags_stay_exactly_as_they_were(
    dovecot: Dovecot, source: ImapSource, store: Store
) -> None:
    append(dovecot, 1)
    append(dovecot, 1, flags=("\\Flagged", "$Label1"))
    append(dovecot, 1, flags=("\\Seen", "\\Answered"))
    before = flags_of(dovecot)
    mails = [m for b in cycle(source, store) for m in b.mails]
    source.acknowledge([(m, "not_request") for m in mails])
    assert flags_of(dovecot) == before


def test_processed_mail_gets_the_keyword_and_nothing_else(
    dovecot: Dovecot, source: ImapSource, store: Store
) -> None:
    append(dovecot, 3)
    mails = [m for b in cycle(source, store) for m in b.mails]
    assert source.keywords_allowed  # Dovecot's PERMANENTFLAGS has \*
    source.acknowledge([(mails[0], "request"), (mails[1], "auto_reply"), (mails[2], "not_request")])
    assert flags_of(dovecot) == {mails[0].uid: {KEYWORD}, mails[1].uid: {KEYWORD}, mails[2].uid: set()}


def test_processed_mailbox_receives_requests_only(
    dovecot: Dovecot, cfg: ImapConfig, store: Store
) -> None:
    append(dovecot, 3)
    src = ImapSource(replace(cfg, processed_mailbox="CUG-processed"), limits=LimitsConfig())
    try:
        mails = [m for b in cycle(src, store) for m in b.mails]
        src.acknowledge([(mails[0], "request"), (mails[1], "not_request"), (mails[2], "request")])
    finally:
        src.close()
    assert flags_of(dovecot) == {mails[1].uid: set()}  # the not_request stays, untouched
    moved = flags_of(dovecot, "CUG-processed")
    assert len(moved) == 2 and all(f == {KEYWORD} for f in moved.values())


def test_shadow_mode_examines_and_acknowledges_nothing(
    dovecot: Dovecot, cfg: ImapConfig, store: Store
) -> None:
    append(dovecot, 2)
    src = ImapSource(replace(cfg, processed_mailbox="CUG-processed"), read_only=True)
    try:
        mails = [m for b in cycle(src, store) for m in b.mails]
        assert src.session.selected is not None and b"READ-WRITE" not in src.session.selected  # EXAMINE
        src.acknowledge([(m, "request") for m in mails])
    finally:
        src.close()
    assert flags_of(dovecot) == {m.uid: set() for m in mails}
    with dovecot.client() as c:
        assert not c.folder_exists("CUG-processed")


def test_oversize_messages_arrive_as_headers_only(
    dovecot: Dovecot, cfg: ImapConfig, store: Store
) -> None:
    with dovecot.client() as c:
        c.append("INBOX", numbered(1, body="SMALL-BODY"))
        c.append("INBOX", numbered(2, body="BIG-BODY", pad=20_000))
    src = ImapSource(cfg, limits=LimitsConfig(max_message_bytes=5_000))
    try:
        small, big = [m for b in cycle(src, store) for m in b.mails]
    finally:
        src.close()
    assert not small.truncated and b"SMALL-BODY" in small.data
    assert big.truncated and big.size > 20_000
    assert b"Subject: Message 2" in big.data and b"BIG-BODY" not in big.data
    assert len(big.data) < 1_000
    assert all("\\Seen" not in f for f in flags_of(dovecot).values())


def test_uidvalidity_change_rescans_and_never_marks_a_stale_uid(
    dovecot: Dovecot, cfg: ImapConfig, store: Store
) -> None:
    with dovecot.client() as c:
        c.create_folder("Intake")
    append(dovecot, 2, folder="Intake")
    icfg = replace(cfg, mailbox="Intake")
    src = ImapSource(icfg, limits=LimitsConfig())
    try:
        old = [m for b in cycle(src, store) for m in b.mails]
        src.close()
        with dovecot.client() as c:  # the mailbox is deleted and recreated
            c.delete_folder("Intake")
            time.sleep(1.1)  # Dovecot derives UIDVALIDITY from the clock (seconds)
            c.create_folder("Intake")
        append(dovecot, 1, folder="Intake")
        new = cycle(src, store)
        assert [[m.uid for m in b.mails] for b in new] == [[1]]
        assert new[0].checkpoint["uidvalidity"] != old[0].uidvalidity
        # The old UID 1 is not the new UID 1: acknowledging the old one must not mark it.
        src.acknowledge([(old[0], "request")])
        assert flags_of(dovecot, "Intake") == {1: set()}
    finally:
        src.close()


def test_empty_mailbox_records_its_uidvalidity(
    dovecot: Dovecot, source: ImapSource, store: Store
) -> None:
    batches = cycle(source, store)
    assert [b.mails for b in batches] == [[]]
    assert store.read().get_state(source.checkpoint_key)["last_uid"] == 0
    assert cycle(source, store) == []


def test_every_connection_has_a_socket_timeout(source: ImapSource, cfg: ImapConfig) -> None:
    assert source.session.connect().socket().gettimeout() == cfg.timeout_seconds


# ---------------------------------------------------------------- faults


def test_server_stopped_mid_cycle_gives_a_clean_error_then_resumes(
    fresh_dovecot: Dovecot, cfg: ImapConfig, store: Store
) -> None:
    dc = fresh_dovecot
    append(dc, 6)
    delays: list[float] = []
    src = ImapSource(
        replace(cfg, port=dc.port, fetch_batch=2),
        connect_attempts=2,
        sleep=delays.append,
        backoff=Backoff(base=0.01, cap=0.05),
    )
    try:
        it = src.batches(store.read())
        first = next(it)
        with store.transaction() as tx:
            tx.set_state(first.checkpoint_key, first.checkpoint)
        dc.stop()
        with pytest.raises(ImapUnavailable):
            next(it)
        with pytest.raises(ImapUnavailable):  # still down: retried with backoff, then a clean error
            cycle(src, store)
        assert len(delays) == 1 and 0 < delays[0] <= 0.05
        dc.start()
        rest = [m.uid for b in cycle(src, store) for m in b.mails]
        assert rest == [3, 4, 5, 6]
    finally:
        src.close()


def test_retry_transient_gives_up_on_permanent_errors_at_once() -> None:
    calls: list[int] = []

    def fails_permanently() -> None:
        calls.append(1)
        raise ImapAuthError("refused")

    with pytest.raises(ImapAuthError):
        retry_transient(fails_permanently, attempts=5, backoff=Backoff(), sleep=lambda _s: None)
    assert calls == [1]


def test_backoff_grows_exponentially_with_jitter_and_a_cap() -> None:
    b = Backoff(base=1.0, cap=8.0, rng=random.Random(7))
    delays = [b.next_delay() for _ in range(6)]
    for d, ceiling in zip(delays, [1, 2, 4, 8, 8, 8], strict=True):
        assert ceiling / 2 <= d <= ceiling
    assert len(set(delays)) == len(delays)  # jittered, not lock-step
    b.reset()
    assert b.next_delay() <= 1.0


# ---------------------------------------------------------------- TLS


@pytest.fixture(scope="module")
def tls_files(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    d = tmp_path_factory.mktemp("tls")
    cert, key = d / "cert.pem", d / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
         "-subj", "/CN=localhost", "-keyout", str(key), "-out", str(cert),
         "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"],
        check=True, capture_output=True,
    )
    return cert, key


@pytest.fixture(scope="module")
def tls_dovecot(tls_files: tuple[Path, Path]) -> Iterator[Dovecot]:
    binary = find_dovecot()
    if binary is None:
        pytest.skip("Dovecot is not installed")
    cert, key = tls_files
    server = Dovecot(binary, ssl=True, cert=cert, key=key)
    server.start()
    yield server
    server.cleanup()


def tls_cfg(dc: Dovecot, **kw: object) -> ImapConfig:
    base = ImapConfig(host="127.0.0.1", username=dc.user, password=dc.password,
                      port=dc.imaps_port, ssl=True, timeout_seconds=10.0)
    return replace(base, **kw)  # type: ignore[arg-type]


def _uidvalidity(src: ImapSource) -> int | None:
    src._select()
    return src.uidvalidity


def test_tls_is_verified_and_fails_without_the_ca(tls_dovecot: Dovecot) -> None:
    src = ImapSource(tls_cfg(tls_dovecot), connect_attempts=3, sleep=lambda _s: None)
    with pytest.raises(ImapError, match="certificate") as err:
        src.session.connect()
    assert not isinstance(err.value, ImapUnavailable)  # not retried as a network fault


def test_tls_succeeds_with_the_ca_file(tls_dovecot: Dovecot, tls_files: tuple[Path, Path]) -> None:
    src = ImapSource(tls_cfg(tls_dovecot, ca_file=str(tls_files[0])))
    try:
        assert _uidvalidity(src)
        assert src.session.connect().socket().version() in ("TLSv1.2", "TLSv1.3")
    finally:
        src.close()


def test_starttls_with_the_ca_file(tls_dovecot: Dovecot, tls_files: tuple[Path, Path]) -> None:
    cfg = tls_cfg(tls_dovecot, ca_file=str(tls_files[0]), port=tls_dovecot.port,
                  ssl=False, starttls=True)
    src = ImapSource(cfg)
    try:
        assert _uidvalidity(src)
        assert src.session.connect().socket().gettimeout() == 10.0
    finally:
        src.close()
    with pytest.raises(ImapError, match="certificate"):
        ImapSource(replace(cfg, ca_file="")).session.connect()


def test_tls_verify_false_is_an_explicit_opt_out(tls_dovecot: Dovecot) -> None:
    src = ImapSource(tls_cfg(tls_dovecot, tls_verify=False))
    try:
        assert _uidvalidity(src)
    finally:
        src.close()


# ---------------------------------------------------------------- XOAUTH2

TOKEN = "ya29.test-token-" + "Q" * 20


@pytest.fixture(scope="module")
def oauth_dovecot() -> Iterator[Dovecot]:
    """Dovecot 2.3's XOAUTH2 mechanism checks the bearer token against the passdb
    like a password, so a passwd-file whose password is the token accepts it."""
    binary = find_dovecot()
    if binary is None:
        pytest.skip("Dovecot is not installed")
    server = Dovecot(binary, password=TOKEN,
                     extra_config="auth_mechanisms = plain login xoauth2\n")
    server.start()
    yield server
    server.cleanup()


def token_command(tmp_path: Path, token: str, status: int = 0) -> str:
    script = tmp_path / "token.py"
    script.write_text(f"import sys\nprint({token!r})\nsys.exit({status})\n")
    return f"{sys.executable} {script}"


def oauth_cfg(dc: Dovecot, command: str) -> ImapConfig:
    return ImapConfig(host="127.0.0.1", username=dc.user, port=dc.port, ssl=False,
                      oauth2_token_command=command, timeout_seconds=10.0)


def test_xoauth2_login_with_the_token_command(
    oauth_dovecot: Dovecot, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level("DEBUG")
    src = ImapSource(oauth_cfg(oauth_dovecot, token_command(tmp_path, TOKEN)))
    try:
        assert b"AUTH=XOAUTH2" in src.session.connect().capabilities() or _uidvalidity(src)
        assert _uidvalidity(src)
    finally:
        src.close()
    assert "Login: user=<info@cites.org>, method=XOAUTH2" in (oauth_dovecot.root / "dovecot.log").read_text()
    assert TOKEN not in caplog.text


def test_xoauth2_wrong_token_is_an_auth_error_without_the_token(
    oauth_dovecot: Dovecot, tmp_path: Path
) -> None:
    src = ImapSource(oauth_cfg(oauth_dovecot, token_command(tmp_path, "expired-token-123")))
    with pytest.raises(ImapAuthError) as err:
        src.session.connect()
    assert "XOAUTH2" in str(err.value) and "expired-token-123" not in str(err.value)


def test_token_command_failures_are_reported_without_output(tmp_path: Path) -> None:
    with pytest.raises(TokenCommandError, match="exit status 3") as err:
        oauth2_token(token_command(tmp_path, "secret-in-output", status=3))
    assert "secret-in-output" not in str(err.value)
    with pytest.raises(TokenCommandError, match="not found"):
        oauth2_token("/nonexistent/get-token")
    with pytest.raises(TokenCommandError, match="timed out"):
        oauth2_token(f"{sys.executable} -c 'import time; time.sleep(5)'", timeout=0.2)
    # No shell: metacharacters are arguments, not commands.
    assert oauth2_token("echo tok; rm -rf /") == "tok; rm -rf /"


def test_xoauth2_sasl_string() -> None:
    assert xoauth2_string("info@cites.org", "abc") == "user=info@cites.org\x01auth=Bearer abc\x01\x01"


# ---------------------------------------------------------------- IDLE


def test_idle_wakes_on_an_append_from_another_connection(
    dovecot: Dovecot, cfg: ImapConfig, store: Store
) -> None:
    src = ImapSource(replace(cfg, idle=True), limits=LimitsConfig())
    try:
        cycle(src, store)
        timer = threading.Timer(0.3, append, args=(dovecot, 1))
        timer.start()
        try:
            assert src.wait_for_mail(timeout=20) is True
        finally:
            timer.join()
        assert [m.uid for b in cycle(src, store) for m in b.mails] == sorted(flags_of(dovecot))
        # Nothing new: IDLE runs to its timeout and says so.
        assert src.wait_for_mail(timeout=0.3) is False
        # Mail that arrived between polls is reported without waiting.
        append(dovecot, 1)
        assert src.wait_for_mail(timeout=20) is True
    finally:
        src.close()


class CommandLog(ImapSource):
    """Records every IMAP command name sent (a hook on our own client factory, not a mock)."""

    commands: list[str]

    def _new_client(self) -> Any:
        client = super()._new_client()
        self.commands = []
        send = client._imap._command

        def counted(name: str, *args: Any) -> Any:
            self.commands.append(name)
            return send(name, *args)

        client._imap._command = counted
        return client


def test_idle_renews_before_its_limit(dovecot: Dovecot, cfg: ImapConfig, store: Store) -> None:
    src = CommandLog(replace(cfg, idle=True, idle_renew_seconds=1), limits=LimitsConfig())
    try:
        cycle(src, store)
        assert src.wait_for_mail(timeout=2.5) is False
        assert src.commands.count("IDLE") >= 2  # re-issued after each renewal period
        append(dovecot, 1)
        assert src.wait_for_mail(timeout=20) is True  # still healthy after the renewals
    finally:
        src.close()


def test_without_idle_it_sleeps_then_asks_for_a_poll(cfg: ImapConfig) -> None:
    slept: list[float] = []
    src = ImapSource(cfg, sleep=slept.append)
    assert src.wait_for_mail(timeout=7) is True
    assert slept == [7]
    assert src.session.client is None  # no connection needed to sleep


def test_acknowledge_after_a_lost_connection_reconnects(
    dovecot: Dovecot, source: ImapSource, store: Store
) -> None:
    append(dovecot, 1)
    mails = [m for b in cycle(source, store) for m in b.mails]
    source.session.drop()  # as after a network fault between commit and acknowledge
    source.acknowledge([(mails[0], "request")])
    assert flags_of(dovecot) == {mails[0].uid: {KEYWORD}}


class NoKeywordsSource(ImapSource):
    """A server like Exchange Online, whose PERMANENTFLAGS has no ``\\*``."""

    @property
    def keywords_allowed(self) -> bool:
        return False


def test_without_keyword_support_nothing_is_marked_and_nothing_repeats(
    dovecot: Dovecot, imap_config: Config, tmp_path: Path
) -> None:
    from intakebot.clock import FixedClock
    from intakebot.run.app import App

    with dovecot.client() as c:
        c.append("INBOX", (EXAMPLES / "01-en-complete.eml").read_bytes())
    assert imap_config.imap is not None
    app = App(imap_config, FixedClock())
    app._source = NoKeywordsSource(imap_config.imap, limits=imap_config.limits)
    assert app.poll_once().count("request") == 1
    assert list(flags_of(dovecot).values()) == [set()]  # no keyword, no \Seen
    queued = [i.message_id for i in app.store.read().outbox()]  # the reply (and the review mail)
    # A lost checkpoint (rescan from UID 0) still processes nothing twice: the ledger decides.
    with app.store.transaction() as tx:
        tx.set_state(app.source().checkpoint_key, {})  # type: ignore[attr-defined]
    again = app.poll_once()
    assert [r.kind for r in again.results] == ["duplicate"]
    assert [i.message_id for i in app.store.read().outbox()] == queued
    app.close()
