"""Turns scripts/load-bench.sh's results.tsv into the Markdown table (printed and written to argv[2]).

results.tsv columns: name, Ordo RESULT line, PostgreSQL CPU s, Ordo CPU s, baseline RESULT line,
PostgreSQL CPU s, baseline CPU s, note. The header facts come on stdin as key=value lines.
"""
import sys

TARGETS = {
    "health": ("ratio", 0.5), "me": ("ratio", 0.5), "order-by-code": ("ratio", 0.85),
    "intake": ("rps", 700), "cart": ("rps", 300),
}
SQL = {
    "list": 'one batch: the count up to the count limit (`SELECT count(*) FROM (SELECT 1 … WHERE <filter> LIMIT 1001)`), then the page: `SELECT <list columns> FROM "Orders" WHERE <filter> ORDER BY "CreatedAt" DESC, "Id" DESC LIMIT 20` (a deep page: `WHERE "Id" IN (the same ordered ids LIMIT 20 OFFSET k)`); one status is `= @status`; line counts and quantities from the order row',
    "q": 'as the list, filter `"SearchText" LIKE \'%word%\'` (trigram index)',
    "tracking": 'as the list, filter `"Id" IN (SELECT "OrderId" FROM "ShippingItems" WHERE "TrackingNumber" = @t)`',
    "order-by-code": 'one batch of 4 statements: the order by `"Code"` (unique index), its lines, items and history by `"OrderId" = (SELECT "Id" … WHERE "Code" = @c)`; `allowedActions` empty',
    "me": 'one statement: the user row joined with its role names (`array_agg`)',
    "health": 'no SQL: a constant "Healthy"',
}


def parse(line):
    if not line or line == "-":
        return None
    values = {}
    for part in line.split()[1:]:
        if "=" in part:
            key, value = part.split("=", 1)
            values[key] = value
    return values


