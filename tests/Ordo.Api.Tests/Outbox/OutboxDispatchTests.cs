using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ordo.Api.Tests.Cart;
using Ordo.Api.Tests.Hosting;
using Ordo.Api.Tests.Orders;
using Ordo.Api.Tests.Support;
using Ordo.Application.Common;
using Ordo.Application.Common.Outbox;
using Ordo.Application.Data;
using Ordo.Infrastructure.Demo;
using Ordo.Web.Identity;

namespace Ordo.Api.Tests.Outbox;

/// <summary>
/// Domain events reach their handlers after commit, once per handler, through the outbox dispatcher; failures
/// are retried with back-off and parked for the administrator. These tests move the app's clock, so they have
/// an app of their own.
/// </summary>
public abstract class OutboxDispatchTests(OrdoApp app) : ApiTest(app)
{
    private static readonly TimeSpan FirstDelay = TimeSpan.FromHours(1);

    private static readonly (string, string)[] RetrySettings =
    [
        ("Ordo:Outbox:MaxAttempts", "3"),
        ("Ordo:Outbox:FirstRetryDelay", "01:00:00"),
        ("Ordo:Outbox:MaxRetryDelay", "1.00:00:00"),
    ];

    [Fact]
    public async Task An_approval_reaches_its_handler_once_with_two_dispatchers_on_one_database()
    {
        var log = new HandlerLog { Delay = TimeSpan.FromMilliseconds(40) };
        await using var first = App.InstanceWith(log);
        await using var second = App.InstanceWith(log);
        var orders = new List<Guid>();
        var customer = await NewCustomerAsync();
        var manager = await CsManagerAsync();
        for (var i = 0; i < 8; i++)
        {
            var order = await customer.PlacePurchaseOrderAsync(CartLineRequest.From(Shop.Uniqlo, $"Áo {i}"));
            await manager.ApproveAsync(order.Id);
            orders.Add(order.Id);
        }

        // Both instances dispatch at the same time, each several times over: every event must go to one of them.
        await Task.WhenAll(Enumerable.Range(0, 3).SelectMany(_ => new[] { Task.Run(first.DispatchAsync), Task.Run(second.DispatchAsync) }));

        Assert.All(orders, id => Assert.Equal(1, log.RecordedFor(id)));
        var events = log.Recorded.Where(r => orders.Contains(r.OrderId)).Select(r => r.EventId).ToList();
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OrdoDbContext>();
        Assert.Equal(orders.Count, await db.ProcessedEvents.CountAsync(p => events.Contains(p.EventId)));
        Assert.Equal(orders.Count, await db.OutboxMessages.CountAsync(m => events.Contains(m.Id) && m.ProcessedAt != null && m.LockedBy == null));
    }

    [Fact]
    public async Task A_delivered_event_is_not_handled_again_when_dispatched_again()
    {
        var log = new HandlerLog();
        await using var host = App.InstanceWith(log);
        var order = await (await NewCustomerAsync()).PlacePurchaseOrderAsync();
        await (await CsManagerAsync()).ApproveAsync(order.Id);

        await host.DispatchAsync();
        App.Clock.Advance(TimeSpan.FromDays(1));
        await host.DispatchAsync();

        Assert.Equal(1, log.RecordedFor(order.Id));
    }

