using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;

namespace Ordo.LoadBench;

/// <summary>
/// The China warehouse's scan under load (issue 11): <c>--workers</c> clerks scanning at once, each scan a
/// <c>POST /api/warehouses/{code}/scan</c> with the box's weight and sides. Most scans take the next number of a waiting
/// order not received yet (each number once, across runs: <c>--state</c> keeps how many were used), some a number no
/// order has (anonymous, unique per run), some a number already received (nothing recorded). With
/// <c>--export-workers</c> N, N clients meanwhile page through the whole parcel list (the largest page, one after the
/// other, as an export reads it) and the report says how far they got. With <c>--rate</c> the clients together scan
/// that many boxes a second (each clerk's scans due at a steady pace; a late answer makes the next one go at once), as a
/// warehouse's scanning stations do; without it each client scans again as soon as it has its answer (the throughput). Prints a RESULT line like the wrk script's,
/// with the scans' outcomes and the export's progress.
/// </summary>
internal static class ScanClient
{
    public static async Task<int> RunAsync(Args args)
    {
        var url = new Uri(args.Get("url"));
        var token = args.Get("token");
        var numbers = await File.ReadAllLinesAsync(args.Get("numbers"));
        var received = await File.ReadAllLinesAsync(args.Get("received"));
        var state = args.Get("state");
        var workers = args.Int("workers", 24);
        var exporters = args.Int("export-workers", 0);
        var exportPageSize = args.Int("export-page-size", 200);
        var duration = TimeSpan.FromSeconds(args.Int("duration", 20));
        // Scans per second for all the clients together (0: each client scans again as soon as it has its answer).
        var rate = args.Int("rate", 0);
        var warehouse = args.Get("warehouse", "GZ");
        var anonymousPercent = args.Int("anonymous-percent", 10);
        var receivedPercent = args.Int("received-percent", 10);
        var run = args.Get("run", Guid.NewGuid().ToString("N")[..8]).ToUpperInvariant();
        var used = File.Exists(state) ? long.Parse((await File.ReadAllTextAsync(state)).Trim(), CultureInfo.InvariantCulture) : 0;
        var next = used - 1;

        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = workers + exporters, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
        using var http = new HttpClient(handler) { BaseAddress = url, Timeout = TimeSpan.FromSeconds(60) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var latencies = new List<double>[workers];
        var outcomes = new Dictionary<string, int>[workers];
        var failures = new Dictionary<int, int>[workers];
        var clock = Stopwatch.StartNew();
        var stop = new CancellationTokenSource();
        var ran = false;
        var exportPages = 0L;
        var exportRows = 0L;
        var exportLatencies = new List<double>();
        var exportFailures = 0;
        var exportTasks = Enumerable.Range(0, exporters).Select(async e =>
        {
            // Each export starts at the first page and reads on to the last, then starts over.
            var page = 1;
            while (!stop.IsCancellationRequested)
            {
                var started = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await http.GetAsync(string.Create(CultureInfo.InvariantCulture, $"/api/parcels?pageSize={exportPageSize}&page={page}"), stop.Token);
                    var body = await response.Content.ReadAsStringAsync(stop.Token);
                    if (!response.IsSuccessStatusCode)
                    {
                        Interlocked.Increment(ref exportFailures);
                        continue;
                    }

                    var rows = Count(body, "\"trackingNumber\":");
                    lock (exportLatencies)
                    {
                        exportLatencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    }

                    Interlocked.Increment(ref exportPages);
                    Interlocked.Add(ref exportRows, rows);
                    page = rows < exportPageSize ? 1 : page + 1;
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested)
                {
                    return;
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref exportFailures);
                }
            }
        }).ToList();
        if (exporters > 0)
        {
            // The export gets going (its first, cheapest pages) before the scans are measured.
            await Task.Delay(TimeSpan.FromSeconds(2));
        }

