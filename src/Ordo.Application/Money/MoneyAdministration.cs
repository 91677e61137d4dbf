using Microsoft.EntityFrameworkCore;
using Ordo.Application.Common;
using Ordo.Application.Customers;
using Ordo.Application.Data;
using Ordo.Domain.Common;
using Ordo.Domain.Identity;
using Ordo.Domain.Money;

namespace Ordo.Application.Money;

/// <summary>Admin sets loyalty tiers, discount codes, and each customer's tier and agreed buying fee.</summary>
public sealed class MoneyAdministration(OrdoDbContext db, TimeProvider clock)
{
    public sealed record TierCommand(string? Name, decimal ServiceFeeDiscountPercent, decimal? AdvancePercent, decimal MinSpendVnd);

    public sealed record TierDto(Guid Id, string Name, decimal ServiceFeeDiscountPercent, decimal? AdvancePercent, decimal MinSpendVnd, int Customers);

    public sealed record CodeCommand(string? Code, DiscountKind? Kind, decimal Value, DateTimeOffset? ValidFrom, DateTimeOffset? ValidTo, int? MaxUses, int? MaxUsesPerCustomer, bool IsActive = true);

    public sealed record CodeDto(Guid Id, string Code, DiscountKind Kind, decimal Value, DateTimeOffset ValidFrom, DateTimeOffset ValidTo, int? MaxUses, int? MaxUsesPerCustomer, int Uses, bool IsActive);

    public sealed record CustomerTermsCommand(Guid? LoyaltyTierId, decimal? ServiceFeePercent, Guid? CustomerGroupId = null);

    public sealed record CustomerTermsDto(Guid CustomerId, string Name, Guid? LoyaltyTierId, decimal? ServiceFeePercent, Guid? CustomerGroupId, int TermsVersion);

    public sealed record GroupCommand(string? Name);

    /// <summary>A group, how many customers are in it, and its own rate in force now (null: the general rate applies).</summary>
    public sealed record GroupDto(Guid Id, string Name, int Customers, decimal? VndPerCny = null);

    /// <summary>The groups with their negotiated rates: administrators, and the staff who look customers up by group.</summary>
    public async Task<IReadOnlyList<GroupDto>> GroupsAsync(Actor actor, CancellationToken ct)
    {
        SettingsAccess.EnsureMayReadCustomerSettings(actor);
        var now = clock.GetUtcNow();
        return await db.CustomerGroups.AsNoTracking().OrderBy(g => g.Name)
            .Select(g => new GroupDto(
                g.Id, g.Name, db.Users.Count(u => u.CustomerGroupId == g.Id),
                db.ExchangeRates.Where(r => r.CustomerGroupId == g.Id && r.EffectiveFrom <= now)
                    .OrderByDescending(r => r.EffectiveFrom).ThenByDescending(r => r.SetAt)
                    .Select(r => (decimal?)r.VndPerCny).FirstOrDefault()))
            .ToListAsync(ct);
    }

    public async Task<GroupDto> SaveGroupAsync(Actor actor, Guid? id, GroupCommand command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        CustomerGroup group;
        if (id is { } existing)
        {
            group = await db.CustomerGroups.FirstOrDefaultAsync(g => g.Id == existing, ct) ?? throw new NotFoundException("Customer group", existing.ToString());
            group.Rename(actor, command.Name);
        }
        else
        {
            group = CustomerGroup.Create(actor, command.Name);
            db.CustomerGroups.Add(group);
        }

        if (await db.CustomerGroups.AnyAsync(g => g.Name == group.Name && g.Id != group.Id, ct))
        {
            throw new DomainValidationException("name", "is already used by another group");
        }

        await db.SaveChangesAsync(ct);
        return (await GroupsAsync(actor, ct)).Single(g => g.Id == group.Id);
    }

    /// <summary>The loyalty tiers: administrators, and the staff who look customers up by tier.</summary>
    public async Task<IReadOnlyList<TierDto>> TiersAsync(Actor actor, CancellationToken ct)
    {
        SettingsAccess.EnsureMayReadCustomerSettings(actor);
        return await db.LoyaltyTiers.AsNoTracking()
            .OrderBy(t => t.MinSpendVnd).ThenBy(t => t.Name)
            .Select(t => new TierDto(t.Id, t.Name, t.ServiceFeeDiscountPercent, t.AdvancePercent, t.MinSpendVnd, db.Users.Count(u => u.LoyaltyTierId == t.Id)))
            .ToListAsync(ct);
    }

