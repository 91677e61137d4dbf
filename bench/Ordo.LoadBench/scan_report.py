#!/usr/bin/env python3
"""Writes the "Scan at scale" section of bench/results.md from scripts/scan-bench.sh's results.

usage: scan_report.py results.tsv bench/results.md < key=value lines (date, nproc, cpu, orders, parcels, ...)

The section sits between two markers; the rest of the file (the order-search benchmark) is kept as it is.
Rows of results.tsv: name, app (ordo|baseline), round, RESULT line, PostgreSQL CPU s, app CPU s.
"""
import re
import statistics
import sys

START = "<!-- scan-bench:start -->"
END = "<!-- scan-bench:end -->"

results_path, out_path = sys.argv[1], sys.argv[2]
meta = dict(line.rstrip("\n").split("=", 1) for line in sys.stdin if "=" in line)

rows = {}
for line in open(results_path, encoding="utf-8"):
    parts = line.rstrip("\n").split("\t")
    if len(parts) < 4:
        continue
    name, app, rnd, result = parts[:4]
    fields = dict(kv.split("=", 1) for kv in result.split()[1:] if "=" in kv)
    fields["pg_cpu"] = parts[4] if len(parts) > 4 else "?"
    fields["app_cpu"] = parts[5] if len(parts) > 5 else "?"
    fields["round"] = rnd
    rows.setdefault(name, {}).setdefault(app, []).append(fields)


def med(runs, key):
    values = [float(r[key]) for r in runs if key in r and r[key] not in ("", "?", "-")]
    return statistics.median(values) if values else None


def f(value, digits=1):
    return "—" if value is None else f"{value:,.{digits}f}"


def ratios(name, key, invert=False):
    """Per round: Ordo / baseline (for latency, baseline / Ordo would be speed; here the plain ratio)."""
    o = {r["round"]: float(r[key]) for r in rows.get(name, {}).get("ordo", [])}
    b = {r["round"]: float(r[key]) for r in rows.get(name, {}).get("baseline", [])}
    rs = [o[k] / b[k] for k in o if k in b and b[k] > 0]
    if not rs:
        return "—"
    text = f"{statistics.median(rs):.2f}"
    return text + (f" ({min(rs):.2f}–{max(rs):.2f})" if len(rs) > 1 else "")


out = []
out.append(START)
out.append("## Scan at scale (issue 11)")
out.append("")
out.append(
    f"The China warehouse's scan (`POST /api/warehouses/{{code}}/scan`: find the order by tracking number, receive the "
    f"parcel, answer) on PostgreSQL holding {int(meta['orders']):,} orders (their tracking numbers in the registry) and "
    f"{int(meta['parcels']):,} parcels, then the same scan while an export pages through the whole parcel list, then the "
    f"parcel list's filters. Produced by `scripts/scan-bench.sh`.")
out.append("")
out.append(f"- Date: {meta['date']}; machine: {meta['nproc']} cores, {meta['cpu']}; load average (1/5/15 min) {meta['shared']}. "
           "Everything runs on this one machine: PostgreSQL, Ordo, the baseline, the load clients.")
out.append(f"- Command: `{meta['command']}`; data seeded by binary COPY in {meta['seed']}; {meta['numbers']}.")
out.append("- Ordo: published Release build, Production, logging at Warning, outbox and jobs on (each scan of an order's number "
           "queues the event that moves the order along with its parcels). Baseline: bench/Ordo.LoadBaseline, minimal API, "
           "pooled NpgsqlDataSource, no EF, no Identity; the scan in two round trips (one batch of reads: warehouse, the parcel "
           "already received, the open orders holding the number, the destination; one batch writing the code, the parcel and "
           "its timeline row), no outbox row.")
out.append(f"- Scans: bench/Ordo.LoadBench `scan`, {meta['workers']} concurrent clients, {meta['duration']} s per measured run after a "
           f"warm-up, {meta['rounds']} rounds per app, Ordo and the baseline alternating who goes first; figures are medians of "
           "the rounds, a ratio is the median of the rounds' own ratios (range in brackets). Of the scans 80% take a waiting "
           "order's next number not received yet (each number once: a real new parcel), 10% a number no order has (anonymous), "
           "10% a number already received (nothing recorded). Latency of each request as the client saw it, in ms. "
           f"Paced: the clients together scan {meta['rate']} boxes a second (each station one box every "
           f"{int(meta['workers']) / int(meta['rate']):.2f} s), as a warehouse's stations do; the targets apply there. "
           "Saturated: each client scans again as soon as it has its answer: the throughput, and the latency at that "
           "throughput (queueing included).")
