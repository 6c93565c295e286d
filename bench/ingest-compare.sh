#!/usr/bin/env bash
# The validated ingest of the 1,000,000-row suggestions file, for two builds of the product, beside
# psql \copy of the same rows, interleaved in the same run: the before/after figures of a change to
# the ingest, and the ingest against the storage work it cannot avoid.
#
#   bash bench/ingest-compare.sh BEFORE_JAR AFTER_JAR [ROUNDS]
#
# Needs the file from bench/run.sh (bench-data/input/big/input, or BENCH_BIG_INPUT=folder with
# districts.csv and the file), psql and a PostgreSQL server (PGHOST, PGPORT, PGUSER as for
# bench/run.sh); drops and creates the databases cmp_copy, cmp_before_N and cmp_after_N.
#
# Each round times, one after the other:
#   (a)     \copy of the file into the table as V2 creates it, no index (the figure of the first targets);
#   (b csv) \copy of the file into the product's table (every migration's columns) with its index
#           (suggestions_by_submission): the storage work the product cannot avoid, the reference;
#   (b bin) the same rows in COPY's binary format into the same table;
#   the ingest of BEFORE and of AFTER, each into a fresh database: the sum of the steps that read
#           the input folder as each build logs them (scanInput + ingestSubmissions), with the JVM's
#           CPU seconds (user + sys) for the whole run.
# It prints every round, then for each figure the minimum and the median, and the ratio
# (b csv) / ingest, which is the ingest's rows/s as a fraction of \copy's into the same table.
set -euo pipefail
cd "$(dirname "$0")/.."
BEFORE=$1 AFTER=$2 ROUNDS=${3:-3}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
INPUT=${BENCH_BIG_INPUT:-bench-data/input/big/input}
FILE=$(ls "$INPUT"/*_suggestions.csv)
ROWS=$(( $(wc -l < "$FILE") - 1 ))
LOGS=$(mktemp -d)
COLUMNS="suggestion_id,kind,submitted_date,field,handling_unit,key_supervised,status,outcome,satisfaction,closed_date"
MIGRATIONS=src/main/resources/db/migration/common

q() { psql -X -qAt -v ON_ERROR_STOP=1 "$@"; }
fresh() { q -d postgres -c "SET client_min_messages = warning" -c "DROP DATABASE IF EXISTS $1" -c "CREATE DATABASE $1" >/dev/null; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.3f", b - a }'; }
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
minimum() { printf '%s\n' "$@" | sort -g | head -1; }

# The plain table: V2's suggestions table, no index. The product's: V2's table and index and
# every later migration's ALTER TABLE suggestions.
plain_table() {
    sed -n '/^CREATE TABLE suggestions (/,/);/p' "$MIGRATIONS/V2__submissions_and_statistics.sql"
}
product_table() {
    sed -n '/^CREATE TABLE suggestions (/,/^CREATE INDEX suggestions_by_submission/p' "$MIGRATIONS/V2__submissions_and_statistics.sql"
    cat "$MIGRATIONS"/V*.sql | grep -i '^ALTER TABLE suggestions ' || true
}
defaults="ALTER TABLE suggestions ALTER COLUMN submission_id SET DEFAULT 1, ALTER COLUMN line_no SET DEFAULT 0"
timed_copy() { # TABLE_SQL FORMAT SOURCE -> seconds of \copy into a fresh table
    fresh cmp_copy
    { $1; echo "$defaults;"; } | q -d cmp_copy >/dev/null
    local t0; t0=$(now)
    q -d cmp_copy -c "\\copy suggestions ($COLUMNS) FROM '$3' WITH (FORMAT $2${4:+, $4})"
    since "$t0"
    local n; n=$(q -d cmp_copy -c "SELECT count(*) FROM suggestions")
    [[ $n == "$ROWS" ]] || { echo "\\copy loaded $n rows, expected $ROWS" >&2; exit 1; }
}
product() { # NAME JAR -> "ingest-seconds cpu-seconds"
    fresh "cmp_$1"
    local t="$LOGS/$1.cpu"
    /usr/bin/time -f '%U %S' -o "$t" java -Xmx512m -jar "$2" --bulletin.year=2024 --bulletin.input="$INPUT" \
        --bulletin.output="$LOGS/out-$1" \
        --spring.datasource.url="jdbc:postgresql://$PGHOST:$PGPORT/cmp_$1" --spring.datasource.username="$PGUSER" \
        > "$LOGS/$1.log" 2>&1 || { echo "run $1 failed: $LOGS/$1.log" >&2; exit 1; }
    local n; n=$(sed -n 's/.*Ingest progress: .*rows accepted \([0-9]*\), rejected \([0-9]*\).*/\1 \2/p' "$LOGS/$1.log" \
        | tail -1 | awk '{ print $1 + $2 }')
    [[ $n == "$ROWS" ]] || { echo "run $1 read $n rows, expected $ROWS: $LOGS/$1.log" >&2; exit 1; }
    awk -v a="$(seconds "$LOGS/$1.log" scanInput)" -v b="$(seconds "$LOGS/$1.log" ingestSubmissions)" \
        -v c="$(cat "$t")" 'BEGIN { split(c, u, " "); printf "%.3f %.1f", a + b, u[1] + u[2] }'
}

