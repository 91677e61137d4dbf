#!/usr/bin/env bash
# Load benchmark (issue 9): Ordo's published Release build under 32 concurrent clients (wrk -t2 -c32), each
# scenario measured beside a raw-Npgsql baseline (bench/Ordo.LoadBaseline) in the same run, on a database
# seeded with N orders by binary COPY (bench/Ordo.LoadBench). Writes bench/load-results.md.
#
#   scripts/load-bench.sh [--orders N] [--duration S] [--rounds R] [--provider postgres|sqlite] [--only SCENARIO] [--keep-db]
#
# --orders    orders to seed (default 1000000); the database is ordo_load_<N>
# --duration  seconds per scenario and app (default 20)
# --rounds    measured rounds per scenario (default 3): Ordo and the baseline alternate, the one that went first goes
#             second in the next round, and the report gives medians (a single pair varies about ±20% here)
# Environment: ORDO_LOAD_WARMUP (seconds per warm-up chunk, 5), ORDO_LOAD_WARM_CHUNKS (at most this many, 24)
# --provider  postgres (default) or sqlite: Ordo on a SQLite copy of the seeded data, no baseline
# --only      run one scenario (a name from the table, e.g. list-newest, intake, cart)
# --keep-db   keep a database already seeded with N orders (seeding checks a marker and skips);
#             without it the database is seeded afresh
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"

orders=1000000 duration=20 rounds=3 provider=postgres only="" keep=0
while [ $# -gt 0 ]; do
    case "$1" in
        --orders) orders="$2"; shift 2 ;;
        --duration) duration="$2"; shift 2 ;;
        --rounds) rounds="$2"; shift 2 ;;
        --provider) provider="$2"; shift 2 ;;
        --only) only="$2"; shift 2 ;;
        --keep-db) keep=1; shift ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
command_line="scripts/load-bench.sh --orders $orders --duration $duration --rounds $rounds --provider $provider${only:+ --only $only}$( [ $keep = 1 ] && echo ' --keep-db' || true)"
log() { echo "[load-bench] $*" >&2; }

[ "${ORDO_SKIP_SETUP:-0}" = "1" ] || scripts/setup.sh >/dev/null
if ! command -v wrk >/dev/null; then
    log "installing wrk"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends wrk >&2 \
        || { apt-get update -q >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends wrk >&2; }
fi

pg_base="Host=127.0.0.1;Port=${ORDO_PG_PORT:-55432};Username=ordo;Password=ordo"
database="ordo_load_${orders}"
pg="${pg_base};Database=${database}"
export PGPASSWORD=ordo
psql_load() { psql -h 127.0.0.1 -p "${ORDO_PG_PORT:-55432}" -U ordo -d "$database" -Atq "$@"; }

work="${ORDO_LOAD_WORK:-${TMPDIR:-/tmp}/ordo-load}"
mkdir -p "$work"
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

log "building (Release): Ordo.Web published, load tools"
dotnet publish src/Ordo.Web -c Release -o "$work/ordo" >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }
dotnet build bench/Ordo.LoadBench -c Release >>"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }
dotnet build bench/Ordo.LoadBaseline -c Release >>"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }
tool="bench/Ordo.LoadBench/bin/Release/net10.0/Ordo.LoadBench.dll"
baseline_dll="bench/Ordo.LoadBaseline/bin/Release/net10.0/Ordo.LoadBaseline.dll"

if [ "$keep" = 0 ]; then
    psql -h 127.0.0.1 -p "${ORDO_PG_PORT:-55432}" -U ordo -d postgres -Atqc "DROP DATABASE IF EXISTS \"$database\" WITH (FORCE)"
fi
log "seeding $orders orders into $database (skipped when already seeded)"
seed_line="$(dotnet "$tool" seed --connection "$pg" --orders "$orders" --out "$work/lists" | grep '^SEEDED')"
log "$seed_line"
seed_seconds="$(sed -E 's/.*seconds=([0-9.]+).*/\1/' <<<"$seed_line")"
# A kept database reports the seeding time of the run that filled it.
if [ "$seed_seconds" = 0 ] && [ -f "$work/seed-$orders.txt" ]; then seed_text="$(cat "$work/seed-$orders.txt") s (by an earlier run, kept)"; else echo "$seed_seconds" >"$work/seed-$orders.txt"; seed_text="$seed_seconds s"; fi

