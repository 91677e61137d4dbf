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

    /// <summary>The international shipping fees of its parcels received in Vietnam.</summary>
    public Cash InternationalShippingVnd => Cash.Vnd(_charges.Where(c => c.Kind == ChargeKind.InternationalShipping).Sum(c => c.AmountVnd));

    public Cash CreditsVnd => Cash.Vnd(_charges.Where(c => c.Kind == ChargeKind.Credit).Sum(c => c.AmountVnd));

    /// <summary>When the deposit was paid: from then on the order is priced by the fee tables in force at that moment.</summary>
    public DateTimeOffset? PricedAt { get; private set; }

    /// <summary>The customer's agreed buying-fee percent when the order was priced (null: the tiered table).</summary>
    public decimal? PricedServiceFeePercent { get; private set; }

    /// <summary>The customer's loyalty discount on the service fee when the order was priced.</summary>
    public decimal PricedLoyaltyDiscountPercent { get; private set; }

    /// <summary>The customer's loyalty deposit percent when the order was priced (null: the table's).</summary>
    public decimal? PricedLoyaltyAdvancePercent { get; private set; }

    /// <summary>The terms the order was priced with at the deposit (before it: none).</summary>
    public PricingTerms PricedTerms => new(PricedServiceFeePercent, PricedLoyaltyDiscountPercent, PricedLoyaltyAdvancePercent);

    /// <summary>
    /// What the order costs by <paramref name="pricing"/>: goods, fees, the discount code, staff charges and
    /// credits, the deposit, and what is still due.
    /// </summary>
    public ChargeBreakdown Price(OrderPricing pricing)
    {
        ArgumentNullException.ThrowIfNull(pricing);
        var input = new ChargeInput(
            Cash.Cny(GoodsValueCny), pricing.Rate,
            [.. _lines.Where(l => l.Quantity > 0).Select(l => (l.UnitPriceCny, l.Quantity))],
            Options.Inspection, Options.WoodenCrate, Options.Insurance,
            Cash.Cny(ChinaShippingCny), InternationalShippingVnd,
            CustomerServiceFeePercent: pricing.Terms.ServiceFeePercent,
            LoyaltyDiscountPercent: pricing.Terms.LoyaltyDiscountPercent,
            LoyaltyAdvancePercent: pricing.Terms.LoyaltyAdvancePercent,
            CodeKind: DiscountKind,
            CodeValue: DiscountValue,
            Supplementary: SupplementaryVnd,
            Credits: CreditsVnd,
            Paid: pricing.Paid);
        return ChargeCalculator.Calculate(input, pricing.Fees);
    }

    /// <summary>
    /// The deposit is paid, from the wallet or (an accountant) by transfer or at the office. The order keeps the
    /// price it was paid at from now on: the rate, this moment's fee tables and the customer's terms in
    /// <paramref name="pricing"/>; later changes to them apply to new orders only. It moves to Deposited, and
    /// the returned entry is what the ledger must post in the same transaction. A second deposit is refused.
    /// </summary>
    public JournalEntry PayDeposit(Actor actor, OrderPricing pricing, DepositPayment payment, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(pricing);
        ArgumentNullException.ThrowIfNull(payment);
        EnsureAllowed(actor, payment.Method == PaymentMethod.Wallet ? OrderAction.PayDeposit : OrderAction.RecordDeposit);
        if (PricedAt is not null)
        {
            throw new DomainException(OrderErrors.AlreadyPriced, $"Order {Code} was priced at its deposit on {PricedAt:u}; it takes no second deposit.");
        }

        new Check().That(Enum.IsDefined(payment.Method), "method", "must be Wallet, BankTransfer or Office")
            .MaxLength(payment.Reference, "reference", 200)
            .ThrowIfAny();
        var deposit = Price(pricing).Deposit;
        VndPerCny = pricing.Rate.VndPerCny;
        PricedAt = now;
        PricedServiceFeePercent = pricing.Terms.ServiceFeePercent;
        PricedLoyaltyDiscountPercent = pricing.Terms.LoyaltyDiscountPercent;
        PricedLoyaltyAdvancePercent = pricing.Terms.LoyaltyAdvancePercent;
        MoveTo(OrderStatus.Deposited, OrderHistoryAction.Deposited, actor, $"{deposit.Amount:0} VND", now, customerNotified: true);
        Raise(new OrderDeposited(Id, Code, CustomerId, deposit.Amount, actor.UserId, now));
        var reference = string.IsNullOrWhiteSpace(payment.Reference) ? null : payment.Reference.Trim();
        var (lines, description) = payment.Method == PaymentMethod.Wallet
            ? (Postings.PayFromWallet(CustomerId, Id, deposit), $"Deposit for {Code}")
            : (Postings.PayDirect(Id, deposit, atOffice: payment.Method == PaymentMethod.Office), $"Deposit for {Code} ({payment.Method} {reference})");
        return JournalEntry.Post(JournalEntryKind.Deposit, description, lines, actor, now, Id, CustomerId, memo: reference);
    }

    /// <summary>The customer (or customer care) applies a discount code before the deposit; null removes it.</summary>
    public void ApplyDiscountCode(Actor actor, DiscountCode? code, DateTimeOffset now, int customerUses)
    {
        EnsureAllowed(actor, OrderAction.ApplyDiscountCode);
        code?.EnsureUsable(now, customerUses);
        DiscountCode = code?.Code;
        DiscountKind = code?.Kind;
        DiscountValue = code?.Value ?? 0m;
        UpdatedAt = now;
    }

    /// <summary>Staff add an extra cost or a credit (e.g. a complaint refund) to what the customer owes, with a reason.</summary>
    public void AddCharge(Actor actor, ChargeKind kind, decimal amountVnd, string? reason, DateTimeOffset now)
    {
        EnsureAllowed(actor, OrderAction.AddCharge);
        new Check()
            .That(kind is ChargeKind.Supplementary or ChargeKind.Credit, "kind", "must be Supplementary or Credit")
            .That(amountVnd > 0, "amountVnd", "must be greater than zero")
            .That(amountVnd <= TopUp.MaxAmountVnd, "amountVnd", "is too large")
            .Decimals(amountVnd, "amountVnd", 0)
            .Required(reason, "reason", MaxReasonLength)
            .ThrowIfAny();

        var charge = new OrderCharge(kind, amountVnd, reason!.Trim(), now, actor.UserId, actor.Name);
        _charges.Add(charge);
        UpdatedAt = now;
        var sign = kind == ChargeKind.Credit ? "-" : "+";
        AppendHistory(OrderHistoryAction.ChargeAdded, Status, Status, actor, Cut($"{sign}{amountVnd:0} VND: {charge.Reason}", MaxReasonLength), now, customerNotified: true);
        Raise(new OrderChargeAdded(Id, Code, CustomerId, kind, amountVnd, charge.Reason, actor.UserId, now));
    }

    /// <summary>
    /// A payment towards the balance arrived: the timeline says so, and the order changes with it, so two
    /// payments racing for the same balance meet the order's version and the second is refused.
    /// </summary>
    public void RecordPayment(Actor actor, Cash amount, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (OrderRules.TakesPayments(this) is { } refusal)
        {
            throw refusal.ToException();
        }

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