# The same rows in COPY's binary format, written once by the server from the product's table.
BINARY=$LOGS/suggestions.bin
fresh cmp_copy
{ product_table; echo "$defaults;"; } | q -d cmp_copy >/dev/null
q -d cmp_copy -c "\\copy suggestions ($COLUMNS) FROM '$FILE' WITH (FORMAT csv, HEADER true)"
q -d cmp_copy -c "\\copy (SELECT $COLUMNS FROM suggestions) TO '$BINARY' WITH (FORMAT binary)"

plain=() csv=() bin=() before=() after=() before_cpu=() after_cpu=()
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg); $ROWS rows; logs in $LOGS"
for i in $(seq 1 "$ROUNDS"); do
    plain+=("$(timed_copy plain_table csv "$FILE" "HEADER true")")
    csv+=("$(timed_copy product_table csv "$FILE" "HEADER true")")
    bin+=("$(timed_copy product_table binary "$BINARY")")
    read -r s c <<< "$(product "before_$i" "$BEFORE")"; before+=("$s"); before_cpu+=("$c")
    read -r s c <<< "$(product "after_$i" "$AFTER")"; after+=("$s"); after_cpu+=("$c")
    echo "round $i: (a) ${plain[-1]} s, (b csv) ${csv[-1]} s, (b bin) ${bin[-1]} s;" \
        "before ${before[-1]} s (JVM ${before_cpu[-1]} CPU-s), after ${after[-1]} s (JVM ${after_cpu[-1]} CPU-s);" \
        "load $(cut -d' ' -f1 /proc/loadavg)"
done
report() { # LABEL VALUES... -> min and median, rows/s, ratio to (b csv) of the same statistic
    local label=$1; shift
    local lo md; lo=$(minimum "$@") md=$(median "$@")
    awk -v l="$label" -v lo="$lo" -v md="$md" -v r="$ROWS" -v blo="$(minimum "${csv[@]}")" -v bmd="$(median "${csv[@]}")" \
        'BEGIN { printf "%-36s min %7.3f s (%7d rows/s, %.2f x b csv)   median %7.3f s (%7d rows/s, %.2f x b csv)\n",
                 l, lo, r / lo, blo / lo, md, r / md, bmd / md }'
}
echo "over $ROUNDS rounds:"
report "(a) psql copy, plain table" "${plain[@]}"
report "(b csv) psql copy, product table+index" "${csv[@]}"
report "(b bin) the same, binary" "${bin[@]}"
report "before: ingest (scan + ingest step)" "${before[@]}"
report "after: ingest (scan + ingest step)" "${after[@]}"
echo "JVM CPU seconds (whole run), median: before $(median "${before_cpu[@]}"), after $(median "${after_cpu[@]}")"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
