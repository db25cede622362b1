"""QA: the README's service installation works with the systemd units as written."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

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


def _unit(name: str) -> str:
    return (ROOT / "systemd" / name).read_text(encoding="utf-8")


def _credential_names(text: str, commented: bool = True) -> set[str]:
    prefix = r"^#?\s*" if commented else r"^"
    return set(re.findall(prefix + r"LoadCredential=([^:\s]+):", text, flags=re.M))


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel `pip install .` would install, built offline from a copy of the sources."""
    import shutil
    import subprocess
    import sys

    tmp = tmp_path_factory.mktemp("wheel")
    src = tmp / "src"  # a copy: building writes build/ and *.egg-info next to the sources
    for part in ("intakebot", "templates", "docs", "config", "systemd"):
        shutil.copytree(ROOT / part, src / part, ignore=shutil.ignore_patterns("__pycache__"))
    for part in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / part, src / part)
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation",
                    "-w", str(tmp / "dist"), str(src)], check=True, capture_output=True, timeout=300)
    [built] = (tmp / "dist").glob("intakebot-*.whl")
    return built


def test_the_documentation_lines_name_files_the_installed_package_has(wheel: Path) -> None:
    """Documentation= points into /opt/intakebot/share/doc/intakebot: the wheel must put them there."""
    import zipfile

    docs = {u: re.findall(r"^Documentation=(.+)$", _unit(u), flags=re.M) for u in UNITS}
    prefix = "file:///opt/intakebot/share/doc/intakebot/"
    wanted = {url.removeprefix(prefix) for urls in docs.values() for line in urls for url in line.split()}
    assert all(docs.values()) and "install.md" in wanted and "README.md" in wanted
    assert all("/" not in name for name in wanted), wanted  # every URL was under the prefix
    names = zipfile.ZipFile(wheel).namelist()
    shipped = {n.split("/data/share/doc/intakebot/", 1)[1] for n in names if "/data/share/doc/intakebot/" in n}
    assert wanted <= shipped, wanted - shipped
    assert "intakebot/m365.py" in names and "intakebot/cli/token.py" in names


def test_the_installed_package_answers_in_the_secretariats_words_from_templates_dir(
    tmp_path: Path, wheel: Path
) -> None:
    """Code installed apart from the checkout, templates_dir outside it: the reply uses both."""
    import os
    import shutil
    import subprocess
    import sys

    site = tmp_path / "opt"  # the code, as pip installs it (dependencies from this test's venv)
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--no-index",
                    "--target", str(site), str(wheel)], check=True, capture_output=True, timeout=300)
    etc = tmp_path / "etc"  # the Secretariat's change: one key
    (etc / "templates" / "strings").mkdir(parents=True)
    (etc / "templates" / "strings" / "en.toml").write_text('[letter]\nregards = "Yours sincerely,"\n')
    inbox = tmp_path / "var" / "inbox"
    for sub in ("new", "cur", "tmp"):
        (inbox / sub).mkdir(parents=True)
    shutil.copy(ROOT / "examples" / "01-en-complete.eml", inbox / "new" / "1.eml")
    conf = etc / "intakebot.toml"
    conf.write_text(f'templates_dir = "templates"\n[maildir]\ninbox = "{inbox}"\n'
                    f'outbox = "{tmp_path / "var" / "outbox"}"\n[storage]\npath = "{tmp_path / "var" / "s.db"}"\n'
                    '[secretariat]\ndigest_to = ["cug-review@cites.org"]\n')
    env = {**os.environ, "PYTHONPATH": str(site)}
    where = subprocess.run([sys.executable, "-c", "import intakebot; print(intakebot.__file__)"],
                           capture_output=True, text=True, env=env, cwd=tmp_path, check=True, timeout=60)
    assert where.stdout.strip() == str(site / "intakebot" / "__init__.py")  # not the checkout
    r = subprocess.run([sys.executable, "-m", "intakebot", "--config", str(conf), "poll", "--once", "--quiet"],
                       capture_output=True, text=True, env=env, cwd=tmp_path, timeout=300)
    assert r.returncode == 0, r.stderr
    [reply] = (tmp_path / "var" / "outbox" / "new").iterdir()
    text = reply.read_text(encoding="utf-8", errors="replace")
    assert "Yours sincerely," in text and "Kind regards," not in text
    assert "CUG-2026-0001" in text  # the rest of the wording still came from the package


