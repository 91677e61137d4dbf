using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ordo.Api.Tests.Cart;
using Ordo.Api.Tests.Hosting;
using Ordo.Api.Tests.Support;
using Ordo.Application.Data;
using Ordo.Application.Orders;
using Ordo.Application.Settings;
using Ordo.Infrastructure.Data;

namespace Ordo.Api.Tests.Orders;

/// <summary>
/// Free-text search stays truthful however it is answered: on SQLite a rare word comes from the full-text index and a
/// common one from walking the orders, and both find the same orders, before and after an order's text changes.
/// </summary>
public abstract class OrderFullTextTests(OrdoApp app) : ApiTest(app)
{
    private static string Word() => "zq" + Guid.NewGuid().ToString("N")[..8];

    private async Task<IReadOnlyList<Guid>> SearchAsync(SearchOrders.Query query, int commonFrom) =>
        [.. (await App.SearchAsStaffAsync(new OrdersOptions { FullTextCommonFrom = commonFrom }, query)).Items.Select(o => o.Id)];

    [Fact]
    public async Task A_rare_word_and_a_common_one_find_the_same_orders_whichever_way_they_are_looked_up()
    {
        var word = Word();
        var customer = await NewCustomerAsync();
        var scarf = await customer.PlacePurchaseOrderAsync(CartLineRequest.From(Shop.Uniqlo, $"Khăn len {word} cashmere"));
        var hat = await customer.PlacePurchaseOrderAsync(CartLineRequest.From(Shop.Xiaomi, $"Mũ {word.ToUpperInvariant()} len"));
        await customer.PlacePurchaseOrderAsync(CartLineRequest.From(Shop.Uniqlo, "Áo thun cotton"));

        foreach (var query in new[]
                 {
                     new SearchOrders.Query(Q: word, CustomerId: customer.Id),
                     new SearchOrders.Query(Title: $"len {word}", CustomerId: customer.Id),
                     new SearchOrders.Query(Q: word, Shop: Shop.Uniqlo.Name[..3], CustomerId: customer.Id),
                 })
        {
            var indexed = await SearchAsync(query, commonFrom: 1_000_000);
            var walked = await SearchAsync(query, commonFrom: 1);
            Assert.Equal(walked, indexed);
        }

        Assert.Equal([hat.Id, scarf.Id], await SearchAsync(new SearchOrders.Query(Q: word, CustomerId: customer.Id), 1_000_000));
        Assert.Equal([scarf.Id], await SearchAsync(new SearchOrders.Query(Title: $"len {word} cash", CustomerId: customer.Id), 1_000_000));
        Assert.Empty(await SearchAsync(new SearchOrders.Query(Customer: word, CustomerId: customer.Id), 1_000_000));
    }

    [Fact]
    public async Task An_edited_order_is_found_by_its_new_words_and_no_longer_by_its_old_ones()
    {
        var (before, after) = (Word(), Word());
        var customer = await NewCustomerAsync();
        var placed = await customer.PlacePurchaseOrderAsync(CartLineRequest.From(Shop.Uniqlo, $"Khăn {before}"));
        var order = await customer.OrderAsync(placed.Id);
        var edit = order.AsEdit();

        await (await customer.TryEditAsync(order.Id, edit with { Lines = [edit.Lines![0] with { Title = $"Găng tay {after}" }] }))
            .ShouldHaveStatusAsync(System.Net.HttpStatusCode.OK);

        Assert.Equal([order.Id], (await customer.OrdersAsync("q=" + after)).Items.Select(o => o.Id));
        Assert.Empty((await customer.OrdersAsync("q=" + before)).Items);
        Assert.Empty((await customer.OrdersAsync("title=" + before)).Items);
    }

    public sealed class OnSqlite(SqliteApp app) : OrderFullTextTests(app), IClassFixture<SqliteApp>
    {
        [Fact]
        public async Task A_search_index_lost_with_its_triggers_is_made_again_and_refilled_at_start_up()
        {
            var (old, later) = (Word(), Word());
            var customer = await NewCustomerAsync();
            var first = await customer.PlacePurchaseOrderAsync(CartLineRequest.From(Shop.Uniqlo, $"Khăn {old}"));
            await using (var scope = App.Services.CreateAsyncScope())
            {
                // What a migration that rebuilds the Orders table leaves behind: no triggers, no index.
                var db = scope.ServiceProvider.GetRequiredService<OrdoDbContext>();
                await db.Database.ExecuteSqlRawAsync("""
                    DROP TRIGGER "Orders_search_insert"; DROP TRIGGER "Orders_search_update"; DROP TRIGGER "Orders_search_delete";
                    DROP TABLE "OrderSearch";
                    """);
            }

            var second = await customer.PlacePurchaseOrderAsync(CartLineRequest.From(Shop.Uniqlo, $"Mũ {later}"));
            await DatabaseSetup.MigrateAsync(App.Services);

            Assert.Equal([first.Id], (await customer.OrdersAsync("q=" + old)).Items.Select(o => o.Id));
            Assert.Equal([second.Id], (await customer.OrdersAsync("q=" + later)).Items.Select(o => o.Id));
            var third = await customer.PlacePurchaseOrderAsync(CartLineRequest.From(Shop.Uniqlo, $"Găng {later}"));
            Assert.Equal([third.Id, second.Id], (await customer.OrdersAsync("q=" + later)).Items.Select(o => o.Id));
        }
    }

    public sealed class OnPostgres(PostgresApp app) : OrderFullTextTests(app), IClassFixture<PostgresApp>;
}
