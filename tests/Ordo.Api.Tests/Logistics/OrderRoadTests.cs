using System.Net;
using Ordo.Api.Tests.Buying;
using Ordo.Api.Tests.Cart;
using Ordo.Api.Tests.Hosting;
using Ordo.Api.Tests.Money;
using Ordo.Api.Tests.Orders;
using Ordo.Api.Tests.Support;
using Ordo.Application.Common;
using Ordo.Application.Logistics;
using Ordo.Application.Money;
using Ordo.Application.Orders;
using Ordo.Domain.Logistics;
using Ordo.Domain.Money;
using Ordo.Domain.Orders;
using UglyToad.PdfPig;

namespace Ordo.Api.Tests.Logistics;

/// <summary>
/// The whole road through the API: the China scan, a shipment, the Vietnam receipt, a check, the international fee,
/// the balance, the release and its slip, the delivery and the customer's confirmation, with the money exact.
/// </summary>
public abstract class OrderRoadTests(OrdoApp app) : ApiTest(app)
{
    private const string China = "GZ";

    private Task<ApiUser> ChinaStaffAsync() => App.DemoUserAsync("cn.warehouse@ordo.test");

    private Task<ApiUser> VietnamStaffAsync() => App.DemoUserAsync("vn.warehouse@ordo.test");

    private Task<ApiUser> ForwardingAsync() => App.DemoUserAsync("forwarding.manager@ordo.test");

    private Task<ApiUser> DriverAsync() => App.DemoUserAsync("delivery@ordo.test");

    private Task<ApiUser> AccountantAsync() => App.DemoUserAsync("accountant@ordo.test");

    private static async Task<ParcelDto> ScanAsync(ApiUser staff, string number, bool anotherBox = false) =>
        (await (await staff.PostAsync($"/api/warehouses/{China}/scan", new ScanParcel.Command(number, 2.5m, 40m, 30m, 20m, anotherBox)))
            .ReadAsync<ScanParcel.Result>()).Parcel;

    private static async Task<ShipmentDto> ShipAsync(ApiUser china, string destination, params ParcelDto[] parcels)
    {
        var shipment = await (await china.PostAsync("/api/shipments", new Shipments.OpenCommand(destination))).ReadAsync<ShipmentDto>(HttpStatusCode.Created);
        foreach (var parcel in parcels)
        {
            shipment = await (await china.PostAsync($"/api/shipments/{shipment.Id}/parcels", new Shipments.ParcelCommand(parcel.Code.ToLowerInvariant()))).ReadAsync<ShipmentDto>();
        }

        return await (await china.PostAsync($"/api/shipments/{shipment.Id}/dispatch", ifMatch: $"\"{shipment.Version}\"")).ReadAsync<ShipmentDto>();
    }

    private static async Task<ParcelDto> ReceiveInVietnamAsync(ApiUser vietnam, string warehouse, string parcelCode, string? shelf = null) =>
        await (await vietnam.PostAsync($"/api/warehouses/{warehouse}/receive-parcel", new VietnamReceipt.ReceiveCommand(parcelCode, shelf))).ReadAsync<ParcelDto>();

    private static async Task<DeliveryRunDto> DeliverAsync(ApiUser forwarding, ApiUser driver, ReleaseDto release, decimal collectedVnd)
    {
        var run = await (await forwarding.PostAsync("/api/delivery-runs", new DeliveryRuns.PlanCommand([release.Id], driver.Id))).ReadAsync<DeliveryRunDto>(HttpStatusCode.Created);
        return await (await driver.PostAsync($"/api/deliveries/{run.Deliveries[0].Id}/delivered", new DeliveryRuns.DeliveredCommand(collectedVnd))).ReadAsync<DeliveryRunDto>();
    }

    private static async Task<ChargesDto> ChargesAsync(ApiUser user, Guid orderId) => await user.GetAsync<ChargesDto>(MoneyApi.ChargesUrl(orderId));

