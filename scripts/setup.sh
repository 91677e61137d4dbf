#!/usr/bin/env bash
# Prepares a machine for running the Ordo test suite (idempotent).
#   - installs missing system packages (postgresql, chromium, python3-aiosmtpd, and poppler-utils and
#     zbar-tools, with which the parcel label tests render a label and scan its barcode)
#   - starts a dedicated, test-tuned PostgreSQL cluster (not the distro default one)
#   - ensures role ordo/ordo (SUPERUSER, CREATEDB) exists
#   - prints the connection string on its last line
#
# Environment:
#   ORDO_PG_DIR   data directory of the test cluster   (default /tmp/ordo-pg)
#   ORDO_PG_PORT  TCP port on 127.0.0.1                 (default 55432)
set -euo pipefail

PG_DIR="${ORDO_PG_DIR:-/tmp/ordo-pg}"
PG_PORT="${ORDO_PG_PORT:-55432}"
PG_HOST=127.0.0.1
PG_ROLE=ordo
PG_PASSWORD=ordo
CONN="Host=${PG_HOST};Port=${PG_PORT};Username=${PG_ROLE};Password=${PG_PASSWORD};Database=postgres"

log() { echo "[setup] $*" >&2; }
die() { echo "[setup] ERROR: $*" >&2; exit 1; }

is_root() { [ "$(id -u)" -eq 0 ]; }

# ---------------------------------------------------------------- packages
missing=()
compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || missing+=(postgresql)
[ -x /usr/bin/chromium ] || missing+=(chromium)
# Debian's interpreter: a pyenv/venv python3 earlier on PATH would not see the apt package.
/usr/bin/python3 -c 'import aiosmtpd' >/dev/null 2>&1 || missing+=(python3-aiosmtpd)
command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
command -v zbarimg >/dev/null 2>&1 || missing+=(zbar-tools)

wait_for_dpkg_lock() {
    local waited=0
    while fuser /var/lib/dpkg/lock-frontend /var/lib/dpkg/lock \
                /var/lib/apt/lists/lock /var/cache/apt/archives/lock >/dev/null 2>&1; do
        if [ "$waited" -eq 0 ]; then log "waiting for another apt/dpkg process to finish..."; fi
        if [ "$waited" -ge 900 ]; then die "dpkg lock still held after ${waited}s"; fi
        sleep 3; waited=$((waited + 3))
    done
}

apt_retry() {
    local attempt
    for attempt in 1 2 3 4 5; do
        wait_for_dpkg_lock
        if "$@" >&2; then return 0; fi
        log "'$*' failed (attempt $attempt), retrying..."
        sleep 5
    done
    die "'$*' kept failing"
}

if [ "${#missing[@]}" -gt 0 ]; then
    is_root || die "missing packages (${missing[*]}) and not running as root"
    log "installing: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt_retry apt-get update -q
    apt_retry apt-get install -y -q --no-install-recommends "${missing[@]}"
else
    log "system packages already present"
fi

# ---------------------------------------------------------------- postgres binaries
PG_BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
[ -n "$PG_BIN" ] && [ -x "$PG_BIN/initdb" ] || die "initdb not found under /usr/lib/postgresql/*/bin"
PG_ISREADY="$PG_BIN/pg_isready"
PSQL="$PG_BIN/psql"

# Run a command as the OS user owning the cluster (PostgreSQL refuses to run as root).
if is_root; then
    PG_OS_USER=postgres
    id "$PG_OS_USER" >/dev/null 2>&1 || die "OS user '$PG_OS_USER' does not exist"
    as_pg() { runuser -u "$PG_OS_USER" -- "$@"; }
else
    PG_OS_USER="$(id -un)"
    as_pg() { "$@"; }
fi

pg_ready() { "$PG_ISREADY" -q -h "$PG_HOST" -p "$PG_PORT" -t 2 >/dev/null 2>&1; }

# Can we log in over TCP as the test role?
ordo_login_ok() {
    PGPASSWORD="$PG_PASSWORD" PGCONNECT_TIMEOUT=5 "$PSQL" -X -q -At \
        -h "$PG_HOST" -p "$PG_PORT" -U "$PG_ROLE" -d postgres -c 'select 1' >/dev/null 2>&1
}

write_config() {
    # Settings are (re)written on every run so that ORDO_PG_PORT changes take effect.
    as_pg tee "$PG_DIR/ordo.conf" >/dev/null <<CONF
# Managed by scripts/setup.sh -- test-only settings, NOT durable.
listen_addresses = '${PG_HOST}'
port = ${PG_PORT}
unix_socket_directories = '${PG_DIR}'
max_connections = 300
fsync = off
synchronous_commit = off
full_page_writes = off
CONF
    grep -q "^include_if_exists = 'ordo.conf'" "$PG_DIR/postgresql.conf" \
        || echo "include_if_exists = 'ordo.conf'" | as_pg tee -a "$PG_DIR/postgresql.conf" >/dev/null
    as_pg tee "$PG_DIR/pg_hba.conf" >/dev/null <<HBA
# Managed by scripts/setup.sh: unix socket (inside the 0700 data dir) + loopback only.
local   all   all                   trust
host    all   all   127.0.0.1/32    scram-sha-256
host    all   all   ::1/128         scram-sha-256
HBA
}

