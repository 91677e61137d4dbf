using Ordo.Domain.Common;
using Cash = Ordo.Domain.Money.Money;

namespace Ordo.Domain.Logistics;

/// <summary>
/// The international shipping tariff (China → Vietnam) an administrator sets, by destination warehouse and loyalty
/// tier, with the freight cost per kg the agent pays (for an order's profit). The most specific row wins: destination
/// and tier, then destination, then tier, then the default row every tariff has.
/// </summary>
public sealed record ShippingTariff(IReadOnlyList<ShippingRate> Rates, IReadOnlyList<FreightCost> Costs)
{
    public const decimal MaxPerKgVnd = 10_000_000m;

    /// <summary>Close to what agents publish for Guangzhou → Hà Nội / TP.HCM by road.</summary>
    public static ShippingTariff Default { get; } = new(
        [new(null, null, 30_000m, 15_000m), new("HCM", null, 35_000m, 15_000m)],
        [new(null, 18_000m), new("HCM", 22_000m)]);

    public void Validate()
    {
        var check = new Check();
        if (Rates is null || Rates.Count == 0 || Rates.Any(r => r is null))
        {
            check.Add("rates", "must have at least one rate and no empty one");
        }
        else
        {
            check.That(Rates.Any(r => r.Destination is null && r.LoyaltyTierId is null), "rates", "must have a default rate (no destination, no tier)")
                .That(Rates.Select(r => (Key(r.Destination), r.LoyaltyTierId)).Distinct().Count() == Rates.Count, "rates", "must not give one destination and tier two rates");
            for (var i = 0; i < Rates.Count; i++)
            {
                var rate = Rates[i];
                check.That(rate.PerKgVnd is > 0 and <= MaxPerKgVnd, $"rates[{i}].perKgVnd", $"must be above 0 and at most {MaxPerKgVnd:0}")
                    .Decimals(rate.PerKgVnd, $"rates[{i}].perKgVnd", 0)
                    .That(rate.MinimumVnd is >= 0 and <= MaxPerKgVnd, $"rates[{i}].minimumVnd", $"must be between 0 and {MaxPerKgVnd:0}")
                    .Decimals(rate.MinimumVnd, $"rates[{i}].minimumVnd", 0)
                    .MaxLength(rate.Destination, $"rates[{i}].destination", Warehouse.MaxCodeLength);
            }
        }

        if (Costs is null || Costs.Any(c => c is null))
        {
            check.Add("costs", "must not contain an empty row");
        }
        else
        {
            check.That(Costs.Any(c => c.Destination is null), "costs", "must have a default cost (no destination)")
                .That(Costs.Select(c => Key(c.Destination)).Distinct().Count() == Costs.Count, "costs", "must not give one destination two costs");
            for (var i = 0; i < Costs.Count; i++)
            {
                check.That(Costs[i].PerKgVnd is >= 0 and <= MaxPerKgVnd, $"costs[{i}].perKgVnd", $"must be between 0 and {MaxPerKgVnd:0}")
                    .Decimals(Costs[i].PerKgVnd, $"costs[{i}].perKgVnd", 0)
                    .MaxLength(Costs[i].Destination, $"costs[{i}].destination", Warehouse.MaxCodeLength);
            }
        }

        check.ThrowIfAny();
    }

    /// <summary>The tariff as kept: destination codes trimmed and upper case, blank ones meaning any.</summary>
    public ShippingTariff Normalized() => new(
        [.. Rates.Select(r => r with { Destination = Key(r.Destination) })],
        [.. Costs.Select(c => c with { Destination = Key(c.Destination) })]);

    public ShippingRate RateFor(string destination, Guid? tierId)
    {
        var code = Warehouse.Normalize(destination);
        return Rates.FirstOrDefault(r => r.Destination == code && r.LoyaltyTierId == tierId && tierId is not null)
               ?? Rates.FirstOrDefault(r => r.Destination == code && r.LoyaltyTierId is null)
               ?? Rates.FirstOrDefault(r => r.Destination is null && r.LoyaltyTierId == tierId && tierId is not null)
               ?? Rates.First(r => r.Destination is null && r.LoyaltyTierId is null);
    }

    /// <summary>The fee of one parcel: chargeable kg × the rate, rounded to whole dong, never under the rate's minimum.</summary>
    public Cash FeeFor(string destination, Guid? tierId, decimal chargeableWeightKg)
    {
        var rate = RateFor(destination, tierId);
        return Cash.Max(Cash.Round(chargeableWeightKg * rate.PerKgVnd, Money.Currency.VND), Cash.Vnd(rate.MinimumVnd));
    }

    /// <summary>What the freight carrier charges the agent for one parcel, rounded to whole dong.</summary>
    public Cash CostFor(string destination, decimal chargeableWeightKg)
    {
        var code = Warehouse.Normalize(destination);
        var cost = Costs.FirstOrDefault(c => c.Destination == code) ?? Costs.FirstOrDefault(c => c.Destination is null);
        return Cash.Round(chargeableWeightKg * (cost?.PerKgVnd ?? 0m), Money.Currency.VND);
    }

    private static string? Key(string? destination) => string.IsNullOrWhiteSpace(destination) ? null : Warehouse.Normalize(destination);
}
