using Ordo.Domain.Common;
using Ordo.Domain.Identity;
using Ordo.Domain.Money.Events;
using Ordo.Domain.Orders;

namespace Ordo.Domain.Money;

/// <summary>
/// A payment towards an order's balance. From the wallet it is paid at once; by bank transfer or at the
/// office it waits for an accountant to confirm the money arrived.
/// </summary>
public sealed class Payment : AggregateRoot
{
    private Payment()
    {
        RequestedByName = string.Empty;
    }

    public Guid OrderId { get; private init; }

    public Guid CustomerId { get; private init; }

    public decimal AmountVnd { get; private init; }

    public PaymentMethod Method { get; private init; }

    public string? Reference { get; private init; }

    public PaymentStatus Status { get; private set; }

    public DateTimeOffset RequestedAt { get; private init; }

    public Guid RequestedById { get; private init; }

    public string RequestedByName { get; private init; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public string? DecidedByName { get; private set; }

    public string? RejectReason { get; private set; }

    public Guid? JournalEntryId { get; private set; }

    /// <summary>Someone pays towards <paramref name="order"/>'s balance, as the order's rule for paying a balance allows.</summary>
    public static Payment Request(Actor actor, Order order, decimal amountVnd, decimal dueVnd, PaymentMethod method, string? reference, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(order);
        order.EnsureAllowed(actor, OrderAction.PayBalance);

        // Nothing due comes first: a payment that arrives just after another settled the balance is told
        // so, not that the amount it left to default (what is due) is zero.
        if (dueVnd <= 0)
        {
            throw new DomainException("payment.nothing_due", "Nothing is due on this order.");
        }

        new Check()
            .That(Enum.IsDefined(method), "method", "must be Wallet, BankTransfer or Office")
            .That(amountVnd > 0, "amountVnd", "must be greater than zero")
            .Decimals(amountVnd, "amountVnd", 0)
            .That(amountVnd <= dueVnd, "amountVnd", $"must not exceed what is due ({dueVnd:0} VND)")
            .MaxLength(reference, "reference", 200)
            .ThrowIfAny();

        return new Payment
        {
            OrderId = order.Id,
            CustomerId = order.CustomerId,
            AmountVnd = amountVnd,
            Method = method,
            Reference = string.IsNullOrWhiteSpace(reference) ? null : reference.Trim(),
            Status = PaymentStatus.Pending,
            RequestedAt = now,
            RequestedById = actor.UserId,
            RequestedByName = actor.Name,
        };
    }

    /// <summary>Settles the payment; the entry moves the money onto the order (from the wallet, or from bank/cash).</summary>
    public JournalEntry Settle(Actor actor, string orderCode, DateTimeOffset now)
    {
        if (Status != PaymentStatus.Pending)
        {
            throw new DomainException(MoneyErrors.AlreadyDecided, $"This payment is already {Status}.");
        }

        if (Method != PaymentMethod.Wallet)
        {
            MoneyRules.EnsureRole(actor, "confirm payments received", Roles.Accountant);
        }

        var amount = Money.Vnd(AmountVnd);
        var lines = Method == PaymentMethod.Wallet
            ? Postings.PayFromWallet(CustomerId, OrderId, amount)
            : Postings.PayDirect(OrderId, amount, atOffice: Method == PaymentMethod.Office);
        var entry = JournalEntry.Post(JournalEntryKind.OrderPayment, $"Payment for {orderCode} ({Method})", lines, actor, now, OrderId, CustomerId, Id, memo: Reference);
        Status = PaymentStatus.Paid;
        DecidedAt = now;
        DecidedByName = actor.Name;
        JournalEntryId = entry.Id;
        Raise(new PaymentSettled(Id, OrderId, orderCode, CustomerId, AmountVnd, Method, actor.UserId, now));
        return entry;
    }

    public void Reject(Actor actor, string? reason, DateTimeOffset now)
    {
        MoneyRules.EnsureRole(actor, "reject payments", Roles.Accountant);
        if (Status != PaymentStatus.Pending)
        {
            throw new DomainException(MoneyErrors.AlreadyDecided, $"This payment is already {Status}.");
        }

        new Check().Required(reason, "reason", 500).ThrowIfAny();
        Status = PaymentStatus.Rejected;
        RejectReason = reason!.Trim();
        DecidedAt = now;
        DecidedByName = actor.Name;
        Raise(new PaymentRejected(Id, OrderId, CustomerId, AmountVnd, RejectReason, actor.UserId, now));
    }
}
