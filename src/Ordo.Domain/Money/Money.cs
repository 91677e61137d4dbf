using System.Globalization;
using Ordo.Domain.Common;

namespace Ordo.Domain.Money;

/// <summary>
/// An amount in one currency. Arithmetic across currencies throws; rounding happens only through
/// <see cref="Round"/> (VND to whole dong, CNY to the fen, half away from zero).
/// </summary>
public readonly record struct Money(decimal Amount, Currency Currency) : IComparable<Money>
{
    public static Money Vnd(decimal amount) => new(amount, Currency.VND);

    public static Money Cny(decimal amount) => new(amount, Currency.CNY);

    public static Money Zero(Currency currency) => new(0m, currency);

    public static int Decimals(Currency currency) => currency == Currency.VND ? 0 : 2;

    /// <summary>Rounded to the currency's smallest unit, half away from zero (the rule of every fee and conversion).</summary>
    public static Money Round(decimal amount, Currency currency) =>
        new(decimal.Round(amount, Decimals(currency), MidpointRounding.AwayFromZero), currency);

    /// <summary>An amount typed by a person: refused when it has more decimals than the currency has.</summary>
    public static Money Exact(decimal amount, Currency currency, string field)
    {
        if (decimal.Round(amount, Decimals(currency)) != amount)
        {
            throw new DomainValidationException(field, currency == Currency.VND
                ? "must be a whole number of dong"
                : "must have at most 2 decimal places");
        }

        return new Money(amount, currency);
    }

    public bool IsZero => Amount == 0m;

    public bool IsNegative => Amount < 0m;

    public bool IsPositive => Amount > 0m;

    public Money Negate() => this with { Amount = -Amount };

    public Money Abs() => this with { Amount = Math.Abs(Amount) };

    public static Money operator +(Money left, Money right) => new(left.Amount + Same(left, right).Amount, left.Currency);

    public static Money operator -(Money left, Money right) => new(left.Amount - Same(left, right).Amount, left.Currency);

    public static Money operator -(Money value) => value.Negate();

    public static bool operator <(Money left, Money right) => left.CompareTo(right) < 0;

    public static bool operator >(Money left, Money right) => left.CompareTo(right) > 0;

    public static bool operator <=(Money left, Money right) => left.CompareTo(right) <= 0;

    public static bool operator >=(Money left, Money right) => left.CompareTo(right) >= 0;

    public static Money Max(Money a, Money b) => a >= b ? a : b;

    public static Money Min(Money a, Money b) => a <= b ? a : b;

    /// <summary>A percentage of this amount, rounded to the currency's unit.</summary>
    public Money Percent(decimal percent) => Round(Amount * percent / 100m, Currency);

    public Money Add(Money other) => this + other;

    public Money Subtract(Money other) => this - other;

    public int CompareTo(Money other) => Amount.CompareTo(Same(this, other).Amount);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Amount:0.##} {Currency}");

    private static Money Same(Money left, Money right) => left.Currency == right.Currency
        ? right
        : throw new InvalidOperationException($"Cannot combine {left.Currency} with {right.Currency}; convert first.");
}
