using Ordo.Api.Tests.Hosting;
using Ordo.Api.Tests.Support;
using Ordo.Application.Orders;
using Ordo.Application.Settings;

namespace Ordo.Api.Tests.Orders;

/// <summary>
/// The order list counts matching orders only up to <c>Ordo:Orders:CountLimit</c>: past it the total is a truthful
/// "at least", never a wrong exact number, and deep pages still answer.
/// </summary>
public abstract class OrderCountLimitTests(OrdoApp app) : ApiTest(app)
{
    private const int Limit = 3;

    private Task<Application.Common.PagedResult<OrderSummaryDto>> SearchAsync(Guid customerId, int page, int pageSize) =>
        App.SearchAsStaffAsync(new OrdersOptions { CountLimit = Limit }, new SearchOrders.Query(CustomerId: customerId, Page: page, PageSize: pageSize));

    [Fact]
    public async Task Past_the_count_limit_the_total_says_at_least_and_every_page_still_answers()
    {
        var customer = await NewCustomerAsync();
        for (var i = 0; i < 5; i++)
        {
            await customer.PlaceShippingOrderAsync(ShippingOrderRequest.For(ShippingOrderRequest.NewTrackingNumber()));
        }

        var first = await SearchAsync(customer.Id, page: 1, pageSize: 2);
        var last = await SearchAsync(customer.Id, page: 3, pageSize: 2);
        var beyond = await SearchAsync(customer.Id, page: 4, pageSize: 2);

        Assert.Equal((2, Limit, true), (first.Items.Count, first.Total, first.TotalIsLowerBound));
        Assert.Equal((1, 5, true), (last.Items.Count, last.Total, last.TotalIsLowerBound));
        Assert.Equal((0, Limit, true), (beyond.Items.Count, beyond.Total, beyond.TotalIsLowerBound));
        Assert.Equal(1, first.Items[0].LineCount);
    }

    [Fact]
    public async Task Within_the_count_limit_the_total_is_exact()
    {
        var customer = await NewCustomerAsync();
        for (var i = 0; i < Limit; i++)
        {
            await customer.PlaceShippingOrderAsync(ShippingOrderRequest.For(ShippingOrderRequest.NewTrackingNumber()));
        }

        var result = await SearchAsync(customer.Id, page: 1, pageSize: 2);

        Assert.Equal((2, Limit, false), (result.Items.Count, result.Total, result.TotalIsLowerBound));
    }

    public sealed class OnSqlite(SqliteApp app) : OrderCountLimitTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : OrderCountLimitTests(app), IClassFixture<PostgresApp>;
}
