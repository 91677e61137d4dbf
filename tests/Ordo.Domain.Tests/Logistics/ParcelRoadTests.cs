using Ordo.Domain.Common;
using Ordo.Domain.Identity;
using Ordo.Domain.Logistics;
using Ordo.Domain.Logistics.Events;
using Ordo.Domain.Money;
using Ordo.Domain.Tests.Support;

namespace Ordo.Domain.Tests.Logistics;

/// <summary>A parcel's road from the China warehouse to the customer: shipments, Vietnam, release, delivery, and the money on the way.</summary>
public class ParcelRoadTests
{
    private static readonly DateTimeOffset Now = Clock.Now.AddDays(5);
    private static readonly Actor ChinaClerk = Actors.Staff("Lý Minh", Roles.ChinaWarehouse);
    private static readonly Actor VietnamClerk = Actors.Staff("Trịnh Hòa", Roles.VietnamWarehouse);
    private static readonly Actor Forwarding = Actors.Staff("Bùi Quang", Roles.ForwardingManager);
    private static readonly Warehouse Guangzhou = Warehouse.Create(Actors.Admin, "GZ", "Quảng Châu", Country.CN, "Baiyun, Guangzhou");
    private static readonly Warehouse HaNoi = Warehouse.Create(Actors.Admin, "HN", "Hà Nội", Country.VN, "Long Biên, Hà Nội");
    private static readonly Warehouse SaiGon = Warehouse.Create(Actors.Admin, "HCM", "TP.HCM", Country.VN, "Tân Bình, TP.HCM");

    private static int _codes;

    private static Parcel AParcel(Guid? customerId = null, string destination = "HN", decimal kg = 2.5m)
    {
        var n = Interlocked.Increment(ref _codes);
        var owner = new ParcelOwner(Guid.NewGuid(), $"PO-2026-{n:D6}", customerId ?? Guid.NewGuid(), "KH000001");
        return Parcel.Receive(
            ChinaClerk, $"PK-2026-{n:D6}", $"YT{n:D10}", owner, excess: false, Guangzhou, destination,
            ParcelMeasurements.Parse(kg, 30m, 20m, 10m), [], null, Now);
    }

    private static (Shipment Shipment, Parcel Parcel) Dispatched(Parcel? parcel = null)
    {
        var p = parcel ?? AParcel();
        var shipment = Shipment.Open(ChinaClerk, "BG-2026-000001", Guangzhou, HaNoi, null, Now);
        shipment.Pack(ChinaClerk, p, Now);
        shipment.Dispatch(ChinaClerk, [p], Now);
        return (shipment, p);
    }

    [Fact]
    public void A_shipment_leaves_with_its_count_and_weight_and_its_parcels_are_in_transit()
    {
        var (a, b) = (AParcel(kg: 2.5m), AParcel(kg: 1.25m));
        var shipment = Shipment.Open(ChinaClerk, "BG-2026-000001", Guangzhou, HaNoi, "Xe tải 1", Now);
        shipment.Pack(ChinaClerk, a, Now);
        shipment.Pack(ChinaClerk, b, Now);

        shipment.Dispatch(ChinaClerk, [a, b], Now);

        Assert.Equal((ShipmentStatus.Dispatched, 2, 3.75m), (shipment.Status, shipment.ParcelCount, shipment.TotalWeightKg));
        Assert.All([a, b], p => Assert.Equal(ParcelStatus.InTransit, p.Status));
        Assert.Equal([ParcelAction.Received, ParcelAction.Packed, ParcelAction.Dispatched], a.History.Select(h => h.Action));
        Assert.Contains(a.DomainEvents, e => e is ParcelMoved { Status: ParcelStatus.InTransit });
    }

