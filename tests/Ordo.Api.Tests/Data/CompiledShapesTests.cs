using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ordo.Api.Tests.Cart;
using Ordo.Api.Tests.Hosting;
using Ordo.Api.Tests.Support;
using Ordo.Application.Data;
using Ordo.Domain.Orders;

namespace Ordo.Api.Tests.Data;

/// <summary>
/// A compiled query shape is reused by every request of that shape, so each request's own values must reach it:
/// none may be fixed into the query by the request that compiled it.
/// </summary>
public abstract class CompiledShapesTests(OrdoApp app) : ApiTest(app)
{
    private sealed class Args
    {
        public Guid CustomerId { get; set; }
        public int Take { get; set; }
    }

    private static IQueryable<Guid> Newest(OrdoDbContext db, bool byCustomer, Args a)
    {
        var orders = db.Orders.AsNoTracking();
        if (byCustomer)
        {
            orders = orders.Where(o => o.CustomerId == a.CustomerId);
        }

        return orders.OrderByDescending(o => o.CreatedAt).ThenByDescending(o => o.Id).TakeArgument(() => a.Take).Select(o => o.Id);
    }

    private async Task<List<Guid>> RunAsync<TShape>(CompiledShapes<TShape, Args, Guid> shapes, TShape shape, Args args, Func<OrdoDbContext, TShape, Args, IQueryable<Guid>> build)
        where TShape : notnull
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OrdoDbContext>();
        return await shapes.Run(db, shape, args, build).ToListAsync();
    }

    [Fact]
    public async Task Requests_of_one_shape_each_get_their_own_customer_and_page_size()
    {
        var shapes = new CompiledShapes<bool, Args, Guid>();
        var first = await NewCustomerAsync();
        var second = await NewCustomerAsync();
        var a1 = await first.PlacePurchaseOrderAsync();
        var a2 = await first.PlacePurchaseOrderAsync();
        var b1 = await second.PlacePurchaseOrderAsync();

        Assert.Equal([a2.Id], await RunAsync(shapes, true, new Args { CustomerId = first.Id, Take = 1 }, Newest));
        Assert.Equal([a2.Id, a1.Id], await RunAsync(shapes, true, new Args { CustomerId = first.Id, Take = 5 }, Newest));
        Assert.Equal([b1.Id], await RunAsync(shapes, true, new Args { CustomerId = second.Id, Take = 5 }, Newest));
    }

    [Fact]
    public async Task A_shape_past_the_bound_still_answers_as_an_ordinary_query()
    {
        var shapes = new CompiledShapes<bool, Args, Guid>(maxShapes: 1);
        var customer = await NewCustomerAsync();
        var order = await customer.PlacePurchaseOrderAsync();

        Assert.Single(await RunAsync(shapes, false, new Args { Take = 1 }, Newest));
        Assert.Equal([order.Id], await RunAsync(shapes, true, new Args { CustomerId = customer.Id, Take = 3 }, Newest));
    }

    [Fact]
    public async Task A_value_captured_outside_the_arguments_is_refused_rather_than_fixed_into_the_shape()
    {
        var shapes = new CompiledShapes<int, Args, Guid>();
        var customer = await NewCustomerAsync();
        var status = OrderStatus.Submitted;

        var refused = await Assert.ThrowsAsync<NotSupportedException>(() => RunAsync(shapes, 0, new Args { CustomerId = customer.Id, Take = 1 },
            (db, _, a) => db.Orders.Where(o => o.CustomerId == a.CustomerId && o.Status == status).Select(o => o.Id)));

        Assert.Contains("status", refused.Message, StringComparison.Ordinal);
    }

    public sealed class OnSqlite(SqliteApp app) : CompiledShapesTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : CompiledShapesTests(app), IClassFixture<PostgresApp>;
}
