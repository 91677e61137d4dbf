using Ordo.Domain.Common;
using Ordo.Domain.Identity;
using Ordo.Domain.Money;
using Ordo.Domain.Orders.Events;
using Cash = Ordo.Domain.Money.Money;

namespace Ordo.Domain.Orders;

public sealed partial class Order
{
    private readonly List<OrderCharge> _charges = [];

    /// <summary>The CNY→VND rate this order is priced at; fixed once set (domain.md: each order keeps its own rate).</summary>
    public decimal? VndPerCny { get; private set; }

    /// <summary>The discount code the customer applied, with its terms as they were when applied.</summary>
    public string? DiscountCode { get; private set; }

    public DiscountKind? DiscountKind { get; private set; }

    public decimal DiscountValue { get; private set; }

    public IReadOnlyList<OrderCharge> Charges => _charges;

    public Cash SupplementaryVnd => Cash.Vnd(_charges.Where(c => c.Kind == ChargeKind.Supplementary).Sum(c => c.AmountVnd));

    public Cash CreditsVnd => Cash.Vnd(_charges.Where(c => c.Kind == ChargeKind.Credit).Sum(c => c.AmountVnd));

    /// <summary>When the deposit was paid: from then on the order is priced by the fee tables in force at that moment.</summary>
    public DateTimeOffset? PricedAt { get; private set; }

    /// <summary>The customer's agreed buying-fee percent when the order was priced (null: the tiered table).</summary>
    public decimal? PricedServiceFeePercent { get; private set; }

    /// <summary>The customer's loyalty discount on the service fee when the order was priced.</summary>
    public decimal PricedLoyaltyDiscountPercent { get; private set; }

    /// <summary>The customer's loyalty deposit percent when the order was priced (null: the table's).</summary>
    public decimal? PricedLoyaltyAdvancePercent { get; private set; }

    public void LockRate(ExchangeRate rate)
    {
        VndPerCny ??= rate.VndPerCny;
    }

    /// <summary>
    /// At the deposit the order keeps its price: the rate, the moment whose fee tables apply, and the customer's
    /// terms as they were. Later changes to the tables or the terms apply to new orders only. Once set, it stays.
    /// </summary>
    public void LockPricing(ExchangeRate rate, DateTimeOffset at, decimal? serviceFeePercent, decimal loyaltyDiscountPercent, decimal? loyaltyAdvancePercent)
    {
        LockRate(rate);
        if (PricedAt is not null)
        {
            return;
        }

        PricedAt = at;
        PricedServiceFeePercent = serviceFeePercent;
        PricedLoyaltyDiscountPercent = loyaltyDiscountPercent;
        PricedLoyaltyAdvancePercent = loyaltyAdvancePercent;
    }

    /// <summary>
    /// The deposit has been paid (from the wallet, or confirmed by an accountant): the order moves to
    /// Deposited and is ready to be bought.
    /// </summary>
    public void MarkDeposited(Actor actor, Cash deposit, DateTimeOffset now)
    {
        if (!IsOwnedBy(actor) && !actor.IsAnyOf(Roles.CsManager, Roles.Accountant))
        {
            throw new ForbiddenActionException(OrderErrors.RoleNotAllowed, "Only the customer, the CS manager or an accountant may pay a deposit.");
        }

        if (Kind != OrderKind.Purchase)
        {
            throw new DomainException(OrderErrors.IllegalTransition, $"Order {Code} is a shipping order; it takes no deposit.");
        }

        MoveTo(OrderStatus.Deposited, OrderHistoryAction.Deposited, actor, $"{deposit.Amount:0} VND", now, customerNotified: true);
        Raise(new OrderDeposited(Id, Code, CustomerId, deposit.Amount, actor.UserId, now));
    }

    /// <summary>The customer (or customer care) applies a discount code before the deposit; null removes it.</summary>
    public void ApplyDiscountCode(Actor actor, DiscountCode? code, DateTimeOffset now, int customerUses)
    {
        if (!IsOwnedBy(actor) && !actor.IsAnyOf(Roles.CsManager, Roles.CsStaff))
        {
            throw new ForbiddenActionException(OrderErrors.NotYourOrder, "Only the customer or customer care may apply a discount code.");
        }

        if (Kind != OrderKind.Purchase || Status is not (OrderStatus.Submitted or OrderStatus.Approved))
        {
            throw new DomainException(OrderErrors.NotEditable, $"Order {Code} is {Status}; a discount code can only be applied before the deposit.");
        }

        code?.EnsureUsable(now, customerUses);
        DiscountCode = code?.Code;
        DiscountKind = code?.Kind;
        DiscountValue = code?.Value ?? 0m;
        UpdatedAt = now;
    }

