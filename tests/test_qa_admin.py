"""QA: what the administrator sees when the IMAP credentials are wrong (real Dovecot)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.support.servers import Dovecot


def test_wrong_imap_password_is_a_config_error_exit_2_without_the_password(
    tmp_path: Path, dovecot: Dovecot
) -> None:
    cfg = tmp_path / "c.toml"
    cfg.write_text(
        f"[imap]\nhost = '{dovecot.host}'\nport = {dovecot.port}\nusername = '{dovecot.user}'\n"
        "password = 'not-the-Password-42'\nssl = false\nstarttls = false\ntimeout_seconds = 10\n"
        "[storage]\npath = 'store.json'\n"
    )
    r = subprocess.run([sys.executable, "-m", "intakebot", "--config", str(cfg), "poll", "--once"],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 2, r.stderr
    last = r.stderr.strip().splitlines()[-1]
    assert last.startswith("intakebot: error: config: [imap] login failed"), r.stderr
    assert "Traceback" not in r.stderr and "Connection closed" not in r.stderr
    assert "not-the-Password-42" not in r.stderr + r.stdout
    # The store is SQLite now: look at the bytes of every file it consists of.
    written = [p.read_bytes() for p in tmp_path.glob("store.json*")]
    assert written and all(b"not-the-Password-42" not in b for b in written)
