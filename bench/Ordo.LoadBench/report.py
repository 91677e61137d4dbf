"""Turns scripts/load-bench.sh's results.tsv into the Markdown table (printed and written to argv[2]).

results.tsv columns: name, Ordo RESULT line, PostgreSQL CPU s, Ordo CPU s, baseline RESULT line,
PostgreSQL CPU s, baseline CPU s, note, round. A scenario has one line per round; the table gives the median of its
rounds (the ratio: the median of each round's own ratio, with their range). The header facts come on stdin as
key=value lines.
"""
import statistics
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


def median(values):
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


def combine(runs):
    """One scenario's rounds as one RESULT: medians of the rates and percentiles, sums of the counts."""
    runs = [r for r in runs if r is not None]
    if not runs:
        return None
    merged = {k: f"{median([float(r[k]) for r in runs if k in r]):.1f}" for k in ("rps", "p50", "p95", "p99")}
    for k in ("requests", "non2xx", "errors"):
        merged[k] = str(sum(int(r.get(k, "0")) for r in runs))
    return merged


def cpu(values):
    numbers = [float(v) for v in values if v not in ("-", "")]
    return f"{statistics.median(numbers):.1f}" if numbers else "-"


def main():
    header = dict(line.rstrip("\n").split("=", 1) for line in sys.stdin if "=" in line)
    rows = []
    notes = []
    # SQLite run: the PostgreSQL run's Ordo figures stand where the baseline's would (target: within 2×).
    postgres = {}
    if len(sys.argv) > 3:
        grouped = {}
        for raw in open(sys.argv[3], encoding="utf-8"):
            cols = raw.rstrip("\n").split("\t")
            grouped.setdefault(cols[0], []).append(parse(cols[1]))
        postgres = {name: combine(runs) for name, runs in grouped.items()}
    sqlite = header.get("provider") == "sqlite"
    scenarios = {}
    for raw in open(sys.argv[1], encoding="utf-8"):
        cols = raw.rstrip("\n").split("\t")
        cols += ["-"] * (9 - len(cols))
        scenarios.setdefault(cols[0], []).append(cols)
    for name, lines in scenarios.items():
        ordo_runs = [parse(c[1]) for c in lines]
        base_runs = [parse(c[4]) for c in lines]
        o, b = combine(ordo_runs), combine(base_runs)
        ordo_pg, ordo_cpu = cpu(c[2] for c in lines), cpu(c[3] for c in lines)
        base_pg, base_cpu = cpu(c[5] for c in lines), cpu(c[6] for c in lines)
        if sqlite and name in postgres:
            b = postgres[name]
        if o is None or int(o.get("requests", "0")) == 0:
            failed = f"{o.get('non2xx', '?')}/{o.get('errors', '?')}" if o else "?"
            rows.append(f"| {name} | no answer (all timed out or failed) | | | | {failed} | | | | | **not met** | |")
            continue
        # Each round's ratio pairs two runs measured minutes apart on the same machine; their median is the figure.
        if sqlite and b:
            ratios = [float(r["rps"]) / float(b["rps"]) for r in ordo_runs if r and float(b["rps"]) > 0]
        else:
            ratios = [float(r["rps"]) / float(x["rps"]) for r, x in zip(ordo_runs, base_runs) if r and x and float(x["rps"]) > 0]
        ratio = median(ratios)
        spread = f" ({min(ratios):.2f}–{max(ratios):.2f})" if len(ratios) > 1 else ""
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
            f"{b['rps'] if b else '—'} | {b['p50'] if b else '—'} | {f'{ratio:.2f}{spread}' if ratio is not None else '—'} | {goal} | {'met' if met else '**not met**'} | "
            f"{ordo_pg} / {ordo_cpu}{f' · {base_pg} / {base_cpu}' if b and not sqlite else ''} |")
        created = [c[7] for c in lines if c[7] != "-"]
        if created:
            counts = [dict(part.split("=", 1) for part in note.split()) for note in created]
            responses = sum(int(r["requests"]) - int(r["non2xx"]) for r in ordo_runs if r)
            rows_created = sum(int(c["created"]) for c in counts if c["created"].isdigit())
            distinct = sum(int(c["distinct"]) for c in counts if c["distinct"].isdigit())
            notes.append(f"- **{name}**: {responses} responses 2xx over {len(lines)} rounds (wrk counts completed requests only), "
                         f"rows created: {rows_created}, distinct tracking numbers: {distinct} "
                         f"({'none lost' if rows_created >= responses else 'ROWS MISSING'}; {'none duplicated' if rows_created == distinct else 'DUPLICATES'}). "
                         "Up to 32 requests can be in flight when wrk stops: they may be created without being counted as responses.")
    out = [
        f"# Load benchmark results ({header.get('provider')})",
        "",
        f"- Date: {header.get('date')}; machine: {header.get('nproc')} cores, {header.get('cpu')}; load average (1/5/15 min) at {header.get('shared')}"
        # The run itself loads the machine (wrk, both apps, PostgreSQL), so only the load before it tells whether others were busy.
        + (" — **the machine was busy before the run** (load above its core count: other work, or this benchmark's own build and seeding just before); figures may be lower than on a quiet machine, Ordo's and the baseline's alike, the ratios less so"
           if float(header.get('shared', 'start 0').split('start ')[-1].split()[0]) > float(header.get('nproc', '2')) else " (quiet before the run; the end figure is the benchmark's own load)"),
        f"- {header.get('orders')} orders seeded in {header.get('seed')}; {header.get('rounds', '1')} rounds of {header.get('duration')} s per scenario and app, "
        "Ordo and the baseline alternating who goes first; figures are the medians of the rounds, a ratio is the median of the rounds' own ratios (their range in brackets); wrk -t2 -c32 on the same machine",
        f"- Command: `{header.get('command')}`",
        "- Ordo: published Release build, Production, logging at Warning, outbox and jobs on, sign-in rate limits raised. "
        "Baseline: bench/Ordo.LoadBaseline (minimal API, pooled NpgsqlDataSource, no EF, no Identity, token dictionary).",
        "- Latencies in ms. failures = non-2xx responses / socket errors. CPU s = PostgreSQL / app during an Ordo round (· the same during a baseline round), medians.",
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