    [Fact]
    public async Task A_failing_handler_is_retried_with_back_off_parked_after_the_last_attempt_and_delivered_by_an_admin_retry()
    {
        var log = new HandlerLog();
        await using var host = App.InstanceWith(log, failing: true, RetrySettings);
        var order = await (await NewCustomerAsync()).PlacePurchaseOrderAsync();
        log.BreakFor = order.Id;
        await (await CsManagerAsync()).ApproveAsync(order.Id);
        var admin = await AdminAsync();

        await host.DispatchAsync();
        var pending = await MessageOfAsync(admin, log, order.Id);
        Assert.Equal((OutboxMessageState.Pending, 1), (pending.State, pending.Attempts));
        Assert.Contains("The warehouse system is down", pending.LastError, StringComparison.Ordinal);
        Assert.NotNull(pending.NextAttemptAt);

        await host.DispatchAsync();
        Assert.Equal(1, log.FailedFor(order.Id)); // not due yet

        App.Clock.Advance(FirstDelay);
        await host.DispatchAsync();
        Assert.Equal(2, log.FailedFor(order.Id));

        App.Clock.Advance(FirstDelay);
        await host.DispatchAsync();
        Assert.Equal(2, log.FailedFor(order.Id)); // the second wait is twice as long

        App.Clock.Advance(FirstDelay);
        await host.DispatchAsync();
        Assert.Equal(3, log.FailedFor(order.Id));

        var parked = await MessageOfAsync(admin, log, order.Id, OutboxMessageState.Parked);
        Assert.Equal((OutboxMessageState.Parked, 3, (DateTimeOffset?)null), (parked.State, parked.Attempts, parked.NextAttemptAt));
        App.Clock.Advance(TimeSpan.FromDays(7));
        await host.DispatchAsync();
        Assert.Equal(3, log.FailedFor(order.Id)); // parked stays parked

        log.BreakFor = null;
        var retried = await (await admin.PostAsync($"/api/admin/outbox/{parked.Id}/retry")).ReadAsync<OutboxMessageDto>();
        Assert.Equal((OutboxMessageState.Pending, 0), (retried.State, retried.Attempts));
        await host.DispatchAsync();

        Assert.Equal(1, log.RecordedFor(order.Id)); // the handler that succeeded the first time was not called again
        var remaining = await admin.GetAsync<PagedResult<OutboxMessageDto>>("/api/admin/outbox");
        Assert.DoesNotContain(remaining.Items, m => m.Id == parked.Id);
        await (await admin.PostAsync($"/api/admin/outbox/{parked.Id}/retry")).ShouldBeProblemAsync(HttpStatusCode.Conflict, "outbox.already_delivered");
    }

    [Fact]
    public async Task Only_an_administrator_sees_and_retries_the_outbox()
    {
        var manager = await CsManagerAsync();

        await (await manager.GetAsync("/api/admin/outbox")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "outbox.admin_only");
        await (await manager.PostAsync($"/api/admin/outbox/{Guid.NewGuid()}/retry")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "outbox.admin_only");
        await (await (await AdminAsync()).PostAsync($"/api/admin/outbox/{Guid.NewGuid()}/retry")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await Anonymous.GetAsync("/api/admin/outbox")).ShouldHaveStatusAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_outbox_endpoints_are_named_and_described_in_the_OpenAPI_document()
    {
        using var document = JsonDocument.Parse(await Anonymous.GetStringAsync("/openapi/v1.json"));
        var paths = document.RootElement.GetProperty("paths");

        var list = paths.GetProperty("/api/admin/outbox").GetProperty("get");
        var retry = paths.GetProperty("/api/admin/outbox/{id}/retry").GetProperty("post");

        Assert.Equal(["ListOutboxMessages", "RetryOutboxMessage"], new[] { list, retry }.Select(o => o.GetProperty("operationId").GetString()));
        Assert.All(new[] { list, retry }, o =>
        {
            Assert.Contains("(admin)", o.GetProperty("summary").GetString(), StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(o.GetProperty("description").GetString()));
        });
        Assert.True(retry.GetProperty("responses").TryGetProperty("409", out _));
    }

    [Fact]
    public async Task A_running_dispatcher_is_woken_by_the_save_and_delivers_without_waiting_for_its_poll()
    {
        var log = new HandlerLog();
        await using var host = App.InstanceWith(log, settings: [("Ordo:Outbox:Enabled", "true"), ("Ordo:Outbox:PollInterval", "01:00:00")]);
        _ = host.Services; // starts the instance and its dispatcher
        var order = await (await NewCustomerAsync()).PlacePurchaseOrderAsync();

        // Approved through the instance itself, so its own save wakes its own dispatcher.
        var client = host.CreateDefaultClient();
        var token = await (await client.PostAsJsonAsync("/api/auth/token", new { email = "cs.manager@ordo.test", password = DemoAccounts.Password }, ApiJson.Options))
            .ReadAsync<AuthEndpoints.TokenResponse>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        await new ApiUser(client, "cs.manager@ordo.test").ApproveAsync(order.Id);

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (log.RecordedFor(order.Id) == 0)
        {
            await Task.Delay(50, timeout.Token);
        }

        Assert.Equal(1, log.RecordedFor(order.Id));
    }

    private static async Task<OutboxMessageDto> MessageOfAsync(ApiUser admin, HandlerLog log, Guid orderId, OutboxMessageState? state = null)
    {
        var eventId = log.Failed.First(f => f.OrderId == orderId).EventId;
        var list = await admin.GetAsync<PagedResult<OutboxMessageDto>>($"/api/admin/outbox{(state is { } s ? $"?state={s}" : "")}");
        return Assert.Single(list.Items, m => m.Id == eventId);
    }

    public sealed class OnSqlite(SqliteApp app) : OutboxDispatchTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : OutboxDispatchTests(app), IClassFixture<PostgresApp>;
}
