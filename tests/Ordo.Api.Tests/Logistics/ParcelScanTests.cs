using System.Net;
using Ordo.Api.Tests.Buying;
using Ordo.Api.Tests.Cart;
using Ordo.Api.Tests.Hosting;
using Ordo.Api.Tests.Money;
using Ordo.Api.Tests.Orders;
using Ordo.Api.Tests.Support;
using Ordo.Application.Buying;
using Ordo.Application.Common;
using Ordo.Application.Logistics;
using Ordo.Application.Orders;
using Ordo.Domain.Logistics;
using Ordo.Domain.Orders;

namespace Ordo.Api.Tests.Logistics;

/// <summary>The China warehouse scans the shops' tracking numbers: each box becomes a parcel of its order, or an anonymous one.</summary>
public abstract class ParcelScanTests(OrdoApp app) : ApiTest(app)
{
    private const string China = "GZ";

    private Task<ApiUser> ChinaStaffAsync() => App.DemoUserAsync("cn.warehouse@ordo.test");

    private static Task<HttpResponseMessage> TryScanAsync(ApiUser user, string? number, decimal? weightKg = 2.5m, decimal? lengthCm = 40m,
        decimal? widthCm = 30m, decimal? heightCm = 20m, bool anotherBox = false, string warehouse = China) =>
        user.PostAsync($"/api/warehouses/{warehouse}/scan", new ScanParcel.Command(number, weightKg, lengthCm, widthCm, heightCm, anotherBox));

    private static async Task<ScanParcel.Result> ScanAsync(ApiUser user, string number, bool anotherBox = false) =>
        await (await TryScanAsync(user, number, anotherBox: anotherBox)).ReadAsync<ScanParcel.Result>();

