#!/usr/bin/env bash
# Nightly: ingest whatever the clerks dropped, write the validation report they act on, and a
# provisional (初步) bulletin of the latest year found in the input.
exec "$(dirname "$0")/run-bulletin.sh" nightly --bulletin.edition=provisional "$@"
