"""The real servers the integration tests talk to: Dovecot (IMAP) and aiosmtpd (SMTP).

Both listen on 127.0.0.1 only. Dovecot runs as a child process in the
foreground with its own config in a short temp dir (Unix socket paths must fit
in 108 bytes) and is stopped by its own pid. See ../../shared/notes for the
measured facts behind each setting.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from email import message_from_bytes
from email.message import Message
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP as SMTPServer
from aiosmtpd.smtp import Envelope, Session

DOVECOT_CANDIDATES = ("/usr/sbin/dovecot", "/usr/local/sbin/dovecot")


def find_dovecot() -> str | None:
    for c in DOVECOT_CANDIDATES:
        if os.access(c, os.X_OK):
            return c
    return shutil.which("dovecot")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextlib.contextmanager
def silent_listener() -> Iterator[int]:
    """A loopback port that accepts connections (the kernel's backlog) but never says a word."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        s.listen(64)
        yield int(s.getsockname()[1])


def wait_for_banner(port: int, timeout: float = 10.0, greeting: bytes = b"* OK") -> None:
    """Wait until a server on ``port`` greets (Dovecot's ``* OK``; ``b"220"`` for an SMTP/LMTP one)."""
    deadline = time.monotonic() + timeout
    last: Exception | None = None
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1.0) as s:
                if s.recv(64).startswith(greeting):
                    return
        except OSError as e:
            last = e
        time.sleep(0.05)
    raise RuntimeError(f"no {greeting!r} greeting on 127.0.0.1:{port}: {last}")


@dataclass
class Dovecot:
    """A throwaway Dovecot: ``start()``, ``stop()``, ``restart()``; one user, Maildir."""

    binary: str
    user: str = "info@cites.org"
    password: str = "s3cret-test-pw"
    ssl: bool = False
    cert: Path | None = None
    key: Path | None = None
    extra_config: str = ""
    host: str = "127.0.0.1"
    port: int = 0
    imaps_port: int = 0
    root: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="dc", dir="/tmp")))
    proc: subprocess.Popen[bytes] | None = None

    def __post_init__(self) -> None:
        os.chmod(self.root, 0o755)
        self.port = self.port or free_port()
        if self.ssl:
            self.imaps_port = self.imaps_port or free_port()
        self.mail_dir = self.root / "mail"
        self.mail_dir.mkdir(exist_ok=True)
        self._write_config()

    @property
    def as_root(self) -> bool:
        return os.geteuid() == 0

    def _write_config(self) -> None:
        r = self.root
        if self.as_root:
            mail_uid, mail_gid = "nobody", "nogroup"
            user_settings = ""
            chroot = ""
            os.chown(self.mail_dir, pwd.getpwnam("nobody").pw_uid, pwd.getpwnam("nobody").pw_gid)
        else:
            me = pwd.getpwuid(os.getuid())
            mail_uid, mail_gid = me.pw_name, str(os.getgid())
            import grp

            group = grp.getgrgid(os.getgid()).gr_name
            mail_gid = group
            user_settings = (
                f"default_internal_user = {me.pw_name}\n"
                f"default_login_user = {me.pw_name}\n"
                f"default_internal_group = {group}\n"
            )
            chroot = "  chroot =\n"
        (r / "passwd").write_text(
            f"{self.user}:{{PLAIN}}{self.password}:{mail_uid}:{mail_gid}::{self.mail_dir}::\n"
        )
        ssl_block = "ssl = no\n"
        imaps = ""
        if self.ssl:
            assert self.cert and self.key
            ssl_block = f"ssl = yes\nssl_cert = <{self.cert}\nssl_key = <{self.key}\n"
            imaps = f"  inet_listener imaps {{\n    address = {self.host}\n    port = {self.imaps_port}\n    ssl = yes\n  }}\n"
        conf = f"""\
base_dir = {r}/run
state_dir = {r}/state
log_path = {r}/dovecot.log
info_log_path = {r}/dovecot.log
protocols = imap
listen = {self.host}
{ssl_block}disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
mail_location = maildir:~/Maildir
mail_max_userip_connections = 200
{user_settings}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {r}/passwd
}}
userdb {{
  driver = passwd-file
  args = username_format=%u {r}/passwd
}}
service imap-login {{
  inet_listener imap {{
    address = {self.host}
    port = {self.port}
  }}
{imaps}{chroot}}}
service anvil {{
{chroot}}}
{self.extra_config}
"""
        (r / "dovecot.conf").write_text(conf)

    def start(self) -> None:
        if self.proc is not None:
            return
        self.proc = subprocess.Popen(
            [self.binary, "-F", "-c", str(self.root / "dovecot.conf")],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            start_new_session=True,
        )
        try:
            wait_for_banner(self.port)
        except RuntimeError:
            self.stop()
            log = (self.root / "dovecot.log")
            raise RuntimeError(
                "Dovecot failed to start: " + (log.read_text()[-2000:] if log.exists() else "")
            ) from None

    def stop(self, graceful: bool = True) -> None:
        if self.proc is None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.proc.pid, signal.SIGTERM if graceful else signal.SIGKILL)
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(timeout=10)
        # A SIGKILLed master cannot remove its pid file; it is ours and dead, so drop it
        # (otherwise the wait below always runs its full 5 s).
        pid_file = self.root / "run" / "master.pid"
        try:
            if pid_file.read_text().strip() == str(self.proc.pid):
                pid_file.unlink()
        except OSError:
            pass
        # The master's children may outlive it for a moment; the base dir is reused.
        deadline = time.monotonic() + 5
        while (self.root / "run" / "master.pid").exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        self.proc = None

    def restart(self) -> None:
        self.stop()
        self.start()

    @contextlib.contextmanager
    def frozen(self) -> Iterator[None]:
        """SIGSTOP every Dovecot process for the block: the kernel still accepts
        connections on the listening socket, but nothing ever answers."""
        assert self.proc is not None
        os.killpg(self.proc.pid, signal.SIGSTOP)
        try:
            yield
        finally:
            os.killpg(self.proc.pid, signal.SIGCONT)

    def cleanup(self) -> None:
        self.stop(graceful=False)
        shutil.rmtree(self.root, ignore_errors=True)

    def client(self, **kwargs: Any) -> Any:
        """A logged-in imapclient connection (for test set-up and inspection)."""
        from imapclient import IMAPClient

        c = IMAPClient(self.host, port=self.port, ssl=False, timeout=30, **kwargs)
        c.login(self.user, self.password)
        return c

    def reset_mailboxes(self) -> None:
        """Empty the user's mail between tests, keeping the server up."""
        with self.client() as c:
            for _flags, _delim, name in c.list_folders():
                if name != "INBOX":
                    c.delete_folder(name)
            c.select_folder("INBOX")
            uids = c.search("ALL")
            if uids:
                c.delete_messages(uids)
                c.expunge()


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    data: bytes

    @property
    def message(self) -> Message:
        return message_from_bytes(self.data)


