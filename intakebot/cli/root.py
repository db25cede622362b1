"""The ``intakebot`` group, its options and the one-line error contract every verb shares.

Each verb loads the one Config, builds the App and calls one function; all
errors a user can cause (bad config, bad arguments, a locked store) become one
clear line on stderr and exit code 2, never a traceback.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NoReturn

import click

from intakebot import journal
from intakebot.cli.logs import private_logs, warn_if_exposed
from intakebot.clock import Clock, FixedClock, SystemClock, parse_now
from intakebot.config import Config, default, load
from intakebot.errors import IntakebotError
from intakebot.run.app import App

DEFAULT_CONFIG_ENV = "INTAKEBOT_CONFIG"


@dataclass
class CliState:
    config_path: Path | None
    _config: Config | None = field(default=None, init=False)

    def config(self) -> Config:
        if self._config is None:
            if self.config_path is None:
                self._config = default(Path.cwd())
            else:
                self._config = load(self.config_path)
                warn_if_exposed(self.config_path)
            setup_logging(self._config.logging.level)
        return self._config

    def app(self, now: str | None = None) -> App:
        clock: Clock = SystemClock()
        if now:
            try:
                clock = FixedClock(parse_now(now))
            except ValueError:
                fail(f"--now: not an ISO-8601 time: {now!r}")
        return App(self.config(), clock)


def setup_logging(level: str) -> None:
    # For the journal under systemd (priority prefix, no timestamp), else for a person.
    journal.configure(level, sys.stderr)
    # Libraries below WARNING stay out at every level: imapclient logs whole messages at DEBUG.
    private_logs()


def fail(message: str, code: int = 2) -> NoReturn:
    """One clear line, exit code 2: the contract for every user error."""
    click.echo(f"{journal.error_prefix()}intakebot: error: {message}", err=True)
    sys.exit(code)


def state(ctx: click.Context) -> CliState:
    obj = ctx.find_object(CliState)
    assert obj is not None
    return obj


class WholeHelpGroup(click.Group):
    """A group whose command list shows each command's first sentence whole, never cut with "..."."""

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = []
        for name in self.list_commands(ctx):
            cmd = self.get_command(ctx, name)
            if cmd is None or cmd.hidden:
                continue
            text = cmd.short_help or (cmd.help or "").split("\n\n")[0]
            rows.append((name, " ".join(text.split())))
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)


class IntakebotGroup(WholeHelpGroup):
    """Turns the errors a user can cause into one line and exit 2.

    Every error intakebot raises on purpose is an :class:`IntakebotError`
    that knows its label and exit status (2 for configuration, credentials or
    an unusable store; 1 for a failure that may pass); anything else is a bug
    and keeps its traceback.
    """

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except IntakebotError as e:
            fail(e.one_line(), e.exit_code)

    def main(self, *args: Any, **kwargs: Any) -> Any:
        # Not standalone: click would print usage plus the error on three
        # lines; the contract is one line and exit 2 for every misuse.
        kwargs["standalone_mode"] = False
        try:
            rv = super().main(*args, **kwargs)
        except click.exceptions.NoArgsIsHelpError as e:
            click.echo(e.format_message())  # a group called bare: show its help
            sys.exit(0)
        except click.exceptions.UsageError as e:
            fail(e.format_message())
        except click.exceptions.Abort:
            click.echo("intakebot: aborted", err=True)
            sys.exit(1)
        except click.ClickException as e:
            fail(e.format_message())
        except KeyboardInterrupt:
            click.echo("intakebot: interrupted", err=True)
            sys.exit(130)
        sys.exit(rv if isinstance(rv, int) else 0)


@click.group(cls=IntakebotGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--config",
    "config_path",
    type=click.Path(dir_okay=False, path_type=Path),
    envvar=DEFAULT_CONFIG_ENV,
    help=f"TOML configuration file; default: ${DEFAULT_CONFIG_ENV} when set, else the embedded"
    " local Maildir setup in ./var.",
    show_envvar=True,
)
@click.version_option(package_name="intakebot")
@click.pass_context
def main(ctx: click.Context, config_path: Path | None) -> None:
    """intakebot: the email intake bot for the CITES cheetah closed user group.

    It reads info@cites.org, recognises requests to join the group, answers
    officials in their language and queues valid requests for the
    Secretariat's review.

    The configuration file is --config FILE, or the file named by the
    environment variable INTAKEBOT_CONFIG (for example
    INTAKEBOT_CONFIG=/etc/intakebot/intakebot.toml).
    """
    ctx.obj = CliState(config_path)
