#!/usr/bin/env bash
# Writes the class-data-sharing archive next to the extracted jar (district-bulletin.jsa), which
# the launcher then uses: the JVM maps the classes a run loads instead of loading and verifying
# them again (see docs/benchmarks.md, start-up). Run at install time and after every upgrade, as
# the user who owns the app folder. The archive is made by a training run on a throwaway embedded
# database: a whole run on the sample input when a folder is given, else up to Spring's refresh.
# Usage: cds-archive.sh APP/district-bulletin.jar [SAMPLE-INPUT-FOLDER]
set -euo pipefail
jar="$(cd "$(dirname "${1:?usage: cds-archive.sh APP/district-bulletin.jar [SAMPLE-INPUT]}")" && pwd)/$(basename "$1")"
sample="${2:-}"
archive="${jar%.jar}.jsa"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
rm -f "$archive"
training=(--bulletin.data-dir="$work/data" --bulletin.output="$work/output")
if [ -n "$sample" ]; then
  training+=(--bulletin.input="$(cd "$sample" && pwd)")
  stop=()
else
  # the checks made before Spring want an input folder with a registry and a file of a year
  mkdir -p "$work/input"
  printf 'code,name\n990101,training\n' >"$work/input/districts.csv"
  printf 'meeting_id\n' >"$work/input/990101_2024_meetings.csv"
  training+=(--bulletin.input="$work/input")
  stop=(-Dspring.context.exit=onRefresh)
fi
# Training must not see an operator's settings.
(cd "$work" && env -i PATH="$PATH" HOME="$work" LC_ALL=C.UTF-8 java -XX:ArchiveClassesAtExit="$archive" -Xlog:cds=off \
    -Xlog:cds+dynamic=off "${stop[@]}" -jar "$jar" "${training[@]}" >"$work/training.log" 2>&1) \
  || { cat "$work/training.log" >&2; echo "cds-archive.sh: the training run failed" >&2; exit 1; }
[ -f "$archive" ] || { echo "cds-archive.sh: no archive written" >&2; exit 1; }
chmod 0644 "$archive"
echo "Class-data-sharing archive: $archive ($(du -h "$archive" | cut -f1))"
