"""Log lines for the journal under systemd, for a person on a terminal: through the console script.

Under systemd, stderr is the journal's stream and $JOURNAL_STREAM names its
device and inode; here a file plays that stream (journald would read the same
bytes). The terminal is a real pseudo-terminal.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from intakebot.journal import JournalFormatter, priority

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = Path(sys.executable).parent / "intakebot"
STAMP = re.compile(r"\d{4}-\d\d-\d\d[ T]\d\d:\d\d")
OFFICIAL = ("Wanjiru", "g.wanjiru@kws.go.ke", "kws.go.ke")


def _bot(tmp_path: Path) -> Path:
    """A Maildir bot with one complete request and one out-of-office in its inbox."""
    inbox = tmp_path / "inbox"
    for sub in ("new", "cur", "tmp"):
        (inbox / sub).mkdir(parents=True)
    shutil.copy(ROOT / "examples" / "01-en-complete.eml", inbox / "new" / "1.eml")
    shutil.copy(ROOT / "examples" / "06-out-of-office.eml", inbox / "new" / "2.eml")
    conf = tmp_path / "c.toml"
    conf.write_text(f'[maildir]\ninbox = "{inbox}"\noutbox = "{tmp_path / "outbox"}"\n'
                    f'[storage]\npath = "{tmp_path / "s.json"}"\n'
                    '[secretariat]\ndigest_to = ["cug-review@cites.org"]\n')
    return conf


def _under_journal(tmp_path: Path, *args: str) -> tuple[int, str]:
    """Run the console script with stderr on a stream $JOURNAL_STREAM names, as systemd does."""
    stream = tmp_path / "journal-stream"
    with stream.open("w+b") as err:
        st = os.fstat(err.fileno())
        env = {**os.environ, "JOURNAL_STREAM": f"{st.st_dev}:{st.st_ino}"}
        r = subprocess.run([str(SCRIPT), *args], stderr=err, stdout=subprocess.DEVNULL,
                           env=env, timeout=300, stdin=subprocess.DEVNULL)
    return r.returncode, stream.read_text(encoding="utf-8")


def test_under_systemd_each_line_carries_its_priority_and_no_timestamp(tmp_path: Path) -> None:
    code, text = _under_journal(tmp_path, "--config", str(_bot(tmp_path)), "poll", "--once", "--quiet")
    assert code == 0, text
    lines = text.splitlines()
    assert lines and all(re.match(r"<[0-7]>intakebot\.[a-z_.]+: \S", ln) for ln in lines), text
    assert not STAMP.search(text)
    assert any(ln.startswith("<6>intakebot.run.poll: message ") and "CUG-2026-0001" in ln for ln in lines)
    assert not any(word in text for word in OFFICIAL)  # references and hashes only, as before


def test_under_systemd_the_one_line_error_is_an_error(tmp_path: Path) -> None:
    code, text = _under_journal(tmp_path, "--config", str(tmp_path / "missing.toml"), "status")
    assert code == 2
    assert text == f"<3>intakebot: error: config: config file not found: {tmp_path / 'missing.toml'}\n"


def test_on_a_terminal_lines_stay_human_even_with_an_inherited_journal_stream(tmp_path: Path) -> None:
    """$JOURNAL_STREAM survives into a shell started from a unit; the terminal is not the journal."""
    conf = _bot(tmp_path)
    other = tmp_path / "elsewhere"
    other.write_bytes(b"")
    st = other.stat()
    env = {**os.environ, "JOURNAL_STREAM": f"{st.st_dev}:{st.st_ino}"}
    master, slave = os.openpty()
    try:
        r = subprocess.run([str(SCRIPT), "--config", str(conf), "poll", "--once", "--quiet"],
                           stderr=slave, stdout=subprocess.DEVNULL, env=env, timeout=300,
                           stdin=subprocess.DEVNULL)
        os.close(slave)
        chunks = []
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError:  # EIO: the terminal's other side is closed and drained
                break
            if not chunk:
                break
            chunks.append(chunk)
    finally:
        os.close(master)
    text = b"".join(chunks).decode()
    assert r.returncode == 0, text
    lines = [ln for ln in text.splitlines() if ln.strip()]
    assert lines and all(STAMP.match(ln) and " INFO intakebot." in ln for ln in lines), text
    assert "<6>" not in text and not any(word in text for word in OFFICIAL)


def test_a_traceback_keeps_the_priority_on_every_line() -> None:
    try:
        raise ValueError("boom")
    except ValueError:
        record = logging.LogRecord("intakebot.run", logging.ERROR, __file__, 1, "poll crashed", None,
                                   sys.exc_info())
    lines = JournalFormatter().format(record).splitlines()
    assert lines[0] == "<3>intakebot.run: poll crashed" and len(lines) > 2
    assert all(ln.startswith("<3>") for ln in lines)
    assert [priority(n) for n in (logging.DEBUG, logging.INFO, logging.WARNING, 35, logging.CRITICAL)] == [7, 6, 4, 4, 2]
