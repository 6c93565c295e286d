#!/usr/bin/env bash
# Shared launcher of nightly.sh and year-end.sh. Usage: run-bulletin.sh RUN-NAME [options...]
#
# Reads the env file (BULLETIN_ENV, else /etc/district-bulletin/bulletin.env, else jobs/bulletin.env)
# and exports every setting in it, so that the product sees BULLETIN_MUNICIPALITY, SPRING_DATASOURCE_URL...
# The database password comes from SPRING_DATASOURCE_PASSWORD or the file SPRING_DATASOURCE_PASSWORD_FILE,
# never the command line. The run logs to $BULLETIN_LOG_DIR/RUN-NAME.log only; the launcher is silent
# when the run succeeds (cron then mails nothing) and on failure prints the status and the last log
# lines to stderr and runs BULLETIN_ON_FAILURE, if set (not under systemd: its OnFailure= unit does).
# Exits with the product's status: 0 bulletin produced, 1 job failed, 2 bad set-up,
# 3 another run in progress, 4 database unreachable or the program cannot start.
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
env_file="${BULLETIN_ENV:-/etc/district-bulletin/bulletin.env}"
[ -f "$env_file" ] || env_file="$here/bulletin.env"
if [ -f "$env_file" ]; then
  set -a
  # shellcheck disable=SC1090
  . "$env_file" || { echo "District Bulletin: cannot read $env_file" >&2; exit 2; }
  set +a
fi

# Java reads file names in the locale's character set: without a UTF-8 locale (cron's is often
# empty) the clerks' Chinese file names become question marks.
case "${LC_ALL:-${LC_CTYPE:-${LANG:-}}}" in
  *UTF-8*|*utf-8*|*UTF8*|*utf8*) ;;
  *) export LC_ALL=C.UTF-8 ;;
esac

run_name="${1:?usage: run-bulletin.sh RUN-NAME [options...]}"; shift
home="${BULLETIN_HOME:-$(dirname "$here")}"
log_dir="${BULLETIN_LOG_DIR:-$home/logs}"
export BULLETIN_INPUT="${BULLETIN_INPUT:-$home/input}"
export BULLETIN_OUTPUT="${BULLETIN_OUTPUT:-$home/output}"
export BULLETIN_DATA_DIR="${BULLETIN_DATA_DIR:-$home/data}"

jar="${BULLETIN_JAR:-$home/app/district-bulletin.jar}"
[ -f "$jar" ] || jar="$home/target/district-bulletin.jar"
java_opts=()
# The class-data-sharing archive written at install time (jobs/cds-archive.sh): a faster start.
cds="${jar%.jar}.jsa"
[ -f "$cds" ] && java_opts+=("-XX:SharedArchiveFile=$cds" "-Xlog:cds=off" "-Xlog:cds+dynamic=off")

if [ -n "${SPRING_DATASOURCE_PASSWORD_FILE:-}" ]; then
  if [ ! -r "$SPRING_DATASOURCE_PASSWORD_FILE" ]; then
    echo "District Bulletin: cannot read the password file $SPRING_DATASOURCE_PASSWORD_FILE" >&2
    exit 2
  fi
  SPRING_DATASOURCE_PASSWORD="$(cat "$SPRING_DATASOURCE_PASSWORD_FILE")"
  export SPRING_DATASOURCE_PASSWORD
fi
unset SPRING_DATASOURCE_PASSWORD_FILE

mkdir -p "$log_dir" || exit 2
log_file="$log_dir/$run_name.log"
errors="$log_dir/$run_name.stderr"
# shellcheck disable=SC2086
java ${JAVA_OPTS:-} "${java_opts[@]}" -jar "$jar" "--logging.file.name=$log_file" "$@" >/dev/null 2>"$errors"
status=$?
echo "$(date '+%F %T') $run_name exit status $status" >> "$log_dir/exit-status.log"

if [ "$status" -ne 0 ]; then
  report="$( {
    echo "District Bulletin $run_name failed on $(hostname) with exit status $status. Last lines of $log_file:"
    cat "$errors"
    [ -f "$log_file" ] && tail -n 30 "$log_file"
  } )"
  printf '%s\n' "$report" >&2
  if [ -n "${BULLETIN_ON_FAILURE:-}" ] && [ -z "${INVOCATION_ID:-}" ]; then
    printf '%s\n' "$report" | BULLETIN_RUN="$run_name" BULLETIN_EXIT_STATUS="$status" BULLETIN_LOG_FILE="$log_file" \
      sh -c "$BULLETIN_ON_FAILURE" || echo "District Bulletin: the failure hook BULLETIN_ON_FAILURE failed" >&2
  fi
fi
exit "$status"
