using Ordo.Domain.Logistics;
using Ordo.Domain.Logistics.Events;
using Ordo.Domain.Money;
using Ordo.Domain.Money.Events;
using Ordo.Domain.Notifications;
using Ordo.Domain.Orders.Events;

namespace Ordo.Domain.Tests.Notifications;

/// <summary>What the customer is told, and that they are not told of what they did themselves.</summary>
public class CustomerNotificationsTests
{
    private static readonly DateTimeOffset Now = Clock.Now;
    private static readonly Guid Customer = Guid.NewGuid();
    private static readonly Guid Staff = Guid.NewGuid();
    private static readonly Guid OrderId = Guid.NewGuid();
    private static readonly Guid Source = Guid.NewGuid();
    private const string Code = "PO-2026-000042";

    public static TheoryData<IDomainEvent, NotificationKind, string?, decimal?, string?> Told => new()
    {
        { new OrderApproved(OrderId, Code, Customer, Staff, null, Now), NotificationKind.OrderApproved, Code, null, null },
        { new OrderRejected(OrderId, Code, Customer, Staff, "Hàng cấm", Now), NotificationKind.OrderRejected, Code, null, "Hàng cấm" },
        { new OrderCancelled(OrderId, Code, Customer, OrderStatus.Deposited, Staff, "Shop đóng cửa", Now), NotificationKind.OrderCancelled, Code, null, "Shop đóng cửa" },
        { new OrderOutOfStock(OrderId, Code, Customer, OrderStatus.Ordering, Staff, "Hết mẫu", Now), NotificationKind.OrderOutOfStock, Code, null, "Hết mẫu" },
        { new OrderDeposited(OrderId, Code, Customer, 3_000_000m, Staff, Now), NotificationKind.OrderDeposited, Code, 3_000_000m, null },
        { new OrderChargeAdded(OrderId, Code, Customer, ChargeKind.Supplementary, 50_000m, "Hàng cồng kềnh", Staff, Now), NotificationKind.ChargeAdded, Code, 50_000m, "Hàng cồng kềnh" },
        { new OrderChargeAdded(OrderId, Code, Customer, ChargeKind.Credit, 20_000m, "Thiếu hàng", Staff, Now), NotificationKind.CreditAdded, Code, 20_000m, "Thiếu hàng" },
        { new OrderRefunded(OrderId, Code, Customer, 120_000m, RefundCause.Cancelled, "Shop đóng cửa", Staff, Now), NotificationKind.Refunded, Code, 120_000m, "Shop đóng cửa" },
        { new TopUpConfirmed(Source, Customer, 20_000_000m, Staff, Now), NotificationKind.TopUpConfirmed, null, 20_000_000m, null },
        { new TopUpRejected(Source, Customer, 5_000_000m, "Không thấy tiền về", Staff, Now), NotificationKind.TopUpRejected, null, 5_000_000m, "Không thấy tiền về" },
        { new PaymentSettled(Source, OrderId, Code, Customer, 800_000m, PaymentMethod.BankTransfer, Staff, Now), NotificationKind.PaymentConfirmed, Code, 800_000m, null },
        { new PaymentRejected(Source, OrderId, Customer, 800_000m, "Sai nội dung", Staff, Now), NotificationKind.PaymentRejected, null, 800_000m, "Sai nội dung" },
        { new WithdrawalPaid(Source, Customer, 1_000_000m, Staff, Now), NotificationKind.WithdrawalPaid, null, 1_000_000m, null },
        { new WithdrawalRejected(Source, Customer, 1_000_000m, "Sai số tài khoản", Staff, Now), NotificationKind.WithdrawalRejected, null, 1_000_000m, "Sai số tài khoản" },
        { new WalletAdjusted(Source, Customer, -20_000m, "Bù phí ship", Staff, Now), NotificationKind.WalletAdjusted, null, -20_000m, "Bù phí ship" },
        { new WalletEntryReversed(Source, Guid.NewGuid(), Customer, 20_000m, "Nhập nhầm", Staff, Now), NotificationKind.WalletEntryReversed, null, 20_000m, "Nhập nhầm" },
        { new OrderPurchased(OrderId, Code, Customer, 1, 0m, 0m, 320m, Staff, Now), NotificationKind.OrderPurchased, Code, null, null },
        { new OrderPurchased(OrderId, Code, Customer, 0, 20m, 73_000m, 340m, Staff, Now), NotificationKind.PriceIncreased, Code, 73_000m, null },
        { new TrackingNumberAdded(OrderId, Code, Customer, "SF1234567890", Staff, Now), NotificationKind.ShopShipped, Code, null, "SF1234567890" },
        { new ParcelReceived(Source, "KH-000001", "SF1234567890", OrderId, Customer, "CN-GZ", false, Now), NotificationKind.ParcelReceivedInChina, null, null, "KH-000001" },
        { new ParcelArrivedInVietnam(Source, "KH-000001", OrderId, Customer, "VN-HN", 2.5m, Now), NotificationKind.ParcelArrivedInVietnam, null, null, "KH-000001" },
        { new ParcelMoved(Source, "KH-000001", OrderId, Customer, ParcelStatus.Delivering, "VN-HN", Now), NotificationKind.ParcelOutForDelivery, null, null, "KH-000001" },
        { new ParcelMoved(Source, "KH-000001", OrderId, Customer, ParcelStatus.Delivered, "VN-HN", Now), NotificationKind.ParcelDelivered, null, null, "KH-000001" },
        { new ParcelMoved(Source, "KH-000001", OrderId, Customer, ParcelStatus.Lost, "VN-HN", Now), NotificationKind.ParcelLost, null, null, "KH-000001" },
        { new ParcelClaimDecided(Source, "CL-000001", "KH-000001", Customer, OrderId, Code, ParcelClaimStatus.Confirmed, null, Now), NotificationKind.ParcelClaimConfirmed, Code, null, "KH-000001" },
        { new ParcelClaimDecided(Source, "CL-000001", "KH-000001", Customer, OrderId, Code, ParcelClaimStatus.Rejected, "Ảnh không khớp", Now), NotificationKind.ParcelClaimRejected, Code, null, "KH-000001: Ảnh không khớp" },
        { new ParcelClaimDecided(Source, "CL-000001", "KH-000001", Customer, OrderId, Code, ParcelClaimStatus.Closed, null, Now), NotificationKind.ParcelClaimClosed, Code, null, "KH-000001" },
    };

