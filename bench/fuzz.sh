#!/usr/bin/env bash
# Fuzz run of District Bulletin (issue 14). See docs/benchmarks.md.
#
#   bash bench/fuzz.sh [FILES] [SEED]        (defaults: 10000 files, seed 14)
#
# 1. builds target/district-bulletin.jar and the test classes (skipped with FUZZ_SKIP_BUILD=1);
# 2. generates FILES mutated submissions under $FUZZ_DATA/input (seeded: the same seed gives the
#    same files; com.districtbulletin.fuzz.SubmissionFuzzer);
# 3. runs the product on them as cron would (java -Xmx512m -jar, embedded H2 in $FUZZ_DATA/data,
#    or the empty PostgreSQL database FUZZ_PG_URL, e.g. jdbc:postgresql://127.0.0.1:5432/bulletin_x,
#    user postgres), under GNU time for the elapsed time and the peak RSS;
# 4. checks the run (com.districtbulletin.fuzz.FuzzChecks): exit 0, every file accounted for,
#    accepted + rejected rows = records parsed, input/ unchanged, no live formula cell in any CSV
#    written, no person name of the appointments and reviews files in any output or the log, no
#    cell quoted longer than the cap in the report or a problems file.
# Exits 0 only when the run exited 0 and every check held.
set -euo pipefail
cd "$(dirname "$0")/.."
FILES=${1:-10000}
SEED=${2:-14}
FUZZ_DATA=${FUZZ_DATA:-fuzz-data}
XMX=${FUZZ_XMX:-512m}
DB_ARGS=()
if [ -n "${FUZZ_PG_URL:-}" ]; then
    DB_ARGS=(--spring.datasource.url="$FUZZ_PG_URL" --spring.datasource.username=postgres)
fi

if [ -z "${FUZZ_SKIP_BUILD:-}" ]; then
    mvn -B -ntp -q package -DskipTests
    mvn -B -ntp -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt
fi
rm -rf "$FUZZ_DATA"
mkdir -p "$FUZZ_DATA/build"
# a copy of the build: a compile in target/ meanwhile cannot pull classes from under the run
cp -r target/classes target/test-classes target/district-bulletin.jar "$FUZZ_DATA/build/"
CP="$FUZZ_DATA/build/test-classes:$FUZZ_DATA/build/classes:$(cat target/test-classpath.txt)"
JAR=$(cd "$FUZZ_DATA/build" && pwd)/district-bulletin.jar
java -cp "$CP" com.districtbulletin.fuzz.FuzzCommand generate "$FUZZ_DATA" "$FILES" "$SEED"
echo "input: $(du -sh "$FUZZ_DATA/input" | cut -f1)"

set +e
( cd "$FUZZ_DATA" && /usr/bin/time -v -o time.txt java -Xmx"$XMX" -jar "$JAR" --bulletin.year=2024 \
    --bulletin.input=input --bulletin.output=output "${DB_ARGS[@]}" > run.log 2>&1 )
STATUS=$?
set -e
echo "run exit status: $STATUS"
grep -E "Elapsed \(wall clock\)|Maximum resident set size" "$FUZZ_DATA/time.txt"
tail -n 3 "$FUZZ_DATA/run.log"
java -cp "$CP" com.districtbulletin.fuzz.FuzzCommand check "$FUZZ_DATA" ${FUZZ_PG_URL:+"$FUZZ_PG_URL"}
[ "$STATUS" -eq 0 ]
