using System.Net;
using Ordo.Api.Tests.Cart;
using Ordo.Api.Tests.Hosting;
using Ordo.Api.Tests.Support;
using Ordo.Application.Orders;
using Ordo.Domain.Orders;

namespace Ordo.Api.Tests.Orders;

public abstract class EditOrderTests(OrdoApp app) : ApiTest(app)
{
    [Fact]
    public async Task A_customer_edits_their_submitted_order()
    {
        var customer = await NewCustomerAsync();
        var order = await PlaceAsync(customer);
        var edit = order.AsEdit();
        var newLine = new EditOrder.Line(null, "https://item.taobao.com/item.htm?id=42", Marketplace.Taobao, Shop.Uniqlo.Id, Shop.Uniqlo.Name, "Khăn len", null, null, 35m, 2, null);
        edit = edit with { Lines = [edit.Lines![0] with { Quantity = 3 }, newLine], Options = new OrderOptionsDto(true, true, false), Note = "Gói quà" };

        var response = await customer.TryEditAsync(order.Id, edit);

        var edited = await response.ReadAsync<OrderDetailsDto>();
        Assert.Equal(order.Version + 1, edited.Version);
        Assert.Equal($"\"{edited.Version}\"", response.Headers.ETag?.ToString());
        Assert.Equal([(order.Lines[0].Id, 3), (edited.Lines[1].Id, 2)], edited.Lines.Select(l => (l.Id, l.Quantity)));
        Assert.Equal((3 * 49.90m) + 70m, edited.GoodsValueCny);
        Assert.Equal(("Gói quà", true), (edited.CustomerNote, edited.Options.WoodenCrate));
        Assert.Equal(OrderHistoryAction.Edited, edited.History[^1].Action);
        Assert.Equal(OrderStatus.Submitted, edited.Status);
        Assert.Equal(edited.Version, (await customer.OrderAsync(order.Id)).Version);
    }

    [Fact]
    public async Task Editing_with_the_current_If_Match_succeeds_and_returns_the_new_ETag()
    {
        var customer = await NewCustomerAsync();
        var order = await PlaceAsync(customer);
        var etag = (await customer.GetAsync(OrderApi.UrlOf(order.Id))).Headers.ETag?.ToString();
        Assert.Equal($"\"{order.Version}\"", etag);

        var response = await customer.TryEditAsync(order.Id, order.AsEdit() with { Note = "Sửa lần 1" }, ifMatch: etag);

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        Assert.Equal($"\"{order.Version + 1}\"", response.Headers.ETag?.ToString());
        var weak = await customer.TryEditAsync(order.Id, order.AsEdit() with { Note = "Sửa lần 2" }, ifMatch: $"W/\"{order.Version + 1}\"");
        await weak.ShouldHaveStatusAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Editing_with_a_stale_If_Match_is_refused_and_changes_nothing()
    {
        var customer = await NewCustomerAsync();
        var order = await PlaceAsync(customer);
        await (await customer.TryEditAsync(order.Id, order.AsEdit() with { Note = "Người khác đã sửa" })).ShouldHaveStatusAsync(HttpStatusCode.OK);
        var before = await customer.SnapshotAsync(OrderApi.UrlOf(order.Id));

        var response = await customer.TryEditAsync(order.Id, order.AsEdit() with { Note = "Bản cũ" }, ifMatch: $"\"{order.Version}\"");

        await response.ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed, "stale_version");
        await customer.ShouldStillSeeAsync(before);
    }

    [Fact]
    public async Task An_If_Match_that_is_not_a_version_is_a_bad_request()
    {
        var customer = await NewCustomerAsync();
        var order = await PlaceAsync(customer);
        var before = await customer.SnapshotAsync(OrderApi.UrlOf(order.Id));

        var response = await customer.TryEditAsync(order.Id, order.AsEdit() with { Note = "?" }, ifMatch: "\"abc\"");

        await response.ShouldBeInvalidAsync("If-Match");
        await customer.ShouldStillSeeAsync(before);
    }