started_here=0
if pg_ready; then
    log "a PostgreSQL server is already accepting connections on ${PG_HOST}:${PG_PORT}; reusing it"
else
    if [ ! -d "$PG_DIR" ]; then
        mkdir -p "$PG_DIR"
    fi
    chown "$PG_OS_USER": "$PG_DIR" 2>/dev/null || true
    chmod 700 "$PG_DIR"

    if [ ! -s "$PG_DIR/PG_VERSION" ]; then
        [ -z "$(ls -A "$PG_DIR")" ] || die "$PG_DIR exists, is not empty and is not a PostgreSQL data directory"
        log "initialising test cluster in $PG_DIR ($PG_BIN)"
        as_pg "$PG_BIN/initdb" -D "$PG_DIR" -U postgres -E UTF8 --locale=C.UTF-8 \
            --auth-local=trust --auth-host=scram-sha-256 >"$PG_DIR.initdb.log" 2>&1 \
            || { cat "$PG_DIR.initdb.log" >&2; die "initdb failed"; }
    fi
    write_config

    # A postmaster.pid left behind by a killed server: remove it if its PID is gone or a
    # zombie (postgres would otherwise refuse to start). If our cluster is really running
    # but not answering on the expected port (e.g. ORDO_PG_PORT changed), restart it.
    if [ -f "$PG_DIR/postmaster.pid" ]; then
        old_pid="$(head -n 1 "$PG_DIR/postmaster.pid" 2>/dev/null || true)"
        old_state=""
        if [ -n "$old_pid" ] && [ -r "/proc/$old_pid/stat" ]; then
            old_state="$(sed 's/^.*) //' "/proc/$old_pid/stat" | cut -d' ' -f1)"
        fi
        if [ -z "$old_state" ] || [ "$old_state" = Z ]; then
            log "removing stale $PG_DIR/postmaster.pid (pid ${old_pid:-?} not running)"
            rm -f "$PG_DIR/postmaster.pid"
        else
            log "cluster in $PG_DIR is running (pid $old_pid) but not ready on port ${PG_PORT}; restarting it"
            as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR" -m fast -w -t 30 stop </dev/null >/dev/null 2>&1 \
                || die "could not stop the running cluster in $PG_DIR (pid $old_pid)"
        fi
    fi
    # No postmaster of ours is running now: socket lock files in the data dir are stale too.
    rm -f "$PG_DIR"/.s.PGSQL.*

    log "starting test cluster on ${PG_HOST}:${PG_PORT}"
    # -l: detach postmaster output from our stdout/stderr so callers (CI) don't hang on pipes.
    as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR" -l "$PG_DIR/server.log" -w -t 30 start </dev/null >/dev/null 2>&1 \
        || { tail -n 30 "$PG_DIR/server.log" >&2 || true; die "pg_ctl start failed (see $PG_DIR/server.log)"; }
    started_here=1
fi

# ---------------------------------------------------------------- wait until ready
deadline=$((SECONDS + 30))
until pg_ready; do
    if [ "$SECONDS" -ge "$deadline" ]; then
        [ -f "$PG_DIR/server.log" ] && tail -n 30 "$PG_DIR/server.log" >&2
        die "PostgreSQL on ${PG_HOST}:${PG_PORT} not ready after 30s"
    fi
    sleep 1
done

# ---------------------------------------------------------------- role
if ! ordo_login_ok; then
    [ -S "$PG_DIR/.s.PGSQL.${PG_PORT}" ] \
        || die "server on port ${PG_PORT} rejects ${PG_ROLE}/${PG_PASSWORD} and is not the cluster in $PG_DIR; cannot create the role"
    log "creating/updating role ${PG_ROLE}"
    as_pg "$PSQL" -X -q -v ON_ERROR_STOP=1 -h "$PG_DIR" -p "$PG_PORT" -U postgres -d postgres <<SQL >/dev/null
DO \$\$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${PG_ROLE}') THEN
    CREATE ROLE ${PG_ROLE} LOGIN SUPERUSER CREATEDB PASSWORD '${PG_PASSWORD}';
  ELSE
    ALTER ROLE ${PG_ROLE} LOGIN SUPERUSER CREATEDB PASSWORD '${PG_PASSWORD}';
  END IF;
END
\$\$;
SQL
    ordo_login_ok || die "still cannot log in as ${PG_ROLE} over TCP after creating the role"
fi

[ "$started_here" -eq 1 ] && log "test cluster started (data: $PG_DIR, log: $PG_DIR/server.log)"
log "PostgreSQL ready"
echo "$CONN"