out.append("- Under export: meanwhile one client reads the whole parcel list page after page (`GET /api/parcels?pageSize=200&page=n`, "
           "from the first page on), as an export of it would; the table says how many pages it read in the run.")
out.append("")
out.append("| scenario | Ordo scans/s | p50 | p95 | p99 | baseline scans/s | p50 | p95 | p99 | ratio | target p50<5, p99<20 | outcomes (Ordo, last round) | failures | export pages (Ordo · baseline) | CPU s PostgreSQL / app (Ordo · baseline) |")
out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|---|---|---|")
for name in ("scan-paced", "scan-saturated", "scan-paced-under-export"):
    if name not in rows:
        continue
    o, b = rows[name].get("ordo", []), rows[name].get("baseline", [])
    p50, p99 = med(o, "p50"), med(o, "p99")
    met = "met" if p50 is not None and p50 < 5 and p99 < 20 else "**not met**"
    if name == "scan-saturated":
        met = "(throughput)"
    fails = sum(int(r.get("non2xx", 0)) for r in o)
    # Paced, both apps scan the same boxes a second: the ratio is the latency's (Ordo's p50 ÷ the baseline's); saturated,
    # the throughput's (Ordo's scans/s ÷ the baseline's).
    ratio = f"{ratios(name, 'rps')} scans/s" if name == "scan-saturated" else f"{ratios(name, 'p50')} p50"
    pages = (f"{f(med(o, 'export_pages'), 0)} · {f(med(b, 'export_pages'), 0)} (a page: {f(med(o, 'export_p50'), 0)} · {f(med(b, 'export_p50'), 0)} ms)"
             if name.endswith("export") else "—")
    out.append(
        f"| {name} | {f(med(o, 'rps'))} | {f(p50)} | {f(med(o, 'p95'))} | {f(p99)} | {f(med(b, 'rps'))} | {f(med(b, 'p50'))} | "
        f"{f(med(b, 'p95'))} | {f(med(b, 'p99'))} | {ratio} | {met} | {o[-1].get('outcomes', '?') if o else '?'} | "
        f"{fails} ({o[-1].get('failures', '-') if o else '-'}) | {pages} | {f(med(o, 'pg_cpu'))} / {f(med(o, 'app_cpu'))} · {f(med(b, 'pg_cpu'))} / {f(med(b, 'app_cpu'))} |")
out.append("")
out.append(f"Parcel list filters (`GET /api/parcels`, page size 50, newest first; the deep page is page 200): wrk -t2 -c16, "
           f"{meta['list_duration']} s per scenario and app after 5 s of warm-up, one round; the orderId scenario takes a random "
           "order with parcels per request. Latency in ms; target: p95 under 50 ms.")
out.append("")
out.append("| scenario | Ordo req/s | p50 | p95 | p99 | baseline req/s | p50 | p95 | ratio req/s | target p95<50 | failures |")
out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|")
for name, by_app in rows.items():
    if not name.startswith("list-"):
        continue
    o, b = by_app.get("ordo", []), by_app.get("baseline", [])
    p95 = med(o, "p95")
    met = "met" if p95 is not None and p95 < 50 else "**not met**"
    fails = sum(int(r.get("non2xx", 0)) + int(r.get("errors", 0)) for r in o)
    out.append(f"| {name} | {f(med(o, 'rps'))} | {f(med(o, 'p50'))} | {f(p95)} | {f(med(o, 'p99'))} | {f(med(b, 'rps'))} | "
               f"{f(med(b, 'p50'))} | {f(med(b, 'p95'))} | {ratios(name, 'rps')} | {met} | {fails} |")
out.append("")
out.append(END)
section = "\n".join(out) + "\n"

try:
    text = open(out_path, encoding="utf-8").read()
except FileNotFoundError:
    text = "# Benchmark results\n"
if START in text and END in text:
    text = re.sub(re.escape(START) + ".*?" + re.escape(END) + "\n?", lambda _: section, text, flags=re.S)
else:
    text = text.rstrip("\n") + "\n\n" + section
open(out_path, "w", encoding="utf-8").write(text)
print(f"wrote {out_path}")
