#!/usr/bin/env bash
# Scan-scale benchmark (issue 11): the China warehouse's scan (find the order by tracking number, receive the parcel,
# answer) on PostgreSQL with 500,000 orders and 1,000,000 parcels, through Ordo's published Release build, beside a
# raw-Npgsql baseline (bench/Ordo.LoadBaseline) in the same run; then the same scan while an export pages through the
# whole parcel list; then the parcel list's filters (wrk). Writes the "Scan at scale" section of bench/results.md.
#
#   scripts/scan-bench.sh [--orders N] [--parcels N] [--duration S] [--rounds R] [--workers W] [--list-duration S]
#
# --orders / --parcels  sizes to seed (default 500000 / 1000000) into the database ordo_scanbench; seeded once by
#                       binary COPY (bench/Ordo.LoadBench scan-seed) and kept while the sizes match: a kept database
#                       drops the parcels earlier runs received, and their numbers are scanned again
# --duration            seconds per measured scan run (default 20); --rounds measured rounds per app (default 2,
#                       Ordo and the baseline alternating who goes first); --workers concurrent scanning clients (24)
# --rate                scans per second of all the clients together in the paced scenarios (default 50: 24 stations,
#                       one box each about every half second); the saturated scenario scans as fast as answers come
# --list-duration       seconds per list scenario and app (default 10), wrk -t2 -c16
set -euo pipefail
cd "$(dirname "$0")/.."

orders=500000 parcels=1000000 duration=20 rounds=2 workers=24 rate=50 list_duration=10
while [ $# -gt 0 ]; do
    case "$1" in
        --orders) orders="$2"; shift 2 ;;
        --parcels) parcels="$2"; shift 2 ;;
        --duration) duration="$2"; shift 2 ;;
        --rounds) rounds="$2"; shift 2 ;;
        --workers) workers="$2"; shift 2 ;;
        --rate) rate="$2"; shift 2 ;;
        --list-duration) list_duration="$2"; shift 2 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
command_line="scripts/scan-bench.sh --orders $orders --parcels $parcels --duration $duration --rounds $rounds --workers $workers --rate $rate --list-duration $list_duration"
log() { echo "[scan-bench] $*" >&2; }

[ "${ORDO_SKIP_SETUP:-0}" = "1" ] || scripts/setup.sh >/dev/null
if ! command -v wrk >/dev/null; then
    log "installing wrk"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends wrk >&2 \
        || { apt-get update -q >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends wrk >&2; }
fi

port="${ORDO_PG_PORT:-55432}"
database="ordo_scanbench"
pg="Host=127.0.0.1;Port=$port;Username=ordo;Password=ordo;Database=$database"
export PGPASSWORD=ordo
work="${ORDO_SCAN_WORK:-${TMPDIR:-/tmp}/ordo-scan}"
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

log "seeding $orders orders and $parcels parcels into $database (kept when already seeded)"
seed_line="$(dotnet "$tool" scan-seed --connection "$pg" --orders "$orders" --parcels "$parcels" --out "$work/lists" | grep '^SEEDED')"
log "$seed_line"
seed_seconds="$(sed -E 's/.*seconds=([0-9.]+).*/\1/' <<<"$seed_line")"
if [ "$seed_seconds" = 0 ] && [ -f "$work/seed-seconds.txt" ]; then seed_text="$(cat "$work/seed-seconds.txt") s (by an earlier run, kept)"; else echo "$seed_seconds" >"$work/seed-seconds.txt"; seed_text="$seed_seconds s"; fi
# The seeder listed the numbers not received yet: every scan of an order's number takes the next one.
echo 0 >"$work/numbers-used.txt"

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
wait_http() {
    local tries=$(( ${2:-60} * 2 ))
    for _ in $(seq 1 "$tries"); do
        curl -fs "$1" >/dev/null 2>&1 && return 0
        if [ -n "${3:-}" ] && ! kill -0 "$3" 2>/dev/null; then log "the process behind $1 exited"; return 1; fi
        sleep 0.5
    done
    log "no answer from $1"; return 1
}

ordo_port="$(free_port)"
log "starting Ordo (Production, PostgreSQL) on 127.0.0.1:$ordo_port"
ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__Ordo="$pg" \
    dotnet "$work/ordo/Ordo.Web.dll" --urls "http://127.0.0.1:$ordo_port" --contentRoot "$work/ordo" \
    --Ordo:Database:Provider=Postgres \
    --Logging:LogLevel:Default=Warning --Logging:LogLevel:Microsoft.AspNetCore=Warning --Logging:LogLevel:Microsoft.EntityFrameworkCore=Warning \
    --Ordo:RateLimits:SignIn:PermitLimit=1000000 --Ordo:RateLimits:SignInPerAccount:PermitLimit=1000000 \
    >"$work/ordo.log" 2>&1 &