        clock.Restart();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(async w =>
        {
            latencies[w] = [];
            outcomes[w] = [];
            failures[w] = [];
            var random = new Random(w * 7919 + (int)used);
            var n = 0;
            // Paced: this clerk's scans are due every workers/rate seconds, the clerks staggered over the interval.
            var interval = rate > 0 ? TimeSpan.FromSeconds((double)workers / rate) : TimeSpan.Zero;
            var due = interval * ((double)w / workers);
            while (clock.Elapsed < duration)
            {
                if (rate > 0)
                {
                    var wait = due - clock.Elapsed;
                    if (wait > TimeSpan.Zero)
                    {
                        await Task.Delay(wait);
                    }

                    due += interval;
                    if (clock.Elapsed >= duration)
                    {
                        break;
                    }
                }

                n++;
                var roll = random.Next(100);
                string number;
                if (roll < anonymousPercent)
                {
                    number = $"AN{run}{w:D2}{n:D6}";
                }
                else if (roll < anonymousPercent + receivedPercent)
                {
                    number = received[random.Next(received.Length)];
                }
                else
                {
                    var i = Interlocked.Increment(ref next);
                    if (i >= numbers.Length)
                    {
                        ran = true;
                        break;
                    }

                    number = numbers[i];
                }

                var body = string.Create(CultureInfo.InvariantCulture,
                    $"{{\"trackingNumber\":\"{number}\",\"weightKg\":{0.3 + random.Next(200) / 10.0:0.0},\"lengthCm\":{20 + random.Next(40)},\"widthCm\":{15 + random.Next(30)},\"heightCm\":{10 + random.Next(30)}}}");
                var started = clock.Elapsed;
                try
                {
                    using var content = new StringContent(body, Encoding.UTF8, "application/json");
                    using var response = await http.PostAsync($"/api/warehouses/{warehouse}/scan", content);
                    var answer = await response.Content.ReadAsStringAsync();
                    var elapsed = (clock.Elapsed - started).TotalMilliseconds;
                    if (response.IsSuccessStatusCode)
                    {
                        latencies[w].Add(elapsed);
                        var outcome = Outcome(answer);
                        outcomes[w][outcome] = outcomes[w].GetValueOrDefault(outcome) + 1;
                    }
                    else
                    {
                        failures[w][(int)response.StatusCode] = failures[w].GetValueOrDefault((int)response.StatusCode) + 1;
                    }
                }
                catch (HttpRequestException)
                {
                    failures[w][0] = failures[w].GetValueOrDefault(0) + 1;
                }
            }
        }));
        var seconds = clock.Elapsed.TotalSeconds;
        await stop.CancelAsync();
        await Task.WhenAll(exportTasks);
        await File.WriteAllTextAsync(state, Math.Min(next + 1, numbers.Length).ToString(CultureInfo.InvariantCulture));

        var all = latencies.SelectMany(l => l).Order().ToArray();
        var failed = failures.Sum(f => f.Values.Sum());
        var outcomeText = string.Join(";", outcomes.SelectMany(o => o).GroupBy(kv => kv.Key).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}:{g.Sum(kv => kv.Value)}"));
        var failureText = string.Join(";", failures.SelectMany(o => o).GroupBy(kv => kv.Key).Select(g => $"{g.Key}:{g.Sum(kv => kv.Value)}"));
        var export = exportLatencies.Order().ToArray();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"RESULT rps={all.Length / seconds:F1} p50={P(all, 0.5):F1} p95={P(all, 0.95):F1} p99={P(all, 0.99):F1} max={(all.Length == 0 ? 0 : all[^1]):F1} requests={all.Length + failed} non2xx={failed} errors=0 outcomes={(outcomeText.Length == 0 ? "-" : outcomeText)} failures={(failureText.Length == 0 ? "-" : failureText)} export_pages={exportPages} export_rows={exportRows} export_p50={P(export, 0.5):F1} export_failures={exportFailures} numbers_left={numbers.Length - Math.Min(next + 1, numbers.Length)}{(ran ? " ran_out=1" : "")}"));
        return 0;
    }

    private static double P(double[] sorted, double q) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)(q * sorted.Length))];

    private static int Count(string text, string what)
    {
        var count = 0;
        for (var i = text.IndexOf(what, StringComparison.Ordinal); i >= 0; i = text.IndexOf(what, i + what.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static string Outcome(string answer)
    {
        const string key = "\"outcome\":\"";
        var i = answer.IndexOf(key, StringComparison.Ordinal);
        if (i < 0)
        {
            return "?";
        }

        var end = answer.IndexOf('"', i + key.Length);
        return end < 0 ? "?" : answer[(i + key.Length)..end];
    }
}
