using Microsoft.EntityFrameworkCore;
using Ordo.Application.Data;
using Ordo.Domain.Identity;
using Ordo.Domain.Logistics;

namespace Ordo.Application.Logistics;

/// <summary>
/// The international shipping tariff and freight cost table, versioned like the fee tables: each change takes effect
/// from its moment, earlier versions stay for the record, and a parcel is charged by the version in force when it arrives.
/// </summary>
public sealed class ShippingTariffs(OrdoDbContext db, TimeProvider clock)
{
    public sealed record SetCommand(IReadOnlyList<ShippingRate>? Rates, IReadOnlyList<FreightCost>? Costs, DateTimeOffset? EffectiveFrom = null);

    /// <summary>A version of the tariff; <paramref name="EffectiveFrom"/> null: the built-in default, never set.</summary>
    public sealed record TariffDto(IReadOnlyList<ShippingRate> Rates, IReadOnlyList<FreightCost> Costs, DateTimeOffset? EffectiveFrom, DateTimeOffset? SetAt, string? SetBy);

    /// <summary>The tariff in force and the versions before and after it, newest first. Staff read it (the warehouses quote it); the administrator sets it.</summary>
    public sealed record TariffsDto(TariffDto Current, IReadOnlyList<TariffDto> Versions);

    public async Task<TariffsDto> GetAsync(Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsStaff)
        {
            throw new Domain.Common.ForbiddenActionException(LogisticsErrors.RoleNotAllowed, "The shipping tariff is staff's; a customer sees their charges on their orders.");
        }

        var versions = await db.ShippingTariffs.AsNoTracking().OrderByDescending(v => v.EffectiveFrom).ThenByDescending(v => v.SetAt).Take(50).ToListAsync(ct);
        var now = clock.GetUtcNow();
        var current = versions.FirstOrDefault(v => v.EffectiveFrom <= now && v.SetAt <= now);
        return new TariffsDto(current is null ? ToDto(ShippingTariff.Default, null) : ToDto(current.Tariff, current), [.. versions.Select(v => ToDto(v.Tariff, v))]);
    }

    public async Task<TariffDto> SetAsync(Actor actor, SetCommand command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        LogisticsRules.EnsureMayEditTariffs(actor);
        var tariff = new ShippingTariff(command.Rates!, command.Costs!);
        tariff.Validate();
        tariff = tariff.Normalized();
        var now = clock.GetUtcNow();
        var version = new ShippingTariffVersion
        {
            EffectiveFrom = command.EffectiveFrom ?? now, SetAt = now, SetById = actor.UserId, SetByName = actor.Name,
            TariffJson = ShippingTariffVersion.Serialize(tariff),
        };
        db.ShippingTariffs.Add(version);
        await db.SaveChangesAsync(ct);
        return ToDto(tariff, version);
    }

    /// <summary>The tariff in force at a moment.</summary>
    public async Task<ShippingTariff> AtAsync(DateTimeOffset at, CancellationToken ct)
    {
        var version = await db.ShippingTariffs.AsNoTracking().Where(v => v.EffectiveFrom <= at && v.SetAt <= at)
            .OrderByDescending(v => v.EffectiveFrom).ThenByDescending(v => v.SetAt).FirstOrDefaultAsync(ct);
        return version?.Tariff ?? ShippingTariff.Default;
    }

    private static TariffDto ToDto(ShippingTariff tariff, ShippingTariffVersion? version) =>
        new(tariff.Rates, tariff.Costs, version?.EffectiveFrom, version?.SetAt, version?.SetByName);
}
