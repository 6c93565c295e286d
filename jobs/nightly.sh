#!/usr/bin/env bash
# Nightly: ingest whatever the clerks dropped, rewrite the validation reports and receipts of the
# years it read files for, and publish a provisional (初步统计) edition of every open year whose
# submissions changed since its last edition (--bulletin.year=open). A closed year (its final
# edition published) is never republished here: its late files wait as pending revisions.
# A year given on the command line (nightly.sh --bulletin.year=2024) replaces "open".
year=--bulletin.year=open
for arg in "$@"; do
    case "$arg" in --bulletin.year=*) year= ;; esac
done
exec "$(dirname "$0")/run-bulletin.sh" nightly $year --bulletin.edition=provisional "$@"
