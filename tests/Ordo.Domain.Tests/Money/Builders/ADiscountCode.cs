using Ordo.Domain.Money;

namespace Ordo.Domain.Tests.Money.Builders;

/// <summary>A valid discount code, created by an administrator; change only what the test is about.</summary>
public sealed class ADiscountCode
{
    /// <summary>The first moment the code is valid by default: a week before <see cref="Clock.Now"/>.</summary>
    public static readonly DateTimeOffset From = Clock.Now.AddDays(-7);

    /// <summary>The last moment the code is valid by default: three weeks after <see cref="Clock.Now"/>.</summary>
    public static readonly DateTimeOffset To = Clock.Now.AddDays(21);

    private string? _code = "TET2026";
    private DiscountKind _kind = DiscountKind.Percent;
    private decimal _value = 10m;
    private DateTimeOffset _validFrom = From;
    private DateTimeOffset _validTo = To;
    private int? _maxUses;
    private int? _maxUsesPerCustomer;

    private ADiscountCode()
    {
    }

    public static ADiscountCode New() => new();

    public static ADiscountCode PercentOff(decimal percent) => new() { _kind = DiscountKind.Percent, _value = percent };

    public static ADiscountCode VndOff(decimal vnd) => new() { _kind = DiscountKind.FixedVnd, _value = vnd };

    public ADiscountCode Named(string? code)
    {
        _code = code;
        return this;
    }

    public ADiscountCode ValidBetween(DateTimeOffset from, DateTimeOffset to)
    {
        _validFrom = from;
        _validTo = to;
        return this;
    }

    public ADiscountCode LimitedTo(int? maxUses, int? maxUsesPerCustomer = null)
    {
        _maxUses = maxUses;
        _maxUsesPerCustomer = maxUsesPerCustomer;
        return this;
    }

    public DiscountCode Build() =>
        DiscountCode.Create(Actors.Admin, _code, _kind, _value, _validFrom, _validTo, _maxUses, _maxUsesPerCustomer);
}
