#!/usr/bin/env bash
# Year end: the final (正式) bulletin of the year just closed (default: last year).
year="${1:-$(( $(date +%Y) - 1 ))}"
[ $# -gt 0 ] && shift
exec "$(dirname "$0")/run-bulletin.sh" year-end --bulletin.year="$year" --bulletin.edition=final "$@"
