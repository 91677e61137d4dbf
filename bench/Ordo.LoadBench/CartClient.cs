using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Ordo.LoadBench;

/// <summary>
/// Cart add + submit as one flow, with as many concurrent workers as wrk has connections (wrk's Lua cannot
/// chain a request on the previous answer's id). Each worker signs in as its own customer (token file, one a
/// line). Prints the same RESULT line as the wrk script: flows/s and flow latency percentiles.
/// </summary>
internal static class CartClient
{
    public static async Task<int> RunAsync(Args args)
    {
        var url = new Uri(args.Get("url"));
        var tokens = await File.ReadAllLinesAsync(args.Get("tokens"));
        var workers = args.Int("workers", 32);
        var duration = TimeSpan.FromSeconds(args.Int("duration", 20));
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = workers, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
        using var http = new HttpClient(handler) { BaseAddress = url, Timeout = TimeSpan.FromSeconds(60) };
        var latencies = new List<double>[workers];
        var failures = new int[workers];
        var statuses = new Dictionary<int, int>[workers];
        var clock = Stopwatch.StartNew();
        var runId = Guid.NewGuid().ToString("N")[..8];
        await Task.WhenAll(Enumerable.Range(0, workers).Select(async w =>
        {
            latencies[w] = [];
            statuses[w] = [];
            var token = tokens[w % tokens.Length];
            var n = 0;
            while (clock.Elapsed < duration)
            {
                var started = clock.Elapsed;
                n++;
                var status = await FlowAsync(http, token, $"{runId}-{w}-{n}", n);
                if (status is >= 200 and < 300)
                {
                    latencies[w].Add((clock.Elapsed - started).TotalMilliseconds);
                }
                else
                {
                    failures[w]++;
                    statuses[w][status] = statuses[w].GetValueOrDefault(status) + 1;
                }
            }
        }));
        var seconds = clock.Elapsed.TotalSeconds;
        var all = latencies.SelectMany(l => l).Order().ToArray();
        double P(double q) => all.Length == 0 ? 0 : all[Math.Min(all.Length - 1, (int)(q * all.Length))];
        var codes = string.Join(";", statuses.SelectMany(s => s).GroupBy(kv => kv.Key).Select(g => $"{g.Key}:{g.Sum(kv => kv.Value)}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"RESULT rps={all.Length / seconds:F1} p50={P(0.5):F1} p95={P(0.95):F1} p99={P(0.99):F1} requests={all.Length + failures.Sum()} non2xx={failures.Sum()} errors=0 statuses={codes}"));
        return 0;
    }

    private static async Task<int> FlowAsync(HttpClient http, string token, string key, int n)
    {
        try
        {
            using var add = new HttpRequestMessage(HttpMethod.Post, "/api/cart/lines")
            {
                Content = JsonContent.Create(new
                {
                    sourceUrl = $"https://item.taobao.com/item.htm?id={key.GetHashCode(StringComparison.Ordinal) & 0x7fffffff}",
                    marketplace = "Taobao", shopId = $"shop-{n % 50}", shopName = $"Cửa hàng {n % 50}",
                    title = "áo khoác nữ mùa đông", properties = "Màu: đen", unitPriceCny = 99.5m, quantity = 1,
                }),
            };
            add.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var added = await http.SendAsync(add);
            if (!added.IsSuccessStatusCode)
            {
                return (int)added.StatusCode;
            }

            using var line = await JsonDocument.ParseAsync(await added.Content.ReadAsStreamAsync());
            var lineId = line.RootElement.GetProperty("id").GetGuid();
            using var submit = new HttpRequestMessage(HttpMethod.Post, "/api/cart/submit")
            {
                Content = JsonContent.Create(new { lineIds = new[] { lineId } }),
            };
            submit.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            submit.Headers.Add("Idempotency-Key", key);
            using var submitted = await http.SendAsync(submit);
            return (int)submitted.StatusCode;
        }
        catch (HttpRequestException)
        {
            return 0;
        }
        catch (TaskCanceledException)
        {
            return -1;
        }
    }
}
