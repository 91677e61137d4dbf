using Ordo.Domain.Common;

namespace Ordo.Domain.Money;

/// <summary>How many dong one yuan costs. Each order keeps the rate it was priced at.</summary>
public readonly record struct ExchangeRate
{
    public const decimal MaxVndPerCny = 100_000m;

    private ExchangeRate(decimal vndPerCny) => VndPerCny = vndPerCny;

    public decimal VndPerCny { get; }

    public static ExchangeRate Of(decimal vndPerCny, string field = "vndPerCny")
    {
        new Check()
            .That(vndPerCny > 0, field, "must be greater than zero")
            .That(vndPerCny <= MaxVndPerCny, field, $"must be at most {MaxVndPerCny}")
            .Decimals(vndPerCny, field, 4)
            .ThrowIfAny();
        return new ExchangeRate(vndPerCny);
    }

    /// <summary>CNY converted to VND at this rate, rounded to whole dong.</summary>
    public Money ToVnd(Money cny)
    {
        if (cny.Currency != Currency.CNY)
        {
            throw new InvalidOperationException($"Only CNY converts to VND, not {cny.Currency}.");
        }

        return Money.Round(cny.Amount * VndPerCny, Currency.VND);
    }
}
