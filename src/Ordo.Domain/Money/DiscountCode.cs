using Ordo.Domain.Common;
using Ordo.Domain.Identity;

namespace Ordo.Domain.Money;

/// <summary>
/// A code that lowers the service fee: a percent or a fixed VND amount, valid between two dates, with an
/// overall and a per-customer limit. A use is counted when the order's deposit is paid.
/// </summary>
public sealed class DiscountCode : AggregateRoot
{
    public const string Invalid = "discount.invalid";

    private DiscountCode()
    {
        Code = string.Empty;
    }

    public string Code { get; private init; }

    public DiscountKind Kind { get; private set; }

    public decimal Value { get; private set; }

    public DateTimeOffset ValidFrom { get; private set; }

    public DateTimeOffset ValidTo { get; private set; }

    public int? MaxUses { get; private set; }

    public int? MaxUsesPerCustomer { get; private set; }

    public int Uses { get; private set; }

    public bool IsActive { get; private set; } = true;

    public static DiscountCode Create(Actor actor, string? code, DiscountKind kind, decimal value, DateTimeOffset validFrom, DateTimeOffset validTo, int? maxUses, int? maxUsesPerCustomer)
    {
        MoneyRules.EnsureAdmin(actor, "discount codes");
        new Check()
            .Required(code, "code", 40)
            .That(code is null || code.Trim().All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'), "code", "may contain only letters, digits, - and _")
            .ThrowIfAny();
        var discount = new DiscountCode { Code = Normalize(code!) };
        discount.Change(actor, kind, value, validFrom, validTo, maxUses, maxUsesPerCustomer, isActive: true);
        return discount;
    }

    public static string Normalize(string code) => code.Trim().ToUpperInvariant();

    public void Change(Actor actor, DiscountKind kind, decimal value, DateTimeOffset validFrom, DateTimeOffset validTo, int? maxUses, int? maxUsesPerCustomer, bool isActive)
    {
        MoneyRules.EnsureAdmin(actor, "discount codes");
        new Check()
            .That(Enum.IsDefined(kind), "kind", "must be Percent or FixedVnd")
            .That(value > 0, "value", "must be greater than zero")
            .That(kind != DiscountKind.Percent || value <= 100, "value", "a percent must be at most 100")
            .Decimals(value, "value", kind == DiscountKind.Percent ? 2 : 0)
            .That(validFrom < validTo, "validTo", "must be after validFrom")
            .That(maxUses is null or > 0, "maxUses", "must be 1 or more")
            .That(maxUsesPerCustomer is null or > 0, "maxUsesPerCustomer", "must be 1 or more")
            .ThrowIfAny();
        Kind = kind;
        Value = value;
        ValidFrom = validFrom;
        ValidTo = validTo;
        MaxUses = maxUses;
        MaxUsesPerCustomer = maxUsesPerCustomer;
        IsActive = isActive;
    }

    /// <summary>Throws when the code can't be used now by a customer who has used it <paramref name="customerUses"/> times.</summary>
    public void EnsureUsable(DateTimeOffset now, int customerUses)
    {
        var reason = !IsActive ? "is no longer active"
            : now < ValidFrom ? "is not valid yet"
            : now > ValidTo ? "has expired"
            : MaxUses is { } max && Uses >= max ? "has been used up"
            : MaxUsesPerCustomer is { } perCustomer && customerUses >= perCustomer ? "has already been used the allowed number of times by you"
            : null;
        if (reason is not null)
        {
            throw new DomainException(Invalid, $"The discount code {Code} {reason}.", "discountCode");
        }
    }

    /// <summary>Counts one use (at deposit); checked again so two racing deposits can't exceed the limit.</summary>
    public void Redeem(DateTimeOffset now, int customerUses)
    {
        EnsureUsable(now, customerUses);
        Uses++;
    }
}
