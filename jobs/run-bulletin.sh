#!/usr/bin/env bash
# Shared launcher of nightly.sh and year-end.sh. Usage: run-bulletin.sh RUN-NAME [options...]
#
# Reads the env file (BULLETIN_ENV, else /etc/district-bulletin/bulletin.env, else jobs/bulletin.env)
# and exports every setting in it, so that the product sees BULLETIN_MUNICIPALITY, SPRING_DATASOURCE_URL...
# The database password comes from SPRING_DATASOURCE_PASSWORD or the file SPRING_DATASOURCE_PASSWORD_FILE,
# never the command line. The run logs to $BULLETIN_LOG_DIR/RUN-NAME.log only; the launcher is silent
# when the run succeeds (cron then mails nothing). On failure it writes a notice in Chinese — the exit
# status, the sentence the program printed, and this run's own log lines (those written since it
# started; none when it stopped before logging) — to stderr and to $BULLETIN_LOG_DIR/RUN-NAME.notice,
# and pipes it to BULLETIN_ON_FAILURE, if set (under systemd the OnFailure= unit sends that file).
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
notice="$log_dir/$run_name.notice"
rm -f "$notice"
# Where this run's lines will start: the log's file (inode) and length now. The log rolls over
# (daily, or at 10 MB); when it rolled during the run, the file holds only lines written since.
log_mark() { stat -c '%i %s' "$log_file" 2>/dev/null || echo "none 0"; }
read -r log_inode log_offset <<<"$(log_mark)"
started_at="$(date '+%F %T')"
# shellcheck disable=SC2086
java ${JAVA_OPTS:-} "${java_opts[@]}" -jar "$jar" "--logging.file.name=$log_file" "$@" >/dev/null 2>"$errors"
status=$?
echo "$(date '+%F %T') $run_name exit status $status" >> "$log_dir/exit-status.log"

if [ "$status" -ne 0 ]; then
  read -r inode_now _ <<<"$(log_mark)"
  [ "$inode_now" = "$log_inode" ] || log_offset=0
  # This run's lines, without the frames of stack traces (they stay in the log).
  this_run="$( [ -f "$log_file" ] && tail -c "+$((log_offset + 1))" "$log_file" | grep -Ev $'^\t(at |\\.\\.\\. [0-9]+ more)' )"
  # The sentence the program logged for the failure: its last ERROR line.
  logged="$(printf '%s\n' "$this_run" | grep -E '^[^ ]+ +ERROR ' | tail -n 1 | sed -E 's/^[^]]*\][^]]*\] [^ ]+ +: //')"
  case "$run_name" in nightly) run_label="夜间任务" ;; year-end) run_label="年终任务" ;; *) run_label="任务" ;; esac
  {
    echo "统计公报${run_label}（$run_name）于 $started_at 在 $(hostname) 上开始的运行失败，退出状态 $status（各状态的含义见 --help 或 docs/operating.md）。"
    if [ -s "$errors" ] || [ -n "$logged" ]; then
      echo "程序的说明："
      cat "$errors"
      [ -n "$logged" ] && printf '%s\n' "$logged"
    fi
    if [ -n "$this_run" ]; then
      echo "本次运行的日志（$log_file，最后 30 行，不含异常的调用栈）："
      printf '%s\n' "$this_run" | tail -n 30
    else
      echo "本次运行没有写入日志（$log_file）：程序在开始记录日志之前就已停止，原因见上面的说明。"
    fi
  } > "$notice"
  cat "$notice" >&2
  if [ -n "${BULLETIN_ON_FAILURE:-}" ] && [ -z "${INVOCATION_ID:-}" ]; then
    BULLETIN_RUN="$run_name" BULLETIN_EXIT_STATUS="$status" BULLETIN_LOG_FILE="$log_file" \
      sh -c "$BULLETIN_ON_FAILURE" < "$notice" || echo "统计公报：失败通知命令 BULLETIN_ON_FAILURE 本身运行失败，请检查 bulletin.env 中的这一行。" >&2
  fi
fi
exit "$status"