    [Fact]
    public void An_empty_shipment_is_not_dispatched_and_a_dispatched_one_takes_nothing_more()
    {
        var shipment = Shipment.Open(ChinaClerk, "BG-2026-000002", Guangzhou, HaNoi, null, Now);
        DomainAssert.AssertBrokenRule(() => shipment.Dispatch(ChinaClerk, [], Now), LogisticsErrors.ShipmentEmpty);

        var (dispatched, _) = Dispatched();
        DomainAssert.AssertBrokenRule(() => dispatched.Pack(ChinaClerk, AParcel(), Now), LogisticsErrors.ShipmentNotOpen);
        DomainAssert.AssertBrokenRule(() => dispatched.Dispatch(ChinaClerk, [], Now), LogisticsErrors.ShipmentNotOpen);
    }

    [Fact]
    public void A_parcel_for_another_destination_or_already_in_a_shipment_is_refused()
    {
        var toSaigon = AParcel(destination: "HCM");
        var shipment = Shipment.Open(ChinaClerk, "BG-2026-000003", Guangzhou, HaNoi, null, Now);
        DomainAssert.AssertBrokenRule(() => shipment.Pack(ChinaClerk, toSaigon, Now), LogisticsErrors.WrongDestination);

        var parcel = AParcel();
        shipment.Pack(ChinaClerk, parcel, Now);
        var other = Shipment.Open(ChinaClerk, "BG-2026-000004", Guangzhou, HaNoi, null, Now);
        DomainAssert.AssertBrokenRule(() => other.Pack(ChinaClerk, parcel, Now), LogisticsErrors.AlreadyPacked);
        Assert.Empty(other.Parcels);
    }

    [Fact]
    public void An_anonymous_parcel_does_not_leave_China()
    {
        var anonymous = Parcel.Receive(ChinaClerk, "PK-2026-999999", "YT0000099999", null, false, Guangzhou, "HN", ParcelMeasurements.Parse(1m, 10m, 10m, 10m), [], null, Now);
        var shipment = Shipment.Open(ChinaClerk, "BG-2026-000005", Guangzhou, HaNoi, null, Now);

        DomainAssert.AssertBrokenRule(() => shipment.Pack(ChinaClerk, anonymous, Now), LogisticsErrors.ParcelUnowned);
    }

    [Fact]
    public void Vietnam_receives_a_shipment_once_and_flags_what_was_not_in_it_missing()
    {
        var (a, b) = (AParcel(), AParcel());
        var shipment = Shipment.Open(ChinaClerk, "BG-2026-000006", Guangzhou, HaNoi, null, Now);
        shipment.Pack(ChinaClerk, a, Now);
        shipment.Pack(ChinaClerk, b, Now);
        shipment.Dispatch(ChinaClerk, [a, b], Now);

        DomainAssert.AssertBrokenRule(() => shipment.Arrive(VietnamClerk, SaiGon, Now), LogisticsErrors.WrongDestination);
        shipment.Arrive(VietnamClerk, HaNoi, Now);
        DomainAssert.AssertBrokenRule(() => shipment.Arrive(VietnamClerk, HaNoi, Now), LogisticsErrors.ShipmentAlreadyArrived);
        a.ReceiveInVietnam(VietnamClerk, HaNoi, "a-01-2", Now);
        shipment.MarkReceived(a.Id);
        shipment.FinishReceiving(VietnamClerk, [b], Now);

        Assert.Equal((ParcelStatus.InVietnamWarehouse, "A-01-2"), (a.Status, a.Shelf));
        Assert.Equal((ParcelStatus.Missing, Now), (b.Status, b.MissingSince));
        Assert.Equal(ShipmentStatus.Received, shipment.Status);
        var arrived = Assert.Single(a.DomainEvents.OfType<ParcelArrivedInVietnam>());
        Assert.Equal((a.ChargeableWeightKg, "HN"), (arrived.ChargeableWeightKg, arrived.WarehouseCode));

        // The missing one is declared lost, then turns up and is received as usual.
        b.MarkLost(Actor.System, "missing 7 days", Now.AddDays(7));
        b.ReceiveInVietnam(VietnamClerk, HaNoi, null, Now.AddDays(8));
        Assert.Equal(ParcelStatus.InVietnamWarehouse, b.Status);
        DomainAssert.AssertBrokenRule(() => b.ReceiveInVietnam(VietnamClerk, HaNoi, null, Now.AddDays(8)), LogisticsErrors.AlreadyArrived);
    }

