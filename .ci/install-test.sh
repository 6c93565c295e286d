#!/usr/bin/env bash
# Follows the install guide (docs/install.md) in a temporary root, as the office's IT person would, and
# fails loudly at the first step that does not work: service user, folders and ownership, an
# offline build from a copy of the Maven repository, the jar and its class-data-sharing archive,
# the env file, the systemd units (systemd-analyze verify), then for H2 and for PostgreSQL: the
# first nightly run on the sample input, a backup, a restore into an empty database, and a rerun
# on the restored database alone (the input's submissions removed) that must give the same
# statistics.csv. Also checks the failure report. Run by .ci/run; needs root for the service user
# (without root it runs everything as the current user). Usage: bash .ci/install-test.sh
set -euo pipefail
started=$SECONDS
repo="$(cd "$(dirname "$0")/.." && pwd)"
export LC_ALL=C.UTF-8
step() { echo "== install test ($((SECONDS - started)) s): $*"; }
fail() { echo "INSTALL TEST FAILED: $*" >&2; exit 1; }

# ---------------------------------------------------------------- what the script needs
missing=()
command -v java >/dev/null || missing+=(openjdk-17-jdk-headless)
command -v mvn >/dev/null || missing+=(maven)
command -v pg_dump >/dev/null || missing+=(postgresql-client)
command -v systemd-analyze >/dev/null || missing+=(systemd)
if [ ${#missing[@]} -gt 0 ]; then
  step "installing ${missing[*]}"
  apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" >/dev/null \
    || fail "cannot install ${missing[*]}"
fi
PGHOST="${PGHOST:-127.0.0.1}"; PGPORT="${PGPORT:-5432}"; PGADMIN="${PGADMIN:-postgres}"
export PGHOST PGPORT
pg_isready -q || fail "PostgreSQL is not running at $PGHOST:$PGPORT (.ci/run starts it)"

R="$(mktemp -d /tmp/bulletin-install.XXXXXX)"
chmod 0755 "$R"
id="ci$$"
user="bulletin_$id"
pg_role="bulletin_$id"
cleanup() {
  status=$?
  psql -X -q -U "$PGADMIN" -d postgres -c "DROP DATABASE IF EXISTS bulletin_$id" -c "DROP DATABASE IF EXISTS bulletin_${id}_restored" \
    -c "DROP ROLE IF EXISTS $pg_role" >/dev/null 2>&1 || true
  [ "$(id -u)" = 0 ] && id "$user" >/dev/null 2>&1 && userdel "$user" 2>/dev/null
  [ $status -eq 0 ] && rm -rf "$R" || echo "install test: the temporary root is kept for inspection: $R" >&2
}
trap cleanup EXIT

# ---------------------------------------------------------------- 1. service user, folders
step "service user and folders under $R"
if [ "$(id -u)" = 0 ]; then
  useradd --system --no-create-home --home-dir "$R/var/lib/district-bulletin" --shell /usr/sbin/nologin "$user"
  as_user() { runuser -u "$user" -- "$@"; }
else
  user="$(id -un)"
  as_user() { "$@"; }
fi
group="$(id -gn "$user")"
install -d -m 0755 "$R/opt/district-bulletin"
install -d -m 0750 -o root -g "$group" "$R/etc/district-bulletin" 2>/dev/null || install -d -m 0750 "$R/etc/district-bulletin"
for d in var/lib/district-bulletin var/lib/district-bulletin/data srv/district-bulletin/input srv/district-bulletin/output var/log/district-bulletin; do
  install -d -m 0750 -o "$user" -g "$group" "$R/$d"
done

# ---------------------------------------------------------------- 2. offline build from a repository copy
step "offline build (mvn -o) from a copy of the Maven repository"
mkdir -p "$R/build/src"
git -C "$repo" archive HEAD | tar -x -C "$R/build/src"
# The guide copies a repository that has built the project once. On a fresh machine ~/.m2 may not
# have (.ci/run packages the project first; the tests alone do not bring the packaging plugins):
# then build once online first, as the guide's machine with internet did, and copy again.
offline_build() {
  rm -rf "$R/build/m2" "$R/build/src/target"
  cp -al "$HOME/.m2/repository" "$R/build/m2" 2>/dev/null || cp -r "$HOME/.m2/repository" "$R/build/m2"
  (cd "$R/build/src" && mvn -o -B -ntp -q -Dmaven.repo.local="$R/build/m2" package -Dmaven.test.skip=true) \
    >"$R/build/offline.log" 2>&1
}
if ! offline_build; then
  grep -q "offline mode" "$R/build/offline.log" || { cat "$R/build/offline.log"; fail "offline build"; }
  step "the Maven repository has not built the project yet: building it once online, then offline again"
  (cd "$R/build/src" && mvn -B -ntp -q package -Dmaven.test.skip=true) || fail "online build"
  offline_build || { cat "$R/build/offline.log"; fail "offline build"; }
fi

# ---------------------------------------------------------------- 3. install the jar, the launchers, the units
step "install: extracted jar, class-data-sharing archive, launchers"
java -Djarmode=tools -jar "$R/build/src/target/district-bulletin.jar" extract --destination "$R/opt/district-bulletin/app" >/dev/null
cp -r "$R/build/src/jobs" "$R/opt/district-bulletin/jobs"
"$R/opt/district-bulletin/jobs/cds-archive.sh" "$R/opt/district-bulletin/app/district-bulletin.jar" >/dev/null || fail "cds archive"
[ -f "$R/opt/district-bulletin/app/district-bulletin.jsa" ] || fail "no class-data-sharing archive"

env_file="$R/etc/district-bulletin/bulletin.env"
sed -e "s#=/opt/#=$R/opt/#; s#=/var/#=$R/var/#; s#=/srv/#=$R/srv/#; s#=/etc/#=$R/etc/#" \
    -e "s#^BULLETIN_MUNICIPALITY=.*#BULLETIN_MUNICIPALITY=测试市#" \
    "$R/opt/district-bulletin/jobs/bulletin.env.example" > "$env_file"
chown "root:$group" "$env_file" 2>/dev/null || true
chmod 0640 "$env_file"
grep -q "^BULLETIN_DATA_DIR=$R/var/lib/district-bulletin/data$" "$env_file" || fail "env file paths"

step "systemd units (systemd-analyze verify)"
mkdir -p "$R/etc/systemd/system"
for unit in "$R"/opt/district-bulletin/jobs/systemd/*; do
  sed -e "s#/opt/district-bulletin#$R/opt/district-bulletin#g; s#/etc/district-bulletin#$R/etc/district-bulletin#g" \
      -e "s#^User=bulletin#User=$user#" "$unit" > "$R/etc/systemd/system/$(basename "$unit")"
done
(cd "$R/etc/systemd/system" && systemd-analyze verify --man=no ./*.service ./*.timer) || fail "systemd-analyze verify"
grep -q '^OnFailure=district-bulletin-failure@%n.service' "$R/etc/systemd/system/district-bulletin-nightly.service" \
  || fail "nightly unit has no OnFailure="

cp -r "$repo/input/." "$R/srv/district-bulletin/input/"
chown -R "$user:$group" "$R/srv/district-bulletin/input"
H2_JAR="$(ls "$R"/opt/district-bulletin/app/lib/h2-*.jar)"
H2_FLAGS="MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"

nightly() { # [extra options] — the nightly launcher as the service user; must be silent and exit 0
  local out
  out="$(as_user env BULLETIN_ENV="$env_file" "$R/opt/district-bulletin/jobs/nightly.sh" "$@" 2>&1)" \
    || { echo "$out" >&2; tail -n 30 "$R/var/log/district-bulletin/nightly.log" >&2; fail "nightly run $*"; }
  [ -z "$out" ] || { echo "$out" >&2; fail "the launcher printed something on success"; }
}
set_env() { # NAME VALUE — set or replace a line of the env file
  sed -i "/^#\?$1=/d" "$env_file"; echo "$1=$2" >> "$env_file"
}
# The env file's JAVA_OPTS (see bulletin.env.example) with the JIT at C1 only and the serial
# collector: each of this script's runs on the sample is short, and C2's compilations nearly doubled
# its CPU time on the two cores it shares with the tests (with G1 this script took 60 CPU s against 52).
# Nothing this script checks depends on the JIT or the collector.
set_env JAVA_OPTS '"-Xmx1g -XX:TieredStopAtLevel=1 -XX:+UseSerialGC"'
only_registry_in_input() {
  find "$R/srv/district-bulletin/input" -mindepth 1 ! -name districts.csv -delete
}

# ---------------------------------------------------------------- 4. H2: run, backup, restore, rerun
step "H2: first nightly run on the sample input"
sed -i 's/^SPRING_DATASOURCE_/#SPRING_DATASOURCE_/' "$env_file"
nightly
first="$R/srv/district-bulletin/output/2024/statistics.csv"
[ -s "$first" ] || fail "no statistics.csv after the first run"
cp "$first" "$R/statistics-first.csv"
[ -f "$R/var/lib/district-bulletin/data/bulletin.mv.db" ] || fail "the database is not in BULLETIN_DATA_DIR"
grep -q "nightly exit status 0" "$R/var/log/district-bulletin/exit-status.log" || fail "exit-status.log"

step "H2: year-end.sh 2023 closes the year; the next nightly run leaves its final files alone"
as_user env BULLETIN_ENV="$env_file" "$R/opt/district-bulletin/jobs/year-end.sh" 2023 >/dev/null 2>&1 \
  || { tail -n 30 "$R/var/log/district-bulletin/year-end.log" >&2; fail "year-end.sh 2023"; }
[ -s "$R/srv/district-bulletin/output/2023/bulletin-2023-final.pdf" ] || fail "no bulletin-2023-final.pdf after year-end.sh"
finals_before="$(cat "$R/srv/district-bulletin/output/2023/"*final* "$R/srv/district-bulletin/output/2023/bulletin-2023.pdf" | sha256sum)"
nightly
finals_after="$(cat "$R/srv/district-bulletin/output/2023/"*final* "$R/srv/district-bulletin/output/2023/bulletin-2023.pdf" | sha256sum)"
[ "$finals_before" = "$finals_after" ] || fail "the nightly run changed the closed year's bulletin"

step "H2: backup (docs/operating.md command), restore into an empty database, rerun on it alone"
as_user java -cp "$H2_JAR" org.h2.tools.Script -url "jdbc:h2:file:$R/var/lib/district-bulletin/data/bulletin;$H2_FLAGS" \
  -user sa -script "$R/var/lib/district-bulletin/backup.zip" -options compression zip || fail "H2 backup"
install -d -m 0750 -o "$user" -g "$group" "$R/var/lib/district-bulletin/restored"
as_user java -cp "$H2_JAR" org.h2.tools.RunScript -url "jdbc:h2:file:$R/var/lib/district-bulletin/restored/bulletin;$H2_FLAGS" \
  -user sa -script "$R/var/lib/district-bulletin/backup.zip" -options compression zip || fail "H2 restore"
set_env BULLETIN_DATA_DIR "$R/var/lib/district-bulletin/restored"
set_env BULLETIN_OUTPUT "$R/srv/district-bulletin/output-restored"
install -d -m 0750 -o "$user" -g "$group" "$R/srv/district-bulletin/output-restored"
mv "$R/srv/district-bulletin/input" "$R/srv/district-bulletin/input-full"
install -d -m 0750 -o "$user" -g "$group" "$R/srv/district-bulletin/input"
cp "$R/srv/district-bulletin/input-full/districts.csv" "$R/srv/district-bulletin/input/"
nightly --bulletin.year=2024
cmp "$R/statistics-first.csv" "$R/srv/district-bulletin/output-restored/2024/statistics.csv" \
  || fail "H2: statistics.csv after restore differs"

# ---------------------------------------------------------------- 5. PostgreSQL in a shared database
step "PostgreSQL: database holding another system's table, password in a file, first nightly run"
psql -X -q -v ON_ERROR_STOP=1 -U "$PGADMIN" -d postgres \
  -c "CREATE ROLE $pg_role LOGIN PASSWORD 'ci-secret'" -c "CREATE DATABASE bulletin_$id OWNER $pg_role" >/dev/null
psql -X -q -v ON_ERROR_STOP=1 -U "$pg_role" -d "bulletin_$id" -c "CREATE TABLE submission (other_system text)" >/dev/null
printf 'ci-secret' > "$R/etc/district-bulletin/db-password"
chown "$user" "$R/etc/district-bulletin/db-password"; chmod 0400 "$R/etc/district-bulletin/db-password"
set_env SPRING_DATASOURCE_URL "jdbc:postgresql://$PGHOST:$PGPORT/bulletin_$id"
set_env SPRING_DATASOURCE_USERNAME "$pg_role"
set_env SPRING_DATASOURCE_PASSWORD_FILE "$R/etc/district-bulletin/db-password"
set_env BULLETIN_OUTPUT "$R/srv/district-bulletin/output-pg"
install -d -m 0750 -o "$user" -g "$group" "$R/srv/district-bulletin/output-pg"
rm -rf "$R/srv/district-bulletin/input"; mv "$R/srv/district-bulletin/input-full" "$R/srv/district-bulletin/input"
nightly
cmp "$R/statistics-first.csv" "$R/srv/district-bulletin/output-pg/2024/statistics.csv" || fail "PostgreSQL statistics differ from H2"
[ "$(psql -X -At -U "$pg_role" -d "bulletin_$id" -c 'SELECT count(*) FROM bulletin.submission')" -gt 0 ] \
  || fail "no submissions in the schema bulletin"

step "PostgreSQL: backup (docs/operating.md command), restore into an empty database, rerun on it alone"
pg_dump -Fc --schema=bulletin -U "$pg_role" -d "bulletin_$id" -f "$R/var/lib/district-bulletin/bulletin.dump" || fail "pg_dump"
psql -X -q -v ON_ERROR_STOP=1 -U "$PGADMIN" -d postgres -c "CREATE DATABASE bulletin_${id}_restored OWNER $pg_role" >/dev/null
pg_restore --no-owner -U "$pg_role" -d "bulletin_${id}_restored" "$R/var/lib/district-bulletin/bulletin.dump" || fail "pg_restore"
set_env SPRING_DATASOURCE_URL "jdbc:postgresql://$PGHOST:$PGPORT/bulletin_${id}_restored"
set_env BULLETIN_OUTPUT "$R/srv/district-bulletin/output-pg-restored"
install -d -m 0750 -o "$user" -g "$group" "$R/srv/district-bulletin/output-pg-restored"
only_registry_in_input
nightly --bulletin.year=2024
cmp "$R/statistics-first.csv" "$R/srv/district-bulletin/output-pg-restored/2024/statistics.csv" \
  || fail "PostgreSQL: statistics.csv after restore differs"

# ---------------------------------------------------------------- 6. a failed run is reported
step "failure notice: exit status, the sentence and this run's log lines only, the same to the hook and stderr"
set_env BULLETIN_ON_FAILURE "'cat > $R/var/log/district-bulletin/failure-report.txt'"
chown "$user" "$R/var/log/district-bulletin"
set +e
report="$(as_user env BULLETIN_ENV="$env_file" "$R/opt/district-bulletin/jobs/nightly.sh" --bulletin.year=1999 2>&1 >/dev/null)"
status=$?
set -e
[ $status -eq 2 ] || fail "a year without data should exit 2, got $status"
grep -q "1999 年既没有报送文件" <<<"$report" || fail "the failure report on stderr lacks the reason: $report"
grep -q "退出状态 2" "$R/var/log/district-bulletin/failure-report.txt" || fail "the hook did not get the report"
grep -q "1999 年既没有报送文件" "$R/var/log/district-bulletin/failure-report.txt" || fail "the hook's report lacks the reason"
[ "$report" = "$(cat "$R/var/log/district-bulletin/failure-report.txt")" ] || fail "the hook's report differs from what cron mails"
! grep -q "COMPLETED" "$R/var/log/district-bulletin/failure-report.txt" || fail "the report carries earlier runs' log lines"

step "passed in $((SECONDS - started)) s"
