using System.Net;
using Ordo.Api.Tests.Cart;
using Ordo.Api.Tests.Hosting;
using Ordo.Api.Tests.Support;
using Ordo.Domain.Orders;

namespace Ordo.Api.Tests.Orders;

/// <summary>Two people acting on the same thing at the same moment: one wins, the other is told, nothing is done twice.</summary>
public abstract class ConcurrencyTests(OrdoApp app) : ApiTest(app)
{
    private static readonly string[] LosingCodes = ["order.illegal_transition", "concurrency"];

    [Fact]
    public async Task Two_simultaneous_approvals_of_one_order_let_exactly_one_win()
    {
        var customer = await NewCustomerAsync();
        var manager = await CsManagerAsync();
        var orders = new[] { await customer.PlacePurchaseOrderAsync(), await customer.PlacePurchaseOrderAsync(), await customer.PlacePurchaseOrderAsync() };

        foreach (var order in orders)
        {
            var responses = await Task.WhenAll(manager.TryApproveAsync(order.Id), manager.TryApproveAsync(order.Id));

            var winner = Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
            var loser = Assert.Single(responses, r => r != winner);
            var problem = await loser.ShouldBeProblemAsync(HttpStatusCode.Conflict);
            Assert.Contains(problem.Code, LosingCodes);
            var approved = await customer.OrderAsync(order.Id);
            Assert.Equal(OrderStatus.Approved, approved.Status);
            Assert.Single(approved.History, h => h.Action == OrderHistoryAction.Approved);
        }
    }

    [Fact]
    public async Task Submitting_the_same_cart_twice_at_once_creates_the_orders_once()
    {
        var customer = await NewCustomerAsync();
        await customer.AddToCartAsync(CartLineRequest.From(Shop.Uniqlo));
        await customer.AddToCartAsync(CartLineRequest.From(Shop.Xiaomi));

        var responses = await Task.WhenAll(customer.TrySubmitCartAsync(), customer.TrySubmitCartAsync());

        var winner = Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        var loser = Assert.Single(responses, r => r != winner);
        Assert.Contains(loser.StatusCode, new[] { HttpStatusCode.Conflict, HttpStatusCode.BadRequest });
        await loser.ShouldBeProblemAsync(loser.StatusCode);
        Assert.Equal(2, (await customer.OrdersAsync()).Total);
        Assert.Empty(await customer.CartAsync());
    }

    [Fact]
    public async Task An_edit_racing_an_approval_never_lands_on_an_approved_order()
    {
        var customer = await NewCustomerAsync();
        var manager = await CsManagerAsync();
        var order = await customer.OrderAsync((await customer.PlacePurchaseOrderAsync()).Id);

        var responses = await Task.WhenAll(
            customer.TryEditAsync(order.Id, order.AsEdit() with { Note = "Sửa gấp" }),
            manager.TryApproveAsync(order.Id));

        var (edited, approved) = (responses[0].StatusCode == HttpStatusCode.OK, responses[1].StatusCode == HttpStatusCode.OK);
        Assert.True(edited || approved);
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.OK))
        {
            await refused.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        }

        OrderHistoryAction[] expected =
        [
            OrderHistoryAction.Submitted,
            .. edited ? [OrderHistoryAction.Edited] : Array.Empty<OrderHistoryAction>(),
            .. approved ? [OrderHistoryAction.Approved] : Array.Empty<OrderHistoryAction>(),
        ];
        var final = await customer.OrderAsync(order.Id);
        Assert.Equal(expected, final.History.Select(h => h.Action));
        Assert.Equal(approved ? OrderStatus.Approved : OrderStatus.Submitted, final.Status);
        Assert.Equal(edited ? "Sửa gấp" : null, final.CustomerNote);
    }

    public sealed class OnSqlite(SqliteApp app) : ConcurrencyTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : ConcurrencyTests(app), IClassFixture<PostgresApp>;
}
