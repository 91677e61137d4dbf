using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Ordo.Api.Tests.Hosting;
using Ordo.Api.Tests.Support;
using Ordo.Application.Common;
using Ordo.Application.Data;
using Ordo.Application.Orders;
using Ordo.Application.Settings;
using Ordo.Domain.Identity;
using Ordo.Web.Orders;

namespace Ordo.Api.Tests.Orders;

/// <summary>Orders as customers and staff use them. <c>Try…</c> methods return the raw response for tests of refusals.</summary>
public static class OrderApi
{
    public static string UrlOf(Guid orderId) => $"/api/orders/{orderId}";

    /// <summary>The order list as a CS manager sees it, under order settings of the test's own (limits, thresholds).</summary>
    public static async Task<PagedResult<OrderSummaryDto>> SearchAsStaffAsync(this OrdoApp app, OrdersOptions settings, SearchOrders.Query query)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var search = new SearchOrders(scope.ServiceProvider.GetRequiredService<OrdoDbContext>(), Options.Create(new OrdoOptions { Orders = settings }));
        var staff = new Actor(Guid.NewGuid(), "CS", new HashSet<string> { Roles.CsManager });
        return await search.HandleAsync(staff, query, CancellationToken.None);
    }

    public static Task<OrderDetailsDto> OrderAsync(this ApiUser user, Guid orderId) => user.GetAsync<OrderDetailsDto>(UrlOf(orderId));

    /// <summary>The order list; <paramref name="query"/> is the query string without '?', e.g. <c>status=Approved&amp;pageSize=5</c>.</summary>
    public static Task<PagedResult<OrderSummaryDto>> OrdersAsync(this ApiUser user, string query = "") =>
        user.GetAsync<PagedResult<OrderSummaryDto>>($"/api/orders?{query}");

    public static Task<Snapshot> SnapshotOrdersAsync(this ApiUser user) => user.SnapshotAsync("/api/orders?pageSize=100");

    public static Task<HttpResponseMessage> TryPlaceShippingOrderAsync(this ApiUser customer, ShippingOrderRequest request, string? idempotencyKey = null) =>
        customer.PostAsync("/api/orders", request, idempotencyKey);

    public static async Task<OrderDetailsDto> PlaceShippingOrderAsync(this ApiUser customer, ShippingOrderRequest request) =>
        await (await customer.TryPlaceShippingOrderAsync(request)).ReadAsync<OrderDetailsDto>(HttpStatusCode.Created);

    public static Task<HttpResponseMessage> TryApproveAsync(this ApiUser user, Guid orderId, Guid? csStaffId = null, string? remark = null) =>
        user.PostAsync($"{UrlOf(orderId)}/approve", new ReviewOrders.ApproveCommand(csStaffId, remark));

    public static async Task<OrderDetailsDto> ApproveAsync(this ApiUser user, Guid orderId, Guid? csStaffId = null, string? remark = null) =>
        await (await user.TryApproveAsync(orderId, csStaffId, remark)).ReadAsync<OrderDetailsDto>();

    public static Task<HttpResponseMessage> TryRejectAsync(this ApiUser user, Guid orderId, string? reason) =>
        user.PostAsync($"{UrlOf(orderId)}/reject", new ReviewOrders.RejectCommand(reason));

    public static Task<HttpResponseMessage> TryAssignAsync(this ApiUser user, Guid orderId, Guid? csStaffId) =>
        user.PostAsync($"{UrlOf(orderId)}/assign", new AssignOrder.Command(csStaffId));

    public static Task<HttpResponseMessage> TryCancelAsync(this ApiUser user, Guid orderId, string? reason) =>
        user.PostAsync($"{UrlOf(orderId)}/cancel", new CloseOrder.Command(reason));

    public static Task<HttpResponseMessage> TryEditAsync(this ApiUser user, Guid orderId, EditOrder.Command command, string? ifMatch = null) =>
        user.PutAsync(UrlOf(orderId), command, ifMatch);

    internal static async Task<OrderEndpoints.BulkResponse> ApproveManyAsync(this ApiUser user, params Guid[] orderIds) =>
        await (await user.PostAsync("/api/orders/approve", new ReviewOrders.BulkApproveCommand(orderIds, null, null))).ReadAsync<OrderEndpoints.BulkResponse>();

    /// <summary>An edit that keeps every line of <paramref name="order"/> as it is, for a test to change.</summary>
    public static EditOrder.Command AsEdit(this OrderDetailsDto order)
    {
        ArgumentNullException.ThrowIfNull(order);
        return new EditOrder.Command(
            [.. order.Lines.Select(l => new EditOrder.Line(l.Id, l.SourceUrl, l.Marketplace, l.ShopId, l.ShopName, l.Title, l.ImageUrl, l.Properties, l.UnitPriceCny, l.Quantity, l.Note))],
            null, order.Options, order.CustomerNote);
    }
}