    [Fact]
    public async Task An_approved_order_can_no_longer_be_edited()
    {
        var customer = await NewCustomerAsync();
        var order = await PlaceAsync(customer);
        await (await CsManagerAsync()).ApproveAsync(order.Id);
        var before = await customer.SnapshotAsync(OrderApi.UrlOf(order.Id));

        var response = await customer.TryEditAsync(order.Id, order.AsEdit() with { Note = "Quá muộn" });

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "order.not_editable");
        await customer.ShouldStillSeeAsync(before);
    }

    [Theory]
    [InlineData("lines")]
    [InlineData("lines[0].quantity")]
    [InlineData("lines[0].unitPriceCny")]
    [InlineData("lines[0].shopId")]
    [InlineData("lines[0].id")]
    public async Task An_invalid_edit_names_the_field_and_changes_nothing(string field)
    {
        var customer = await NewCustomerAsync();
        var order = await PlaceAsync(customer);
        var line = order.AsEdit().Lines![0];
        var invalid = field switch
        {
            "lines" => [],
            "lines[0].quantity" => [line with { Quantity = 0 }],
            "lines[0].unitPriceCny" => [line with { UnitPriceCny = 0.001m }],
            "lines[0].shopId" => [line with { ShopId = Shop.Xiaomi.Id, Marketplace = Marketplace.Tmall }],
            _ => new[] { line with { Id = Guid.NewGuid() } },
        };
        var before = await customer.SnapshotAsync(OrderApi.UrlOf(order.Id));

        var response = await customer.TryEditAsync(order.Id, order.AsEdit() with { Lines = invalid });

        await response.ShouldBeInvalidAsync(field);
        await customer.ShouldStillSeeAsync(before);
    }

    [Fact]
    public async Task Customer_care_may_edit_but_other_staff_may_not()
    {
        var customer = await NewCustomerAsync();
        var order = await PlaceAsync(customer);

        await (await (await CsStaffAsync()).TryEditAsync(order.Id, order.AsEdit() with { Note = "CS đã gọi khách" })).ShouldHaveStatusAsync(HttpStatusCode.OK);
        var before = await customer.SnapshotAsync(OrderApi.UrlOf(order.Id));
        await (await (await BuyerAsync()).TryEditAsync(order.Id, order.AsEdit() with { Note = "Buyer" })).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "order.not_yours");
        await customer.ShouldStillSeeAsync(before);
    }

    [Fact]
    public async Task An_edit_with_more_lines_than_a_cart_holds_is_refused_and_changes_nothing()
    {
        var customer = await NewCustomerAsync();
        var order = await PlaceAsync(customer);
        var before = await customer.SnapshotAsync(OrderApi.UrlOf(order.Id));
        var edit = order.AsEdit();
        var line = new EditOrder.Line(null, "https://item.taobao.com/item.htm?id=7", Marketplace.Taobao, Shop.Uniqlo.Id, Shop.Uniqlo.Name, "Tất", null, null, 5m, 1, null);
        var tooMany = edit with { Lines = [.. edit.Lines!, .. Enumerable.Repeat(line, 200)] };
        var most = edit with { Lines = [.. edit.Lines!, .. Enumerable.Repeat(line, 199)] };

        var refused = await customer.TryEditAsync(order.Id, tooMany);

        var problem = await refused.ShouldBeInvalidAsync("lines");
        Assert.Equal(["must contain at most 200 lines"], problem.ShouldNameField("lines"));
        await customer.ShouldStillSeeAsync(before);
        var edited = await (await customer.TryEditAsync(order.Id, most)).ReadAsync<OrderDetailsDto>();
        Assert.Equal(200, edited.Lines.Count);
    }

    [Fact]
    public async Task A_line_listed_twice_in_an_edit_is_named()
    {
        var customer = await NewCustomerAsync();
        var order = await PlaceAsync(customer);
        var edit = order.AsEdit();

        var response = await customer.TryEditAsync(order.Id, edit with { Lines = [edit.Lines![0], edit.Lines[0]] });

        Assert.Equal(["is listed twice"], (await response.ShouldBeInvalidAsync("lines[1].id")).ShouldNameField("lines[1].id"));
    }

    private static async Task<OrderDetailsDto> PlaceAsync(ApiUser customer) =>
        await customer.OrderAsync((await customer.PlacePurchaseOrderAsync(CartLineRequest.From(Shop.Uniqlo, "Áo sơ mi", 49.90m))).Id);

    public sealed class OnSqlite(SqliteApp app) : EditOrderTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : EditOrderTests(app), IClassFixture<PostgresApp>;
}
