using Ordo.Domain.Common;
using Ordo.Domain.Identity;

namespace Ordo.Domain.Money;

/// <summary>One setting of the CNY→VND rate by an administrator; the history is kept, never edited.</summary>
public sealed class ExchangeRateChange
{
    private ExchangeRateChange()
    {
        SetByName = string.Empty;
    }

    public Guid Id { get; private init; } = Guid.CreateVersion7();

    public decimal VndPerCny { get; private init; }

    public DateTimeOffset EffectiveFrom { get; private init; }

    public DateTimeOffset SetAt { get; private init; }

    public Guid SetById { get; private init; }

    public string SetByName { get; private init; }

    /// <summary>The customer group this rate is for; null for the rate everyone else gets.</summary>
    public Guid? CustomerGroupId { get; private init; }

    public ExchangeRate Rate => ExchangeRate.Of(VndPerCny);

    public static ExchangeRateChange Set(Actor actor, decimal vndPerCny, DateTimeOffset? effectiveFrom, DateTimeOffset now, Guid? customerGroupId = null)
    {
        if (!actor.IsAdmin)
        {
            throw new ForbiddenActionException(MoneyErrors.RoleNotAllowed, "Only an administrator may set the exchange rate.");
        }

        var rate = ExchangeRate.Of(vndPerCny);
        return new ExchangeRateChange
        {
            VndPerCny = rate.VndPerCny,
            EffectiveFrom = effectiveFrom ?? now,
            SetAt = now,
            SetById = actor.UserId,
            SetByName = actor.Name,
            CustomerGroupId = customerGroupId,
        };
    }
}