    [Fact]
    public void Only_the_Vietnam_warehouse_and_the_forwarding_manager_receive_in_Vietnam()
    {
        var (_, parcel) = Dispatched();

        Assert.Throws<ForbiddenActionException>(() => parcel.ReceiveInVietnam(ChinaClerk, HaNoi, null, Now));
        Assert.Throws<ForbiddenActionException>(() => parcel.ReceiveInVietnam(Actors.NewCustomer(), HaNoi, null, Now));
        Assert.Equal(ParcelStatus.InTransit, parcel.Status);
    }

    [Theory]
    [InlineData("A 01")]
    [InlineData("kệ#3")]
    public void A_shelf_is_letters_digits_and_separators(string shelf)
    {
        var (_, parcel) = Dispatched();

        var error = Assert.Throws<DomainValidationException>(() => parcel.ReceiveInVietnam(VietnamClerk, HaNoi, shelf, Now));

        Assert.Contains("shelf", error.Errors.Keys);
        Assert.Equal(ParcelStatus.InTransit, parcel.Status);
    }

    [Fact]
    public void The_tariff_charges_chargeable_kg_at_the_most_specific_rate_never_under_its_minimum()
    {
        var vip = Guid.NewGuid();
        var tariff = new ShippingTariff(
            [new(null, null, 30_000m, 15_000m), new("HN", null, 28_000m, 15_000m), new("HN", vip, 25_000m, 10_000m), new(null, vip, 27_000m, 10_000m)],
            [new(null, 18_000m)]);
        tariff.Validate();

        Assert.Equal(70_000m, tariff.FeeFor("hn", null, 2.5m).Amount);
        Assert.Equal(62_500m, tariff.FeeFor("HN", vip, 2.5m).Amount);
        Assert.Equal(67_500m, tariff.FeeFor("HCM", vip, 2.5m).Amount);
        Assert.Equal(75_000m, tariff.FeeFor("HCM", Guid.NewGuid(), 2.5m).Amount);
        Assert.Equal(15_000m, tariff.FeeFor("HCM", null, 0.2m).Amount);
        Assert.Equal(4_500m, tariff.CostFor("HN", 0.25m).Amount);
        Assert.Equal(8_333m, new ShippingTariff([new(null, null, 33_333m, 0m)], [new(null, 0m)]).FeeFor("HN", null, 0.25m).Amount);
    }

    [Fact]
    public void A_tariff_without_a_default_rate_or_with_bad_figures_is_refused()
    {
        var error = Assert.Throws<DomainValidationException>(() => new ShippingTariff([new("HN", null, 0m, -1m)], [new("HN", 1.5m)]).Validate());

        Assert.Contains("rates", error.Errors.Keys);
        Assert.Contains("rates[0].perKgVnd", error.Errors.Keys);
        Assert.Contains("rates[0].minimumVnd", error.Errors.Keys);
        Assert.Contains("costs", error.Errors.Keys);
        Assert.Contains("costs[0].perKgVnd", error.Errors.Keys);
    }

    private static Parcel InVietnam(Guid customerId, out ReleaseTerms terms, decimal totalVnd = 500_000m, decimal paidVnd = 500_000m)
    {
        var (_, parcel) = Dispatched(AParcel(customerId));
        parcel.ReceiveInVietnam(VietnamClerk, HaNoi, "B-02", Now);
        terms = new ReleaseTerms(parcel.OrderId!.Value, parcel.OrderCode!, customerId, totalVnd, paidVnd, AwaitsCheck: false, CollectedOnAnotherRelease: false);
        return parcel;
    }

