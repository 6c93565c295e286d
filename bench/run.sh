#!/usr/bin/env bash
# Ingest and statistics benchmark of District Bulletin on PostgreSQL. See docs/benchmarks.md.
#
#   bash bench/run.sh
#
# 1. builds target/district-bulletin.jar (mvn -o package -DskipTests) and the generator, and installs it
#    the way production runs it (docs/install.md, step 3): extracted into $BENCH_DATA/app
#    (java -Djarmode=tools ... extract) with its class-data-sharing archive (jobs/cds-archive.sh);
# 2. generates the synthetic input under bench-data/input (seeded, deterministic; reused when
#    present): one suggestions file of 1,000,000 rows, its first 100,000 rows, a province-scale
#    drop of 2,800 districts x 12 datasets (33,600 files, 3.27 million rows: the twelve datasets of
#    contract v3, service_tasks included, with the v3 columns; one district in fifty without them,
#    one in fifty without some; a registry with 乡镇（街道）数), and the same province rows merged
#    into 36 files;
# 3. times psql \copy of the 1M rows into a table shaped like the product's suggestions table and
#    the product (java -Xmx512m -jar ...) ingesting the same file, alternately, BENCH_REPEAT times,
#    each into a fresh database;
# 4. runs the product on the 100k-row file (memory must not grow with rows), on the province drop
#    (ingested, aggregated and rendered end to end: the time of each step of the job is reported;
#    every province run, here and in 5, starts the product as jobs/run-bulletin.sh does: the extracted
#    jar, -XX:SharedArchiveFile=app/district-bulletin.jsa -Xlog:cds=off -Xlog:cds+dynamic=off, a UTF-8
#    locale, with -Xmx$BENCH_XMX for the env file's JAVA_OPTS; the 1M- and 100k-row runs use java -jar)
#    and on its merged twin (the difference is the per-file overhead), then BENCH_STATS_RUNS more
#    times on the loaded province data (every file unchanged: the run is the statistics);
# 5. the nightly runs (--bulletin.year=open, as jobs/nightly.sh runs): the province in full into an empty output folder, then again with nothing
#    changed, with one district's file sent again with the same figures (its rows reordered) and
#    with one district's file changed (its last row left out): wall times against the full run,
#    and how many receipts, problems files and profiles each run wrote and left unchanged;
# 6. prints the figures and writes them to bench-data/results-<time>.txt (logs in bench-data/logs).
#
# Environment (defaults in brackets):
#   PGHOST [127.0.0.1], PGPORT [5432], PGUSER [postgres] (trust auth, or set PGPASSWORD)
#   BENCH_DATA [bench-data]   BENCH_ROWS [1000000]   BENCH_SMALL_ROWS [100000]
#   BENCH_DISTRICTS [2800]    BENCH_SEED [20240601]  BENCH_XMX [512m]
#   BENCH_REPEAT [3]          rounds of \copy vs the product on the 1M file (the median is reported)
#   BENCH_STATS_RUNS [3]      reruns on the loaded province
#   BENCH_QUIET_WAIT [120]    before each timed run, wait up to this many seconds for the CPUs to be
#   BENCH_QUIET_IDLE [85]     at least this many percent idle: on 2 cores any other work skews every
#                             figure (0 = do not wait; the idle seen is printed either way)
#   BENCH_PROVINCE_ONLY       set to 1 to run only the province part (step 4 without the 100k-row file):
#                             no 1M-row file is generated and no \copy comparison is run
#   BENCH_NIGHTLY [1]         set to 0 to leave out the nightly runs (step 5)
#   BENCH_NIGHTLY_ONLY        set to 1 to run only the nightly runs (step 5) on the province input
#   BENCH_SKIP_BUILD          set to reuse target/ as it is ($BENCH_DATA/app is redone when the jar is newer)
#   BENCH_LAUNCH [production] plain: the province runs too use java -jar target/district-bulletin.jar
#   MVN_OPTS_EXTRA [-o]       Maven offline; set it empty to let Maven download
#
# Needs Java 17, Maven, psql, a PostgreSQL server on which PGUSER may create databases (the script
# drops and creates bench_copy, bench_big, bench_small, bench_province, bench_merged and
# bench_nightly), and GNU
# time (/usr/bin/time, Debian package "time": apt-get install time) for peak RSS; without it, peak
# RSS is sampled from /proc/<pid>/status (VmHWM).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
DATA=${BENCH_DATA:-$ROOT/bench-data}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
REPEAT=${BENCH_REPEAT:-3}
STATS_RUNS=${BENCH_STATS_RUNS:-3}
ROWS=${BENCH_ROWS:-1000000}
SMALL_ROWS=${BENCH_SMALL_ROWS:-100000}
DISTRICTS=${BENCH_DISTRICTS:-2800}
SEED=${BENCH_SEED:-20240601}
XMX=${BENCH_XMX:-512m}
MVN_FLAGS=${MVN_OPTS_EXTRA--o}
QUIET_WAIT=${BENCH_QUIET_WAIT:-120}
QUIET_IDLE=${BENCH_QUIET_IDLE:-85}
PROVINCE_ONLY=${BENCH_PROVINCE_ONLY:-}
[[ $PROVINCE_ONLY == 0 ]] && PROVINCE_ONLY=
NIGHTLY=${BENCH_NIGHTLY:-1}
NIGHTLY_ONLY=${BENCH_NIGHTLY_ONLY:-}
[[ $NIGHTLY_ONLY == 0 ]] && NIGHTLY_ONLY=
[[ -n $NIGHTLY_ONLY ]] && PROVINCE_ONLY=1 NIGHTLY=1
YEAR=2024
JAR=$ROOT/target/district-bulletin.jar
RUN_ID=$(date +%Y%m%d-%H%M%S)
LOGS=$DATA/logs/$RUN_ID
mkdir -p "$LOGS"
RESULTS=$DATA/results-$RUN_ID.txt