def test_lmtp_takes_only_the_bots_address_through_transport_maps() -> None:
    import tomllib

    example = tomllib.loads((ROOT / "config" / "example.toml").read_text(encoding="utf-8"))
    port, [address] = example["lmtp"]["port"], example["lmtp"]["recipients"]
    # The map's one line (in the unit's comment after "/etc/postfix/transport:").
    route = re.compile(rf"(?:^|\s){re.escape(address)}\s+lmtp:inet:127\.0\.0\.1:{port}$", re.M)
    for text in (_unit("intakebot-lmtp.service"), (ROOT / "docs" / "install.md").read_text(encoding="utf-8")):
        assert "transport_maps = hash:/etc/postfix/transport" in text
        assert route.search(text), "the transport map routes the bot's address to its LMTP port"
        # mailbox_transport appears only to warn against it, never as a setting to copy.
        assert not re.search(r"^#?\s*mailbox_transport\s*=", text, flags=re.M)


def test_the_m365_credentials_agree_between_code_units_docs_and_admin_wrapper() -> None:
    from intakebot.m365 import CERTIFICATE_CREDENTIAL, SECRET_CREDENTIAL

    m365 = {SECRET_CREDENTIAL, CERTIFICATE_CREDENTIAL}
    assert _credential_names(_unit("intakebot.service")) - _credential_names(_unit("intakebot.service"), False) == m365
    assert SECRET_CREDENTIAL in _credential_names(_unit("intakebot-lmtp.service"))
    doc = (ROOT / "docs" / "microsoft-365.md").read_text(encoding="utf-8")
    drop_in = set(re.findall(r"^\s+LoadCredential=(\w+):/etc/intakebot/(\w+)$", doc, flags=re.M))
    assert drop_in == {(n, n) for n in m365}  # same names: CREDENTIALS_DIRECTORY=/etc/intakebot works too
    for name in m365:  # each source file is made root-only
        assert re.search(rf"install -m 0600 /dev/stdin /etc/intakebot/{name}$", doc, flags=re.M), name
    admin = (ROOT / "systemd" / "intakebot-admin").read_text(encoding="utf-8")
    loop = re.search(r"for name in ([\w ]+); do", admin)
    every = set().union(*(_credential_names(_unit(u)) for u in UNITS))
    assert loop and set(loop.group(1).split()) == every


def test_the_admin_wrapper_runs_commands_as_the_units_do() -> None:
    import subprocess

    admin = (ROOT / "systemd" / "intakebot-admin").read_text(encoding="utf-8")
    subprocess.run(["sh", "-n", str(ROOT / "systemd" / "intakebot-admin")], check=True, timeout=30)
    for unit in UNITS:
        text = _unit(unit)
        for key in ("DynamicUser", "User", "Group", "StateDirectory", "WorkingDirectory", "UMask"):
            [value] = re.findall(rf"^{key}=(\S+)$", text, flags=re.M)
            assert f"-p {key}={value}" in admin, (unit, key)
        [exec_start] = re.findall(r"^ExecStart=(\S+) --config (\S+) ", text, flags=re.M)
        assert exec_start[0] in admin and exec_start[1] in admin


def test_templates_dir_and_intakebot_config_are_set_up_and_documented(tmp_path: Path) -> None:
    import subprocess
    import sys
    import tomllib

    example = tomllib.loads((ROOT / "config" / "example.toml").read_text(encoding="utf-8"))
    templates = example["templates_dir"]
    assert templates.startswith("/etc/intakebot/")  # outside /opt/intakebot, which upgrades replace
    assert any(s.startswith("sudo install -d -m 0755 ") and templates in s for s in _install_steps())
    install = (ROOT / "docs" / "install.md").read_text(encoding="utf-8")
    assert "`templates_dir`" in install and "`INTAKEBOT_CONFIG`" in install
    assert f'templates_dir = "{templates}"' in install and "git merge-file" in install
    # The variable is what the CLI really reads when --config is not given.
    missing = tmp_path / "nowhere.toml"
    env = {"PATH": "/usr/bin:/bin", "INTAKEBOT_CONFIG": str(missing)}
    r = subprocess.run([str(Path(sys.executable).parent / "intakebot"), "status"], capture_output=True,
                       text=True, env=env, timeout=120)
    assert r.returncode == 2 and r.stderr.strip() == f"intakebot: error: config: config file not found: {missing}"
