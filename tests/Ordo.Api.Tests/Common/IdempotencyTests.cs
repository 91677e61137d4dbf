using System.Net;
using System.Net.Http.Json;
using Ordo.Api.Tests.Cart;
using Ordo.Api.Tests.Hosting;
using Ordo.Api.Tests.Orders;
using Ordo.Api.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ordo.Application.Common;
using Ordo.Application.Data;
using Ordo.Application.Orders;
using Ordo.Application.Settings;

namespace Ordo.Api.Tests.Common;

/// <summary>A write sent again with the same <c>Idempotency-Key</c> gets the first answer again and is not done twice.</summary>
public abstract class IdempotencyTests(OrdoApp app) : ApiTest(app)
{
    [Fact]
    public async Task Replaying_a_cart_submit_returns_the_first_answer_and_creates_no_more_orders()
    {
        var customer = await NewCustomerAsync();
        await customer.AddToCartAsync(CartLineRequest.From(Shop.Uniqlo));
        await customer.AddToCartAsync(CartLineRequest.From(Shop.Xiaomi));
        var key = NewKey();
        var first = await customer.TrySubmitCartAsync(idempotencyKey: key);
        await first.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var added = await customer.AddToCartAsync(CartLineRequest.From(Shop.Yiwu, "Thêm sau khi gửi"));

        var replay = await customer.TrySubmitCartAsync(idempotencyKey: key);

        await replay.ShouldHaveStatusAsync(HttpStatusCode.OK);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await replay.Content.ReadAsStringAsync());
        Assert.Equal("true", replay.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(2, (await customer.OrdersAsync()).Total);
        Assert.Equal(added.Id, Assert.Single(await customer.CartAsync()).Id);
    }