say() { printf '%s\n' "$*" >&2; }
now() { date +%s.%N; }
psqlq() { psql -X -q -v ON_ERROR_STOP=1 "$@"; }
fresh_db() {
    psqlq -d postgres -c "DROP DATABASE IF EXISTS $1 WITH (FORCE)" -c "CREATE DATABASE $1" >/dev/null 2>&1 \
        || psqlq -d postgres -c "DROP DATABASE IF EXISTS $1" -c "CREATE DATABASE $1" >/dev/null
}
# "6s459ms", "1m2s3ms", "459ms" (Spring Batch's step duration) -> seconds
duration() {
    awk -v d="$1" 'BEGIN { t = 0; s = d
        while (match(s, /^[0-9]+(ms|h|m|s)/)) { part = substr(s, 1, RLENGTH); s = substr(s, RLENGTH + 1)
            if (part ~ /ms$/) t += substr(part, 1, length(part) - 2) / 1000
            else if (part ~ /h$/) t += substr(part, 1, length(part) - 1) * 3600
            else if (part ~ /m$/) t += substr(part, 1, length(part) - 1) * 60
            else t += substr(part, 1, length(part) - 1) }
        printf "%.3f", t }'
}
median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
div() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.0f", a / b; else print "n/a" }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }
mib() { awk -v k="$1" 'BEGIN { if (k > 0) printf "%.0f", k / 1024; else print "n/a" }'; }
idle_pct() { # percent of CPU time idle over one second
    local a b
    a=$(awk '/^cpu / { print $2 + $3 + $4 + $5 + $6 + $7 + $8, $5 + $6 }' /proc/stat)
    sleep 1
    b=$(awk '/^cpu / { print $2 + $3 + $4 + $5 + $6 + $7 + $8, $5 + $6 }' /proc/stat)
    awk -v a="$a" -v b="$b" 'BEGIN { split(a, x, " "); split(b, y, " "); t = y[1] - x[1]
        printf "%.0f", (t > 0 ? 100 * (y[2] - x[2]) / t : 100) }'
}
IDLE_SEEN=()
quiet() { # waits (up to QUIET_WAIT s) for an idle machine; records what it found
    local waited=0 idle
    idle=$(idle_pct)
    while (( idle < QUIET_IDLE && waited < QUIET_WAIT )); do
        sleep 4; waited=$((waited + 5)); idle=$(idle_pct)
    done
    IDLE_SEEN+=("$idle")
    (( idle < QUIET_IDLE )) && say "   (machine busy: ${idle}% idle after waiting ${waited}s; measuring anyway)"
    return 0
}

