"""``serve-lmtp``: receive mail from the local MTA over LMTP (see intakebot.sources.lmtp)."""

from __future__ import annotations

import click

from intakebot.cli.root import fail, main, state


@main.command("serve-lmtp")
@click.pass_context
def serve_lmtp_cmd(ctx: click.Context) -> None:
    """Accept mail for the configured recipients over LMTP; 250 only once it is stored.

    Listens on [lmtp] host/port (loopback by default) until SIGTERM or Ctrl-C.
    """
    from intakebot.run.lmtp_service import serve_lmtp_watched

    app = state(ctx).app()
    try:
        serve_lmtp_watched(app.cfg, app.process_raw)
    except OSError as e:
        fail(f"serve-lmtp: cannot listen on {app.cfg.lmtp.host}:{app.cfg.lmtp.port}: {e.strerror or e}")