class _CaptureHandler:
    """aiosmtpd handler: keep every accepted message; refuse with a set code when told."""

    def __init__(self, sink: SmtpSink) -> None:
        self.sink = sink

    async def handle_DATA(self, server: SMTPServer, session: Session, envelope: Envelope) -> str:
        with self.sink.lock:
            if self.sink.refuse_with:
                self.sink.refused += 1
                return self.sink.refuse_with
            data = envelope.original_content or envelope.content or b""
            if isinstance(data, str):
                data = data.encode()
            self.sink.messages.append(
                Received(envelope.mail_from or "", list(envelope.rcpt_tos), bytes(data))
            )
            self.sink.cond.notify_all()
        return "250 OK queued"


class SmtpSink:
    """A real aiosmtpd SMTP listener on 127.0.0.1 that captures what it accepts."""

    def __init__(self) -> None:
        self.messages: list[Received] = []
        self.refuse_with: str = ""  # e.g. "451 4.3.0 try later"
        self.refused = 0
        self.lock = threading.Lock()
        self.cond = threading.Condition(self.lock)
        self.port = free_port()
        self.host = "127.0.0.1"
        self.controller = Controller(
            _CaptureHandler(self), hostname=self.host, port=self.port, ready_timeout=10
        )

    def start(self) -> None:
        self.controller.start()

    def stop(self) -> None:
        self.controller.stop()

    def clear(self) -> None:
        with self.lock:
            self.messages.clear()
            self.refuse_with = ""
            self.refused = 0

    def wait_for(self, count: int, timeout: float = 10.0) -> list[Received]:
        deadline = time.monotonic() + timeout
        with self.cond:
            while len(self.messages) < count:
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                self.cond.wait(left)
            return list(self.messages)