# ---------------------------------------------------------------- 1. build
if [[ -z ${BENCH_SKIP_BUILD:-} ]]; then
    say "== build"
    # shellcheck disable=SC2086
    mvn -q -B $MVN_FLAGS package -DskipTests
fi
# The province runs start the product as production does (jobs/run-bulletin.sh on the install guide's
# extracted jar and class-data-sharing archive), so that a night's fixed cost is the production one.
APP=$DATA/app
LAUNCH=${BENCH_LAUNCH:-production}
if [[ $LAUNCH == production && ! ( -f $APP/district-bulletin.jsa && $APP/district-bulletin.jsa -nt $JAR ) ]]; then
    say "== install: extracted jar and class-data-sharing archive in $APP"
    rm -rf "$APP"
    java -Djarmode=tools -jar "$JAR" extract --destination "$APP" >/dev/null
    jobs/cds-archive.sh "$APP/district-bulletin.jar" >&2
fi
# shellcheck disable=SC2086
mvn -q -B $MVN_FLAGS dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$DATA/classpath.txt" >/dev/null
CP=$ROOT/target/classes:$ROOT/target/test-classes:$(cat "$DATA/classpath.txt")

# ---------------------------------------------------------------- 2. synthetic input
# Two parts, each regenerated only when its parameters changed: the 1M-row file (big, small) and the
# province (province, province-merged).
GEN=$DATA/input
mkdir -p "$GEN"
generate() { # PART STAMP DIRS...
    local part=$1 stamp=$2
    shift 2
    if [[ ! -f $GEN/.stamp-$part || $(cat "$GEN/.stamp-$part") != "$stamp" ]]; then
        say "== generate $part ($stamp)"
        for d in "$@"; do rm -rf "${GEN:?}/$d"; done
        java -cp "$CP" com.districtbulletin.bench.SyntheticInput "$GEN" --parts "$part" --rows "$ROWS" \
            --small-rows "$SMALL_ROWS" --districts "$DISTRICTS" --seed "$SEED" --year "$YEAR" >&2
        echo "$stamp" > "$GEN/.stamp-$part"
    fi
}
if [[ -z $PROVINCE_ONLY ]]; then
    generate big "generator=3 rows=$ROWS small=$SMALL_ROWS seed=$SEED year=$YEAR" big small
    BIG_FILE=$(ls "$GEN"/big/input/*_suggestions.csv)
fi
generate province "generator=4 districts=$DISTRICTS seed=$SEED year=$YEAR datasets=12 contract=v3" province province-merged
PROVINCE_FILES=$(find "$GEN/province/input" -name '*.csv' ! -name districts.csv | wc -l)
PROVINCE_BYTES=$(du -sb "$GEN/province/input" | cut -f1)

# ---------------------------------------------------------------- helpers: psql \copy, the product
COLUMNS="suggestion_id,kind,submitted_date,field,handling_unit,key_supervised,status,outcome,satisfaction,closed_date"
copy_run() { # sets COPY_SECS
    fresh_db bench_copy
    # The product's suggestions table and index, read from its migration so that they cannot drift;
    # submission_id and line_no, which the product writes in every row, take a constant default here.
    sed -n '/^CREATE TABLE suggestions (/,/^CREATE INDEX suggestions_by_submission/p' \
        src/main/resources/db/migration/common/V2__submissions_and_statistics.sql | psqlq -d bench_copy >/dev/null
    psqlq -d bench_copy >/dev/null -c "ALTER TABLE suggestions ALTER COLUMN submission_id SET DEFAULT 1, ALTER COLUMN line_no SET DEFAULT 0"
    local t0 t1 n
    quiet
    t0=$(now)
    psqlq -d bench_copy -c "\\copy suggestions ($COLUMNS) FROM '$BIG_FILE' WITH (FORMAT csv, HEADER true)"
    t1=$(now)
    n=$(psqlq -d bench_copy -Atc "SELECT count(*) FROM suggestions")
    [[ $n == "$ROWS" ]] || { say "\\copy loaded $n rows, expected $ROWS"; exit 1; }
    COPY_SECS=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }')
}

# How the province runs start the JVM: as jobs/run-bulletin.sh does (its CDS flags; the env file's
# JAVA_OPTS are -Xmx$XMX here), or plainly (BENCH_LAUNCH=plain, and always for the 1M/100k-row runs).
province_java() {
    if [[ $LAUNCH == production ]]; then
        PRODUCT_JAVA=(env LC_ALL=C.UTF-8 java "-Xmx$XMX" "-XX:SharedArchiveFile=$APP/district-bulletin.jsa" -Xlog:cds=off
            -Xlog:cds+dynamic=off)
        PRODUCT_JAR=$APP/district-bulletin.jar
    else
        PRODUCT_JAVA=(java "-Xmx$XMX") PRODUCT_JAR=$JAR
    fi
}
PRODUCT_JAVA=(java "-Xmx$XMX") PRODUCT_JAR=$JAR

# product_run NAME DB INPUT [OUTPUT]: runs the jar (--bulletin.year=$RUN_YEAR, by default $YEAR), writing into $DATA/output/OUTPUT (NAME by default);
# leaves $LOGS/NAME.log, .time, .gc; sets WALL (s) and RSS (KiB)
product_run() {
    local name=$1 db=$2 input=$3 log=$LOGS/$1.log t0 t1 rss=0
    local jvm=("${PRODUCT_JAVA[@]}" "-Xlog:gc:file=$LOGS/$name.gc" -jar "$PRODUCT_JAR" "--bulletin.year=${RUN_YEAR:-$YEAR}"
        "--bulletin.input=$input" "--bulletin.output=$DATA/output/${4:-$name}"
        "--spring.datasource.url=jdbc:postgresql://$PGHOST:$PGPORT/$db" "--spring.datasource.username=$PGUSER")
    [[ -n ${PGPASSWORD:-} ]] && jvm+=("--spring.datasource.password=$PGPASSWORD")
    quiet
    t0=$(now)
    if [[ -x /usr/bin/time ]]; then
        /usr/bin/time -v -o "$LOGS/$name.time" "${jvm[@]}" >"$log" 2>&1 || { say "run $name failed, see $log"; exit 1; }
        rss=$(awk -F': *' '/Maximum resident set size/ { print $2 }' "$LOGS/$name.time")
    else
        "${jvm[@]}" >"$log" 2>&1 &
        local pid=$! hwm
        while kill -0 "$pid" 2>/dev/null; do
            hwm=$(awk '/VmHWM/ { print $2 }' "/proc/$pid/status" 2>/dev/null || true)
            [[ -n $hwm && $hwm -gt $rss ]] && rss=$hwm
            sleep 0.2
        done
        wait "$pid" || { say "run $name failed, see $log"; exit 1; }
    fi
    t1=$(now)
    WALL=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }')
    RSS=$rss
}
step_seconds() { # LOG STEP
    duration "$(sed -n "s/.*Step: \[$2\] executed in \([0-9hms]*\).*/\1/p" "$1" | tail -1)"
}
# The job's steps, in the order they run (job/BulletinJobConfiguration).
STEPS="loadRegistry scanInput ingestSubmissions settleEditions computeStatistics writeReports writeReceipts renderBulletin"
steps_table() { # LOG -> one line a step: its name and seconds, as Spring Batch logged them
    local step
    for step in $STEPS; do printf '   %-18s %9ss\n' "$step" "$(step_seconds "$1" "$step")"; done
}
ingest_seconds() { # LOG -> the ingest: the scan of the input folder plus the chunk step that reads the files
    awk -v a="$(step_seconds "$1" scanInput)" -v b="$(step_seconds "$1" ingestSubmissions)" 'BEGIN { printf "%.3f", a + b }'
}
rows_read() { # LOG -> accepted + rejected rows of the last progress line
    sed -n 's/.*Ingest progress: .*rows accepted \([0-9]*\), rejected \([0-9]*\).*/\1 \2/p' "$1" | tail -1 \
        | awk '{ print $1 + $2 }'
}
statistics_ms() { sed -n 's/.*Statistics of edition [0-9]* [a-z0-9 ]*: [0-9]* figures in \([0-9]*\) ms.*/\1/p' "$1" | tail -1; }
figures() { sed -n 's/.*Statistics of edition [0-9]* [a-z0-9 ]*: \([0-9]*\) figures in.*/\1/p' "$1" | tail -1; }
heap_after_gc() { # GC LOG -> largest heap after a collection, MiB
    grep -o '[0-9]*M->[0-9]*M' "$1" 2>/dev/null | sed 's/.*->\([0-9]*\)M/\1/' | sort -n | tail -1
}