ordo_pid=$!; pids+=("$ordo_pid")
ordo="http://127.0.0.1:$ordo_port"
wait_http "$ordo/health" 600 "$ordo_pid" || { tail -n 40 "$work/ordo.log" >&2; exit 1; }
psql -h 127.0.0.1 -p "$port" -U ordo -d "$database" -Atqc "VACUUM (ANALYZE)"

token="$(curl -fs -X POST "$ordo/api/auth/token" -H 'Content-Type: application/json' \
    -d '{"email":"cn.warehouse@ordo.test","password":"Demo@12345"}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])')"
user_id="$(curl -fs "$ordo/api/me" -H "Authorization: Bearer $token" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')"
echo "$token $user_id" >"$work/baseline-tokens.txt"

baseline_port="$(free_port)"
log "starting the raw-Npgsql baseline on 127.0.0.1:$baseline_port"
ASPNETCORE_ENVIRONMENT=Production dotnet "$baseline_dll" --urls "http://127.0.0.1:$baseline_port" \
    --connection "$pg;No Reset On Close=true;Max Auto Prepare=64" --tokens "$work/baseline-tokens.txt" >"$work/baseline.log" 2>&1 &
baseline_pid=$!; pids+=("$baseline_pid")
baseline="http://127.0.0.1:$baseline_port"
wait_http "$baseline/health" 60 "$baseline_pid"

ticks="$(getconf CLK_TCK)"
cpu_pid() { awk -v t="$ticks" '{ printf "%.2f", ($14 + $15) / t }' "/proc/$1/stat" 2>/dev/null || echo 0; }
pg_snap() { # "pid ticks" of each backend serving the benchmark's database
    local f line
    for f in /proc/[0-9]*/stat; do
        { read -r line <"$f"; } 2>/dev/null || continue
        [[ "$line" == *"(postgres)"* ]] || continue
        { grep -qa "$database" "${f%/stat}/cmdline"; } 2>/dev/null || continue
        awk '{ print $1, $14 + $15 }' <<<"$line"
    done
}
cpu_pg() { pg_snap | awk -v t="$ticks" '{ s += $2 } END { printf "%.2f", s / t }'; }
# CPU seconds the backends alive at the end spent since the first snapshot (a backend that closed took its figure with it).
pg_delta() {
    awk -v t="$ticks" 'NR == FNR { start[$1] = $2; next } { s += $2 - ($1 in start ? start[$1] : 0) } END { printf "%.1f", s / t }' \
        <(printf '%s\n' "$1") <(printf '%s\n' "$2")
}
# Before each measurement, wait (up to 2 min) until the apps and the database are idle: Ordo's outbox still moves the
# orders the previous run's scans completed, and that backlog must not count against the next run.
settle() {
    local i a b
    for i in $(seq 1 120); do
        a="$(awk -v x="$(cpu_pg)" -v y="$(cpu_pid "$ordo_pid")" -v z="$(cpu_pid "$baseline_pid")" 'BEGIN{print x+y+z}')"
        sleep 1
        b="$(awk -v x="$(cpu_pg)" -v y="$(cpu_pid "$ordo_pid")" -v z="$(cpu_pid "$baseline_pid")" 'BEGIN{print x+y+z}')"
        awk -v a="$a" -v b="$b" 'BEGIN{exit !(b - a < 0.15)}' && return 0
    done
    log "still busy after 2 minutes; measuring anyway"
}

results="$work/results.tsv"; : >"$results"
scan() { # url seconds export-workers run rate -> RESULT line
    dotnet "$tool" scan --url "$1" --token "$token" --numbers "$work/lists/new-numbers.txt" --received "$work/lists/received.txt" \
        --state "$work/numbers-used.txt" --workers "$workers" --duration "$2" --export-workers "$3" --run "$4" --rate "$5" | grep '^RESULT'
}
# Warm-up before each measured run, as fast as answers come: the first time 60 s for Ordo (a large app: the runtime
# needs about a minute of load on two busy cores to reach its final compiled code, see scripts/load-bench.sh) and
# 30 s for the baseline, then 5 s.
warmed_ordo=0 warmed_baseline=0
measure_scan() { # name app url pid export-workers round rate
    local line pg0 app0 warm=5
    settle
    if [ "$2" = ordo ] && [ "$warmed_ordo" = 0 ]; then warm=60; warmed_ordo=1; fi
    if [ "$2" = baseline ] && [ "$warmed_baseline" = 0 ]; then warm=30; warmed_baseline=1; fi
    log "$1, round $6/$rounds: $2 (warm-up ${warm} s, then ${duration} s)"
    scan "$3" "$warm" 0 "W$(date +%s)" 0 >/dev/null
    settle
    pg0="$(pg_snap)"; app0="$(cpu_pid "$4")"
    line="$(scan "$3" "$duration" "$5" "R$(date +%s)" "$7")"
    printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$6" "$line" \
        "$(pg_delta "$pg0" "$(pg_snap)")" "$(awk -v a="$(cpu_pid "$4")" -v b="$app0" 'BEGIN{printf "%.1f", a-b}')" >>"$results"
}

