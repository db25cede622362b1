#!/usr/bin/env bash
# Command 1 of the README: set up, seed the local inbox from examples/, run one
# poll cycle on the embedded default (no mail server), and show what happened.
set -euo pipefail
cd "$(dirname "$0")/.."
INTAKEBOT_SKIP_DOVECOT=1 bash scripts/setup.sh

rm -rf var/local
mkdir -p var/local/inbox/new var/local/inbox/cur var/local/inbox/tmp
i=0
for f in examples/*.eml; do
    i=$((i + 1))
    cp "$f" "var/local/inbox/new/$(date +%s).demo${i}.$(basename "$f" .eml)"
done
echo "Seeded var/local/inbox with $i example messages from examples/."
echo

.venv/bin/intakebot --config config/local.toml poll --once
echo
.venv/bin/intakebot --config config/local.toml requests list
echo
echo "Replies written to var/local/outbox/new: $(ls -1 var/local/outbox/new | wc -l) messages."
echo
# Two replies as the official reads them (decoded, not raw MIME): the first
# acknowledgement and the first missing-information notice in the outbox.
show_first() {
    local kind="$1" ref
    ref=$(.venv/bin/intakebot --config config/local.toml outbox list | sort -k4 \
          | awk -v k="$kind" '$3 == k && $4 != "-" { split($4, r, ","); print r[1]; exit }')
    if [ -n "$ref" ]; then
        echo "==================== $kind for $ref ===================="
        .venv/bin/intakebot --config config/local.toml outbox show "$ref" --template "$kind"
        echo
    fi
}
show_first acknowledgement
show_first missing_info
echo "Next: .venv/bin/intakebot --config config/local.toml requests show <REFERENCE>"
echo "      .venv/bin/intakebot --config config/local.toml outbox show <REFERENCE> [--html]"