    [Fact]
    public async Task A_scan_receives_a_parcel_of_the_shipping_order_measured_on_its_chargeable_weight_and_says_what_the_order_asked_for()
    {
        var (customer, customerCode) = await NewCustomerWithCodeAsync();
        var number = ShippingOrderRequest.NewTrackingNumber();
        var order = await (await customer.PostAsync("/api/orders", new CreateShippingOrder.Command(
            [ShippingOrderRequest.Parcel(number)], new OrderOptionsDto(Inspection: false, WoodenCrate: true, Insurance: true), "Hàng dễ vỡ, xin nhẹ tay")))
            .ReadAsync<OrderDetailsDto>(HttpStatusCode.Created);
        var staff = await ChinaStaffAsync();

        // 2.5 kg in a 40×30×20 cm box: the volume weighs 4 kg.
        var scanned = await ScanAsync(staff, " " + number.ToLowerInvariant());

        Assert.Equal(ScanOutcome.Received, scanned.Outcome);
        var parcel = scanned.Parcel;
        Assert.Matches(@"^PK-\d{4}-\d{6}$", parcel.Code);
        Assert.Equal((number, order.Id, order.Code, customerCode), (parcel.TrackingNumber, parcel.OrderId, parcel.OrderCode, parcel.CustomerCode));
        Assert.Equal((ParcelStatus.InChinaWarehouse, China, 2.5m, 4.00m), (parcel.Status, parcel.Warehouse, parcel.WeightKg, parcel.ChargeableWeightKg));
        Assert.Equal([ParcelWarning.WoodenCrate, ParcelWarning.Insurance, ParcelWarning.HandlingNote], scanned.Warnings);
        Assert.Equal("Hàng dễ vỡ, xin nhẹ tay", parcel.HandlingNote);
        Assert.Contains(parcel.Destination, (await customer.GetAsync<IReadOnlyList<WarehouseDto>>("/api/warehouses?country=VN")).Select(w => w.Code));
        var received = Assert.Single(parcel.History);
        Assert.Equal((ParcelAction.Received, China, "Wang Wei"), (received.Action, received.Warehouse, received.By));

        // The same box again: told so, nothing recorded. Another box under the number: an excess parcel of the order.
        var again = await ScanAsync(staff, number);
        Assert.Equal((ScanOutcome.AlreadyReceived, parcel.Code), (again.Outcome, again.Parcel.Code));
        var excess = await ScanAsync(staff, number, anotherBox: true);
        Assert.Equal(ScanOutcome.Excess, excess.Outcome);
        Assert.NotEqual(parcel.Code, excess.Parcel.Code);
        Assert.Equal((true, order.Id), (excess.Parcel.Excess, excess.Parcel.OrderId));
        Assert.Equal(ParcelWarning.Excess, excess.Warnings[0]);

        // The customer sees the parcels of the order; another customer sees none of them.
        var mine = await customer.GetAsync<PagedResult<ParcelDto>>($"/api/parcels?orderId={order.Id}");
        Assert.Equal([excess.Parcel.Code, parcel.Code], mine.Items.Select(p => p.Code));
        Assert.Equal(parcel.Code, (await customer.GetAsync<ParcelDto>($"/api/parcels/{parcel.Code.ToLowerInvariant()}")).Code);
        var stranger = await NewCustomerAsync();
        Assert.Equal(0, (await stranger.GetAsync<PagedResult<ParcelDto>>($"/api/parcels?orderId={order.Id}")).Total);
        await (await stranger.GetAsync($"/api/parcels/{parcel.Id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        // The search finds a parcel by its code or by the shop's tracking number (both boxes share it), as typed; the
        // stranger's search finds nothing of another's.
        Assert.Equal([parcel.Code], (await staff.GetAsync<PagedResult<ParcelDto>>($"/api/parcels?q={parcel.Code.ToLowerInvariant()}")).Items.Select(p => p.Code));
        Assert.Equal([excess.Parcel.Code, parcel.Code], (await customer.GetAsync<PagedResult<ParcelDto>>($"/api/parcels?q=%20{number.ToLowerInvariant()}")).Items.Select(p => p.Code));
        Assert.Equal(0, (await stranger.GetAsync<PagedResult<ParcelDto>>($"/api/parcels?q={parcel.Code}")).Total);
        await (await staff.GetAsync($"/api/parcels?q={new string('X', 41)}")).ShouldBeInvalidAsync("q");
    }

    [Fact]
    public async Task A_box_far_from_what_the_shop_declared_for_its_tracking_number_is_flagged_by_weight_or_by_volume()
    {
        var customer = await NewCustomerAsync();
        var placed = await customer.PlacePurchaseOrderAsync(CartLineRequest.From(Shop.Uniqlo, "Áo len", 90m, 2));
        await (await CsManagerAsync()).ApproveAsync(placed.Id);
        await customer.TopUpAsync(await App.DemoUserAsync("accountant@ordo.test"), 5_000_000m);
        await customer.PayDepositAsync(placed.Id);
        var buyer = await App.NewBuyerAsync(await App.DemoUserAsync("admin@ordo.test"));
        var assigned = await (await App.DemoUserAsync("order.manager@ordo.test")).AssignBuyerAsync(placed.Id, buyer.Id);
        await (await buyer.TryPurchaseAsync(placed.Id, assigned.AsInCart(await buyer.AccountOnAsync(Marketplace.Taobao)))).ShouldHaveStatusAsync(HttpStatusCode.OK);
        string Number() => $"SF{Random.Shared.NextInt64(1_000_000_000, 9_999_999_999)}";
        var (small, light, undeclared) = (Number(), Number(), Number());
        var url = $"/api/orders/{placed.Id}/tracking-numbers";

        // Each box is 2.5 kg and 40×30×20 cm (0.024 m³): against 2.4 kg and 0.012 m³, against 1.5 kg and 0.025 m³, against nothing.
        await (await buyer.PostAsync(url, new TrackingNumberEntry.Command(small, 2.4m, 0.012m))).ShouldHaveStatusAsync(HttpStatusCode.OK);
        await (await buyer.PostAsync(url, new TrackingNumberEntry.Command(light, 1.5m, 0.025m))).ShouldHaveStatusAsync(HttpStatusCode.OK);
        await (await buyer.PostAsync(url, new TrackingNumberEntry.Command(undeclared))).ShouldHaveStatusAsync(HttpStatusCode.OK);
        var before = await buyer.SnapshotAsync($"/api/orders/{placed.Id}");
        await (await buyer.PostAsync(url, new TrackingNumberEntry.Command(Number(), DeclaredVolumeM3: 0m))).ShouldBeInvalidAsync("declaredVolumeM3");
        await (await buyer.PostAsync(url, new TrackingNumberEntry.Command(Number(), 1200m))).ShouldBeInvalidAsync("declaredWeightKg");
        await buyer.ShouldStillSeeAsync(before);
        var order = await buyer.GetAsync<OrderDetailsDto>($"/api/orders/{placed.Id}");
        var declared = order.TrackingNumbers.ToDictionary(t => t.Number, t => (t.DeclaredWeightKg, t.DeclaredVolumeM3));
        Assert.Equal(((decimal?)2.4m, (decimal?)0.012m), declared[small]);
        Assert.Equal(((decimal?)null, (decimal?)null), declared[undeclared]);

        var staff = await ChinaStaffAsync();
        Assert.Equal([ParcelWarning.VolumeDiffers], (await ScanAsync(staff, small)).Warnings);
        Assert.Equal([ParcelWarning.WeightDiffers], (await ScanAsync(staff, light)).Warnings);
        Assert.Empty((await ScanAsync(staff, undeclared)).Warnings);
    }

    [Fact]
    public async Task A_box_weighing_far_from_its_declared_weight_is_received_with_a_warning_and_one_close_to_it_without()
    {
        var customer = await NewCustomerAsync();
        var (far, close, undeclared) = (ShippingOrderRequest.NewTrackingNumber(), ShippingOrderRequest.NewTrackingNumber(), ShippingOrderRequest.NewTrackingNumber());
        var order = await (await customer.PostAsync("/api/orders", new CreateShippingOrder.Command(
            [ShippingOrderRequest.Parcel(far) with { DeclaredWeightKg = 1.2m }, ShippingOrderRequest.Parcel(close) with { DeclaredWeightKg = 2.3m }, ShippingOrderRequest.Parcel(undeclared)],
            new OrderOptionsDto(false, false, false), null))).ReadAsync<OrderDetailsDto>(HttpStatusCode.Created);
        var declared = order.Items.ToDictionary(i => i.TrackingNumber, i => i.DeclaredWeightKg);
        Assert.Equal((1.2m, 2.3m, (decimal?)null), (declared[far], declared[close], declared[undeclared]));
        var staff = await ChinaStaffAsync();

        // Each box weighs 2.5 kg: 108 % over 1.2 kg (beyond the 20 % default), 9 % over 2.3 kg, nothing to compare with.
        var heavy = await ScanAsync(staff, far);
        Assert.Equal([ParcelWarning.WeightDiffers], heavy.Warnings);
        Assert.Equal([ParcelWarning.WeightDiffers], (await staff.GetAsync<ParcelDto>($"/api/parcels/{heavy.Parcel.Code}")).Warnings);
        Assert.Empty((await ScanAsync(staff, close)).Warnings);
        Assert.Empty((await ScanAsync(staff, undeclared)).Warnings);

        // A declared weight of 0 or over the limit is refused, and the order keeps its three parcels.
        await (await customer.PostAsync($"/api/orders/{order.Id}/shipping-items", ShippingOrderRequest.Parcel(ShippingOrderRequest.NewTrackingNumber()) with { DeclaredWeightKg = 0m }))
            .ShouldBeInvalidAsync("declaredWeightKg");
        await (await customer.PostAsync("/api/orders", new CreateShippingOrder.Command(
            [ShippingOrderRequest.Parcel(ShippingOrderRequest.NewTrackingNumber()) with { DeclaredWeightKg = 1000.01m }], new OrderOptionsDto(false, false, false), null)))
            .ShouldBeInvalidAsync("items[0].declaredWeightKg");
    }

    [Fact]
    public async Task A_scan_finds_a_purchase_order_by_the_tracking_number_its_buyer_entered()
    {
        var customer = await NewCustomerAsync();
        var orderId = await customer.DepositedOrderAsync(await CsManagerAsync(), await App.DemoUserAsync("accountant@ordo.test"), 10_000_000m,
            CartLineRequest.From(Shop.Uniqlo, "Áo khoác gió", 120m, 2));
        var buyer = await App.NewBuyerAsync(await AdminAsync());
        var assigned = await (await App.DemoUserAsync("order.manager@ordo.test")).AssignBuyerAsync(orderId, buyer.Id);
        await (await buyer.TryPurchaseAsync(orderId, assigned.AsInCart(await buyer.AccountOnAsync(Marketplace.Taobao)))).ShouldHaveStatusAsync(HttpStatusCode.OK);
        var number = $"SF{Random.Shared.NextInt64(1_000_000_000, 9_999_999_999)}";
        await (await buyer.TryAddTrackingNumberAsync(orderId, number)).ShouldHaveStatusAsync(HttpStatusCode.OK);

        var scanned = await ScanAsync(await ChinaStaffAsync(), number);

        Assert.Equal((ScanOutcome.Received, orderId, assigned.Code), (scanned.Outcome, scanned.Parcel.OrderId, scanned.Parcel.OrderCode));
        Assert.Empty(scanned.Warnings);
        await App.DispatchOutboxAsync();
        Assert.Equal(OrderStatus.InChinaWarehouse, (await customer.OrderAsync(orderId)).Status);
    }

    [Fact]
    public async Task An_approved_shipping_order_follows_its_parcels_and_is_in_the_China_warehouse_when_the_last_arrives()
    {
        var customer = await NewCustomerAsync();
        var (first, second) = (ShippingOrderRequest.NewTrackingNumber(), ShippingOrderRequest.NewTrackingNumber());
        var order = await customer.PlaceShippingOrderAsync(ShippingOrderRequest.For(first, second));
        await (await CsManagerAsync()).ApproveAsync(order.Id);
        var staff = await ChinaStaffAsync();

        await ScanAsync(staff, first);
        await App.DispatchOutboxAsync();
        Assert.Equal(OrderStatus.AwaitingParcels, (await customer.OrderAsync(order.Id)).Status);

        // An excess box does not stand for the parcel still missing.
        await ScanAsync(staff, first, anotherBox: true);
        await App.DispatchOutboxAsync();
        Assert.Equal(OrderStatus.AwaitingParcels, (await customer.OrderAsync(order.Id)).Status);

        await ScanAsync(staff, second);
        await App.DispatchOutboxAsync();
        var arrived = await customer.OrderAsync(order.Id);
        Assert.Equal(OrderStatus.InChinaWarehouse, arrived.Status);
        Assert.Equal((OrderHistoryAction.ParcelsMoved, "2 of 2 parcel(s)"), (arrived.History[^1].Action, arrived.History[^1].Remark));
    }

    [Fact]
    public async Task A_number_no_open_order_has_is_received_as_an_anonymous_parcel_only_staff_see()
    {
        var staff = await ChinaStaffAsync();
        var number = ShippingOrderRequest.NewTrackingNumber();

        var scanned = await ScanAsync(staff, number);

        Assert.Equal(ScanOutcome.Anonymous, scanned.Outcome);
        Assert.Equal((true, (Guid?)null, (string?)null), (scanned.Parcel.Anonymous, scanned.Parcel.OrderId, scanned.Parcel.CustomerCode));
        Assert.Equal([ParcelWarning.Anonymous], scanned.Warnings);
        Assert.Contains((await staff.GetAsync<PagedResult<ParcelDto>>("/api/parcels?anonymous=true&pageSize=200")).Items, p => p.Code == scanned.Parcel.Code);
        Assert.DoesNotContain((await staff.GetAsync<PagedResult<ParcelDto>>("/api/parcels?anonymous=false&pageSize=200")).Items, p => p.Code == scanned.Parcel.Code);
        var customer = await NewCustomerAsync();
        Assert.Equal(0, (await customer.GetAsync<PagedResult<ParcelDto>>("/api/parcels")).Total);
        await (await customer.GetAsync($"/api/parcels/{scanned.Parcel.Code}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        // Another box under a number no order has waits until the first is matched.
        await (await TryScanAsync(staff, number, anotherBox: true)).ShouldBeProblemAsync(HttpStatusCode.Conflict, LogisticsErrors.AnonymousNumber);
    }

    [Fact]
    public async Task Staff_match_an_anonymous_parcel_to_its_order_which_then_follows_it_and_its_customer_sees_it()
    {
        var customer = await NewCustomerAsync();
        var order = await customer.PlaceShippingOrderAsync(ShippingOrderRequest.For(ShippingOrderRequest.NewTrackingNumber()));
        await (await CsManagerAsync()).ApproveAsync(order.Id);
        var staff = await ChinaStaffAsync();
        // The shop wrote another number on the box than the one the customer declared.
        var stray = (await ScanAsync(staff, ShippingOrderRequest.NewTrackingNumber())).Parcel;
        var url = $"/api/parcels/{stray.Id}/match";
        var before = await staff.SnapshotAsync($"/api/parcels/{stray.Id}");

        await (await customer.PostAsync(url, new MatchParcel.Command(order.Code))).ShouldBeProblemAsync(HttpStatusCode.Forbidden, LogisticsErrors.RoleNotAllowed);
        await (await staff.PostAsync(url, new MatchParcel.Command(null))).ShouldBeInvalidAsync("order");
        await (await staff.PostAsync(url, new MatchParcel.Command("SO-2026-999999"))).ShouldBeInvalidAsync("order");
        await (await staff.PostAsync(url, new MatchParcel.Command(order.Code), ifMatch: $"\"{stray.Version + 1}\"")).ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
        var cancelled = await customer.PlaceShippingOrderAsync(ShippingOrderRequest.For(ShippingOrderRequest.NewTrackingNumber()));
        await (await customer.TryCancelAsync(cancelled.Id, "Không gửi nữa")).ShouldHaveStatusAsync(HttpStatusCode.OK);
        await (await staff.PostAsync(url, new MatchParcel.Command(cancelled.Code))).ShouldBeProblemAsync(HttpStatusCode.Conflict, LogisticsErrors.NotMatchable);
        await staff.ShouldStillSeeAsync(before);

        var matched = await (await (await CsStaffAsync()).PostAsync(url, new MatchParcel.Command(order.Code.ToLowerInvariant()), ifMatch: $"\"{stray.Version}\""))
            .ReadAsync<ParcelDto>();

        Assert.Equal((order.Id, order.Code, false, true), (matched.OrderId, matched.OrderCode, matched.Anonymous, matched.Matched));
        Assert.Equal((ParcelAction.Matched, order.Code), (matched.History[^1].Action, matched.History[^1].Remark));
        Assert.Equal(stray.Code, Assert.Single((await customer.GetAsync<PagedResult<ParcelDto>>($"/api/parcels?orderId={order.Id}")).Items).Code);
        await App.DispatchOutboxAsync();
        Assert.Equal(OrderStatus.InChinaWarehouse, (await customer.OrderAsync(order.Id)).Status);
        await (await staff.PostAsync(url, new MatchParcel.Command(order.Code))).ShouldBeProblemAsync(HttpStatusCode.Conflict, LogisticsErrors.NotMatchable);
    }

    [Fact]
    public async Task An_excess_box_matched_away_counts_for_the_order_it_was_given_and_not_for_the_one_it_came_under()
    {
        var customer = await NewCustomerAsync();
        var number = ShippingOrderRequest.NewTrackingNumber();
        var first = await customer.PlaceShippingOrderAsync(ShippingOrderRequest.For(number, ShippingOrderRequest.NewTrackingNumber()));
        var second = await customer.PlaceShippingOrderAsync(ShippingOrderRequest.For(ShippingOrderRequest.NewTrackingNumber()));
        var manager = await CsManagerAsync();
        await manager.ApproveAsync(first.Id);
        await manager.ApproveAsync(second.Id);
        var staff = await ChinaStaffAsync();
        await ScanAsync(staff, number);
        var excess = (await ScanAsync(staff, number, anotherBox: true)).Parcel;

        var moved = await (await staff.PostAsync($"/api/parcels/{excess.Id}/match", new MatchParcel.Command(second.Id.ToString()))).ReadAsync<ParcelDto>();
        await App.DispatchOutboxAsync();

        Assert.Equal((second.Id, true, true), (moved.OrderId, moved.Excess, moved.Matched));
        Assert.Equal($"{first.Code} → {second.Code}", moved.History[^1].Remark);
        Assert.Equal(OrderStatus.InChinaWarehouse, (await customer.OrderAsync(second.Id)).Status);
        Assert.Equal(OrderStatus.AwaitingParcels, (await customer.OrderAsync(first.Id)).Status);
    }

    [Fact]
    public async Task Two_scans_of_the_same_box_at_once_record_one_parcel()
    {
        var staff = await ChinaStaffAsync();
        var number = ShippingOrderRequest.NewTrackingNumber();

        var answers = await Task.WhenAll(ScanAsync(staff, number), ScanAsync(staff, number));

        Assert.Equal([ScanOutcome.Anonymous, ScanOutcome.AlreadyReceived], answers.Select(a => a.Outcome).Order());
        Assert.Single(answers.Select(a => a.Parcel.Code).Distinct());
    }

    [Fact]
    public async Task A_bad_scan_is_refused_field_by_field_and_records_nothing()
    {
        var staff = await ChinaStaffAsync();
        var before = (await staff.GetAsync<PagedResult<ParcelDto>>("/api/parcels?pageSize=1")).Total;
        var number = ShippingOrderRequest.NewTrackingNumber();

        await (await TryScanAsync(staff, "")).ShouldBeInvalidAsync("trackingNumber");
        await (await TryScanAsync(staff, new string('Z', 200))).ShouldBeInvalidAsync("trackingNumber");
        await (await TryScanAsync(staff, "YT 12/34 ;DROP")).ShouldBeInvalidAsync("trackingNumber");
        await (await TryScanAsync(staff, number, weightKg: 0m)).ShouldBeInvalidAsync("weightKg");
        await (await TryScanAsync(staff, number, weightKg: 1000.5m)).ShouldBeInvalidAsync("weightKg");
        await (await TryScanAsync(staff, number, weightKg: null)).ShouldBeInvalidAsync("weightKg");
        await (await TryScanAsync(staff, number, lengthCm: 0m)).ShouldBeInvalidAsync("lengthCm");
        await (await TryScanAsync(staff, number, heightCm: -5m)).ShouldBeInvalidAsync("heightCm");
        await (await TryScanAsync(staff, number, warehouse: "HN")).ShouldBeProblemAsync(HttpStatusCode.Conflict, LogisticsErrors.WrongCountry);
        await (await TryScanAsync(staff, number, warehouse: "NOWHERE")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await TryScanAsync(await NewCustomerAsync(), number)).ShouldBeProblemAsync(HttpStatusCode.Forbidden, LogisticsErrors.RoleNotAllowed);
        await (await TryScanAsync(await BuyerAsync(), number)).ShouldBeProblemAsync(HttpStatusCode.Forbidden, LogisticsErrors.RoleNotAllowed);

        Assert.Equal(before, (await staff.GetAsync<PagedResult<ParcelDto>>("/api/parcels?pageSize=1")).Total);
    }

    [Fact]
    public async Task The_administrator_keeps_the_warehouses_and_everyone_reads_the_open_ones()
    {
        var admin = await AdminAsync();
        var customer = await NewCustomerAsync();
        var listed = await customer.GetAsync<IReadOnlyList<WarehouseDto>>("/api/warehouses");
        Assert.Contains(listed, w => w is { Code: China, Country: Country.CN });
        Assert.Contains(listed, w => w.Country == Country.VN);

        var code = $"X{Random.Shared.Next(10_000, 99_999)}";
        var created = await (await admin.PostAsync("/api/warehouses", new Warehouses.CreateCommand(code.ToLowerInvariant(), "Kho Bằng Tường", Country.CN, "凭祥市 (Pingxiang)")))
            .ReadAsync<WarehouseDto>(HttpStatusCode.Created);
        Assert.Equal((code, Country.CN, true), (created.Code, created.Country, created.IsActive));
        // The scan remembers the warehouses it reads (a scan a second per station); closing one is seen at the next scan.
        var china = await ChinaStaffAsync();
        var opened = await (await TryScanAsync(china, ShippingOrderRequest.NewTrackingNumber(), warehouse: code)).ReadAsync<ScanParcel.Result>();
        Assert.Equal((ScanOutcome.Anonymous, code), (opened.Outcome, opened.Parcel.Warehouse));
        await (await admin.PostAsync("/api/warehouses", new Warehouses.CreateCommand(code, "Kho khác", Country.VN, "Hà Nội")))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, LogisticsErrors.CodeTaken);
        await (await admin.PostAsync("/api/warehouses", new Warehouses.CreateCommand("", null, null, ""))).ShouldBeInvalidAsync("code");
        await (await customer.PostAsync("/api/warehouses", new Warehouses.CreateCommand("Y1", "Kho", Country.VN, "Hà Nội"))).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        await (await admin.PutAsync($"/api/warehouses/{code}", new Warehouses.UpdateCommand("Kho Bằng Tường", "凭祥市", false), $"\"{created.Version + 1}\""))
            .ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
        var closed = await (await admin.PutAsync($"/api/warehouses/{code}", new Warehouses.UpdateCommand("Kho Bằng Tường", "凭祥市", false), $"\"{created.Version}\""))
            .ReadAsync<WarehouseDto>();
        Assert.False(closed.IsActive);
        Assert.DoesNotContain(await customer.GetAsync<IReadOnlyList<WarehouseDto>>("/api/warehouses"), w => w.Code == code);
        await (await TryScanAsync(china, ShippingOrderRequest.NewTrackingNumber(), warehouse: code))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, LogisticsErrors.WarehouseInactive);
    }

    public sealed class OnSqlite(SqliteApp app) : ParcelScanTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : ParcelScanTests(app), IClassFixture<PostgresApp>;
}
