using System.Net;
using Ordo.Api.Tests.Cart;
using Ordo.Api.Tests.Hosting;
using Ordo.Api.Tests.Money;
using Ordo.Api.Tests.Notifications;
using Ordo.Api.Tests.Orders;
using Ordo.Api.Tests.Buying;
using Ordo.Api.Tests.Support;
using Ordo.Application.Buying;
using Ordo.Application.Identity;
using Ordo.Application.Money;
using Ordo.Application.Orders;
using Ordo.Domain.Buying;
using Ordo.Domain.Identity;
using Ordo.Domain.Money;
using Ordo.Domain.Orders;

namespace Ordo.Api.Tests.Contract;

/// <summary>
/// The callers of the contract tests (two customers of the test's own and the demo staff accounts) and the resources
/// an operation's <c>{id}</c> names, each made afresh and owned by <see cref="Owner"/>.
/// </summary>
internal sealed class ContractWorld
{
    private static readonly Dictionary<Caller, string> DemoEmails = new()
    {
        [Caller.CsManager] = "cs.manager@ordo.test",
        [Caller.CsStaff] = "cs@ordo.test",
        [Caller.OrderManager] = "order.manager@ordo.test",
        [Caller.Buyer] = "buyer@ordo.test",
        [Caller.Accountant] = "accountant@ordo.test",
        [Caller.ForwardingManager] = "forwarding.manager@ordo.test",
        [Caller.ChinaWarehouse] = "cn.warehouse@ordo.test",
        [Caller.VietnamWarehouse] = "vn.warehouse@ordo.test",
        [Caller.Delivery] = "delivery@ordo.test",
        [Caller.Admin] = "admin@ordo.test",
    };

    /// <summary>What the <c>{…}</c> of paths under each prefix names.</summary>
    private static readonly (string Prefix, Target Target)[] Targets =
    [
        ("/api/customers/{id}/disable", Target.SpareCustomer), ("/api/customers/{id}/enable", Target.SpareCustomer),
        ("/api/accounts/", Target.SpareCustomer), ("/api/admin/outbox/", Target.OutboxMessage),
        ("/api/orders/{id}/shipping-items/", Target.ShippingItem), ("/api/orders/", Target.Order), ("/api/cart/lines/", Target.CartLine), ("/api/top-ups/", Target.TopUp),
        ("/api/payments/", Target.Payment), ("/api/withdrawals/", Target.Withdrawal), ("/api/notifications/", Target.Notification),
        ("/api/ledger/entries/", Target.JournalEntry), ("/api/customers/", Target.Customer), ("/api/staff/", Target.Staff),
        ("/api/settings/loyalty-tiers/", Target.LoyaltyTier), ("/api/settings/discount-codes/", Target.DiscountCode),
        ("/api/settings/customer-groups/", Target.CustomerGroup), ("/api/money-books/", Target.VnMoneyBook),
        ("/api/warehouses/{code}/scan", Target.ChinaWarehouse), ("/api/warehouses/{code}/receive", Target.VietnamWarehouse),
        ("/api/warehouses/", Target.Warehouse), ("/api/parcels/", Target.Parcel),
        ("/api/shipments/{id}/parcels/{parcelId}", Target.ShipmentParcel), ("/api/shipments/", Target.Shipment), ("/api/checks/", Target.Check),
        ("/api/parcel-claims/", Target.ParcelClaim), ("/api/files/", Target.File), ("/api/releases/", Target.Release), ("/api/delivery-runs/", Target.DeliveryRun), ("/api/deliveries/", Target.Delivery),
        ("/api/stocktakes/", Target.Stocktake),
        ("/api/settings/buying-accounts/", Target.BuyingAccount), ("/api/shop-order-number-changes/", Target.ShopOrderNumberChange),
    ];

    private readonly OrdoApp _app;
    private readonly Dictionary<Caller, ApiUser> _users;
    private readonly Func<Task<ApiUser>> _newCustomer;

    private ContractWorld(OrdoApp app, Dictionary<Caller, ApiUser> users, Func<Task<ApiUser>> newCustomer)
    {
        _app = app;
        _users = users;
        _newCustomer = newCustomer;
    }

