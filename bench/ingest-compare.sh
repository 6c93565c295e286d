#!/usr/bin/env bash
# The validated ingest of the 1,000,000-row suggestions file, for two builds of the product and
# psql \copy, alternating in the same run: the before/after figures of a change to the ingest.
#
#   bash bench/ingest-compare.sh BEFORE_JAR AFTER_JAR [ROUNDS]
#
# Needs bench-data/ from bench/run.sh (or BENCH_BIG_INPUT=folder with districts.csv and the
# file), psql and a PostgreSQL server (PGHOST, PGPORT, PGUSER as for bench/run.sh). The ingest's
# time is the sum of the steps that read the input folder, as each build logs them
# (ingestSubmissions; since the chunk step, scanInput + ingestSubmissions). Two references are
# timed: \copy into the table as V2 creates it (no index: the figure the targets were set
# against) and \copy into the same table with the index the product keeps on it
# (suggestions_by_submission), the storage work the product cannot avoid.
set -euo pipefail
cd "$(dirname "$0")/.."
BEFORE=$1 AFTER=$2 ROUNDS=${3:-3}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
INPUT=${BENCH_BIG_INPUT:-bench-data/input/big/input}
FILE=$(ls "$INPUT"/*_suggestions.csv)
ROWS=$(( $(wc -l < "$FILE") - 1 ))
LOGS=$(mktemp -d)
COLUMNS="suggestion_id,kind,submitted_date,field,handling_unit,key_supervised,status,outcome,satisfaction,closed_date"

fresh() { psql -qAt -d postgres -c "SET client_min_messages = warning" -c "DROP DATABASE IF EXISTS $1" -c "CREATE DATABASE $1" >/dev/null; }
seconds() { # LOG STEP -> seconds, 0 when the step is not in the log
    local d; d=$(sed -n "s/.*Step: \[$2\] executed in \([0-9hms]*\).*/\1/p" "$1" | tail -1)
    awk -v d="${d:-0s}" 'BEGIN { t = 0; s = d
        while (match(s, /^[0-9]+(ms|h|m|s)/)) { p = substr(s, 1, RLENGTH); s = substr(s, RLENGTH + 1)
            if (p ~ /ms$/) t += substr(p, 1, length(p) - 2) / 1000
            else if (p ~ /m$/) t += substr(p, 1, length(p) - 1) * 60
            else t += substr(p, 1, length(p) - 1) }
        printf "%.3f", t }'
}
median() { printf '%s\n' "$@" | sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
product() { # NAME JAR -> ingest seconds
    fresh "cmp_$1"
    java -Xmx512m -jar "$2" --bulletin.year=2024 --bulletin.input="$INPUT" --bulletin.output="$LOGS/out-$1" \
        --spring.datasource.url="jdbc:postgresql://$PGHOST:$PGPORT/cmp_$1" --spring.datasource.username="$PGUSER" \
        > "$LOGS/$1.log" 2>&1 || { echo "run $1 failed: $LOGS/$1.log" >&2; exit 1; }
    awk -v a="$(seconds "$LOGS/$1.log" scanInput)" -v b="$(seconds "$LOGS/$1.log" ingestSubmissions)" \
        'BEGIN { printf "%.3f", a + b }'
}

copy=() indexed=() before=() after=()
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg); $ROWS rows; logs in $LOGS"
for i in $(seq 1 "$ROUNDS"); do
    fresh cmp_copy
    sed -n '/^CREATE TABLE suggestions (/,/);/p' src/main/resources/db/migration/common/V2__submissions_and_statistics.sql \
        | psql -qAt -d cmp_copy >/dev/null
    psql -qAt -d cmp_copy -c "ALTER TABLE suggestions ALTER COLUMN submission_id SET DEFAULT 1, ALTER COLUMN line_no SET DEFAULT 0" >/dev/null
    t0=$(date +%s.%N)
    psql -qAt -d cmp_copy -c "\\copy suggestions ($COLUMNS) FROM '$FILE' WITH (FORMAT csv, HEADER true)"
    t1=$(date +%s.%N)
    copy+=("$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }')")
    psql -qAt -d cmp_copy -c "TRUNCATE suggestions" -c "CREATE INDEX suggestions_by_submission ON suggestions (submission_id)" >/dev/null
    t0=$(date +%s.%N)
    psql -qAt -d cmp_copy -c "\\copy suggestions ($COLUMNS) FROM '$FILE' WITH (FORMAT csv, HEADER true)"
    t1=$(date +%s.%N)
    indexed+=("$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }')")
    before+=("$(product before_$i "$BEFORE")")
    after+=("$(product after_$i "$AFTER")")
    echo "round $i: \\copy ${copy[-1]} s (into the indexed table ${indexed[-1]} s), before ${before[-1]} s, after ${after[-1]} s"
done
c=$(median "${copy[@]}") x=$(median "${indexed[@]}") b=$(median "${before[@]}") a=$(median "${after[@]}")
awk -v r="$ROWS" -v c="$c" -v x="$x" -v b="$b" -v a="$a" 'BEGIN {
    printf "median of the rounds: \\copy %.3f s (%d rows/s); into the indexed table %.3f s\n", c, r / c, x
    printf "  before: %.3f s (%d rows/s, %.2f x \\copy, %.2f x indexed)\n", b, r / b, c / b, x / b
    printf "  after:  %.3f s (%d rows/s, %.2f x \\copy, %.2f x indexed)\n", a, r / a, c / a, x / a }'
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