    /// <summary>Staff add an extra cost or a credit (e.g. a complaint refund) to what the customer owes, with a reason.</summary>
    public void AddCharge(Actor actor, ChargeKind kind, decimal amountVnd, string? reason, DateTimeOffset now)
    {
        if (!actor.IsAnyOf(Roles.CsManager, Roles.CsStaff, Roles.OrderManager, Roles.OrderingStaff, Roles.Accountant))
        {
            throw new ForbiddenActionException(OrderErrors.RoleNotAllowed, "Your role may not change an order's charges.");
        }

        new Check()
            .That(Enum.IsDefined(kind), "kind", "must be Supplementary or Credit")
            .That(amountVnd > 0, "amountVnd", "must be greater than zero")
            .That(amountVnd <= TopUp.MaxAmountVnd, "amountVnd", "is too large")
            .Decimals(amountVnd, "amountVnd", 0)
            .Required(reason, "reason", MaxReasonLength)
            .ThrowIfAny();
        if (Status is OrderStatus.Rejected or OrderStatus.Cancelled or OrderStatus.OutOfStock or OrderStatus.Completed)
        {
            throw new DomainException(OrderErrors.Closed, $"Order {Code} is {Status}; its charges can no longer change.");
        }

        var charge = new OrderCharge(kind, amountVnd, reason!.Trim(), now, actor.UserId, actor.Name);
        _charges.Add(charge);
        UpdatedAt = now;
        var sign = kind == ChargeKind.Credit ? "-" : "+";
        AppendHistory(OrderHistoryAction.ChargeAdded, Status, Status, actor, Cut($"{sign}{amountVnd:0} VND: {charge.Reason}", MaxReasonLength), now, customerNotified: true);
        Raise(new OrderChargeAdded(Id, Code, CustomerId, kind, amountVnd, charge.Reason, actor.UserId, now));
    }

    /// <summary>An order closed without goods takes no more money (rejected, cancelled, out of stock).</summary>
    public void EnsureTakesPayments()
    {
        if (Status is OrderStatus.Rejected or OrderStatus.Cancelled or OrderStatus.OutOfStock)
        {
            throw new DomainException(OrderErrors.Closed, $"Order {Code} is {Status}; it takes no payments.");
        }
    }

    /// <summary>
    /// A payment towards the balance arrived: the timeline says so, and the order changes with it, so two
    /// payments racing for the same balance meet the order's version and the second is refused.
    /// </summary>
    public void RecordPayment(Actor actor, Cash amount, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        EnsureTakesPayments();
        UpdatedAt = now;
        AppendHistory(OrderHistoryAction.PaymentReceived, Status, Status, actor, $"+{amount.Amount:0} VND", now, customerNotified: false);
    }

    /// <summary>
    /// Money paid towards this order goes back to the customer's wallet (<paramref name="cause"/>), with the
    /// note of whoever caused it (a cancel reason, a credit's reason) when there is one. The order's timeline
    /// records it and the customer is told; it never returns more than <paramref name="paid"/>; the returned entry is what the ledger must post in the same transaction.
    /// </summary>
    public JournalEntry Refund(Actor actor, Cash amount, Cash paid, RefundCause cause, string? note, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (amount.Currency != Currency.VND || !amount.IsPositive)
        {
            throw new DomainValidationException("amountVnd", "a refund must be a positive VND amount");
        }

        if (amount > paid)
        {
            throw new DomainException(OrderErrors.RefundOverPaid, $"Order {Code} was paid {paid.Amount:0} VND; it cannot refund {amount.Amount:0}.");
        }

        // The note quotes a reason already accepted elsewhere: it is cut to fit, never refused for length.
        var said = string.IsNullOrWhiteSpace(note) ? null : Cut(note.Trim(), MaxReasonLength);
        UpdatedAt = now;
        var remark = said is null ? $"+{amount.Amount:0} VND" : Cut($"+{amount.Amount:0} VND: {said}", MaxReasonLength);
        AppendHistory(OrderHistoryAction.Refunded, Status, Status, actor, remark, now, customerNotified: true);
        Raise(new OrderRefunded(Id, Code, CustomerId, amount.Amount, cause, said, actor.UserId, now));
        return JournalEntry.Post(
            JournalEntryKind.Refund, $"Refund on {Code} ({cause})", Postings.RefundToWallet(CustomerId, Id, amount), actor, now, Id, CustomerId, memo: said);
    }
}
