"""QA: the README's service installation works with the systemd units as written."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UNITS = ("intakebot.service", "intakebot-lmtp.service")


def _install_steps() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Running it as a service", 1)[1].split("\n### ", 1)[0]
    return [line.strip() for line in section.splitlines() if line.startswith("    ")]


def test_every_credential_file_the_units_load_is_created_root_only() -> None:
    steps = _install_steps()
    for unit in UNITS:
        text = (ROOT / "systemd" / unit).read_text(encoding="utf-8")
        for path in re.findall(r"^LoadCredential=[^:]+:(\S+)$", text, flags=re.M):
            # A missing LoadCredential= source stops the service from starting.
            assert any("install -m 0600" in s and s.endswith(path) for s in steps), path


def test_the_config_is_readable_by_the_dynamic_user_the_units_run_as() -> None:
    steps = _install_steps()
    for unit in UNITS:
        assert "DynamicUser=yes" in (ROOT / "systemd" / unit).read_text(encoding="utf-8")
    config = [s for s in steps if s.endswith("/etc/intakebot/intakebot.toml   # then edit")]
    assert config and "-m 0644" in config[0], config
    folder = [s for s in steps if "install -d" in s and s.endswith("/etc/intakebot")]
    assert folder and "-m 0755" in folder[0], folder