    [Fact]
    public void An_unpaid_parcel_is_released_only_as_cash_on_delivery()
    {
        var customer = Guid.NewGuid();
        var parcel = InVietnam(customer, out var terms, totalVnd: 800_000m, paidVnd: 560_000m);

        DomainAssert.AssertBrokenRule(() => Release.Create(Forwarding, "XK-2026-000001", [parcel], [terms], false, null, null, null, null, Now), LogisticsErrors.Unpaid);
        Assert.Equal(ParcelStatus.InVietnamWarehouse, parcel.Status);

        var release = Release.Create(Forwarding, "XK-2026-000001", [parcel], [terms], true, null, "12 Hàng Bạc", "0901234567", null, Now);
        Assert.Equal((240_000m, ParcelStatus.ReadyForDelivery), (release.ToCollectVnd, parcel.Status));
    }

    [Fact]
    public void A_release_is_one_customer_s_and_waits_for_a_check_its_order_bought()
    {
        var a = InVietnam(Guid.NewGuid(), out var ta);
        var b = InVietnam(Guid.NewGuid(), out var tb);
        DomainAssert.AssertBrokenRule(() => Release.Create(Forwarding, "XK-2026-000002", [a, b], [ta, tb], false, null, null, null, null, Now), LogisticsErrors.MixedCustomers);
        DomainAssert.AssertBrokenRule(() => Release.Create(Forwarding, "XK-2026-000002", [a], [ta with { AwaitsCheck = true }], false, null, null, null, null, Now), LogisticsErrors.CheckPending);
        Assert.Throws<ForbiddenActionException>(() => Release.Create(VietnamClerk, "XK-2026-000002", [a], [ta], false, null, null, null, null, Now));
        Assert.Equal(ParcelStatus.InVietnamWarehouse, a.Status);
    }

    [Fact]
    public void The_driver_delivers_cash_on_delivery_and_the_ledger_books_it_to_the_driver_then_the_office()
    {
        var customer = Guid.NewGuid();
        var parcel = InVietnam(customer, out var terms, totalVnd: 800_000m, paidVnd: 560_000m);
        var release = Release.Create(Forwarding, "XK-2026-000003", [parcel], [terms], true, null, "12 Hàng Bạc", "0901234567", null, Now);
        var driver = new StaffDriver(Actors.Delivery.UserId, Actors.Delivery.Name, IsDriver: true);
        var run = DeliveryRun.Plan(Forwarding, "GH-2026-000001", driver, [(release, [parcel])], Now);
        var stop = Assert.Single(run.Deliveries);
        Assert.Equal(ParcelStatus.Delivering, parcel.Status);

        DomainAssert.AssertBrokenRule(() => run.Deliver(Actors.Delivery, stop.Id, release, [parcel], 240_001m, Now), LogisticsErrors.CollectedWrong);
        Assert.Throws<ForbiddenActionException>(() => run.Deliver(Actors.Staff("Tài xế khác", Roles.Delivery), stop.Id, release, [parcel], 240_000m, Now));

        var entries = run.Deliver(Actors.Delivery, stop.Id, release, [parcel], 240_000m, Now);
        var entry = Assert.Single(entries);
        Assert.Equal(0m, entry.Lines.Sum(l => l.Amount));
        Assert.Equal(240_000m, entry.Lines.Single(l => l.AccountKind == LedgerAccountKind.DriverCash).Amount);
        Assert.Equal((ParcelStatus.Delivered, DeliveryRunStatus.Finished, 240_000m), (parcel.Status, run.Status, run.CashHeldVnd));
        DomainAssert.AssertBrokenRule(() => run.Deliver(Actors.Delivery, stop.Id, release, [parcel], 0m, Now), LogisticsErrors.DeliveryClosed);

        Assert.Throws<ForbiddenActionException>(() => run.HandIn(Actors.Delivery, 240_000m, Now));
        DomainAssert.AssertBrokenRule(() => run.HandIn(Actors.Accountant, 240_001m, Now), LogisticsErrors.HandInTooMuch);
        var handIn = run.HandIn(Actors.Accountant, 240_000m, Now);
        Assert.Equal(0m, handIn.Lines.Sum(l => l.Amount));
        Assert.Equal(0m, run.CashHeldVnd);
    }

