using Microsoft.EntityFrameworkCore;
using Ordo.Application.Data;
using Ordo.Domain.Common;
using Ordo.Domain.Identity;
using Ordo.Domain.Money;

namespace Ordo.Application.Money;

/// <summary>What a customer pays by: their loyalty tier, agreed buying fee, group and the exchange rate that applies to them, and nobody else's.</summary>
public sealed class CustomerOwnTerms(OrdoDbContext db, MoneySettings settings)
{
    /// <summary>
    /// <paramref name="AgreedServiceFeePercent"/> null: the standard service-fee table applies. <paramref name="VndPerCny"/> is the rate in
    /// force for this customer now (their group's own, else the general rate; null while none is set).
    /// </summary>
    public sealed record TermsDto(
        string? LoyaltyTier, decimal? LoyaltyDiscountPercent, decimal? AdvancePercent, decimal? AgreedServiceFeePercent,
        string? CustomerGroup, decimal? VndPerCny);

    public async Task<TermsDto> GetAsync(Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsInRole(Roles.Customer))
        {
            throw new ForbiddenActionException(MoneyErrors.RoleNotAllowed, "Only a customer has terms of their own.");
        }

        var terms = await db.Users.AsNoTracking().Where(u => u.Id == actor.UserId)
            .Select(u => new
            {
                u.ServiceFeePercent,
                u.CustomerGroupId,
                Group = db.CustomerGroups.Where(g => g.Id == u.CustomerGroupId).Select(g => g.Name).FirstOrDefault(),
                Tier = db.LoyaltyTiers.Where(t => t.Id == u.LoyaltyTierId)
                    .Select(t => new { t.Name, t.ServiceFeeDiscountPercent, t.AdvancePercent }).FirstOrDefault(),
            })
            .FirstAsync(ct);
        decimal? rate;
        try
        {
            rate = (await settings.CurrentRateAsync(ct, terms.CustomerGroupId)).VndPerCny;
        }
        catch (DomainException e) when (e.Code == MoneySettings.NoRate)
        {
            rate = null;
        }

        return new TermsDto(terms.Tier?.Name, terms.Tier?.ServiceFeeDiscountPercent, terms.Tier?.AdvancePercent, terms.ServiceFeePercent, terms.Group, rate);
    }
}