    private async Task ProfitIsChargesLessCostsAsync(Guid orderId, decimal shopPaidVnd, decimal chargeableKg)
    {
        var manager = await App.DemoUserAsync("order.manager@ordo.test");
        var profit = await manager.GetAsync<OrderProfit.ProfitDto>($"/api/orders/{orderId}/profit");
        var charges = await ChargesAsync(manager, orderId);
        var tariff = (await manager.GetAsync<ShippingTariffs.TariffsDto>("/api/settings/shipping-tariffs")).Current;
        var destination = profit.Freight.Select(f => f.Warehouse).Distinct().Single();
        var perKg = (tariff.Costs.FirstOrDefault(c => c.Destination == destination) ?? tariff.Costs.First(c => c.Destination is null)).PerKgVnd;
        var freight = decimal.Round(chargeableKg * perKg, 0, MidpointRounding.AwayFromZero);

        Assert.Equal(charges.TotalVnd, profit.ChargesVnd);
        Assert.Equal((shopPaidVnd, freight), (profit.ShopPaymentsVnd, profit.FreightCostVnd));
        Assert.Equal(charges.TotalVnd - shopPaidVnd - freight, profit.ProfitVnd);
        await (await (await NewCustomerAsync()).GetAsync($"/api/orders/{orderId}/profit")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    private async Task LedgerSumsToZeroAsync()
    {
        var trial = await (await AccountantAsync()).GetAsync<LedgerReports.TrialBalance>("/api/ledger/trial-balance");
        Assert.All(trial.SumOfLines.Values, sum => Assert.Equal(0m, sum));
    }

    [Fact]
    public async Task A_purchase_order_with_two_parcels_goes_from_the_shop_to_completed_with_its_money_exact()
    {
        // A purchase order that bought a check, deposited, bought, with two tracking numbers.
        var customer = await NewCustomerAsync();
        await customer.AddToCartAsync(CartLineRequest.From(Shop.Uniqlo, "Áo khoác gió", 120m, 3));
        var placed = Assert.Single((await (await customer.TrySubmitCartAsync(new SubmitCart.Command(null, new OrderOptionsDto(Inspection: true, WoodenCrate: false, Insurance: false), null)))
            .ReadAsync<Ordo.Web.Orders.CartEndpoints.SubmitResponse>()).Orders);
        await (await CsManagerAsync()).ApproveAsync(placed.Id);
        await customer.TopUpAsync(await AccountantAsync(), 20_000_000m);
        await customer.PayDepositAsync(placed.Id);
        var buyer = await App.NewBuyerAsync(await AdminAsync());
        var assigned = await (await App.DemoUserAsync("order.manager@ordo.test")).AssignBuyerAsync(placed.Id, buyer.Id);
        await (await buyer.TryPurchaseAsync(placed.Id, assigned.AsInCart(await buyer.AccountOnAsync(Marketplace.Taobao)))).ShouldHaveStatusAsync(HttpStatusCode.OK);
        var (first, second) = ($"SF{Random.Shared.NextInt64(1_000_000_000, 9_999_999_999)}", $"SF{Random.Shared.NextInt64(1_000_000_000, 9_999_999_999)}");
        await (await buyer.TryAddTrackingNumberAsync(placed.Id, first)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        await (await buyer.TryAddTrackingNumberAsync(placed.Id, second)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        var orderId = placed.Id;

        // China: both boxes, and a third under the first number that belongs to another customer's shipping order.
        var china = await ChinaStaffAsync();
        var p1 = await ScanAsync(china, first);
        var p2 = await ScanAsync(china, second);
        var excess = await ScanAsync(china, first, anotherBox: true);
        Assert.True(excess.Excess);
        var other = await (await NewCustomerAsync()).PlaceShippingOrderAsync(ShippingOrderRequest.For(ShippingOrderRequest.NewTrackingNumber()));
        await (await CsManagerAsync()).ApproveAsync(other.Id);
        await (await china.PostAsync($"/api/parcels/{excess.Id}/match", new MatchParcel.Command(other.Code), ifMatch: $"\"{excess.Version}\""))
            .ShouldHaveStatusAsync(HttpStatusCode.OK);
        await App.DispatchOutboxAsync();
        var inChina = await customer.OrderAsync(orderId);
        Assert.Equal(OrderStatus.InChinaWarehouse, inChina.Status);
        Assert.Equal([p1.Code, p2.Code], inChina.Parcels!.Select(p => p.Code));
        Assert.Equal((2, 2, 0), (inChina.Progress!.Expected, inChina.Progress.Received, inChina.Progress.Delivered));

        // One shipment; the excess box (now the other order's) can't go in a second one it is not packed in twice.
        var destination = p1.Destination;
        var shipment = await ShipAsync(china, destination, p1, p2);
        Assert.Equal((ShipmentStatus.Dispatched, 2, 5m), (shipment.Status, shipment.ParcelCount, shipment.TotalWeightKg));
        await (await china.PostAsync($"/api/shipments/{shipment.Id}/dispatch")).ShouldBeProblemAsync(HttpStatusCode.Conflict, LogisticsErrors.ShipmentNotOpen);
        await App.DispatchOutboxAsync();
        Assert.Equal(OrderStatus.InTransit, (await customer.OrderAsync(orderId)).Status);
        Assert.Equal(ParcelStatus.InTransit, (await customer.GetAsync<ParcelDto>($"/api/parcels/{p1.Id}")).Status);

        // Vietnam: the shipment, one parcel, the unloading finished without the other (missing), which then turns up.
        var vietnam = await VietnamStaffAsync();
        await (await vietnam.PostAsync($"/api/warehouses/{destination}/receive-parcel", new VietnamReceipt.ReceiveCommand(p1.Code)))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, LogisticsErrors.ShipmentNotArrived);
        await (await vietnam.PostAsync($"/api/warehouses/{destination}/receive-shipment", new Shipments.ReceiveCommand(shipment.Code))).ShouldHaveStatusAsync(HttpStatusCode.OK);
        await (await vietnam.PostAsync($"/api/warehouses/{destination}/receive-shipment", new Shipments.ReceiveCommand(shipment.Code)))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, LogisticsErrors.ShipmentAlreadyArrived);
        var shelved = await ReceiveInVietnamAsync(vietnam, destination, p1.Code, "a-01");
        Assert.Equal((ParcelStatus.InVietnamWarehouse, "A-01"), (shelved.Status, shelved.Shelf));
        var unloaded = await (await vietnam.PostAsync($"/api/shipments/{shipment.Id}/finish-receiving")).ReadAsync<ShipmentDto>();
        Assert.Equal((1, 1), (unloaded.ReceivedCount, unloaded.MissingCount));
        Assert.Contains((await vietnam.GetAsync<PagedResult<ParcelDto>>($"/api/parcels?lost=true&orderId={orderId}")).Items, p => p.Code == p2.Code);
        await ReceiveInVietnamAsync(vietnam, destination, p2.Code, "A-02");
        await App.DispatchOutboxAsync();
        var arrived = await customer.OrderAsync(orderId);
        Assert.Equal(OrderStatus.InVietnamWarehouse, arrived.Status);

        // The international fee: 4 kg chargeable each (40×30×20 cm), at the tariff in force.
        var charges = await ChargesAsync(customer, orderId);
        var fees = charges.Charges.Where(l => l.Kind == ChargeKind.InternationalShipping).ToList();
        Assert.Equal(2, fees.Count);
        Assert.Equal(fees.Sum(f => f.AmountVnd), charges.InternationalShippingVnd);
        Assert.True(charges.DueVnd > 0);

        // The check it bought: released only after it, and only once paid.
        var forwarding = await ForwardingAsync();
        var check = await (await forwarding.PostAsync("/api/checks", new GoodsChecks.CreateCommand(arrived.Code))).ReadAsync<GoodsChecks.CheckDto>(HttpStatusCode.Created);
        await (await forwarding.PostAsync("/api/releases", new Releases.Command([p1.Id, p2.Id], CashOnDelivery: true)))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, LogisticsErrors.CheckPending);
        var line = Assert.Single(check.Lines);
        var passed = await (await vietnam.PostAsync($"/api/checks/{check.Id}/result", new GoodsChecks.ResultCommand([new CheckCount(line.LineId, 3, 0, 0)], "Đủ 3 áo"), ifMatch: $"\"{check.Version}\""))
            .ReadAsync<GoodsChecks.CheckDto>();
        Assert.Equal(CheckStatus.Passed, passed.Status);
        await (await forwarding.PostAsync("/api/releases", new Releases.Command([p1.Id, p2.Id], CashOnDelivery: false)))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, LogisticsErrors.Unpaid);
        await (await customer.PostAsync($"/api/orders/{orderId}/payments", new OrderPayments.Command(null, PaymentMethod.Wallet, null))).ShouldHaveStatusAsync(HttpStatusCode.Created);
        Assert.Equal(0m, (await ChargesAsync(customer, orderId)).DueVnd);

        // The customer asks for delivery; the release follows the request and prints its slip.
        var request = await (await customer.PostAsync("/api/delivery-requests", new DeliveryRequests.Command([p1.Id, p2.Id], "12 Hàng Bạc, Hoàn Kiếm, Hà Nội", "0901234567", "Gọi trước 15 phút")))
            .ReadAsync<DeliveryRequestDto>(HttpStatusCode.Created);
        var release = await (await forwarding.PostAsync("/api/releases", new Releases.Command(null, CashOnDelivery: false, request.Id))).ReadAsync<ReleaseDto>(HttpStatusCode.Created);
        Assert.Equal((0m, "12 Hàng Bạc, Hoàn Kiếm, Hà Nội", 2), (release.ToCollectVnd, release.Address, release.Parcels.Count));
        var slip = await forwarding.GetAsync($"/api/releases/{release.Id}/slip.pdf");
        Assert.Equal(("application/pdf", HttpStatusCode.OK), (slip.Content.Headers.ContentType?.MediaType, slip.StatusCode));
        using (var pdf = PdfDocument.Open(await slip.Content.ReadAsByteArrayAsync()))
        {
            var text = string.Concat(pdf.GetPage(1).Text.Where(c => !char.IsWhiteSpace(c)));
            Assert.Contains(release.Code, text);
            Assert.Contains(p1.Code, text);
            Assert.Contains("A-02", text);
        }

        // Receipt is confirmed once everything is delivered, not before.
        await (await customer.PostAsync($"/api/orders/{orderId}/confirm-receipt")).ShouldBeProblemAsync(HttpStatusCode.Conflict, OrderErrors.NotDelivered);
        var driver = await DriverAsync();
        await (await driver.PostAsync("/api/delivery-runs", new DeliveryRuns.PlanCommand([release.Id], driver.Id))).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        var run = await DeliverAsync(forwarding, driver, release, 0m);
        Assert.Equal(DeliveryRunStatus.Finished, run.Status);
        await App.DispatchOutboxAsync();
        var delivered = await customer.OrderAsync(orderId);
        Assert.Equal(OrderStatus.Delivered, delivered.Status);
        Assert.Equal(2, delivered.Progress!.Delivered);
        Assert.Contains("confirmReceipt", delivered.AllowedActions);
        var completed = await (await customer.PostAsync($"/api/orders/{orderId}/confirm-receipt", ifMatch: $"\"{delivered.Version}\"")).ReadAsync<OrderDetailsDto>();
        Assert.Equal(OrderStatus.Completed, completed.Status);

        await ProfitIsChargesLessCostsAsync(orderId, (await buyer.CostsAsync(orderId)).PaidVnd, 8m);
        await LedgerSumsToZeroAsync();
    }