    public async Task<TierDto> SaveTierAsync(Actor actor, Guid? id, TierCommand command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        LoyaltyTier tier;
        if (id is { } existing)
        {
            tier = await db.LoyaltyTiers.FirstOrDefaultAsync(t => t.Id == existing, ct) ?? throw new NotFoundException("Loyalty tier", existing.ToString());
            tier.Change(actor, command.Name, command.ServiceFeeDiscountPercent, command.AdvancePercent, command.MinSpendVnd);
        }
        else
        {
            tier = LoyaltyTier.Create(actor, command.Name, command.ServiceFeeDiscountPercent, command.AdvancePercent, command.MinSpendVnd);
            db.LoyaltyTiers.Add(tier);
        }

        if (await db.LoyaltyTiers.AnyAsync(t => t.Name == tier.Name && t.Id != tier.Id, ct))
        {
            throw new DomainValidationException("name", "is already used by another tier");
        }

        await db.SaveChangesAsync(ct);
        return (await TiersAsync(actor, ct)).Single(t => t.Id == tier.Id);
    }

    public async Task<IReadOnlyList<CodeDto>> CodesAsync(CancellationToken ct) =>
        await db.DiscountCodes.AsNoTracking()
            .OrderByDescending(c => c.ValidTo)
            .Select(c => new CodeDto(c.Id, c.Code, c.Kind, c.Value, c.ValidFrom, c.ValidTo, c.MaxUses, c.MaxUsesPerCustomer, c.Uses, c.IsActive))
            .ToListAsync(ct);

    public async Task<CodeDto> SaveCodeAsync(Actor actor, Guid? id, CodeCommand command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        new Check()
            .That(command.Kind is not null, "kind", "is required (Percent or FixedVnd)")
            .That(command.ValidFrom is not null, "validFrom", "is required")
            .That(command.ValidTo is not null, "validTo", "is required")
            .ThrowIfAny();
        DiscountCode code;
        if (id is { } existing)
        {
            code = await db.DiscountCodes.FirstOrDefaultAsync(c => c.Id == existing, ct) ?? throw new NotFoundException("Discount code", existing.ToString());
            code.Change(actor, command.Kind!.Value, command.Value, command.ValidFrom!.Value, command.ValidTo!.Value, command.MaxUses, command.MaxUsesPerCustomer, command.IsActive);
        }
        else
        {
            code = DiscountCode.Create(actor, command.Code, command.Kind!.Value, command.Value, command.ValidFrom!.Value, command.ValidTo!.Value, command.MaxUses, command.MaxUsesPerCustomer);
            if (await db.DiscountCodes.AnyAsync(c => c.Code == code.Code, ct))
            {
                throw new DomainValidationException("code", "already exists");
            }

            db.DiscountCodes.Add(code);
        }

        await db.SaveChangesAsync(ct);
        return new CodeDto(code.Id, code.Code, code.Kind, code.Value, code.ValidFrom, code.ValidTo, code.MaxUses, code.MaxUsesPerCustomer, code.Uses, code.IsActive);
    }

    /// <summary>
    /// Replaces a customer's terms and records who changed what, when (the history is never edited). With
    /// <paramref name="expectedVersion"/> (If-Match) a stale edit is refused instead of overwriting a newer one.
    /// </summary>
    public async Task<CustomerTermsDto> SetCustomerTermsAsync(Actor actor, Guid customerId, CustomerTermsCommand command, int? expectedVersion, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        CustomerTermsChange.EnsureAllowed(actor);
        var terms = CustomerTerms.Of(command.LoyaltyTierId, command.ServiceFeePercent, command.CustomerGroupId);
        var user = await db.Customers().FirstOrDefaultAsync(u => u.Id == customerId, ct)
                   ?? throw new NotFoundException("Customer", customerId.ToString());
        if (expectedVersion is { } expected && expected != user.TermsVersion)
        {
            throw new PreconditionFailedException($"The terms of {user.FullName}", expected, user.TermsVersion);
        }

        var check = new Check();
        if (terms.LoyaltyTierId is { } tierId)
        {
            check.That(await db.LoyaltyTiers.AnyAsync(t => t.Id == tierId, ct), "loyaltyTierId", "is not a known loyalty tier");
        }

        if (terms.CustomerGroupId is { } groupId)
        {
            check.That(await db.CustomerGroups.AnyAsync(g => g.Id == groupId, ct), "customerGroupId", "is not a known customer group");
        }

        check.ThrowIfAny();
        if (CustomerTermsChange.Record(actor, user.Id, user.TermsVersion, user.Terms, terms, clock.GetUtcNow()) is { } change)
        {
            db.CustomerTermsChanges.Add(change);
            user.Apply(change);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException e) when (e.Entries.Any(x => x.Entity is CustomerTermsChange))
            {
                // Another admin saved this customer's next version a moment before: one (CustomerId, Version) each.
                throw new ConcurrencyConflictException($"The terms of {user.FullName}", e);
            }
        }

        return new CustomerTermsDto(user.Id, user.FullName, user.LoyaltyTierId, user.ServiceFeePercent, user.CustomerGroupId, user.TermsVersion);
    }
}
