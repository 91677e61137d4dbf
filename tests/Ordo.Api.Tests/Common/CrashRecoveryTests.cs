using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ordo.Api.Tests.Hosting;
using Ordo.Api.Tests.Orders;
using Ordo.Api.Tests.Support;
using Ordo.Application.Data;
using Ordo.Application.Identity;
using Ordo.Web.Identity;
using Xunit.Abstractions;

namespace Ordo.Api.Tests.Common;

/// <summary>
/// The server killed (SIGKILL) while clients are creating orders, then started again on the same database:
/// every client retries what went unanswered with its Idempotency-Key, and each key gets exactly one order.
/// </summary>
public abstract class CrashRecoveryTests(OrdoApp app, ITestOutputHelper output) : ApiTest(app)
{
    private const int Orders = 400;
    private const int Clients = 16;
    private const int MaxAttempts = 100;

    [Fact]
    public async Task Orders_cut_off_by_a_killed_server_are_made_exactly_once_when_retried_with_their_keys()
    {
        var registration = NewRegistration("Trần Văn Sập");
        var keys = Enumerable.Range(0, Orders).Select(i => $"crash-{Guid.NewGuid():N}-{i:D4}").ToArray();
        var requests = keys.ToDictionary(k => k, k => ShippingOrderRequest.For(ShippingOrderRequest.NewTrackingNumber()) with { Note = k });
        var answers = new ConcurrentDictionary<string, HttpResponseMessage>();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        Guid customerId;
        await using (var server = await OrdoProcess.StartAsync(App.Provider, App.ConnectionString, ProcessSettings))
        {
            output.WriteLine($"started in {clock.Elapsed}");
            using var anonymous = new HttpClient { BaseAddress = server.BaseAddress };
            customerId = (await (await anonymous.PostAsJsonAsync("/api/auth/register", registration, ApiJson.Options)).ReadAsync<RegisterCustomer.Result>(HttpStatusCode.Created)).Id;
            using var customer = await SignedInClientAsync(server, registration);
            var queue = new ConcurrentQueue<string>(keys);
            var clients = Enumerable.Range(0, Clients).Select(_ => SendUntilTheServerDiesAsync(customer, queue, requests, answers)).ToArray();
            while (answers.Count < Orders / 4 && !clients.All(c => c.IsCompleted))
            {
                await Task.Delay(5);
            }

            await server.KillAsync();
            output.WriteLine($"killed at {clock.Elapsed}");
            await Task.WhenAll(clients);
        }

        var unanswered = keys.Where(k => !answers.ContainsKey(k)).ToArray();
        var madeBeforeTheKill = await NotesOfOrdersAsync(customerId);
        var madeButUnanswered = unanswered.Count(madeBeforeTheKill.Contains);
        var stuckAfterTheKill = await KeysInProgressAsync(customerId);

        var inProgressAnswers = 0;
        var replays = 0;
        await using (var restarted = await OrdoProcess.StartAsync(App.Provider, App.ConnectionString, ProcessSettings))
        {
            output.WriteLine($"restarted at {clock.Elapsed}");
            using var customer = await SignedInClientAsync(restarted, registration);
            var queue = new ConcurrentQueue<string>(unanswered);
            await Task.WhenAll(Enumerable.Range(0, Clients).Select(async _ =>
            {
                while (queue.TryDequeue(out var key))
                {
                    for (var attempt = 1; attempt <= MaxAttempts; attempt++)
                    {
                        var response = await PlaceAsync(customer, requests[key], key);
                        if (response.IsSuccessStatusCode)
                        {
                            answers[key] = response;
                            Interlocked.Add(ref replays, response.Headers.Contains("Idempotent-Replayed") ? 1 : 0);
                            break;
                        }

                        if (response.StatusCode != HttpStatusCode.Conflict)
                        {
                            output.WriteLine(restarted.Output);
                        }

                        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "idempotency_in_progress");
                        Interlocked.Increment(ref inProgressAnswers);
                        await Task.Delay(100);
                    }
                }
            }));
        }

        output.WriteLine($"retried by {clock.Elapsed}");
        var notes = await NotesOfOrdersAsync(customerId);
        var stuckAtTheEnd = await KeysInProgressAsync(customerId);
        output.WriteLine(
            $"{App.Provider}: {Orders} orders from {Clients} clients, 1 kill; {Orders - unanswered.Length} answered before the kill, " +
            $"{unanswered.Length} retried after the restart ({madeButUnanswered} of them already made: {replays} replayed); " +
            $"{inProgressAnswers} answers 'in progress' while retrying; keys in progress after the kill {stuckAfterTheKill}, at the end {stuckAtTheEnd}; " +
            $"orders {notes.Count}, distinct keys {notes.Distinct(StringComparer.Ordinal).Count()}");
        Assert.All(keys, k => Assert.Equal(HttpStatusCode.Created, Assert.Contains(k, (IDictionary<string, HttpResponseMessage>)answers).StatusCode));
        Assert.Equal(keys.Order(StringComparer.Ordinal), notes.Order(StringComparer.Ordinal));
        Assert.Equal(madeButUnanswered, replays);
        Assert.Equal(0, stuckAtTheEnd);
    }

    /// <summary>Rate limits out of the way: the test signs in twice and registers once, but from one address as fast as it can.</summary>
    private static readonly Dictionary<string, string> ProcessSettings = new()
    {
        ["Ordo:RateLimits:SignIn:PermitLimit"] = "100000",
        ["Ordo:RateLimits:SignInPerAccount:PermitLimit"] = "100000",
        ["Ordo:RateLimits:Registration:PermitLimit"] = "100000",
    };

    private static async Task SendUntilTheServerDiesAsync(
        HttpClient customer, ConcurrentQueue<string> queue, Dictionary<string, ShippingOrderRequest> requests, ConcurrentDictionary<string, HttpResponseMessage> answers)
    {
        while (queue.TryDequeue(out var key))
        {
            try
            {
                var response = await PlaceAsync(customer, requests[key], key);
                await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
                answers[key] = response;
            }
            catch (HttpRequestException)
            {
                return; // the server is gone: this key and the rest of the queue go unanswered
            }
        }
    }

    private static Task<HttpResponseMessage> PlaceAsync(HttpClient customer, ShippingOrderRequest order, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/orders", UriKind.Relative)) { Content = JsonContent.Create(order, options: ApiJson.Options) };
        request.Headers.Add("Idempotency-Key", key);
        return customer.SendAsync(request);
    }

    private static async Task<HttpClient> SignedInClientAsync(OrdoProcess server, RegisterCustomer.Command registration)
    {
        var http = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        var token = await (await http.PostAsJsonAsync("/api/auth/token", new { registration.Email, registration.Password }, ApiJson.Options)).ReadAsync<AuthEndpoints.TokenResponse>();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        return http;
    }

    private async Task<List<string>> NotesOfOrdersAsync(Guid customerId)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OrdoDbContext>();
        return await db.Orders.AsNoTracking().Where(o => o.CustomerId == customerId).Select(o => o.CustomerNote!).ToListAsync();
    }

    private async Task<int> KeysInProgressAsync(Guid customerId)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OrdoDbContext>();
        return await db.IdempotencyRecords.CountAsync(r => r.UserId == customerId && r.StatusCode == 0);
    }

    public sealed class OnSqlite(SqliteApp app, ITestOutputHelper output) : CrashRecoveryTests(app, output), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app, ITestOutputHelper output) : CrashRecoveryTests(app, output), IClassFixture<PostgresApp>;
}