    [Fact]
    public async Task A_shipping_order_goes_from_submitted_to_completed_with_its_parcel_delivered_cash_on_delivery()
    {
        var customer = await NewCustomerAsync();
        var order = await customer.PlaceShippingOrderAsync(ShippingOrderRequest.For(ShippingOrderRequest.NewTrackingNumber()));
        await (await CsManagerAsync()).ApproveAsync(order.Id);
        var china = await ChinaStaffAsync();
        var parcel = await ScanAsync(china, order.Items[0].TrackingNumber);
        var empty = await (await china.PostAsync("/api/shipments", new Shipments.OpenCommand(parcel.Destination))).ReadAsync<ShipmentDto>(HttpStatusCode.Created);
        await (await china.PostAsync($"/api/shipments/{empty.Id}/dispatch")).ShouldBeProblemAsync(HttpStatusCode.Conflict, LogisticsErrors.ShipmentEmpty);
        var shipment = await ShipAsync(china, parcel.Destination, parcel);
        await (await china.PostAsync($"/api/shipments/{empty.Id}/parcels", new Shipments.ParcelCommand(parcel.Code))).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        var vietnam = await VietnamStaffAsync();
        await (await vietnam.PostAsync($"/api/warehouses/{parcel.Destination}/receive-shipment", new Shipments.ReceiveCommand(shipment.Code))).ShouldHaveStatusAsync(HttpStatusCode.OK);
        await ReceiveInVietnamAsync(vietnam, parcel.Destination, parcel.Code, "C-03");
        await App.DispatchOutboxAsync();
        Assert.Equal(OrderStatus.InVietnamWarehouse, (await customer.OrderAsync(order.Id)).Status);
        var due = (await ChargesAsync(customer, order.Id)).DueVnd;
        Assert.True(due > 0);

        // Cash on delivery: the driver collects what is due, booked to the driver, then handed in.
        var forwarding = await ForwardingAsync();
        var release = await (await forwarding.PostAsync("/api/releases", new Releases.Command([parcel.Id], CashOnDelivery: true, Address: "45 Lê Lợi, Q1", Phone: "0908765432")))
            .ReadAsync<ReleaseDto>(HttpStatusCode.Created);
        Assert.Equal(due, release.ToCollectVnd);
        var driver = await DriverAsync();
        var run = await (await forwarding.PostAsync("/api/delivery-runs", new DeliveryRuns.PlanCommand([release.Id], driver.Id))).ReadAsync<DeliveryRunDto>(HttpStatusCode.Created);
        await (await driver.PostAsync($"/api/deliveries/{run.Deliveries[0].Id}/delivered", new DeliveryRuns.DeliveredCommand(due + 1)))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, LogisticsErrors.CollectedWrong);
        await (await (await NewCustomerAsync()).PostAsync($"/api/deliveries/{run.Deliveries[0].Id}/delivered", new DeliveryRuns.DeliveredCommand(due)))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var done = await (await driver.PostAsync($"/api/deliveries/{run.Deliveries[0].Id}/delivered", new DeliveryRuns.DeliveredCommand(due))).ReadAsync<DeliveryRunDto>();
        Assert.Equal((due, due), (done.CollectedVnd, done.CashHeldVnd));
        Assert.Equal(0m, (await ChargesAsync(customer, order.Id)).DueVnd);
        var accountant = await AccountantAsync();
        await (await accountant.PostAsync($"/api/delivery-runs/{run.Id}/hand-in", new DeliveryRuns.HandInCommand(due + 1)))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, LogisticsErrors.HandInTooMuch);
        Assert.Equal(0m, (await (await accountant.PostAsync($"/api/delivery-runs/{run.Id}/hand-in", new DeliveryRuns.HandInCommand(due))).ReadAsync<DeliveryRunDto>()).CashHeldVnd);

        await App.DispatchOutboxAsync();
        var delivered = await customer.OrderAsync(order.Id);
        Assert.Equal(OrderStatus.Delivered, delivered.Status);
        await (await (await NewCustomerAsync()).PostAsync($"/api/orders/{order.Id}/confirm-receipt")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(OrderStatus.Completed, (await (await customer.PostAsync($"/api/orders/{order.Id}/confirm-receipt")).ReadAsync<OrderDetailsDto>()).Status);

        await ProfitIsChargesLessCostsAsync(order.Id, 0m, 4m);
        await LedgerSumsToZeroAsync();
    }

    [Fact]
    public async Task A_missing_parcel_is_lost_after_the_configured_days_and_a_delivered_order_completes_itself()
    {
        var customer = await NewCustomerAsync();
        var order = await customer.PlaceShippingOrderAsync(ShippingOrderRequest.For(ShippingOrderRequest.NewTrackingNumber(), ShippingOrderRequest.NewTrackingNumber()));
        await (await CsManagerAsync()).ApproveAsync(order.Id);
        var china = await ChinaStaffAsync();
        var a = await ScanAsync(china, order.Items[0].TrackingNumber);
        var b = await ScanAsync(china, order.Items[1].TrackingNumber);
        var shipment = await ShipAsync(china, a.Destination, a, b);
        var vietnam = await VietnamStaffAsync();
        await (await vietnam.PostAsync($"/api/warehouses/{a.Destination}/receive-shipment", new Shipments.ReceiveCommand(shipment.Code))).ShouldHaveStatusAsync(HttpStatusCode.OK);
        await ReceiveInVietnamAsync(vietnam, a.Destination, a.Code);
        await (await vietnam.PostAsync($"/api/shipments/{shipment.Id}/finish-receiving")).ShouldHaveStatusAsync(HttpStatusCode.OK);

        App.Clock.Advance(TimeSpan.FromDays(6));
        await App.RunAsync<MarkLostParcels>(job => job.RunAsync(CancellationToken.None));
        Assert.Equal(ParcelStatus.Missing, (await vietnam.GetAsync<ParcelDto>($"/api/parcels/{b.Id}")).Status);
        App.Clock.Advance(TimeSpan.FromDays(2));
        await App.RunAsync<MarkLostParcels>(job => job.RunAsync(CancellationToken.None));
        var lost = await vietnam.GetAsync<ParcelDto>($"/api/parcels/{b.Id}");
        Assert.Equal((ParcelStatus.Lost, ParcelAction.MarkedLost, "Ordo"), (lost.Status, lost.History[^1].Action, lost.History[^1].By));
        await App.DispatchOutboxAsync();
        Assert.Equal(OrderStatus.InTransit, (await customer.OrderAsync(order.Id)).Status);

        // It turns up and goes out with the other; delivered, the order completes itself after the configured days.
        await ReceiveInVietnamAsync(vietnam, a.Destination, b.Code);
        await App.DispatchOutboxAsync();
        var forwarding = await ForwardingAsync();
        var release = await (await forwarding.PostAsync("/api/releases", new Releases.Command([a.Id, b.Id], CashOnDelivery: true))).ReadAsync<ReleaseDto>(HttpStatusCode.Created);
        var driver = await DriverAsync();
        await DeliverAsync(forwarding, driver, release, release.ToCollectVnd);
        await App.DispatchOutboxAsync();
        Assert.Equal(OrderStatus.Delivered, (await customer.OrderAsync(order.Id)).Status);

        App.Clock.Advance(TimeSpan.FromDays(6));
        await App.RunAsync<CompleteDeliveredOrders>(job => job.RunAsync(CancellationToken.None));
        Assert.Equal(OrderStatus.Delivered, (await customer.OrderAsync(order.Id)).Status);
        App.Clock.Advance(TimeSpan.FromDays(2));
        await App.RunAsync<CompleteDeliveredOrders>(job => job.RunAsync(CancellationToken.None));
        var completed = await customer.OrderAsync(order.Id);
        Assert.Equal((OrderStatus.Completed, OrderHistoryAction.AutoCompleted), (completed.Status, completed.History[^1].Action));
        await LedgerSumsToZeroAsync();
    }

    [Fact]
    public async Task A_checker_sends_photos_of_the_goods_with_the_count_the_customer_sees_them_and_another_file_is_refused()
    {
        var customer = await NewCustomerAsync();
        var check = await InspectedOrderCheckAsync(customer);
        var vietnam = await VietnamStaffAsync();

        var photo = await (await PostPhotoAsync(vietnam, check.Id, ParcelClaimTests.Png, "hang-bi-mop.png")).ReadAsync<GoodsChecks.CheckPhotoDto>(HttpStatusCode.Created);
        Assert.Equal($"/api/files/{photo.Id}", photo.Url);
        var seen = await customer.GetAsync(photo.Url);
        Assert.Equal((HttpStatusCode.OK, "image/png"), (seen.StatusCode, seen.Content.Headers.ContentType?.MediaType));
        await (await (await NewCustomerAsync()).GetAsync(photo.Url)).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        // Not an image, no photo, a role that does not check, and another customer's file: refused, nothing kept.
        await (await PostPhotoAsync(vietnam, check.Id, "%PDF-1.4 not a photo"u8.ToArray(), "note.png")).ShouldBeInvalidAsync("photo");
        await (await PostPhotoAsync(await ChinaStaffAsync(), check.Id, ParcelClaimTests.Png, "x.png")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        var strangersCheck = await InspectedOrderCheckAsync(await NewCustomerAsync());
        var foreign = await (await PostPhotoAsync(vietnam, strangersCheck.Id, ParcelClaimTests.Png, "other.png")).ReadAsync<GoodsChecks.CheckPhotoDto>(HttpStatusCode.Created);
        var counts = check.Lines.Select(l => new CheckCount(l.LineId, l.Expected, 0, 1)).ToList();
        await (await vietnam.PostAsync($"/api/checks/{check.Id}/result", new GoodsChecks.ResultCommand(counts, "Mốp 1", [photo.Id, foreign.Id])))
            .ShouldBeInvalidAsync("photoIds");
        Assert.Equal(CheckStatus.Open, (await vietnam.GetAsync<GoodsChecks.CheckDto>($"/api/checks/{check.Id}")).Status);

        var recorded = await (await vietnam.PostAsync($"/api/checks/{check.Id}/result", new GoodsChecks.ResultCommand(counts, "Mốp 1", [photo.Id])))
            .ReadAsync<GoodsChecks.CheckDto>();
        Assert.Equal(CheckStatus.Mismatch, recorded.Status);
        Assert.Equal([photo.Id], recorded.PhotoIds);
        Assert.Equal([photo.Id], (await customer.GetAsync<GoodsChecks.CheckDto>($"/api/checks/{check.Id}")).PhotoIds);
        await (await PostPhotoAsync(vietnam, check.Id, ParcelClaimTests.Png, "late.png")).ShouldBeProblemAsync(HttpStatusCode.Conflict, LogisticsErrors.CheckNotOpen);
    }

    /// <summary>A new order of the customer's that bought inspection, and the check the forwarding manager set for it.</summary>
    private async Task<GoodsChecks.CheckDto> InspectedOrderCheckAsync(ApiUser customer)
    {
        await customer.AddToCartAsync(CartLineRequest.From(Shop.Uniqlo));
        var order = Assert.Single((await (await customer.TrySubmitCartAsync(new SubmitCart.Command(null, new OrderOptionsDto(true, false, false), null)))
            .ReadAsync<Web.Orders.CartEndpoints.SubmitResponse>()).Orders);
        return await (await (await ForwardingAsync()).PostAsync("/api/checks", new GoodsChecks.CreateCommand(order.Code))).ReadAsync<GoodsChecks.CheckDto>(HttpStatusCode.Created);
    }

    private static Task<HttpResponseMessage> PostPhotoAsync(ApiUser staff, Guid checkId, byte[] content, string name)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("image/png");
        form.Add(file, "photo", name);
        return staff.Http.PostAsync(new Uri($"/api/checks/{checkId}/photos", UriKind.Relative), form);
    }

    [Fact]
    public async Task A_customer_sees_only_their_own_delivery_requests_and_releases_and_may_not_ask_for_another_s_parcels()
    {
        var owner = await NewCustomerAsync();
        var order = await owner.PlaceShippingOrderAsync(ShippingOrderRequest.For(ShippingOrderRequest.NewTrackingNumber()));
        await (await CsManagerAsync()).ApproveAsync(order.Id);
        var parcel = await ScanAsync(await ChinaStaffAsync(), order.Items[0].TrackingNumber);
        var stranger = await NewCustomerAsync();

        await (await stranger.PostAsync("/api/delivery-requests", new DeliveryRequests.Command([parcel.Id], "1 Phố Huế", "0901111222", null)))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await owner.PostAsync("/api/delivery-requests", new DeliveryRequests.Command([parcel.Id], "1 Phố Huế", "0901111222", null)))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, LogisticsErrors.IllegalParcelStep);
        await (await owner.PostAsync("/api/delivery-requests", new DeliveryRequests.Command([], "", "abc", null))).ShouldBeInvalidAsync("parcelIds");
        Assert.Equal(0, (await stranger.GetAsync<PagedResult<DeliveryRequestDto>>("/api/delivery-requests")).Total);
        Assert.Equal(0, (await stranger.GetAsync<PagedResult<ReleaseDto>>("/api/releases")).Total);
        await (await stranger.GetAsync("/api/shipments")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await stranger.GetAsync("/api/delivery-runs")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_administrator_versions_the_tariff_and_bad_tariffs_change_nothing()
    {
        var admin = await AdminAsync();
        var before = await admin.GetAsync<ShippingTariffs.TariffsDto>("/api/settings/shipping-tariffs");

        await (await admin.PutAsync("/api/settings/shipping-tariffs", new ShippingTariffs.SetCommand([new ShippingRate("HN", null, 0m, 0m)], [])))
            .ShouldBeInvalidAsync("rates");
        await (await (await ForwardingAsync()).PutAsync("/api/settings/shipping-tariffs", new ShippingTariffs.SetCommand(before.Current.Rates, before.Current.Costs)))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await (await NewCustomerAsync()).GetAsync("/api/settings/shipping-tariffs")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(before.Versions.Count, (await admin.GetAsync<ShippingTariffs.TariffsDto>("/api/settings/shipping-tariffs")).Versions.Count);

        var later = App.Clock.GetUtcNow().AddDays(30);
        var set = await (await admin.PutAsync("/api/settings/shipping-tariffs", new ShippingTariffs.SetCommand(
            [new ShippingRate(null, null, 32_000m, 15_000m), new ShippingRate(" hcm ", null, 36_000m, 15_000m)], [new FreightCost(null, 19_000m)], later)))
            .ReadAsync<ShippingTariffs.TariffDto>();
        Assert.Equal("HCM", set.Rates[1].Destination);
        var after = await admin.GetAsync<ShippingTariffs.TariffsDto>("/api/settings/shipping-tariffs");
        Assert.Equal(before.Current.Rates, after.Current.Rates);
        Assert.Equal(before.Versions.Count + 1, after.Versions.Count);
    }

    public sealed class OnSqlite(SqliteApp app) : OrderRoadTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : OrderRoadTests(app), IClassFixture<PostgresApp>;
}
