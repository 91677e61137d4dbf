using System.Net;
using System.Net.Http.Headers;
using Ordo.Api.Tests.Hosting;
using Ordo.Api.Tests.Notifications;
using Ordo.Api.Tests.Orders;
using Ordo.Api.Tests.Support;
using Ordo.Application.Common;
using Ordo.Application.Logistics;
using Ordo.Application.Orders;
using Ordo.Domain.Logistics;
using Ordo.Domain.Notifications;
using Ordo.Domain.Orders;

namespace Ordo.Api.Tests.Logistics;

/// <summary>
/// A box arrives in China under a number no order has; the customer who knows the number claims it for their order with a
/// photo, and the warehouse confirms or rejects the claim.
/// </summary>
public abstract class ParcelClaimTests(OrdoApp app) : ApiTest(app)
{
    /// <summary>The smallest PNG there is: one transparent pixel.</summary>
    internal static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    private Task<ApiUser> ChinaStaffAsync() => App.DemoUserAsync("cn.warehouse@ordo.test");

    private async Task<ParcelDto> AnonymousParcelAsync(string number)
    {
        var scanned = await (await (await ChinaStaffAsync()).PostAsync("/api/warehouses/GZ/scan", new ScanParcel.Command(number, 1.2m, 30m, 20m, 10m, false)))
            .ReadAsync<ScanParcel.Result>();
        Assert.Equal(ScanOutcome.Anonymous, scanned.Outcome);
        return scanned.Parcel;
    }

    private async Task<OrderDetailsDto> ApprovedShippingOrderAsync(ApiUser customer)
    {
        var order = await customer.PlaceShippingOrderAsync(ShippingOrderRequest.For(ShippingOrderRequest.NewTrackingNumber()));
        await (await CsManagerAsync()).ApproveAsync(order.Id);
        return order;
    }

    internal static Task<HttpResponseMessage> TryClaimAsync(
        ApiUser customer, Guid parcelId, Guid? orderId, string? trackingNumber, string? description = "Áo khoác xanh, 2 chiếc, shop Uniqlo",
        byte[]? photo = null, string photoName = "box.png")
    {
        var form = new MultipartFormDataContent();
        if (orderId is { } id)
        {
            form.Add(new StringContent(id.ToString()), "orderId");
        }

        if (trackingNumber is not null)
        {
            form.Add(new StringContent(trackingNumber), "trackingNumber");
        }

        if (description is not null)
        {
            form.Add(new StringContent(description), "description");
        }

        var file = new ByteArrayContent(photo ?? Png);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        form.Add(file, "photo", photoName);
        return customer.Http.PostAsync(new Uri($"/api/parcels/{parcelId}/claims", UriKind.Relative), form);
    }

