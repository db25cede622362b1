"""Who runs a review command, and whether they may touch the store at all.

Why refuse rather than try: on a systemd install the store belongs to the
service's user. A reviewer running ``sudo intakebot requests approve`` as
root would rewrite it (and its WAL files) as root, and the daemon would stop
on "Permission denied" the next morning. So every ``requests`` verb first
compares the store's owner with the effective user and refuses, touching
nothing, when they differ; the README shows the supported ways (the fixed
``intakebot`` user with a reviewers group, or ``systemd-run`` with the unit's
identity).
"""

from __future__ import annotations

import os
import pwd
from pathlib import Path

import click

from intakebot.cli.logs import warn_if_exposed
from intakebot.cli.root import setup_logging, state
from intakebot.config import ConfigError, load
from intakebot.config.credentials import resolve_secrets
from intakebot.errors import IntakebotError


class OwnerError(IntakebotError):
    """The store belongs to another user (one line, exit 2)."""

    label = "store"
    exit_code = 2


def _user(uid: int) -> str:
    try:
        return pwd.getpwuid(uid).pw_name
    except KeyError:
        return f"uid {uid}"


def operator(name: str | None) -> str:
    """The name recorded as the decision's actor: ``--as NAME``, else the login name (never "unknown")."""
    if name and name.strip():
        return name.strip()
    return _user(os.geteuid())


def check_owner(store_path: Path) -> None:
    """Refuse, before anything opens it, a store (or the folder it will be created in) owned by another user."""
    target = store_path
    while not target.exists() and target != target.parent:
        target = target.parent
    try:
        owner = target.stat().st_uid
    except OSError:
        return  # nothing there we could change
    me = os.geteuid()
    if owner == me:
        return
    name = _user(owner)
    raise OwnerError(
        f"{target} belongs to {name} and you are {_user(me)}: nothing was changed. Run review commands as "
        f"{name} (e.g. `sudo -u {name} intakebot ...`, or `systemd-run --pipe --wait -p User={name} ...`); "
        "see README, Running it as a service"
    )


def review_context(ctx: click.Context) -> None:
    """Before any ``requests`` verb: load the config without needing IMAP/SMTP secrets, check the owner.

    The review verbs queue notices; the daemon sends them. When the secrets
    are at hand (a developer's shell, the unit's identity) the notice is also
    sent right away; ``ctx.meta["can_send"]`` says which.
    """
    st = state(ctx)
    if st.config_path is None:
        cfg, can_send = st.config(), True
    else:
        cfg = load(st.config_path, secrets=False)
        warn_if_exposed(st.config_path)
        try:
            cfg, can_send = resolve_secrets(cfg, os.environ), True
        except ConfigError:
            can_send = False
        st._config = cfg
        setup_logging(cfg.logging.level)
    ctx.meta["can_send"] = can_send
    check_owner(cfg.storage.path)
