#!/usr/bin/env bash
# Runs the benchmarks (order search on 100,000 orders, SQLite and PostgreSQL) and writes
# bench/results.md (keeping its scan-at-scale section, written by scripts/scan-bench.sh). Starts the test PostgreSQL like the tests do. Extra args go to BenchmarkDotNet,
# e.g. scripts/bench.sh --filter '*NewestFirst*'.
set -euo pipefail
cd "$(dirname "$0")/.."
[ "${ORDO_SKIP_SETUP:-0}" = "1" ] || scripts/setup.sh >&2
artifacts="$(mktemp -d "${TMPDIR:-/tmp}/ordo-bench.XXXXXX")"
dotnet run -c Release --project bench/Ordo.Benchmarks -- --filter '*' --artifacts "$artifacts" "$@"
report="$(find "$artifacts/results" -name '*-report-github.md' | head -n 1)"
# The scan-at-scale section (scripts/scan-bench.sh) is kept as it is.
scan_section="$(sed -n '/<!-- scan-bench:start -->/,/<!-- scan-bench:end -->/p' bench/results.md 2>/dev/null || true)"
{
    echo "# Benchmark results"
    echo
    echo "Order search on a table of 100,000 orders (200,000 lines), one page of 20 rows plus the total,"
    echo "as the staff order queue asks for it. Produced by \`scripts/bench.sh\` (BenchmarkDotNet)."
    echo "Measured on $(date -u +%Y-%m-%d), $(nproc) cores."
    echo
    cat "$report"
    if [ -n "$scan_section" ]; then echo; echo "$scan_section"; fi
} > bench/results.md
echo "wrote bench/results.md"