# ---------------------------------------------------------------- 3. 1M rows: \copy vs the product
say "== host: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), load $(cut -d' ' -f1-3 /proc/loadavg)"
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
if [[ -z $PROVINCE_ONLY ]]; then
copy_secs=() ingest_secs=() wall_secs=()
big_rss=0 big_heap=0
for i in $(seq 1 "$REPEAT"); do
    copy_run
    c=$COPY_SECS
    copy_secs+=("$c")
    say "   round $i: psql \\copy $ROWS rows in ${c}s ($(div "$ROWS" "$c") rows/s)"
    fresh_db bench_big
    product_run "big-$i" bench_big "$GEN/big/input"
    wall=$WALL rss=$RSS
    log=$LOGS/big-$i.log
    n=$(rows_read "$log")
    [[ $n == "$ROWS" ]] || { say "the product read $n rows, expected $ROWS (see $log)"; exit 1; }
    s=$(ingest_seconds "$log")
    ingest_secs+=("$s")
    wall_secs+=("$wall")
    (( rss > big_rss )) && big_rss=$rss
    h=$(heap_after_gc "$LOGS/big-$i.gc"); h=${h:-0}
    (( h > big_heap )) && big_heap=$h
    say "   round $i: product ingest step ${s}s ($(div "$ROWS" "$s") rows/s), whole run ${wall}s, peak RSS $(mib "$rss") MiB"
