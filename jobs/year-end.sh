#!/usr/bin/env bash
# Year end: publish the final (正式) edition of a year (default: last year), which closes it.
# Run again for a closed year, it publishes revision r<N>: the versions pending since put in
# force, every changed figure listed in revisions-final-r<N>.csv and the bulletin's 修订说明.
# With nothing pending it changes nothing and says so.
year="${1:-$(( $(date +%Y) - 1 ))}"
[ $# -gt 0 ] && shift
exec "$(dirname "$0")/run-bulletin.sh" year-end --bulletin.year="$year" --bulletin.edition=final "$@"