    [Fact]
    public async Task Replaying_a_shipping_order_returns_the_same_order()
    {
        var customer = await NewCustomerAsync();
        var request = ShippingOrderRequest.For(ShippingOrderRequest.NewTrackingNumber());
        var key = NewKey();
        var first = await customer.TryPlaceShippingOrderAsync(request, key);
        var order = await first.ReadAsync<OrderDetailsDto>(HttpStatusCode.Created);

        var replay = await customer.TryPlaceShippingOrderAsync(request, key);

        Assert.Equal(order.Id, (await replay.ReadAsync<OrderDetailsDto>(HttpStatusCode.Created)).Id);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await replay.Content.ReadAsStringAsync());
        Assert.Equal(first.Headers.Location, replay.Headers.Location);
        Assert.Equal(first.Headers.ETag, replay.Headers.ETag);
        Assert.Equal(1, (await customer.OrdersAsync()).Total);
    }

    [Fact]
    public async Task Sign_in_and_registration_ignore_the_key_and_keep_nothing_of_the_password_or_the_token()
    {
        var registration = NewRegistration("Võ Thị Sáu");
        var key = NewKey();
        var first = await SendAnonymousAsync("/api/auth/register", registration, key);
        await first.ShouldHaveStatusAsync(HttpStatusCode.Created);

        var again = await SendAnonymousAsync("/api/auth/register", registration, key);
        var token = await SendAnonymousAsync("/api/auth/token", new { registration.Email, registration.Password }, key);

        await again.ShouldBeInvalidAsync("email");
        await token.ShouldHaveStatusAsync(HttpStatusCode.OK);
        Assert.False(token.Headers.Contains("Idempotent-Replayed"));
        Assert.Empty(await RecordsAsync(r => r.Key == key));
    }

    [Fact]
    public async Task A_refused_request_keeps_no_key_so_the_corrected_request_runs_with_it()
    {
        var customer = await NewCustomerAsync();
        var key = NewKey();
        var refused = await customer.TryPlaceShippingOrderAsync(new ShippingOrderRequest([]), key);
        await refused.ShouldBeInvalidAsync("items");

        var corrected = await customer.TryPlaceShippingOrderAsync(ShippingOrderRequest.For(ShippingOrderRequest.NewTrackingNumber()), key);

        await corrected.ShouldHaveStatusAsync(HttpStatusCode.Created);
        Assert.Equal(1, (await customer.OrdersAsync()).Total);
    }

    [Fact]
    public async Task A_key_older_than_its_lifetime_counts_as_new()
    {
        var customer = await NewCustomerAsync();
        var key = NewKey();
        await (await customer.TryPlaceShippingOrderAsync(ShippingOrderRequest.For(ShippingOrderRequest.NewTrackingNumber()), key)).ShouldHaveStatusAsync(HttpStatusCode.Created);
        App.Clock.Advance(new IdempotencyOptions().KeyLifetime + TimeSpan.FromMinutes(1));

        var later = await customer.TryPlaceShippingOrderAsync(ShippingOrderRequest.For(ShippingOrderRequest.NewTrackingNumber()), key);

        await later.ShouldHaveStatusAsync(HttpStatusCode.Created);
        Assert.False(later.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(2, (await customer.OrdersAsync()).Total);
        Assert.Single(await RecordsAsync(r => r.Key == key));
    }

    [Fact]
    public async Task A_key_left_in_progress_by_a_request_that_died_is_free_again_after_the_timeout()
    {
        var customer = await NewCustomerAsync();
        var timeout = new IdempotencyOptions().InProgressTimeout;
        var fresh = NewKey();
        var abandoned = NewKey();
        await AddInProgressAsync(customer.Id, fresh, App.Clock.GetUtcNow());
        await AddInProgressAsync(customer.Id, abandoned, App.Clock.GetUtcNow() - timeout - TimeSpan.FromSeconds(1));

        var running = await customer.TryPlaceShippingOrderAsync(ShippingOrderRequest.For(ShippingOrderRequest.NewTrackingNumber()), fresh);
        var retried = await customer.TryPlaceShippingOrderAsync(ShippingOrderRequest.For(ShippingOrderRequest.NewTrackingNumber()), abandoned);

        await running.ShouldBeProblemAsync(HttpStatusCode.Conflict, "idempotency_in_progress");
        var order = await retried.ReadAsync<OrderDetailsDto>(HttpStatusCode.Created);
        var replay = await customer.TryPlaceShippingOrderAsync(ShippingOrderRequest.For("ignored"), abandoned);
        await replay.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "idempotency_key_reused");
        Assert.Equal(order.Id, Assert.Single((await customer.OrdersAsync()).Items).Id);
    }

    [Fact]
    public async Task Reusing_a_key_for_a_different_request_is_refused()
    {
        var customer = await NewCustomerAsync();
        var key = NewKey();
        await (await customer.TryPlaceShippingOrderAsync(ShippingOrderRequest.For(ShippingOrderRequest.NewTrackingNumber()), key)).ShouldHaveStatusAsync(HttpStatusCode.Created);
        var before = await customer.SnapshotOrdersAsync();

        var response = await customer.TryPlaceShippingOrderAsync(ShippingOrderRequest.For(ShippingOrderRequest.NewTrackingNumber()), key);

        await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "idempotency_key_reused");
        await customer.ShouldStillSeeAsync(before);
    }

    [Fact]
    public async Task Concurrent_requests_with_the_same_key_create_one_order()
    {
        var customer = await NewCustomerAsync();
        var request = ShippingOrderRequest.For(ShippingOrderRequest.NewTrackingNumber());
        var key = NewKey();

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => customer.TryPlaceShippingOrderAsync(request, key)));

        var created = new List<Guid>();
        foreach (var response in responses)
        {
            if (response.StatusCode == HttpStatusCode.Created)
            {
                created.Add((await response.ReadAsync<OrderDetailsDto>(HttpStatusCode.Created)).Id);
            }
            else
            {
                await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "idempotency_in_progress");
            }
        }

        Assert.NotEmpty(created);
        Assert.Single(created.Distinct());
        Assert.Equal(created[0], Assert.Single((await customer.OrdersAsync()).Items).Id);
    }

    [Fact]
    public async Task Each_user_has_their_own_keys()
    {
        var customer = await NewCustomerAsync();
        var other = await NewCustomerAsync();
        var key = NewKey();

        await (await customer.TryPlaceShippingOrderAsync(ShippingOrderRequest.For(ShippingOrderRequest.NewTrackingNumber()), key)).ShouldHaveStatusAsync(HttpStatusCode.Created);
        var response = await other.TryPlaceShippingOrderAsync(ShippingOrderRequest.For(ShippingOrderRequest.NewTrackingNumber()), key);

        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        Assert.False(response.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(1, (await other.OrdersAsync()).Total);
    }

    [Fact]
    public async Task An_empty_key_is_a_bad_request()
    {
        var customer = await NewCustomerAsync();

        var response = await customer.TryPlaceShippingOrderAsync(ShippingOrderRequest.For(ShippingOrderRequest.NewTrackingNumber()), " ");

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "idempotency_key_invalid");
        Assert.Equal(0, (await customer.OrdersAsync()).Total);
    }

    private Task<HttpResponseMessage> SendAnonymousAsync(string url, object body, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body, body.GetType(), options: ApiJson.Options) };
        request.Headers.Add("Idempotency-Key", key);
        return Anonymous.SendAsync(request);
    }

    private async Task<List<IdempotencyRecord>> RecordsAsync(System.Linq.Expressions.Expression<Func<IdempotencyRecord, bool>> filter)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OrdoDbContext>().IdempotencyRecords.AsNoTracking().Where(filter).ToListAsync();
    }

    /// <summary>A reservation as an older middleware committed it before its server died: in progress, with no answer.</summary>
    private async Task AddInProgressAsync(Guid userId, string key, DateTimeOffset createdAt)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OrdoDbContext>();
        db.IdempotencyRecords.Add(new IdempotencyRecord { Key = key, UserId = userId, Method = "POST", Path = "/api/orders", RequestHash = "unknown", CreatedAt = createdAt });
        await db.SaveChangesAsync();
    }

    private static string NewKey() => Guid.NewGuid().ToString();

    public sealed class OnSqlite(SqliteApp app) : IdempotencyTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : IdempotencyTests(app), IClassFixture<PostgresApp>;
}