load_start="$(cut -d' ' -f1-3 /proc/loadavg)"
for scenario in scan-paced scan-saturated scan-paced-under-export; do
    exporters=0; [ "$scenario" = scan-paced-under-export ] && exporters=1
    pace="$rate"; [ "$scenario" = scan-saturated ] && pace=0
    for round in $(seq 1 "$rounds"); do
        if [ $((round % 2)) = 1 ]; then
            measure_scan "$scenario" ordo "$ordo" "$ordo_pid" "$exporters" "$round" "$pace"
            measure_scan "$scenario" baseline "$baseline" "$baseline_pid" "$exporters" "$round" "$pace"
        else
            measure_scan "$scenario" baseline "$baseline" "$baseline_pid" "$exporters" "$round" "$pace"
            measure_scan "$scenario" ordo "$ordo" "$ordo_pid" "$exporters" "$round" "$pace"
        fi
    done
done

# The parcel list's filters, first page and a deep one (page 200 of 50: rows 9,951–10,000 of the filter).
paths="$work/paths"; mkdir -p "$paths"
declare -A list_path=(
    [list-newest]="/api/parcels"
    [list-newest-page-200]="/api/parcels?page=200"
    [list-status]="/api/parcels?status=InChinaWarehouse"
    [list-status-page-200]="/api/parcels?status=InChinaWarehouse&page=200"
    [list-warehouse]="/api/parcels?warehouse=YW"
    [list-warehouse-page-200]="/api/parcels?warehouse=YW&page=200"
    [list-anonymous]="/api/parcels?anonymous=true"
    [list-anonymous-page-200]="/api/parcels?anonymous=true&page=200"
    [list-not-anonymous]="/api/parcels?anonymous=false"
)
list_order=(list-newest list-newest-page-200 list-order list-status list-status-page-200 list-warehouse list-warehouse-page-200
            list-anonymous list-anonymous-page-200 list-not-anonymous)
for name in "${!list_path[@]}"; do echo "${list_path[$name]}" >"$paths/$name.txt"; done
sed 's|^|/api/parcels?orderId=|' "$work/lists/parcel-orders.txt" >"$paths/list-order.txt"
run_wrk() { # url pathfile seconds
    LOAD_PATHS="$2" LOAD_TOKEN="$token" LOAD_MODE=get LOAD_RUN=list \
        wrk -t2 -c16 -d"${3}s" --timeout 30s --latency -s bench/Ordo.LoadBench/load.lua "$1" | grep '^RESULT'
}
for name in "${list_order[@]}"; do
    for app in ordo baseline; do
        url="$ordo"; pid="$ordo_pid"; [ "$app" = baseline ] && { url="$baseline"; pid="$baseline_pid"; }
        settle
        log "$name: $app"
        run_wrk "$url" "$paths/$name.txt" 5 >/dev/null
        settle
        pg0="$(pg_snap)"; app0="$(cpu_pid "$pid")"
        line="$(run_wrk "$url" "$paths/$name.txt" "$list_duration")"
        printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$app" 1 "$line" \
            "$(pg_delta "$pg0" "$(pg_snap)")" "$(awk -v a="$(cpu_pid "$pid")" -v b="$app0" 'BEGIN{printf "%.1f", a-b}')" >>"$results"
    done
done

cp "$results" "$work/results-$(date -u +%Y%m%d-%H%M).tsv"
python3 bench/Ordo.LoadBench/scan_report.py "$results" bench/results.md <<EOF
date=$(date -u '+%Y-%m-%d %H:%M UTC')
nproc=$(nproc)
cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')
orders=$orders
parcels=$parcels
duration=$duration
rounds=$rounds
workers=$workers
rate=$rate
list_duration=$list_duration
seed=$seed_text
command=$command_line
shared=start $load_start, end $(cut -d' ' -f1-3 /proc/loadavg)
numbers=$(wc -l <"$work/lists/new-numbers.txt") numbers not received yet listed, $(cat "$work/numbers-used.txt") scanned by this run
EOF