done
copy_med=$(printf '%s ' "${copy_secs[@]}" | median)
ingest_med=$(printf '%s ' "${ingest_secs[@]}" | median)
wall_med=$(printf '%s ' "${wall_secs[@]}" | median)

# ---------------------------------------------------------------- 4a. 100k rows: memory is flat
say "== $SMALL_ROWS rows (memory check)"
fresh_db bench_small
product_run small bench_small "$GEN/small/input"
small_rss=$RSS
small_s=$(ingest_seconds "$LOGS/small.log")
small_heap=$(heap_after_gc "$LOGS/small.gc"); small_heap=${small_heap:-0}
fi

# ---------------------------------------------------------------- 4b. the province-scale drop
province_java
if [[ -z $NIGHTLY_ONLY ]]; then
say "== province drop: $DISTRICTS districts, $PROVINCE_FILES files"
fresh_db bench_province
product_run province bench_province "$GEN/province/input"
prov_wall=$WALL prov_rss=$RSS
plog=$LOGS/province.log
prov_rows=$(rows_read "$plog")
prov_s=$(ingest_seconds "$plog")
prov_stats_ms=$(statistics_ms "$plog")
prov_figures=$(figures "$plog")
prov_heap=$(heap_after_gc "$LOGS/province.gc"); prov_heap=${prov_heap:-0}
prov_accepted=$(psqlq -d bench_province -Atc "SELECT count(*) FROM bulletin.submission WHERE state = 'in_force'")
# the input as the product stored it: per dataset, files and rows accepted and rejected
prov_datasets=$(psqlq -d bench_province -Atc "SELECT dataset, count(*), sum(rows_accepted), sum(rows_rejected)
    FROM bulletin.submission WHERE report_year = $YEAR GROUP BY dataset ORDER BY min(id)" \
    | awk -F'|' '{ printf "   %-20s %6s files %10s rows accepted %6s rejected\n", $1, $2, $3, $4 }')
prov_problems=$(psqlq -d bench_province -Atc "SELECT count(*) FROM bulletin.problem")
prov_steps=$(steps_table "$plog")
prov_render=$(sed -n 's/.*\(Bulletin [^ ]*: .*\)/\1/p; s/.*\(Receipts of .*\)/\1/p' "$plog")
cp "$DATA/output/province/$YEAR/run-summary.json" "$LOGS/province-run-summary.json" 2>/dev/null || true
say "   ingest step ${prov_s}s, $prov_rows rows, $prov_accepted files in force, statistics ${prov_stats_ms} ms, whole run ${prov_wall}s"
say "$prov_steps"

say "== the same rows merged into one file per dataset and way of writing (per-file overhead)"
fresh_db bench_merged
MERGED_FILES=$(find "$GEN/province-merged/input" -name '*.csv' ! -name districts.csv | wc -l)
product_run merged bench_merged "$GEN/province-merged/input"
merged_rows=$(rows_read "$LOGS/merged.log")
merged_s=$(ingest_seconds "$LOGS/merged.log")
[[ $merged_rows == "$prov_rows" ]] || say "   merged input read $merged_rows rows, the province $prov_rows"

say "== province drop again (all files unchanged: the run is the statistics)"
again_ms=() again_walls=() again_unchanged= again_ingest_s=
for i in $(seq 1 "$STATS_RUNS"); do
    product_run "province-again-$i" bench_province "$GEN/province/input"
    again_walls+=("$WALL")
    alog=$LOGS/province-again-$i.log
    again_ms+=("$(statistics_ms "$alog")")
    again_ingest_s=$(ingest_seconds "$alog")
    again_unchanged=$(sed -n 's/.*Input .*: [0-9]* files, [0-9]* to read, \([0-9]*\) unchanged.*/\1/p' "$alog" | tail -1)
    say "   statistics ${again_ms[-1]} ms ($again_unchanged files unchanged)"
done
fi

# ---------------------------------------------------------------- 5. the nightly runs: only what changed
# The province into an empty output folder and a fresh database, then the runs of the following
# nights on the same folder and database. The input is a copy made of hard links; a changed file is
# written anew and renamed over its link, so the generated input is never changed.
documents() { # RUN-SUMMARY KIND -> "written/unchanged"
    jq -r --arg k "$2" '.documents[$k] // {} | "\(.written // 0)/\(.unchanged // 0)"' "$1"
}
nightly_rows=()
nightly_run() { # NAME LABEL: as jobs/nightly.sh runs it, over the open years
    RUN_YEAR=open product_run "nightly-$1" bench_nightly "$NIGHTLY_IN" nightly
    local log=$LOGS/nightly-$1.log summary=$LOGS/nightly-$1-run-summary.json
    cp "$DATA/output/nightly/run-summary.json" "$summary"
    [[ $1 == full ]] && NIGHTLY_FULL=$WALL
    nightly_rows+=("$(printf '   %-36s %8ss %8ss %8ss %9s %9s %9s %8s' "$2" "$WALL" \
        "$(step_seconds "$log" writeReceipts)" "$(step_seconds "$log" renderBulletin)" \
        "$(documents "$summary" receipt)" "$(documents "$summary" problems)" "$(documents "$summary" profile)" \
        "$(ratio "$WALL" "$NIGHTLY_FULL")")")
    say "${nightly_rows[-1]}"
}
documents_state() { # FILE: every receipt, problems file and profile of the nightly output with its modification time and SHA-256
    (cd "$DATA/output/nightly" && export LC_ALL=C && find . -path '*/districts/*' -type f -printf '%P %T@\n' | sort > "$1.times" \
        && find . -path '*/districts/*' -type f -print0 | sort -z | xargs -0 sha256sum | awk '{ print $2, $1 }' | sed 's#^\./##' \
        | join - "$1.times" > "$1" && rm -f "$1.times")
}
rewrite_rows() { # FILE HOW: the file's data rows reversed (same figures) or its last row left out
    python3 - "$1" "$2" <<'PY'
import os, sys
path, how = sys.argv[1], sys.argv[2]
data = open(path, 'rb').read()
lines = data.split(b'\n')
end = [lines.pop()] if lines[-1] == b'' else []
header, rows = lines[0], [r for r in lines[1:] if r.strip(b'\r')]
rows = rows[::-1] if how == 'reverse' else rows[:-1]
open(path + '.new', 'wb').write(b'\n'.join([header] + rows + end))
os.replace(path + '.new', path)
PY
}
if [[ $NIGHTLY == 1 ]]; then
    say "== nightly runs: the province in full, then only what changed"
    NIGHTLY_IN=$DATA/nightly/input
    rm -rf "$DATA/nightly" "$DATA/output/nightly"
    mkdir -p "$DATA/nightly"
    cp -al "$GEN/province/input" "$NIGHTLY_IN"
    CHANGED_FILE=$(find "$NIGHTLY_IN" -name "*_${YEAR}_suggestions.csv" | sort | sed -n 1p)
    fresh_db bench_nightly
    nightly_run full "full run, empty output"
    nightly_run same "next night, nothing changed"
    documents_state "$LOGS/documents-before-resent.txt"
    rewrite_rows "$CHANGED_FILE" reverse
    nightly_run resent "one file sent again, same figures"
    documents_state "$LOGS/documents-after-resent.txt"
    RESENT_DISTRICT=$(basename "$CHANGED_FILE" | cut -d_ -f1)
    resent_changed=$(diff "$LOGS/documents-before-resent.txt" "$LOGS/documents-after-resent.txt" | sed -n 's/^> \([^ ]*\) .*/\1/p' | sort -u || true)
    RESENT_OTHERS=$(grep -v "/$RESENT_DISTRICT/" <<<"$resent_changed" | grep -c . || true)
    RESENT_OWN=$(grep "/$RESENT_DISTRICT/" <<<"$resent_changed" | tr '\n' ' ' || true)
    RESENT_ALL=$(wc -l < "$LOGS/documents-before-resent.txt")
    rewrite_rows "$CHANGED_FILE" drop-last
    nightly_run changed "one file changed, one row fewer"
fi
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

# ---------------------------------------------------------------- 6. report
{
    echo "District Bulletin benchmark, run $RUN_ID ($(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?'))"
    echo "host: $(nproc) cores ($(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)), $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo) RAM;" \
        "$(psql -X -d postgres -Atc 'SHOW server_version' | cut -d' ' -f1) PostgreSQL; $(java -version 2>&1 | head -1); JVM -Xmx$XMX"
    echo "province runs started as: $([[ $LAUNCH == production ]] && echo "jobs/run-bulletin.sh does (extracted jar, CDS archive $APP/district-bulletin.jsa)" || echo "java -jar")"
    echo "load average before: $LOAD_BEFORE, after: $LOAD_AFTER; CPU idle % just before each timed run: ${IDLE_SEEN[*]}"
    echo
    if [[ -z $PROVINCE_ONLY ]]; then
    echo "1. $ROWS-row suggestions file into PostgreSQL (median of $REPEAT alternating rounds, each into a fresh database)"
    printf '%-44s %10s %9s %10s %9s %12s\n' "" "rows" "seconds" "rows/s" "vs \\copy" "peak RSS"
    printf '%-44s %10s %9s %10s %9s %12s\n' "psql \\copy (no validation)" "$ROWS" "$copy_med" "$(div "$ROWS" "$copy_med")" "1.00" "-"
    printf '%-44s %10s %9s %10s %9s %12s\n' "product, ingest step (validated, COPY)" "$ROWS" "$ingest_med" \
        "$(div "$ROWS" "$ingest_med")" "$(ratio "$copy_med" "$ingest_med")" "$(mib "$big_rss") MiB"
    printf '%-44s %10s %9s %10s %9s %12s\n' "product, whole run (JVM start to exit)" "$ROWS" "$wall_med" \
        "$(div "$ROWS" "$wall_med")" "$(ratio "$copy_med" "$wall_med")" ""
    echo "   rounds, seconds: \\copy ${copy_secs[*]}; ingest step ${ingest_secs[*]}; whole run ${wall_secs[*]}"
    echo
    echo "2. memory against rows (-Xmx$XMX): largest heap after a GC / peak RSS of the process"
    printf '   %9s rows: %4s MiB heap after GC, %4s MiB peak RSS (ingest step %ss)\n' "$SMALL_ROWS" "$small_heap" "$(mib "$small_rss")" "$small_s"
    printf '   %9s rows: %4s MiB heap after GC, %4s MiB peak RSS\n' "$ROWS" "$big_heap" "$(mib "$big_rss")"
    echo
    fi
    if [[ -z $NIGHTLY_ONLY ]]; then
    echo "3. province-scale drop: $DISTRICTS districts x 12 datasets (contract v3), ingested, aggregated and rendered"
    printf '   input: %s files, %s MB, %s rows read (%s submissions in force, %s problems stored)\n' \
        "$PROVINCE_FILES" "$(awk -v b="$PROVINCE_BYTES" 'BEGIN { printf "%.0f", b / 1e6 }')" "$prov_rows" \
        "$prov_accepted" "$prov_problems"
    echo "$prov_datasets"
    echo "   time per step (Spring Batch's step executions):"
    echo "$prov_steps"
    printf '   %-18s %9ss (JVM start to exit)\n' "whole run" "$prov_wall"
    [[ -n $prov_render ]] && sed 's/^/   /' <<< "$prov_render"
    printf '   ingest (scan + ingest step) %ss = %s rows/s, %s files/s\n' \
        "$prov_s" "$(div "$prov_rows" "$prov_s")" "$(div "$PROVINCE_FILES" "$prov_s")"
    printf '   peak RSS %s MiB, largest heap after GC %s MiB (-Xmx%s)\n' "$(mib "$prov_rss")" "$prov_heap" "$XMX"
    printf '   the same rows in %s files: ingest step %ss = %s rows/s; per-file overhead %s s = %s%% of the drop'"'"'s ingest, %s ms a file\n' \
        "$MERGED_FILES" "$merged_s" "$(div "$merged_rows" "$merged_s")" \
        "$(awk -v a="$prov_s" -v b="$merged_s" 'BEGIN { printf "%.1f", a - b }')" \
        "$(awk -v a="$prov_s" -v b="$merged_s" 'BEGIN { printf "%.0f", 100 * (a - b) / a }')" \
        "$(awk -v a="$prov_s" -v b="$merged_s" -v f="$PROVINCE_FILES" 'BEGIN { printf "%.2f", 1000 * (a - b) / f }')"
    echo
    echo "4. statistics of $YEAR for $DISTRICTS districts ($prov_figures figures), PostgreSQL"
    printf '   right after the load:            %6s ms\n' "$prov_stats_ms"
    (( STATS_RUNS > 0 )) && printf '   runs again, data already loaded: %s ms (each run: %s files unchanged, skipped in about %ss; whole runs %ss)\n' \
        "${again_ms[*]}" "$again_unchanged" "$again_ingest_s" "${again_walls[*]}"
    echo
    fi
    if [[ $NIGHTLY == 1 ]]; then
    echo "5. nightly runs: $DISTRICTS districts, $PROVINCE_FILES files; the changed file: ${CHANGED_FILE#"$NIGHTLY_IN"/}"
    printf '   %-36s %9s %9s %9s %9s %9s %9s %8s\n' "run" "whole" "receipts" "render" "receipts" "problems" \
        "profiles" "vs full"
    printf '   %-36s %9s %9s %9s %9s %9s %9s %8s\n' "" "" "step" "step" "wr/unch" "wr/unch" "wr/unch" ""
    printf '%s\n' "${nightly_rows[@]}"
    echo "   the night after the resent file: of the $RESENT_ALL receipts, problems files and profiles, $RESENT_OTHERS of other"
    echo "   districts changed their bytes or modification time; the district's own changed: ${RESENT_OWN:-none}"
    echo
    fi
    echo "logs: $LOGS"
} | tee "$RESULTS"
