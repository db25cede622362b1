"""``intakebot token m365``: print an access token, for ``oauth2_token_command``.

The bot runs this verb for every IMAP login and SMTP connection
(intakebot/net.py): it reads the first line of stdout as the token and, on
failure, quotes the last line of stderr. So stdout carries the token and
nothing else, and every failure is that one stderr line (``intakebot: error:
m365: ...``), exit 1 when the identity platform refused or could not be
reached, exit 2 for a mistake in the command's own arguments or files.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

import click

from intakebot.cli.root import main
from intakebot.m365 import (
    AUTHORITY_HOST,
    SCOPE,
    TokenRequest,
    access_token,
    default_cache,
    find_credential,
)


@main.group("token")
def token() -> None:
    """Print an OAuth2 access token (for oauth2_token_command)."""


_PATH = click.Path(dir_okay=False, path_type=Path)


@token.command("m365")
@click.option("--tenant", required=True, help="Directory (tenant) ID or domain, e.g. cites.onmicrosoft.com.")
@click.option("--client-id", required=True, help="The app registration's application (client) ID.")
@click.option("--client-secret-file", type=_PATH,
              help="File holding the client secret (default: $CREDENTIALS_DIRECTORY/m365_client_secret).")
@click.option("--certificate-file", type=_PATH,
              help="PEM with the private key and certificate (default: $CREDENTIALS_DIRECTORY/m365_certificate).")
@click.option("--thumbprint", default="", help="SHA-1 thumbprint, when the PEM holds no certificate.")
@click.option("--cache", type=_PATH,
              help="Token cache file (default: $STATE_DIRECTORY/m365-token.json; none outside systemd).")
@click.option("--no-cache", is_flag=True, help="Always ask the identity platform.")
@click.option("--authority", default=AUTHORITY_HOST, show_default=True,
              help="Identity platform host (national clouds).")
@click.option("--scope", default=SCOPE, show_default=True, help="Resource scope.")
@click.option("--ca-file", type=_PATH, help="CA bundle for the identity platform's TLS (a proxy's CA).")
def m365(
    tenant: str,
    client_id: str,
    client_secret_file: Path | None,
    certificate_file: Path | None,
    thumbprint: str,
    cache: Path | None,
    no_cache: bool,
    authority: str,
    scope: str,
    ca_file: Path | None,
) -> None:
    """Microsoft 365 (Exchange Online): client-credentials token for IMAP and SMTP.

    Set up the app registration first (docs/microsoft-365.md), then in the
    configuration:

    \b
      oauth2_token_command = "/opt/intakebot/bin/intakebot token m365 --tenant T --client-id C"
    """
    # MSAL's own warnings would become the "reason" the bot quotes; ours is the one line.
    logging.getLogger("msal").setLevel(logging.CRITICAL)
    credential = find_credential(client_secret_file, certificate_file, thumbprint, os.environ)
    req = TokenRequest(
        tenant=tenant.strip(),
        client_id=client_id.strip(),
        credential=credential,
        authority_host=authority.strip(),
        scope=scope.strip(),
        ca_file=str(ca_file or ""),
        cache=None if no_cache else (cache or default_cache(os.environ)),
    )
    click.echo(access_token(req))