def main():
    header = dict(line.rstrip("\n").split("=", 1) for line in sys.stdin if "=" in line)
    rows = []
    notes = []
    # SQLite run: the PostgreSQL run's Ordo figures stand where the baseline's would (target: within 2×).
    postgres = {}
    if len(sys.argv) > 3:
        for raw in open(sys.argv[3], encoding="utf-8"):
            cols = raw.rstrip("\n").split("\t")
            postgres[cols[0]] = cols[1]
    sqlite = header.get("provider") == "sqlite"
    for raw in open(sys.argv[1], encoding="utf-8"):
        cols = raw.rstrip("\n").split("\t")
        cols += ["-"] * (8 - len(cols))
        name, ordo, ordo_pg, ordo_cpu, base, base_pg, base_cpu, note = cols[:8]
        o, b = parse(ordo), parse(base)
        if sqlite and name in postgres:
            b = parse(postgres[name])
        if o is None or int(o.get("requests", "0")) == 0:
            failed = f"{o.get('non2xx', '?')}/{o.get('errors', '?')}" if o else "?"
            rows.append(f"| {name} | no answer (all timed out or failed) | | | | {failed} | | | | | **not met** | |")
            continue
        ratio = float(o["rps"]) / float(b["rps"]) if b and float(b["rps"]) > 0 else None
        kind, target = TARGETS.get(name, ("list", 0.85))
        p50, p95 = float(o["p50"]), float(o["p95"])
        if kind == "list":
            goal = "≥0.85×, p50<20, p95<50" + (", p95<100" if name.startswith("list-q") else "")
            met = ratio is not None and ratio >= 0.85 and p50 < 20 and p95 < (50 if not name.startswith("list-q") else 100)
            if sqlite:
                goal, met = "≥0.5× PostgreSQL", ratio is not None and ratio >= 0.5
        elif kind == "ratio":
            goal = f"≥{target}×"
            met = ratio is not None and ratio >= target
        else:
            goal = f"≥{target}/s"
            met = float(o["rps"]) >= target and o.get("non2xx") == "0"
            if sqlite and name in postgres:
                goal, met = f"no 5xx; {goal}", met
        failures = f'{o.get("non2xx", "?")}/{o.get("errors", "?")}'
        rows.append(
            f"| {name} | {o['rps']} | {o['p50']} | {o['p95']} | {o['p99']} | {failures} | "
            f"{b['rps'] if b else '—'} | {b['p50'] if b else '—'} | {f'{ratio:.2f}' if ratio is not None else '—'} | {goal} | {'met' if met else '**not met**'} | "
            f"{ordo_pg} / {ordo_cpu}{f' · {base_pg} / {base_cpu}' if b else ''} |")
        if note != "-":
            requests, non2xx = int(o["requests"]), int(o["non2xx"])
            notes.append(f"- **{name}**: {requests - non2xx} responses 2xx (wrk counts completed requests only), rows created by the run: {note} "
                         f"({'none lost' if note.split()[0].split('=')[1].isdigit() and int(note.split()[0].split('=')[1]) >= requests - non2xx else 'ROWS MISSING'}; "
                         f"{'none duplicated' if note.split()[0].split('=')[1] == note.split()[1].split('=')[1] else 'DUPLICATES'}). "
                         "Up to 32 requests can be in flight when wrk stops: they may be created without being counted as responses.")
    out = [
        f"# Load benchmark results ({header.get('provider')})",
        "",
        f"- Date: {header.get('date')}; machine: {header.get('nproc')} cores, {header.get('cpu')}; load average (1/5/15 min) at {header.get('shared')}"
        # The run itself loads the machine (wrk, both apps, PostgreSQL), so only the load before it tells whether others were busy.
        + (" — **the machine was busy before the run** (load above its core count: other work, or this benchmark's own build and seeding just before); figures may be lower than on a quiet machine, Ordo's and the baseline's alike, the ratios less so"
           if float(header.get('shared', 'start 0').split('start ')[-1].split()[0]) > float(header.get('nproc', '2')) else " (quiet before the run; the end figure is the benchmark's own load)"),
        f"- {header.get('orders')} orders seeded in {header.get('seed')}; {header.get('duration')} s per scenario and app; wrk -t2 -c32 on the same machine",
        f"- Command: `{header.get('command')}`",
        "- Ordo: published Release build, Production, logging at Warning, outbox and jobs on, sign-in rate limits raised. "
        "Baseline: bench/Ordo.LoadBaseline (minimal API, pooled NpgsqlDataSource, no EF, no Identity, token dictionary).",
        "- Latencies in ms. failures = non-2xx responses / socket errors. CPU s = PostgreSQL / app during the Ordo run (· the same during the baseline run).",
        "- intake: wrk with a unique Idempotency-Key and tracking number per request, 32 customers' tokens. cart: the .NET client of bench/Ordo.LoadBench (32 workers; a flow = add a line + submit it), since wrk's Lua cannot chain a request on the previous answer.",
        "",
        "- SQLite run: the baseline columns hold Ordo's figures of the PostgreSQL run on the same data (ratio = SQLite / PostgreSQL); writes count failures (5xx, e.g. \"database is locked\") in the failures column."
        if sqlite else "",
        "",
        "| scenario | Ordo req/s | p50 | p95 | p99 | failures | baseline req/s | baseline p50 | ratio | target | | CPU s |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|---|",
        *rows,
        "",
        *notes,
        "",
        "Baseline SQL per scenario:",
        "",
        f"- list-* (every filter): {SQL['list']}",
        f"- list-q-*: {SQL['q']}",
        f"- list-tracking: {SQL['tracking']}",
        f"- order-by-code: {SQL['order-by-code']}",
        f"- me: {SQL['me']}",
        f"- health: {SQL['health']}",
        "",
    ]
    text = "\n".join(out)
    print(text)
    with open(sys.argv[2], "w", encoding="utf-8") as f:
        f.write(text)


main()
