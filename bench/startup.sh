#!/usr/bin/env bash
# Start-up benchmark: where a small run's time goes, and what class-data sharing saves.
# Builds the jar, extracts it (java -Djarmode=tools ... extract, as the install guide does), writes
# two class-data-sharing archives (trained up to Spring's refresh, and on a whole sample run), then
# times, ROUNDS times interleaved, each way of starting:
#   version  --version (the JVM and the command line only; no Spring)
#   refresh  the JVM, Spring and Flyway on a new embedded database, stopping after the refresh
#   run      the whole sample run (input/, year 2024) on a new embedded database
# Prints the median wall time and CPU time (user+sys) per variant. BEFORE_JAR=path also times an
# older jar (its refresh and run); VARIANTS="..." picks variants. Usage: bash bench/startup.sh [ROUNDS]   (default 5)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-5}"
export LC_ALL=C.UTF-8
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mvn -B -ntp -q package -DskipTests
java -Djarmode=tools -jar target/district-bulletin.jar extract --destination "$work/app" >/dev/null
cp -r "$work/app" "$work/app-full"
jobs/cds-archive.sh "$work/app/district-bulletin.jar" >/dev/null
jobs/cds-archive.sh "$work/app-full/district-bulletin.jar" input >/dev/null

declare -A cmd
cmd[fat-jar]="java -jar $PWD/target/district-bulletin.jar"
cmd[extracted]="java -jar $work/app/district-bulletin.jar"
cmd[cds-refresh]="java -XX:SharedArchiveFile=$work/app/district-bulletin.jsa -Xlog:cds=off -jar $work/app/district-bulletin.jar"
cmd[cds-run]="java -XX:SharedArchiveFile=$work/app-full/district-bulletin.jsa -Xlog:cds=off -jar $work/app-full/district-bulletin.jar"
cmd[cds-run+lazy]="java -XX:SharedArchiveFile=$work/app-full/district-bulletin.jsa -Xlog:cds=off -Dspring.main.lazy-initialization=true -jar $work/app-full/district-bulletin.jar"
variants=(fat-jar extracted cds-refresh cds-run cds-run+lazy)
if [ -n "${BEFORE_JAR:-}" ]; then cmd[before]="java -jar $(realpath "$BEFORE_JAR")"; variants=(before "${variants[@]}"); fi
# VARIANTS="before fat-jar cds-refresh" times only those.
[ -n "${VARIANTS:-}" ] && read -r -a variants <<<"$VARIANTS"

measure() { # variant kind -> "wall cpu"
  local dir="$work/m"; rm -rf "$dir"; mkdir -p "$dir"
  local args=(--bulletin.data-dir="$dir/data" --bulletin.output="$dir/output" --bulletin.input="$PWD/input")
  local pre=""
  case "$2" in
    version) args=(--version) ;;
    refresh) pre="-Dspring.context.exit=onRefresh" ;;
    run) args+=(--bulletin.year=2024) ;;
  esac
  local c=${cmd[$1]}
  # An older jar ignores --bulletin.data-dir: its database is ./data, in the fresh working folder.
  # shellcheck disable=SC2086
  (cd "$dir" && /usr/bin/time -f "%e %U %S" -o "$dir/time" ${c/java/java $pre} "${args[@]}" >"$dir/log" 2>&1) \
    || { cat "$dir/log" >&2; echo "failed: $1 $2" >&2; exit 1; }
  [ "$2" != run ] || grep -q "status=COMPLETED" "$dir/log" || { echo "run did not complete: $1" >&2; exit 1; }
  awk '{ printf "%.2f %.2f\n", $1, $2 + $3 }' "$dir/time"
}

results="$work/results"; : > "$results"
for round in $(seq 1 "$rounds"); do
  for v in "${variants[@]}"; do
    for kind in version refresh run; do
      [ "$v" = before ] && [ "$kind" = version ] && continue
      echo "$v $kind $(measure "$v" "$kind")" >> "$results"
    done
  done
  echo "round $round done" >&2
done
median() { sort -n | awk '{ a[NR] = $1 } END { if (NR == 0) print "-"; else print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
echo "$(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1), $rounds rounds, median seconds"
printf '%-14s %9s %9s %9s %9s %9s %9s\n' variant version cpu refresh cpu run cpu
for v in "${variants[@]}"; do
  line="$v"
  for kind in version refresh run; do
    w=$(awk -v v="$v" -v k="$kind" '$1 == v && $2 == k { print $3 }' "$results" | median)
    c=$(awk -v v="$v" -v k="$kind" '$1 == v && $2 == k { print $4 }' "$results" | median)
    line="$line ${w:--} ${c:--}"
  done
  printf '%-14s %9s %9s %9s %9s %9s %9s\n' $line
done
