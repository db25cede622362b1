"""The ``intakebot`` command: a thin click layer over :class:`intakebot.run.app.App`.

Each verb loads the one Config, builds the App and calls one function; all
errors a user can cause (bad config, bad arguments, a locked store) become one
clear line on stderr and exit code 2, never a traceback. The group lives in
:mod:`.root`; each verb module registers its commands on it when imported here.
"""

from __future__ import annotations

from intakebot.cli import (  # noqa: F401 - register the verbs
    attention,
    decide,
    intake,
    lmtp,
    ops,
    outbox,
    purge,
    review,
    store,
    token,
)
from intakebot.cli.root import (
    DEFAULT_CONFIG_ENV,
    CliState,
    IntakebotGroup,
    fail,
    main,
    setup_logging,
    state,
)

__all__ = ["DEFAULT_CONFIG_ENV", "CliState", "IntakebotGroup", "fail", "main", "setup_logging", "state"]