    [Fact]
    public void A_failed_delivery_brings_the_parcels_back_to_wait_for_another_run()
    {
        var parcel = InVietnam(Guid.NewGuid(), out var terms);
        var release = Release.Create(Forwarding, "XK-2026-000004", [parcel], [terms], false, null, null, null, null, Now);
        var run = DeliveryRun.Plan(Forwarding, "GH-2026-000002", new StaffDriver(Actors.Delivery.UserId, "Nam", true), [(release, [parcel])], Now);

        Assert.Throws<DomainValidationException>(() => run.Fail(Actors.Delivery, run.Deliveries[0].Id, release, [parcel], " ", Now));
        run.Fail(Actors.Delivery, run.Deliveries[0].Id, release, [parcel], "Khách không nghe máy", Now);

        Assert.Equal((ParcelStatus.ReadyForDelivery, ReleaseStatus.Released, DeliveryStatus.Failed), (parcel.Status, release.Status, run.Deliveries[0].Status));
        var again = DeliveryRun.Plan(Forwarding, "GH-2026-000003", new StaffDriver(Actors.Delivery.UserId, "Nam", true), [(release, [parcel])], Now);
        Assert.Equal(ParcelStatus.Delivering, parcel.Status);
        Assert.Single(again.Deliveries);
    }

    [Fact]
    public void A_parcel_not_released_is_not_taken_out_and_a_run_goes_to_delivery_staff_only()
    {
        var parcel = InVietnam(Guid.NewGuid(), out var terms);
        var release = Release.Create(Forwarding, "XK-2026-000005", [parcel], [terms], false, null, null, null, null, Now);

        DomainAssert.AssertBrokenRule(() => DeliveryRun.Plan(Forwarding, "GH-2026-000004", new StaffDriver(Guid.NewGuid(), "Kế toán", false), [(release, [parcel])], Now), LogisticsErrors.NotADriver);
        DeliveryRun.Plan(Forwarding, "GH-2026-000004", new StaffDriver(Guid.NewGuid(), "Nam", true), [(release, [parcel])], Now);
        DomainAssert.AssertBrokenRule(() => DeliveryRun.Plan(Forwarding, "GH-2026-000005", new StaffDriver(Guid.NewGuid(), "Nam", true), [(release, [parcel])], Now), LogisticsErrors.ReleaseBusy);
    }

    [Fact]
    public void A_check_counts_every_line_and_a_difference_is_a_mismatch_for_complaints()
    {
        var line = (Guid.NewGuid(), "Áo khoác", 3);
        var other = (Guid.NewGuid(), "Mũ len", 2);
        DomainAssert.AssertBrokenRule(() => GoodsCheck.Create(Forwarding, "KT-2026-000001", Guid.NewGuid(), "PO-2026-000001", Guid.NewGuid(), false, [line], Now), LogisticsErrors.NoInspection);
        var check = GoodsCheck.Create(Forwarding, "KT-2026-000001", Guid.NewGuid(), "PO-2026-000001", Guid.NewGuid(), true, [line, other], Now);

        var error = Assert.Throws<DomainValidationException>(() => check.Record(VietnamClerk, [new(line.Item1, 2, 0, 3)], null, [], Now));
        Assert.Contains("lines", error.Errors.Keys);
        Assert.Contains("lines[0].damaged", error.Errors.Keys);
        Assert.Equal(CheckStatus.Open, check.Status);

        check.Record(VietnamClerk, [new(line.Item1, 2, 0, 1), new(other.Item1, 2, null, null)], "Thiếu 1 áo, 1 áo rách", [], Now);

        Assert.Equal(CheckStatus.Mismatch, check.Status);
        var mismatch = Assert.IsType<CheckMismatchRecorded>(Assert.Single(check.DomainEvents));
        Assert.Equal((1, 0, 0, 1), (mismatch.Missing, mismatch.Excess, mismatch.Wrong, mismatch.Damaged));
        DomainAssert.AssertBrokenRule(() => check.Record(VietnamClerk, [new(line.Item1, 3, 0, 0), new(other.Item1, 2, 0, 0)], null, [], Now), LogisticsErrors.CheckNotOpen);
    }
}
