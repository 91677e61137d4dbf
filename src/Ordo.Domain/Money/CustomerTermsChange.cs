using Ordo.Domain.Identity;

namespace Ordo.Domain.Money;

/// <summary>
/// One change of a customer's terms by an administrator: who, when, before and after. Like the exchange
/// rate history, it is written once and never edited; <see cref="Version"/> numbers a customer's changes 1, 2, 3…
/// </summary>
public sealed class CustomerTermsChange
{
    private CustomerTermsChange()
    {
        ChangedByName = string.Empty;
    }

    public Guid Id { get; private init; } = Guid.CreateVersion7();

    public Guid CustomerId { get; private init; }

    /// <summary>The customer's terms version this change produced (the ETag of their terms).</summary>
    public int Version { get; private init; }

    public DateTimeOffset ChangedAt { get; private init; }

    public Guid ChangedById { get; private init; }

    public string ChangedByName { get; private init; }

    public Guid? PreviousLoyaltyTierId { get; private init; }

    public Guid? LoyaltyTierId { get; private init; }

    public decimal? PreviousServiceFeePercent { get; private init; }

    public decimal? ServiceFeePercent { get; private init; }

    public Guid? PreviousCustomerGroupId { get; private init; }

    public Guid? CustomerGroupId { get; private init; }

    /// <summary>Only an administrator changes a customer's terms.</summary>
    public static void EnsureAllowed(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        MoneyRules.EnsureAdmin(actor, "a customer's terms");
    }

    /// <summary>The record of moving a customer from <paramref name="before"/> to <paramref name="after"/>; null when nothing changes.</summary>
    public static CustomerTermsChange? Record(Actor actor, Guid customerId, int previousVersion, CustomerTerms before, CustomerTerms after, DateTimeOffset now)
    {
        EnsureAllowed(actor);
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        if (before == after)
        {
            return null;
        }

        return new CustomerTermsChange
        {
            CustomerId = customerId,
            Version = previousVersion + 1,
            ChangedAt = now,
            ChangedById = actor.UserId,
            ChangedByName = actor.Name,
            PreviousLoyaltyTierId = before.LoyaltyTierId,
            LoyaltyTierId = after.LoyaltyTierId,
            PreviousServiceFeePercent = before.ServiceFeePercent,
            ServiceFeePercent = after.ServiceFeePercent,
            PreviousCustomerGroupId = before.CustomerGroupId,
            CustomerGroupId = after.CustomerGroupId,
        };
    }
}
