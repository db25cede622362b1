#!/usr/bin/env bash
# Sets up a fresh machine for intakebot: a virtualenv in .venv with the
# package and its test tools, and (as root, when missing) Debian's Dovecot for
# the integration tests. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v dovecot >/dev/null 2>&1 && [ ! -x /usr/sbin/dovecot ] && [ "${INTAKEBOT_SKIP_DOVECOT:-0}" != 1 ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "setup: installing dovecot-imapd (for the integration tests)" >&2
        apt-get update -qq >/dev/null
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq dovecot-imapd >/dev/null
        # The Debian package starts a system Dovecot on 143/993; the tests run their own.
        (systemctl stop dovecot || service dovecot stop || pkill -x dovecot) >/dev/null 2>&1 || true
    else
        echo "setup: Dovecot is not installed and this is not root: the IMAP tests will be skipped" >&2
    fi
fi

if [ ! -x .venv/bin/python ]; then
    python3 -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip >/dev/null 2>&1 || true
# pip's chatter goes to a log, shown only if the install fails.
log=$(mktemp)
if ! .venv/bin/python -m pip install -q -e '.[test]' >"$log" 2>&1; then
    cat "$log" >&2
    rm -f "$log"
    echo "setup: installing the Python packages failed (above)" >&2
    exit 1
fi
rm -f "$log"
