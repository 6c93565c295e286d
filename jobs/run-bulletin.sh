#!/usr/bin/env bash
# Shared launcher: reads bulletin.env, runs the product with a rotating log file, and exits
# with the product's own exit status (0 bulletin produced, 1 job failed, 2 bad set-up,
# 3 another run in progress, 4 database unreachable). Usage: run-bulletin.sh LOGNAME [options...]
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
env_file="${BULLETIN_ENV:-/etc/district-bulletin/bulletin.env}"
[ -f "$env_file" ] || env_file="$here/bulletin.env"
# shellcheck disable=SC1090
[ -f "$env_file" ] && . "$env_file"

log_name="$1"; shift
home="${BULLETIN_HOME:-$(dirname "$here")}"
log_dir="${BULLETIN_LOG_DIR:-$home/logs}"
mkdir -p "$log_dir"

args=(
  "--bulletin.input=${BULLETIN_INPUT:-$home/input}"
  "--bulletin.output=${BULLETIN_OUTPUT:-$home/output}"
  "--bulletin.lock-wait-seconds=${BULLETIN_LOCK_WAIT:-0}"
  "--logging.file.name=$log_dir/$log_name.log"
  "--logging.logback.rollingpolicy.max-file-size=10MB"
  "--logging.logback.rollingpolicy.max-history=30"
)
if [ -n "${BULLETIN_DB_URL:-}" ]; then
  args+=("--spring.datasource.url=$BULLETIN_DB_URL"
         "--spring.datasource.username=${BULLETIN_DB_USER:-}"
         "--spring.datasource.password=${BULLETIN_DB_PASSWORD:-}")
fi

cd "$home" || exit 2
# shellcheck disable=SC2086
java ${JAVA_OPTS:-} -jar "$home/target/district-bulletin.jar" "${args[@]}" "$@"
status=$?
echo "$(date '+%F %T') $log_name exit status $status" >> "$log_dir/exit-status.log"
exit $status