ordo_connection="$pg"
if [ "$provider" = sqlite ]; then
    sqlite_file="$work/ordo-load-${orders}.db"
    if [ "$keep" = 0 ] || [ ! -f "$sqlite_file" ]; then
        rm -f "$sqlite_file"*
        log "copying the seeded orders into SQLite ($sqlite_file)"
        dotnet "$tool" sqlite --connection "$pg" --file "$sqlite_file" >&2
    fi
    ordo_connection="Data Source=$sqlite_file"
fi

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
wait_http() { # url [seconds [pid]]: a first start on a large database applies migrations that backfill columns
    local tries=$(( ${2:-60} * 2 ))
    for _ in $(seq 1 "$tries"); do
        curl -fs "$1" >/dev/null 2>&1 && return 0
        if [ -n "${3:-}" ] && ! kill -0 "$3" 2>/dev/null; then log "the process behind $1 exited"; return 1; fi
        sleep 0.5
    done
    log "no answer from $1"; return 1
}

# Both apps count a list's matches up to the same limit (Ordo's default).
count_limit=1000
ordo_port="$(free_port)"
log "starting Ordo (Production, $provider) on 127.0.0.1:$ordo_port"
ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__Ordo="$ordo_connection" \
    dotnet "$work/ordo/Ordo.Web.dll" --urls "http://127.0.0.1:$ordo_port" --contentRoot "$work/ordo" \
    --Ordo:Database:Provider="$([ "$provider" = sqlite ] && echo Sqlite || echo Postgres)" \
    --Logging:LogLevel:Default=Warning --Logging:LogLevel:Microsoft.AspNetCore=Warning --Logging:LogLevel:Microsoft.EntityFrameworkCore=Warning \
    --Ordo:RateLimits:SignIn:PermitLimit=1000000 --Ordo:RateLimits:SignInPerAccount:PermitLimit=1000000 \
    --Ordo:RateLimits:Registration:PermitLimit=1000000 --Ordo:Orders:CountLimit="$count_limit" \
    >"$work/ordo.log" 2>&1 &
ordo_pid=$!; pids+=("$ordo_pid")
ordo="http://127.0.0.1:$ordo_port"
wait_http "$ordo/health" 3600 "$ordo_pid" || { tail -n 40 "$work/ordo.log" >&2; exit 1; }
if [ "$provider" = postgres ]; then
    # A migration that backfilled a column leaves a dead copy of every row and no visibility map until autovacuum
    # gets there; a database in service has long been vacuumed, so the measurement starts from one that is.
    log "VACUUM (ANALYZE) $database"
    psql_load -c "VACUUM (ANALYZE)"
fi