    [Fact]
    public async Task A_customer_claims_an_anonymous_parcel_with_a_photo_and_once_confirmed_it_is_their_orders_and_they_are_told()
    {
        var customer = await NewCustomerAsync();
        var order = await ApprovedShippingOrderAsync(customer);
        var number = ShippingOrderRequest.NewTrackingNumber();
        var parcel = await AnonymousParcelAsync(number);

        // The customer finds the box by the number the shop gave them, and by nothing less.
        var found = Assert.Single(await customer.GetAsync<IReadOnlyList<AnonymousParcelDto>>($"/api/parcels/anonymous?trackingNumber={number.ToLowerInvariant()}"));
        Assert.Equal((parcel.Id, parcel.Code, "GZ", 1.2m), (found.Id, found.Code, found.Warehouse, found.WeightKg));
        Assert.Empty(await customer.GetAsync<IReadOnlyList<AnonymousParcelDto>>($"/api/parcels/anonymous?trackingNumber={number[..^2]}"));

        var claim = await (await TryClaimAsync(customer, parcel.Id, order.Id, " " + number.ToLowerInvariant())).ReadAsync<ParcelClaimDto>(HttpStatusCode.Created);

        Assert.Matches(@"^NH-\d{4}-\d{6}$", claim.Code);
        Assert.Equal((ParcelClaimStatus.Pending, parcel.Code, order.Code, number), (claim.Status, claim.ParcelCode, claim.OrderCode, claim.TrackingNumber));
        Assert.Equal(Png, await (await customer.GetAsync(claim.PhotoUrl)).Content.ReadAsByteArrayAsync());
        Assert.Equal(claim.Id, Assert.Single((await customer.GetAsync<PagedResult<ParcelClaimDto>>("/api/parcel-claims")).Items).Id);
        var staff = await ChinaStaffAsync();
        Assert.Contains((await staff.GetAsync<PagedResult<ParcelClaimDto>>("/api/parcel-claims?status=Pending&pageSize=200")).Items, c => c.Id == claim.Id);
        Assert.Equal("image/png", (await staff.GetAsync(claim.PhotoUrl)).Content.Headers.ContentType?.MediaType);

        var confirmed = await (await staff.PostAsync($"/api/parcel-claims/{claim.Id}/confirm", ifMatch: $"\"{claim.Version}\"")).ReadAsync<ParcelClaimDto>();

        Assert.Equal((ParcelClaimStatus.Confirmed, "Wang Wei"), (confirmed.Status, confirmed.DecidedBy));
        var matched = await customer.GetAsync<ParcelDto>($"/api/parcels/{parcel.Code}");
        Assert.Equal((order.Id, false, true), (matched.OrderId, matched.Anonymous, matched.Matched));
        Assert.Equal(ParcelAction.Matched, matched.History[^1].Action);
        await App.DispatchOutboxAsync();
        Assert.Equal(OrderStatus.InChinaWarehouse, (await customer.OrderAsync(order.Id)).Status);
        var told = (await customer.NotificationsAsync()).Items;
        Assert.Contains(told, n => n.Kind == NotificationKind.ParcelClaimConfirmed && n.OrderId == order.Id && n.Detail == parcel.Code);

        // Decided is decided; and the box now has an owner, so nobody claims it any more.
        await (await staff.PostAsync($"/api/parcel-claims/{claim.Id}/reject", new ParcelClaims.RejectCommand("Sai hàng")))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, LogisticsErrors.ClaimDecided);
        var other = await NewCustomerAsync();
        var otherOrder = await ApprovedShippingOrderAsync(other);
        await (await TryClaimAsync(other, parcel.Id, otherOrder.Id, number)).ShouldBeProblemAsync(HttpStatusCode.Conflict, LogisticsErrors.AlreadyOwned);
        Assert.Empty(await customer.GetAsync<IReadOnlyList<AnonymousParcelDto>>($"/api/parcels/anonymous?trackingNumber={number}"));
    }

    [Fact]
    public async Task Staff_reject_a_claim_with_a_reason_the_customer_reads_and_the_parcel_stays_anonymous()
    {
        var customer = await NewCustomerAsync();
        var order = await ApprovedShippingOrderAsync(customer);
        var number = ShippingOrderRequest.NewTrackingNumber();
        var parcel = await AnonymousParcelAsync(number);
        var claim = await (await TryClaimAsync(customer, parcel.Id, order.Id, number)).ReadAsync<ParcelClaimDto>(HttpStatusCode.Created);
        var staff = await CsStaffAsync();
        var url = $"/api/parcel-claims/{claim.Id}/reject";
        var before = await staff.SnapshotAsync($"/api/parcel-claims/{claim.Id}");

        await (await customer.PostAsync(url, new ParcelClaims.RejectCommand("Tôi nhầm"))).ShouldBeProblemAsync(HttpStatusCode.Forbidden, LogisticsErrors.RoleNotAllowed);
        await (await customer.PostAsync($"/api/parcel-claims/{claim.Id}/confirm")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, LogisticsErrors.RoleNotAllowed);
        await (await staff.PostAsync(url, new ParcelClaims.RejectCommand(" "))).ShouldBeInvalidAsync("reason");
        await (await staff.PostAsync(url, new ParcelClaims.RejectCommand("Sai hàng"), ifMatch: $"\"{claim.Version + 1}\""))
            .ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
        await staff.ShouldStillSeeAsync(before);

        var rejected = await (await staff.PostAsync(url, new ParcelClaims.RejectCommand("Ảnh không khớp với hàng trong kho"))).ReadAsync<ParcelClaimDto>();

        Assert.Equal((ParcelClaimStatus.Rejected, "Ảnh không khớp với hàng trong kho"), (rejected.Status, rejected.Reason));
        Assert.True((await staff.GetAsync<ParcelDto>($"/api/parcels/{parcel.Id}")).Anonymous);
        await App.DispatchOutboxAsync();
        Assert.Contains((await customer.NotificationsAsync()).Items,
            n => n.Kind == NotificationKind.ParcelClaimRejected && n.Detail == $"{parcel.Code}: Ảnh không khớp với hàng trong kho");
        // Rejected, the customer may try again with a better photo.
        await (await TryClaimAsync(customer, parcel.Id, order.Id, number)).ShouldHaveStatusAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task When_staff_match_a_parcel_the_claims_on_it_follow_the_one_for_that_order_confirmed_the_others_closed()
    {
        var first = await NewCustomerAsync();
        var firstOrder = await ApprovedShippingOrderAsync(first);
        var second = await NewCustomerAsync();
        var secondOrder = await ApprovedShippingOrderAsync(second);
        var number = ShippingOrderRequest.NewTrackingNumber();
        var parcel = await AnonymousParcelAsync(number);
        var mine = await (await TryClaimAsync(first, parcel.Id, firstOrder.Id, number)).ReadAsync<ParcelClaimDto>(HttpStatusCode.Created);
        var theirs = await (await TryClaimAsync(second, parcel.Id, secondOrder.Id, number)).ReadAsync<ParcelClaimDto>(HttpStatusCode.Created);

        await (await (await ChinaStaffAsync()).PostAsync($"/api/parcels/{parcel.Id}/match", new MatchParcel.Command(firstOrder.Code))).ShouldHaveStatusAsync(HttpStatusCode.OK);
        await App.DispatchOutboxAsync();

        Assert.Equal(ParcelClaimStatus.Confirmed, (await first.GetAsync<ParcelClaimDto>($"/api/parcel-claims/{mine.Id}")).Status);
        var closed = await second.GetAsync<ParcelClaimDto>($"/api/parcel-claims/{theirs.Id}");
        Assert.Equal((ParcelClaimStatus.Closed, firstOrder.Code, (string?)null), (closed.Status, closed.Reason, closed.DecidedBy));
        await App.DispatchOutboxAsync();
        Assert.Contains((await second.NotificationsAsync()).Items, n => n.Kind == NotificationKind.ParcelClaimClosed && n.OrderId == secondOrder.Id);
    }

    [Fact]
    public async Task A_claim_is_refused_without_the_right_number_an_own_open_order_a_description_or_a_real_photo_and_nothing_is_kept()
    {
        var customer = await NewCustomerAsync();
        var order = await ApprovedShippingOrderAsync(customer);
        var number = ShippingOrderRequest.NewTrackingNumber();
        var parcel = await AnonymousParcelAsync(number);
        var stranger = await NewCustomerAsync();
        var strangerOrder = await ApprovedShippingOrderAsync(stranger);

        // Whoever does not know the number is told there is no such parcel.
        await (await TryClaimAsync(customer, parcel.Id, order.Id, number[..^1] + "X")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await TryClaimAsync(customer, parcel.Id, order.Id, null)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await TryClaimAsync(customer, Guid.NewGuid(), order.Id, number)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await TryClaimAsync(customer, parcel.Id, strangerOrder.Id, number)).ShouldBeInvalidAsync("orderId");
        await (await TryClaimAsync(customer, parcel.Id, null, number)).ShouldBeInvalidAsync("orderId");
        await (await TryClaimAsync(customer, parcel.Id, order.Id, number, description: "  ")).ShouldBeInvalidAsync("description");
        await (await TryClaimAsync(customer, parcel.Id, order.Id, number, photo: "%PDF-1.7 not a picture"u8.ToArray(), photoName: "box.png"))
            .ShouldBeInvalidAsync("photo");
        await (await TryClaimAsync(customer, parcel.Id, order.Id, number, photo: [.. Png, .. new byte[5 * 1024 * 1024]])).ShouldBeInvalidAsync("photo");
        var cancelled = await customer.PlaceShippingOrderAsync(ShippingOrderRequest.For(ShippingOrderRequest.NewTrackingNumber()));
        await (await customer.TryCancelAsync(cancelled.Id, "Không gửi nữa")).ShouldHaveStatusAsync(HttpStatusCode.OK);
        await (await TryClaimAsync(customer, parcel.Id, cancelled.Id, number)).ShouldBeProblemAsync(HttpStatusCode.Conflict, LogisticsErrors.ClaimOrderClosed);
        // Staff do not claim parcels: they match them.
        await (await TryClaimAsync(await ChinaStaffAsync(), parcel.Id, order.Id, number)).ShouldBeProblemAsync(HttpStatusCode.Forbidden, LogisticsErrors.RoleNotAllowed);
        Assert.Equal(0, (await customer.GetAsync<PagedResult<ParcelClaimDto>>("/api/parcel-claims")).Total);

        // One claim waits at a time: the same claim sent again is refused.
        var claim = await (await TryClaimAsync(customer, parcel.Id, order.Id, number)).ReadAsync<ParcelClaimDto>(HttpStatusCode.Created);
        await (await TryClaimAsync(customer, parcel.Id, order.Id, number)).ShouldBeProblemAsync(HttpStatusCode.Conflict, LogisticsErrors.ClaimPending);
        Assert.Equal(1, (await customer.GetAsync<PagedResult<ParcelClaimDto>>("/api/parcel-claims")).Total);

        // Another customer sees neither the claim nor its photo.
        await (await stranger.GetAsync($"/api/parcel-claims/{claim.Id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.GetAsync(claim.PhotoUrl)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(0, (await stranger.GetAsync<PagedResult<ParcelClaimDto>>("/api/parcel-claims")).Total);
        await (await stranger.PostAsync($"/api/parcel-claims/{claim.Id}/confirm")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await customer.GetAsync("/api/parcel-claims?status=Nonsense")).ShouldBeInvalidAsync("status");
    }

    public sealed class OnSqlite(SqliteApp app) : ParcelClaimTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : ParcelClaimTests(app), IClassFixture<PostgresApp>;
}
