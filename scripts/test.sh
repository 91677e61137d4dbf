#!/usr/bin/env bash
# Builds Ordo.slnx and runs every test project; last output line is always
#   "N passed, N failed, N skipped"
# Extra arguments are passed to `dotnet test` (e.g. --filter "FullyQualifiedName~Orders").
#
# Environment:
#   ORDO_TEST_POSTGRES        Npgsql connection string (default: the cluster from setup.sh)
#   ORDO_REQUIRE_POSTGRES     exported as 1: tests fail (not skip) if Postgres is unreachable
#   PLAYWRIGHT_CHROMIUM_EXECUTABLE   default /usr/bin/chromium
#   ORDO_TEST_RESULTS_DIR     where .trx files go (wiped first; default: a fresh mktemp dir)
#   ORDO_SKIP_SETUP=1         do not run scripts/setup.sh
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${ORDO_SKIP_SETUP:-0}" != "1" ]; then
    scripts/setup.sh >&2 || { echo "scripts/setup.sh failed" >&2; echo "0 passed, 1 failed, 0 skipped"; exit 1; }
fi

export ORDO_TEST_POSTGRES="${ORDO_TEST_POSTGRES:-Host=127.0.0.1;Port=${ORDO_PG_PORT:-55432};Username=ordo;Password=ordo;Database=postgres}"
export ORDO_REQUIRE_POSTGRES=1
export PLAYWRIGHT_CHROMIUM_EXECUTABLE="${PLAYWRIGHT_CHROMIUM_EXECUTABLE:-/usr/bin/chromium}"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

if [ -n "${ORDO_TEST_RESULTS_DIR:-}" ]; then
    RESULTS_DIR="$ORDO_TEST_RESULTS_DIR"
    rm -rf "$RESULTS_DIR"
    mkdir -p "$RESULTS_DIR"
else
    RESULTS_DIR="$(mktemp -d "${TMPDIR:-/tmp}/ordo-test-results.XXXXXX")"
fi
RESULTS_DIR="$(cd "$RESULTS_DIR" && pwd)"

echo "==> dotnet build Ordo.slnx -c Release"
if ! dotnet build Ordo.slnx -c Release; then
    echo "BUILD FAILED"
    echo "0 passed, 1 failed, 0 skipped"
    exit 1
fi

echo "==> dotnet test (results: $RESULTS_DIR)"
# One project at a time, each into its own folder: every project leaves exactly one .trx,
# so a project that cannot start is seen as missing rather than hidden by a name clash.
test_rc=0
for project in $(find tests -name '*.Tests.csproj' | sort); do
    name="$(basename "$project" .csproj)"
    echo "==> $name"
    set +e
    dotnet test "$project" -c Release --no-build \
        --logger "trx;LogFileName=$name.trx" --results-directory "$RESULTS_DIR/$name" "$@"
    rc=$?
    set -e
    [ "$rc" -eq 0 ] || test_rc=$rc
done

expected_projects="$(find tests -name '*.Tests.csproj' | wc -l)"

python3 - "$RESULTS_DIR" "$expected_projects" "$test_rc" <<'PY'
import glob, os, sys
import xml.etree.ElementTree as ET

results_dir, expected, rc = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
trx_files = sorted(glob.glob(os.path.join(results_dir, "**", "*.trx"), recursive=True))

passed = failed = skipped = 0
problems = []

def local(tag):
    return tag.rsplit("}", 1)[-1]

for path in trx_files:
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as e:
        problems.append(f"unreadable trx {path}: {e}")
        failed += 1
        continue
    summary = next((el for el in root.iter() if local(el.tag) == "ResultSummary"), None)
    counters = next((el for el in root.iter() if local(el.tag) == "Counters"), None)
    if counters is None:
        problems.append(f"no <Counters> in {path}")
        failed += 1
        continue
    c = lambda k: int(counters.get(k, "0") or 0)
    total = c("total")
    p = c("passed")
    f = c("failed") + c("error") + c("timeout") + c("aborted")
    passed += p
    failed += f
    skipped += max(total - p - f, 0)
    outcome = summary.get("outcome", "") if summary is not None else ""
    if f == 0 and outcome in ("Failed", "Error", "Aborted", "Timeout"):
        # e.g. test host crashed: run marked failed although no test result says so
        problems.append(f"{os.path.basename(path)}: run outcome '{outcome}' with no failed tests (test host crash?)")
        failed += 1

if len(trx_files) < expected:
    missing = expected - len(trx_files)
    problems.append(f"only {len(trx_files)} trx file(s) for {expected} test project(s): "
                    f"{missing} project(s) did not run")
    failed += missing

if rc != 0 and failed == 0:
    problems.append(f"dotnet test exited with code {rc} although no test failed")
    failed += 1

for p in problems:
    print("WARNING: " + p)
print(f"trx files: {len(trx_files)} (expected >= {expected}) in {results_dir}")
print(f"{passed} passed, {failed} failed, {skipped} skipped")
sys.exit(1 if failed else 0)
PY
# The summary exits 1 (and set -e propagates it) when anything failed, a project produced
# no .trx, or dotnet test itself exited non-zero; so reaching this point means success.
exit 0
