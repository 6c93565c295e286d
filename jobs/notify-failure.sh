#!/usr/bin/env bash
# Run by the systemd unit district-bulletin-failure@.service when a District Bulletin unit fails
# (OnFailure=). Sends the launcher's notice of the failed run ($BULLETIN_LOG_DIR/<run>.notice, the
# text it also wrote to the journal) to BULLETIN_ON_FAILURE from the env file; when the launcher
# wrote none (the run was killed, timed out or ran out of memory), a notice with the unit's last
# journal lines. Without a hook the notice stays in the journal, marked as an error.
# Usage: notify-failure.sh UNIT
set -uo pipefail
unit="${1:?usage: notify-failure.sh UNIT}"
here="$(cd "$(dirname "$0")" && pwd)"
env_file="${BULLETIN_ENV:-/etc/district-bulletin/bulletin.env}"
if [ -f "$env_file" ]; then
  set -a
  # shellcheck disable=SC1090
  . "$env_file"
  set +a
fi
home="${BULLETIN_HOME:-$(dirname "$here")}"
log_dir="${BULLETIN_LOG_DIR:-$home/logs}"
run_name="${unit#district-bulletin-}"; run_name="${run_name%.service}"
status="$(systemctl show -p ExecMainStatus --value "$unit" 2>/dev/null || echo '?')"
notice="$log_dir/$run_name.notice"
# The launcher removes the notice when a run starts, so one that exists is the failed run's.
if [ -f "$notice" ]; then
  report="$(cat "$notice")"
else
  report="$( {
    echo "统计公报的 $unit 在 $(hostname) 上运行失败（退出状态 $status），启动器没有写出失败通知：运行可能被终止、超时或内存不足。该单元最后的日志："
    journalctl -u "$unit" -n 40 --no-pager -o cat 2>/dev/null
  } )"
fi
if [ -n "${BULLETIN_ON_FAILURE:-}" ]; then
  printf '%s\n' "$report" | BULLETIN_RUN="$run_name" BULLETIN_EXIT_STATUS="$status" BULLETIN_LOG_FILE="$log_dir/$run_name.log" \
    sh -c "$BULLETIN_ON_FAILURE"
else
  printf '%s\n' "$report" >&2
fi
