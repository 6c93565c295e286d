#!/usr/bin/env bash
# Run by the systemd unit district-bulletin-failure@.service when a District Bulletin unit fails
# (OnFailure=), also when the launcher itself could not report (killed, out of memory). Pipes the
# unit's last journal lines to BULLETIN_ON_FAILURE from the env file; without it, they stay in the
# journal, marked as an error. Usage: notify-failure.sh UNIT
set -uo pipefail
unit="${1:?usage: notify-failure.sh UNIT}"
env_file="${BULLETIN_ENV:-/etc/district-bulletin/bulletin.env}"
if [ -f "$env_file" ]; then
  set -a
  # shellcheck disable=SC1090
  . "$env_file"
  set +a
fi
status="$(systemctl show -p ExecMainStatus --value "$unit" 2>/dev/null || echo '?')"
report="$( {
  echo "District Bulletin: $unit failed on $(hostname) with exit status $status. Last journal lines:"
  journalctl -u "$unit" -n 40 --no-pager -o cat 2>/dev/null
} )"
if [ -n "${BULLETIN_ON_FAILURE:-}" ]; then
  printf '%s\n' "$report" | BULLETIN_RUN="$unit" BULLETIN_EXIT_STATUS="$status" BULLETIN_LOG_FILE="" \
    sh -c "$BULLETIN_ON_FAILURE"
else
  printf '%s\n' "$report" >&2
fi
