using Ordo.Application.Data;
using Ordo.Application.Money;
using Ordo.Application.Orders;
using Ordo.Domain.Buying;
using Ordo.Domain.Common;
using Ordo.Domain.Identity;
using Ordo.Domain.Orders;

namespace Ordo.Application.Buying;

/// <summary>
/// The buyer records the shop order (Ordering → Ordered). In one transaction: the order is priced on what the shop
/// really charged and supplied; what the customer paid beyond the new total goes back to their wallet; what the
/// agent paid the shop is booked in CNY (the CN money book).
/// </summary>
public sealed class PurchaseOrder(OrdoDbContext db, OrderCharges charges, Ledger ledger, MoneySettings settings, BuyingAccounts accounts, TimeProvider clock)
{
    public const int MaxLines = 500;

    public sealed record Line(Guid? LineId, decimal? UnitPriceCny, int? Quantity);

    public sealed record Command(
        IReadOnlyList<string>? ShopOrderNumbers, Guid? BuyingAccountId, IReadOnlyList<Line>? Lines,
        decimal? ChinaShippingCny, decimal? BargainDiscountCny, string? Note);

    public async Task<OrderDetailsDto> HandleAsync(Actor actor, Guid orderId, Command command, int? expectedVersion, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        OrderRules.EnsureMayEver(actor, OrderAction.Purchase);
        var lines = Validate(command);
        return await db.InTransactionAsync(async () =>
        {
            var order = await db.LoadForUpdateAsync(orderId, actor, expectedVersion, ct);
            var now = clock.GetUtcNow();
            // The order's rule before the account's: another buyer hears that the order is not theirs, not that the account is not.
            order.EnsureAllowed(actor, OrderAction.Purchase);

            var account = await AccountAsync(actor, order, command.BuyingAccountId, ct);
            order.RecordPurchase(actor, lines, command.ChinaShippingCny ?? 0m, now);
            var (purchase, payment) = ShopPurchase.Record(
                order, actor, account, command.ShopOrderNumbers, command.BargainDiscountCny ?? 0m, await settings.CurrentRateAsync(ct), command.Note, now);
            db.ShopPurchases.Add(purchase);
            if (payment is not null)
            {
                await ledger.PostAsync(payment, ct);
            }

            // A shortage can bring the total under what the deposit already paid: the excess is the customer's again.
            await charges.RefundExcessAsync(actor, order, order.Lines.Any(l => l.IsShort) ? "Shortage at the shop" : null, now, ct);
            await db.SaveChangesAsync(ct);
            return order.ToDetails(actor, new BuyingView(purchase.ShopOrderNumbers, []));
        }, ct);
    }

    /// <summary>The request's shape: every line with its id, price and quantity (the order checks the values).</summary>
    private static List<LinePurchase> Validate(Command command)
    {
        var check = new Check()
            .That(command.Lines is { Count: > 0 }, "lines", "must list the order's lines")
            .That(command.Lines is null || command.Lines.Count <= MaxLines, "lines", $"must list at most {MaxLines} lines");
        var lines = new List<LinePurchase>();
        for (var i = 0; i < (command.Lines?.Count ?? 0); i++)
        {
            var line = command.Lines![i];
            if (line is null)
            {
                check.Add($"lines[{i}]", "is required");
                continue;
            }

            check.That(line.LineId is not null, $"lines[{i}].lineId", "is required")
                .That(line.UnitPriceCny is not null, $"lines[{i}].unitPriceCny", "is required")
                .That(line.Quantity is not null, $"lines[{i}].quantity", "is required");
            if (line is { LineId: { } id, UnitPriceCny: { } price, Quantity: { } quantity })
            {
                lines.Add(new LinePurchase(id, price, quantity));
            }
        }

        check.ThrowIfAny();
        return lines;
    }

    /// <summary>The marketplace account that bought: active, the buyer's own (the order manager may use any), of the order's marketplace.</summary>
    private async Task<BuyingAccountRef> AccountAsync(Actor actor, Order order, Guid? accountId, CancellationToken ct)
    {
        if (accountId is not { } id)
        {
            throw new DomainValidationException(BuyingAccount.UsedByField, "is required: the account the shop order was placed with");
        }

        var account = await accounts.LoadUsableAsync(id, actor, ct);
        return account.BuysOn(order.Marketplace) ? account.ToRef()
            : throw new DomainValidationException(BuyingAccount.UsedByField, $"is a {account.Marketplace} account; order {order.Code} is from {order.Marketplace}");
    }
}