    public ApiUser Owner => _users[Caller.Owner];

    private ApiUser Accountant => _users[Caller.Accountant];

    private ApiUser Admin => _users[Caller.Admin];

    private ApiUser Manager => _users[Caller.CsManager];

    public static async Task<ContractWorld> CreateAsync(OrdoApp app, Func<Task<ApiUser>> newCustomer)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(newCustomer);
        var users = new Dictionary<Caller, ApiUser> { [Caller.Owner] = await newCustomer(), [Caller.OtherCustomer] = await newCustomer() };
        foreach (var (caller, email) in DemoEmails)
        {
            users[caller] = await app.DemoUserAsync(email);
        }

        return new ContractWorld(app, users, newCustomer);
    }

    /// <summary>Replaces <c>{ownerId}</c> and <c>{csStaffId}</c> in a row's body or query.</summary>
    public string Fill(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Replace("{ownerId}", Owner.Id.ToString(), StringComparison.Ordinal)
            .Replace("{csStaffId}", _users[Caller.CsStaff].Id.ToString(), StringComparison.Ordinal);
    }

    public HttpClient ClientOf(Caller caller) => caller == Caller.Anonymous ? _app.Anonymous : _users[caller].Http;

    /// <summary>The operation's path with its parameter replaced by a fresh resource of the owner's.</summary>
    public async Task<string> UrlAsync(string pathTemplate)
    {
        ArgumentNullException.ThrowIfNull(pathTemplate);
        var parameter = System.Text.RegularExpressions.Regex.Match(pathTemplate, @"\{[^}]+\}");
        if (!parameter.Success)
        {
            return pathTemplate;
        }

        var target = Targets.Where(t => pathTemplate.StartsWith(t.Prefix, StringComparison.Ordinal)).Select(t => (Target?)t.Target).FirstOrDefault()
                     ?? throw new InvalidOperationException($"{pathTemplate}: add what its parameter names to ContractWorld.Targets.");
        if (target == Target.ShipmentParcel)
        {
            var (shipmentId, parcelId) = await PackedParcelAsync();
            return pathTemplate.Replace("{id}", shipmentId.ToString(), StringComparison.Ordinal).Replace("{parcelId}", parcelId.ToString(), StringComparison.Ordinal);
        }

        if (target == Target.ShippingItem)
        {
            var order = await Owner.PlaceShippingOrderAsync(ShippingOrderRequest.For(ShippingOrderRequest.NewTrackingNumber(), ShippingOrderRequest.NewTrackingNumber()));
            return pathTemplate.Replace("{id}", order.Id.ToString(), StringComparison.Ordinal)
                .Replace("{itemId}", order.Items[1].Id.ToString(), StringComparison.Ordinal);
        }

        return pathTemplate.Replace(parameter.Value, await CreateAsync(target), StringComparison.Ordinal);
    }

    public async Task<string> CreateAsync(Target target) => target switch
    {
        Target.Order => (await Owner.PlacePurchaseOrderAsync()).Id.ToString(),
        Target.CartLine => (await Owner.AddToCartAsync(CartLineRequest.From(Shop.Uniqlo))).Id.ToString(),
        Target.TopUp => (await Owner.RequestTopUpAsync(100_000m)).Id.ToString(),
        Target.Payment => (await PendingPaymentAsync()).ToString(),
        Target.Withdrawal => (await WithdrawalAsync()).ToString(),
        Target.Notification => (await NotificationAsync()).ToString(),
        Target.JournalEntry => (await AdjustmentAsync()).ToString(),
        Target.Customer => Owner.Id.ToString(),
        Target.Staff => (await CreatedIdAsync("/api/staff", new StaffAdministration.CreateCommand(
            $"staff-{Guid.NewGuid():N}@example.com", "Nhân viên Thử", "0912 345 679", ApiTest.Password, [Roles.Delivery], Department.Delivery))).ToString(),
        Target.LoyaltyTier => (await CreatedIdAsync("/api/settings/loyalty-tiers", new MoneyAdministration.TierCommand($"Tier {Guid.NewGuid():N}", 1m, null, 0m))).ToString(),
        Target.DiscountCode => (await CreatedIdAsync("/api/settings/discount-codes", new MoneyAdministration.CodeCommand($"C{Guid.NewGuid():N}"[..12].ToUpperInvariant(), DiscountKind.Percent, 5m, _app.Clock.GetUtcNow().AddDays(-1), _app.Clock.GetUtcNow().AddDays(30), null, null))).ToString(),
        Target.CustomerGroup => (await CreatedIdAsync("/api/settings/customer-groups", new MoneyAdministration.GroupCommand($"Group {Guid.NewGuid():N}"))).ToString(),
        Target.VnMoneyBook => "vn",
        Target.SpareCustomer => (await _newCustomer()).Id.ToString(),
        Target.OutboxMessage => (await PendingOutboxMessageAsync()).ToString(),
        Target.BuyingAccount => (await CreatedIdAsync("/api/settings/buying-accounts", new BuyingAccounts.AccountCommand(
            Marketplace.Taobao, $"tb_{Guid.NewGuid():N}", PaymentKind.Alipay, "contract@example.cn", null, []))).ToString(),
        Target.ShopOrderNumberChange => (await ShopOrderNumberChangeAsync()).ToString(),
        Target.ChinaWarehouse => "GZ",
        Target.Warehouse => (await CreatedAsync<Application.Logistics.WarehouseDto>("/api/warehouses", new Application.Logistics.Warehouses.CreateCommand(
            $"C{Random.Shared.Next(100_000, 999_999)}", "Kho Thử", Domain.Logistics.Country.VN, "Hà Nội"))).Code,
        Target.Parcel => await ParcelAsync(),
        Target.VietnamWarehouse => "HN",
        Target.Shipment => (await OpenShipmentAsync()).Id.ToString(),
        Target.Check => (await CheckAsync()).ToString(),
        Target.ParcelClaim => (await ClaimAsync()).Id.ToString(),
        Target.File => (await ClaimAsync()).PhotoUrl.Split('/')[^1],
        Target.Release => (await ReleaseAsync()).Id.ToString(),
        Target.DeliveryRun => (await RunAsync()).Id.ToString(),
        Target.Delivery => (await RunAsync()).Deliveries[0].Id.ToString(),
        Target.Stocktake => (await StocktakeAsync()).ToString(),
        _ => throw new ArgumentOutOfRangeException(nameof(target), target, null),
    };

    private async Task<Guid> StocktakeAsync()
    {
        var warehouse = await CreateAsync(Target.Warehouse);
        var stocktake = await (await _users[Caller.ForwardingManager].PostAsync("/api/stocktakes", new Application.Logistics.Stocktakes.StartCommand(warehouse)))
            .ReadAsync<Application.Logistics.StocktakeDto>(HttpStatusCode.Created);
        return stocktake.Summary.Id;
    }

    private async Task<T> CreatedAsync<T>(string url, object body) =>
        await (await Admin.PostAsync(url, body)).ReadAsync<T>(HttpStatusCode.Created);

    /// <summary>A shipping order of the owner's whose parcel the China warehouse received.</summary>
    private async Task<Application.Logistics.ShipmentDto> OpenShipmentAsync(string destination = "HN") =>
        await (await (await _app.DemoUserAsync("forwarding.manager@ordo.test")).PostAsync("/api/shipments", new Application.Logistics.Shipments.OpenCommand(destination)))
            .ReadAsync<Application.Logistics.ShipmentDto>(HttpStatusCode.Created);

    /// <summary>An open shipment to the parcel's destination with a parcel of the owner's in it (other tests add Vietnam warehouses, which may become the destination).</summary>
    private async Task<(Guid ShipmentId, Guid ParcelId)> PackedParcelAsync()
    {
        var parcel = await Owner.GetAsync<Application.Logistics.ParcelDto>($"/api/parcels/{await ParcelAsync()}");
        var shipment = await OpenShipmentAsync(parcel.Destination);
        await (await (await _app.DemoUserAsync("forwarding.manager@ordo.test")).PostAsync($"/api/shipments/{shipment.Id}/parcels", new Application.Logistics.Shipments.ParcelCommand(parcel.Code)))
            .ShouldHaveStatusAsync(HttpStatusCode.OK);
        return (shipment.Id, parcel.Id);
    }

    /// <summary>A check set on an order of the owner's that bought inspection.</summary>
    private async Task<Guid> CheckAsync()
    {
        await Owner.AddToCartAsync(CartLineRequest.From(Shop.Uniqlo));
        var order = Assert.Single((await (await Owner.TrySubmitCartAsync(new SubmitCart.Command(null, new OrderOptionsDto(true, false, false), null)))
            .ReadAsync<Web.Orders.CartEndpoints.SubmitResponse>()).Orders);
        var check = await (await (await _app.DemoUserAsync("forwarding.manager@ordo.test")).PostAsync("/api/checks", new Application.Logistics.GoodsChecks.CreateCommand(order.Code)))
            .ReadAsync<Application.Logistics.GoodsChecks.CheckDto>(HttpStatusCode.Created);
        return check.Id;
    }

    /// <summary>A parcel of the owner's shipped to its Vietnam warehouse, received there and released cash on delivery.</summary>
    private async Task<Application.Logistics.ReleaseDto> ReleaseAsync()
    {
        var forwarding = await _app.DemoUserAsync("forwarding.manager@ordo.test");
        var (shipmentId, parcelId) = await PackedParcelAsync();
        var shipment = await forwarding.GetAsync<Application.Logistics.ShipmentDto>($"/api/shipments/{shipmentId}");
        await (await forwarding.PostAsync($"/api/shipments/{shipmentId}/dispatch")).ShouldHaveStatusAsync(HttpStatusCode.OK);
        await (await forwarding.PostAsync($"/api/warehouses/{shipment.Destination}/receive-shipment", new Application.Logistics.Shipments.ReceiveCommand(shipment.Code))).ShouldHaveStatusAsync(HttpStatusCode.OK);
        await (await forwarding.PostAsync($"/api/warehouses/{shipment.Destination}/receive-parcel", new Application.Logistics.VietnamReceipt.ReceiveCommand(shipment.Parcels[0].ParcelCode))).ShouldHaveStatusAsync(HttpStatusCode.OK);
        return await (await forwarding.PostAsync("/api/releases", new Application.Logistics.Releases.Command([parcelId], CashOnDelivery: true)))
            .ReadAsync<Application.Logistics.ReleaseDto>(HttpStatusCode.Created);
    }

    /// <summary>The owner's release on a run of the demo driver's.</summary>
    private async Task<Application.Logistics.DeliveryRunDto> RunAsync()
    {
        var release = await ReleaseAsync();
        var driver = _users[Caller.Delivery];
        return await (await (await _app.DemoUserAsync("forwarding.manager@ordo.test")).PostAsync("/api/delivery-runs", new Application.Logistics.DeliveryRuns.PlanCommand([release.Id], driver.Id)))
            .ReadAsync<Application.Logistics.DeliveryRunDto>(HttpStatusCode.Created);
    }

    /// <summary>An anonymous parcel the owner claimed for a shipping order of theirs, with a photo.</summary>
    private async Task<Application.Logistics.ParcelClaimDto> ClaimAsync()
    {
        var order = await Owner.PlaceShippingOrderAsync(ShippingOrderRequest.For(ShippingOrderRequest.NewTrackingNumber()));
        var number = ShippingOrderRequest.NewTrackingNumber();
        var staff = await _app.DemoUserAsync("cn.warehouse@ordo.test");
        var scanned = await (await staff.PostAsync("/api/warehouses/GZ/scan", new Application.Logistics.ScanParcel.Command(number, 1m, 10m, 10m, 10m)))
            .ReadAsync<Application.Logistics.ScanParcel.Result>();
        return await (await Logistics.ParcelClaimTests.TryClaimAsync(Owner, scanned.Parcel.Id, order.Id, number))
            .ReadAsync<Application.Logistics.ParcelClaimDto>(HttpStatusCode.Created);
    }

    private async Task<string> ParcelAsync()
    {
        var number = ShippingOrderRequest.NewTrackingNumber();
        await Owner.PlaceShippingOrderAsync(ShippingOrderRequest.For(number));
        var staff = await _app.DemoUserAsync("cn.warehouse@ordo.test");
        var scanned = await (await staff.PostAsync("/api/warehouses/GZ/scan", new Application.Logistics.ScanParcel.Command(number, 1m, 10m, 10m, 10m)))
            .ReadAsync<Application.Logistics.ScanParcel.Result>();
        return scanned.Parcel.Id.ToString();
    }

    /// <summary>The owner's order deposited, bought by the demo buyer with their Taobao account, and a change of its numbers asked for.</summary>
    private async Task<Guid> ShopOrderNumberChangeAsync()
    {
        await FundAsync(10_000_000m);
        var orderId = await Owner.ApprovedOrderAsync(Manager);
        await Owner.PayDepositAsync(orderId);
        var buyer = _users[Caller.Buyer];
        var order = await _users[Caller.OrderManager].AssignBuyerAsync(orderId, buyer.Id);
        await (await buyer.TryPurchaseAsync(orderId, order.AsInCart(await buyer.AccountOnAsync(Marketplace.Taobao)))).ShouldHaveStatusAsync(HttpStatusCode.OK);
        var response = await buyer.PostAsync($"/api/orders/{orderId}/shop-order-numbers", new ShopOrderNumberChanges.RequestCommand(["3342190001"], "Contract test"));
        return (await response.ReadAsync<ShopOrderNumberChanges.ChangeDto>(HttpStatusCode.Created)).Id;
    }

    /// <summary>The test host runs no dispatcher, so the event of a newly approved order waits in the outbox.</summary>
    private async Task<Guid> PendingOutboxMessageAsync()
    {
        await Owner.ApprovedOrderAsync(Manager);
        using var page = System.Text.Json.JsonDocument.Parse(await (await Admin.Http.GetAsync(new Uri("/api/admin/outbox?state=Pending&pageSize=1", UriKind.Relative))).Content.ReadAsStringAsync());
        return page.RootElement.GetProperty("items")[0].GetProperty("id").GetGuid();
    }

    private async Task FundAsync(decimal amountVnd) => await Owner.TopUpAsync(Accountant, amountVnd);

    private async Task<Guid> PendingPaymentAsync()
    {
        await FundAsync(10_000_000m);
        var orderId = await Owner.ApprovedOrderAsync(Manager);
        await Owner.PayDepositAsync(orderId);
        var response = await Owner.PostAsync($"/api/orders/{orderId}/payments", new OrderPayments.Command(1_000m, PaymentMethod.BankTransfer, "CK"));
        return (await response.ReadAsync<PaymentDto>(HttpStatusCode.Created)).Id;
    }

    private async Task<Guid> WithdrawalAsync()
    {
        await FundAsync(1_000_000m);
        var response = await Owner.PostAsync("/api/wallet/withdrawals", new Withdrawals.RequestCommand(100_000m, "VCB 0123456789"));
        return (await response.ReadAsync<Withdrawals.WithdrawalDto>(HttpStatusCode.Created)).Id;
    }

    private async Task<Guid> NotificationAsync()
    {
        await Owner.ApprovedOrderAsync(Manager);
        return (await Owner.NotificationsAsync()).Items[0].Id;
    }

    private async Task<Guid> AdjustmentAsync()
    {
        var response = await Admin.PostAsync("/api/ledger/adjustments", new WalletAdjustments.AdjustCommand(Owner.Id, 50_000m, "Goodwill credit"));
        return (await response.ReadAsync<WalletAdjustments.EntryDto>()).Id;
    }

    private async Task<Guid> CreatedIdAsync(string url, object body)
    {
        var response = await Admin.PostAsync(url, body);
        return (await response.ReadAsync<IdOnly>(HttpStatusCode.Created)).Id;
    }

    private sealed record IdOnly(Guid Id);
}