token_of() {
    curl -fs -X POST "$ordo/api/auth/token" -H 'Content-Type: application/json' \
        -d "{\"email\":\"$1\",\"password\":\"Demo@12345\"}" | python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])'
}
id_of() { curl -fs "$ordo/api/me" -H "Authorization: Bearer $1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])'; }
staff_token="$(token_of cs.manager@ordo.test)"
echo "$staff_token $(id_of "$staff_token")" >"$work/baseline-tokens.txt"
: >"$work/customer-tokens.txt"
while read -r email; do token_of "$email" >>"$work/customer-tokens.txt"; done <"$work/lists/customers.txt"

with_baseline=0
if [ "$provider" = postgres ]; then
    with_baseline=1
    baseline_port="$(free_port)"
    log "starting the raw-Npgsql baseline on 127.0.0.1:$baseline_port"
    ASPNETCORE_ENVIRONMENT=Production dotnet "$baseline_dll" --urls "http://127.0.0.1:$baseline_port" \
        --connection "$pg;No Reset On Close=true;Max Auto Prepare=64" --tokens "$work/baseline-tokens.txt" --count-limit "$count_limit" >"$work/baseline.log" 2>&1 &
    baseline_pid=$!; pids+=("$baseline_pid")
    baseline="http://127.0.0.1:$baseline_port"
    wait_http "$baseline/health"
fi

# Scenario paths: one file each, wrk picks a random line per request.
paths="$work/paths"; mkdir -p "$paths"
customer_id="$(head -n 1 "$work/lists/customer.txt")"
year="$(date -u +%Y)"
declare -A scenario_path=(
    [list-newest]="/api/orders"
    [list-page-500]="/api/orders?page=500"
    [list-submitted]="/api/orders?status=Submitted"
    [list-submitted-page-50]="/api/orders?status=Submitted&page=50"
    [list-approved]="/api/orders?status=Approved"
    [list-in-transit]="/api/orders?status=InTransit"
    [list-customer]="/api/orders?customerId=$customer_id"
    [list-date-range]="/api/orders?from=$((year - 1))-06-01T00:00:00Z&to=$((year - 1))-06-30T23:59:59Z"
    [list-q-common]="/api/orders?q=kho%C3%A1c"
    [list-q-rare]="/api/orders?q=harmonica"
    [health]="/health"
    [me]="/api/me"
)
order=(list-newest list-page-500 list-submitted list-submitted-page-50 list-approved list-in-transit list-customer
       list-date-range list-q-common list-q-rare list-tracking order-by-code health me intake cart)
for name in "${!scenario_path[@]}"; do echo "${scenario_path[$name]}" >"$paths/$name.txt"; done
sed 's|^|/api/orders?trackingNumber=|' "$work/lists/tracking.txt" >"$paths/list-tracking.txt"
sed 's|^|/api/orders/|' "$work/lists/codes.txt" >"$paths/order-by-code.txt"

# CPU seconds (user+system) of a process, and of all PostgreSQL processes together.
ticks="$(getconf CLK_TCK)"
cpu_pid() { awk -v t="$ticks" '{ printf "%.2f", ($14 + $15) / t }' "/proc/$1/stat" 2>/dev/null || echo 0; }
cpu_since() { awk -v a="$(cpu_pid "$1")" -v b="$2" 'BEGIN{printf "%.1f", a-b}'; } # pid start -> CPU seconds since
pg_snap() { # "pid ticks" of each backend serving the benchmark's database: other people's sessions come and go
    local f line
    for f in /proc/[0-9]*/stat; do
        { read -r line <"$f"; } 2>/dev/null || continue
        [[ "$line" == *"(postgres)"* ]] || continue
        { grep -qa "$database" "${f%/stat}/cmdline"; } 2>/dev/null || continue
        awk '{ print $1, $14 + $15 }' <<<"$line"
    done
}
cpu_pg() { pg_snap | awk -v t="$ticks" '{ s += $2 } END { printf "%.2f", s / t }'; }
# CPU seconds the backends alive at the end spent since the first snapshot (a backend that closed during the run
# took its figure with it: a sum over both snapshots went negative when the pool closed idle connections).
pg_delta() {
    awk -v t="$ticks" 'NR == FNR { start[$1] = $2; next } { s += $2 - ($1 in start ? start[$1] : 0) } END { printf "%.1f", s / t }' \
        <(printf '%s\n' "$1") <(printf '%s\n' "$2")
}
field() { sed -E "s/.* $1=([^ ]+).*/\1/" <<<"$2"; }

results="$work/results.tsv"; : >"$results"
run_wrk() { # url pathfile token mode run [seconds] -> RESULT line
    LOAD_PATHS="$2" LOAD_TOKEN="$3" LOAD_MODE="$4" LOAD_RUN="$5" \
        wrk -t2 -c32 -d"${6:-$duration}s" --timeout 30s --latency -s bench/Ordo.LoadBench/load.lua "$1" | grep '^RESULT'
}
# Each app gets the same requests before its measured run, in chunks of $warmup seconds, until a chunk leaves the
# runtime's tiered-compilation thread (nearly) idle: until then the app still runs methods in their first, slower
# tiers. On two saturated cores that thread is starved, and Ordo (a large app) took about a minute of load to get
# there: a fixed 5 s warm-up measured it at half its speed (one order by code: 0.63 ms of app CPU per request after
# 15 s, 0.29 ms after 60 s). A server that has been up for a while runs its final code; the baseline is warmed the
# same way. The connection pool fills up in the same time.
warmup="${ORDO_LOAD_WARMUP:-5}"
warm_chunks="${ORDO_LOAD_WARM_CHUNKS:-24}"
jit_threads() { # "tid cpu_ticks" of a process's tiered-compilation thread (its name has a space: fields after the ")")
    local t line
    for t in /proc/"$1"/task/*; do
        [[ "$(cat "$t/comm" 2>/dev/null)" == ".NET Tiered"* ]] || continue
        { read -r line <"$t/stat"; } 2>/dev/null || continue
        awk -v tid="${t##*/}" '{ print tid, $12 + $13 }' <<<"${line##*) }"
    done
}
warm_until_compiled() { # pid command...: the command is one warm-up chunk
    # The runtime ends that thread when it has been idle a moment and starts a new one when there is work again, so
    # one reading before and after a chunk would miss a thread that came and went: it is watched during the chunk.
    local pid="$1" i chunk seen jit; shift
    for i in $(seq 1 "$warm_chunks"); do
        seen="$(mktemp)"
        "$@" >/dev/null & chunk=$!
        while kill -0 "$chunk" 2>/dev/null; do jit_threads "$pid" >>"$seen"; sleep 0.5; done
        wait "$chunk" || true
        jit="$(awk -v t="$ticks" '{ if (!($1 in lo)) lo[$1] = $2; hi[$1] = $2 } END { for (k in hi) s += hi[k] - lo[k]; printf "%.2f", s / t }' "$seen")"
        rm -f "$seen"
        awk -v j="$jit" 'BEGIN{exit !(j < 0.05)}' && return 0
    done
    log "warm-up: pid $pid was still compiling after $warm_chunks chunks"
}
warm() { warm_until_compiled "$5" run_wrk "$1" "$2" "$3" "$4" "warm-$(date +%s)" "$warmup"; } # url pathfile token mode pid
measure() { # name url pathfile token mode -> "RESULT...<TAB>pg_cpu<TAB>app_cpu"
    local pid="$6" pg0 app0 line
    warm "$2" "$3" "$4" "$5" "$pid"
    settle
    pg0="$(pg_snap)"; app0="$(cpu_pid "$pid")"
    line="$(run_wrk "$2" "$3" "$4" "$5" "$1-$(date +%s)")"
    printf '%s\t%s\t%s\n' "$line" "$(pg_delta "$pg0" "$(pg_snap)")" \
        "$(cpu_since "$pid" "$app0")"
}

# Before each measurement, wait (up to 2 min) until the apps and the database are idle: when wrk stops, the
# server still works through the requests in flight (slow ones can take longer than a whole scenario), and that
# backlog must not count against the next scenario.
settle() {
    local i a b
    for i in $(seq 1 120); do
        a="$(awk -v x="$(cpu_pg)" -v y="$(cpu_pid "$ordo_pid")" -v z="$( [ "$with_baseline" = 1 ] && cpu_pid "$baseline_pid" || echo 0)" 'BEGIN{print x+y+z}')"
        sleep 1
        b="$(awk -v x="$(cpu_pg)" -v y="$(cpu_pid "$ordo_pid")" -v z="$( [ "$with_baseline" = 1 ] && cpu_pid "$baseline_pid" || echo 0)" 'BEGIN{print x+y+z}')"
        awk -v a="$a" -v b="$b" 'BEGIN{exit !(b - a < 0.15)}' && return 0
    done
    log "still busy after 2 minutes; measuring anyway"
}

count_created() { # run -> "created=N distinct=N": the rows a run's unique tracking numbers produced
    local sql_count="SELECT count(*) FROM \"ShippingItems\" WHERE \"TrackingNumber\" LIKE upper('$1') || '-%'"
    local sql_distinct="SELECT count(DISTINCT \"TrackingNumber\") FROM \"ShippingItems\" WHERE \"TrackingNumber\" LIKE upper('$1') || '-%'"
    if [ "$provider" = postgres ]; then
        echo "created=$(psql_load -c "$sql_count") distinct=$(psql_load -c "$sql_distinct")"
    else
        # SQLite reads the same double-quoted identifiers.
        echo "created=$(sqlite3 "$sqlite_file" "$sql_count" 2>/dev/null || echo '?') distinct=$(sqlite3 "$sqlite_file" "$sql_distinct" 2>/dev/null || echo '?')"
    fi
}

load_start="$(cut -d' ' -f1-3 /proc/loadavg)"
for name in "${order[@]}"; do
    [ -z "$only" ] || [ "$only" = "$name" ] || continue
    for round in $(seq 1 "$rounds"); do
        settle
        case "$name" in
            intake)
                run="intake-$(date +%s)"
                log "intake, round $round/$rounds: POST /api/orders with unique Idempotency-Keys (Ordo only)"
                [ "$round" = 1 ] && warm_until_compiled "$ordo_pid" run_wrk "$ordo" "$work/customer-tokens.txt" "" intake "warm-$run" "$warmup"
                settle
                pg0="$(pg_snap)"; app0="$(cpu_pid "$ordo_pid")"
                line="$(run_wrk "$ordo" "$work/customer-tokens.txt" "" intake "$run")"
                sleep 2
                printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$line" "$(pg_delta "$pg0" "$(pg_snap)")" \
                    "$(cpu_since "$ordo_pid" "$app0")" "-" "-" "-" "$(count_created "$run")" "$round" >>"$results"
                ;;
            cart)
                log "cart, round $round/$rounds: add a line + submit, 32 concurrent workers of bench/Ordo.LoadBench (Ordo only)"
                [ "$round" = 1 ] && warm_until_compiled "$ordo_pid" dotnet "$tool" cart --url "$ordo" --tokens "$work/customer-tokens.txt" --duration "$warmup" --workers 32
                settle
                pg0="$(pg_snap)"; app0="$(cpu_pid "$ordo_pid")"
                line="$(dotnet "$tool" cart --url "$ordo" --tokens "$work/customer-tokens.txt" --duration "$duration" --workers 32 | grep '^RESULT')"
                printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$line" "$(pg_delta "$pg0" "$(pg_snap)")" \
                    "$(cpu_since "$ordo_pid" "$app0")" "-" "-" "-" "-" "$round" >>"$results"
                ;;
            *)
                token="$staff_token"; [ "$name" = health ] && token=""
                base_result="$(printf -- '-\t-\t-')"
                # Alternate who goes first, so neither app always measures on the machine the other just heated.
                if [ "$with_baseline" = 1 ] && [ $((round % 2)) = 0 ]; then
                    log "$name, round $round/$rounds: baseline"
                    base_result="$(measure "$name" "$baseline" "$paths/$name.txt" "$token" get "$baseline_pid")"
                    settle
                fi
                log "$name, round $round/$rounds: Ordo"
                ordo_result="$(measure "$name" "$ordo" "$paths/$name.txt" "$token" get "$ordo_pid")"
                if [ "$with_baseline" = 1 ] && [ $((round % 2)) = 1 ]; then
                    settle
                    log "$name, round $round/$rounds: baseline"
                    base_result="$(measure "$name" "$baseline" "$paths/$name.txt" "$token" get "$baseline_pid")"
                fi
                printf '%s\t%s\t%s\t-\t%s\n' "$name" "$ordo_result" "$base_result" "$round" >>"$results"
                ;;
        esac
    done
done

out="bench/load-results.md"; [ "$provider" = sqlite ] && out="bench/load-results-sqlite.md"
# A SQLite run compares itself with the last PostgreSQL run on the same order count, when there is one.
[ "$provider" = postgres ] && cp "$results" "$work/results-postgres-$orders.tsv"
compare="$work/results-postgres-$orders.tsv"; [ "$provider" = sqlite ] && [ -f "$compare" ] || compare=""
python3 bench/Ordo.LoadBench/report.py "$results" "$out" $compare <<EOF
date=$(date -u '+%Y-%m-%d %H:%M UTC')
nproc=$(nproc)
cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')
orders=$orders
duration=$duration
rounds=$rounds
provider=$provider
seed=$seed_text
command=$command_line
shared=start $load_start, end $(cut -d' ' -f1-3 /proc/loadavg)
EOF