    public static TheoryData<IDomainEvent> NotTold => new()
    {
        new OrderSubmitted(OrderId, Code, OrderKind.Purchase, Customer, Now),
        new OrderEdited(OrderId, Code, Customer, Customer, Now),
        new OrderCancelled(OrderId, Code, Customer, OrderStatus.Approved, Customer, "Đổi ý", Now),
        new OrderDeposited(OrderId, Code, Customer, 3_000_000m, Customer, Now),
        new PaymentSettled(Source, OrderId, Code, Customer, 800_000m, PaymentMethod.Wallet, Customer, Now),
        new CsStaffAssigned(OrderId, Code, Customer, Staff, Staff, Now),
        new BuyerAssigned(OrderId, Code, Customer, Staff, false, Staff, Now),
        new TrackingNumberRemoved(OrderId, Code, Customer, "SF1234567890", Staff, Now),
        new ParcelReceived(Source, "KH-000002", "SF999", null, null, "CN-GZ", false, Now),
        new ParcelReceived(Source, "KH-000003", "SF1234567890", OrderId, Customer, "CN-GZ", true, Now),
        new ParcelMoved(Source, "KH-000001", OrderId, Customer, ParcelStatus.InTransit, "CN-GZ", Now),
    };

    [Theory]
    [MemberData(nameof(Told))]
    public void The_customer_is_told(IDomainEvent happened, NotificationKind kind, string? orderCode, decimal? amountVnd, string? detail)
    {
        var notification = CustomerNotifications.For(happened);

        Assert.NotNull(notification);
        Assert.Equal((Customer, kind, orderCode, amountVnd, detail, Now, false),
            (notification.RecipientId, notification.Kind, notification.OrderCode, notification.AmountVnd, notification.Detail, notification.CreatedAt, notification.IsRead));
    }

    [Theory]
    [MemberData(nameof(NotTold))]
    public void The_customer_is_not_told_of_their_own_doing_or_of_internal_changes(IDomainEvent happened)
    {
        Assert.Null(CustomerNotifications.For(happened));
    }

    [Fact]
    public void Every_kind_of_notification_has_an_event_that_gives_it()
    {
        var given = Told.Select(row => (NotificationKind)row[1]).ToHashSet();

        Assert.Equal(Enum.GetValues<NotificationKind>().Order(), given.Order());
    }

    [Fact]
    public void Only_the_recipient_marks_a_notification_read_and_the_first_moment_stays()
    {
        var notification = Notification.To(Customer, NotificationKind.Refunded, Now, OrderId, Code, 10_000m, "x");
        var recipient = new Actor(Customer, "Khách", new HashSet<string>([Roles.Customer], StringComparer.Ordinal));

        AssertForbidden(() => notification.MarkRead(Actors.Admin, Now.AddMinutes(1)), "notification.not_yours");
        notification.MarkRead(recipient, Now.AddMinutes(2));
        notification.MarkRead(recipient, Now.AddMinutes(3));

        Assert.Equal(Now.AddMinutes(2), notification.ReadAt);
    }

    [Fact]
    public void A_long_detail_is_cut_to_fit()
    {
        var notification = Notification.To(Customer, NotificationKind.OrderRejected, Now, detail: new string('x', 5000));

        Assert.Equal(Notification.MaxDetailLength, notification.Detail!.Length);
    }
}
