using Microsoft.EntityFrameworkCore;
using Ordo.Application.Data;
using Ordo.Domain.Common;
using Ordo.Domain.Identity;
using Ordo.Domain.Money;

namespace Ordo.Application.Money;

/// <summary>The exchange rate and fee tables in force now, and their history (admin sets them; nothing is overwritten).</summary>
public sealed class MoneySettings(OrdoDbContext db, TimeProvider clock)
{
    public const string NoRate = "money.no_exchange_rate";

    public sealed record SetRateCommand(decimal VndPerCny, DateTimeOffset? EffectiveFrom, Guid? CustomerGroupId = null);

    /// <summary>One rate setting; <see cref="CustomerGroupId"/> and its name are null for the general rate.</summary>
    public sealed record ExchangeRateDto(Guid Id, decimal VndPerCny, DateTimeOffset EffectiveFrom, DateTimeOffset SetAt, string SetBy, Guid? CustomerGroupId = null, string? CustomerGroupName = null);

    public sealed record FeeScheduleDto(FeeSchedule Schedule, DateTimeOffset? EffectiveFrom, string? SetBy);

    /// <summary>The rate in force now: the customer group's own when it has one, else the general rate.</summary>
    public async Task<ExchangeRate> CurrentRateAsync(CancellationToken ct, Guid? customerGroupId = null)
    {
        var now = clock.GetUtcNow();
        var rates = db.ExchangeRates.AsNoTracking().Where(r => r.EffectiveFrom <= now);
        if (customerGroupId is { } groupId && await rates.AnyAsync(r => r.CustomerGroupId == groupId, ct))
        {
            rates = rates.Where(r => r.CustomerGroupId == groupId);
        }
        else
        {
            rates = rates.Where(r => r.CustomerGroupId == null);
        }

        var rate = await rates
            .OrderByDescending(r => r.EffectiveFrom).ThenByDescending(r => r.SetAt)
            .Select(r => (decimal?)r.VndPerCny)
            .FirstOrDefaultAsync(ct);
        return rate is { } value
            ? ExchangeRate.Of(value)
            : throw new DomainException(NoRate, "The CNY→VND exchange rate has not been set yet; an administrator sets it under Settings.");
    }

    /// <summary>Every rate, general and per group (the groups' negotiated rates): administrators only.</summary>
    public async Task<IReadOnlyList<ExchangeRateDto>> RateHistoryAsync(Actor actor, CancellationToken ct)
    {
        SettingsAccess.EnsureAdmin(actor);
        return await db.ExchangeRates.AsNoTracking()
            .OrderByDescending(r => r.EffectiveFrom).ThenByDescending(r => r.SetAt)
            .Take(200)
            .Select(r => new ExchangeRateDto(
                r.Id, r.VndPerCny, r.EffectiveFrom, r.SetAt, r.SetByName, r.CustomerGroupId,
                db.CustomerGroups.Where(g => g.Id == r.CustomerGroupId).Select(g => g.Name).FirstOrDefault()))
            .ToListAsync(ct);
    }

    public async Task<ExchangeRateDto> SetRateAsync(Actor actor, SetRateCommand command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var groupName = command.CustomerGroupId is { } groupId
            ? await db.CustomerGroups.Where(g => g.Id == groupId).Select(g => g.Name).FirstOrDefaultAsync(ct)
              ?? throw new DomainValidationException("customerGroupId", "is not a known customer group")
            : null;

        var change = ExchangeRateChange.Set(actor, command.VndPerCny, command.EffectiveFrom, clock.GetUtcNow(), command.CustomerGroupId);
        db.ExchangeRates.Add(change);
        await db.SaveChangesAsync(ct);
        return new ExchangeRateDto(change.Id, change.VndPerCny, change.EffectiveFrom, change.SetAt, change.SetByName, change.CustomerGroupId, groupName);
    }

    public async Task<FeeSchedule> CurrentFeesAsync(CancellationToken ct) => (await FeesVersionAtAsync(clock.GetUtcNow(), ct)).Schedule;

    /// <summary>
    /// Every version of the fee tables, newest first, to price many orders in memory (a handful of rows),
    /// and a way to find the one in force at a moment among them.
    /// </summary>
    public async Task<Func<DateTimeOffset, FeeSchedule>> FeesByMomentAsync(CancellationToken ct)
    {
        var versions = await db.FeeSchedules.AsNoTracking()
            .OrderByDescending(v => v.EffectiveFrom).ThenByDescending(v => v.SetAt).ToListAsync(ct);
        var schedules = versions.Select(v => (v.EffectiveFrom, v.SetAt, Schedule: v.Schedule)).ToList();
        return at => schedules.FirstOrDefault(v => v.EffectiveFrom <= at && v.SetAt <= at).Schedule ?? FeeSchedule.Default;
    }

    /// <summary>The fee tables that were in force at a past moment (a deposited order is priced by them).</summary>
    public async Task<FeeSchedule> FeesAtAsync(DateTimeOffset at, CancellationToken ct) => (await FeesVersionAtAsync(at, ct)).Schedule;

    /// <summary>The fee tables in force with who set them: administrators only (a customer reads their own terms).</summary>
    public Task<FeeScheduleDto> CurrentFeesVersionAsync(Actor actor, CancellationToken ct)
    {
        SettingsAccess.EnsureAdmin(actor);
        return FeesVersionAtAsync(clock.GetUtcNow(), ct);
    }

    private async Task<FeeScheduleDto> FeesVersionAtAsync(DateTimeOffset now, CancellationToken ct)
    {
        var version = await db.FeeSchedules.AsNoTracking()
            .Where(v => v.EffectiveFrom <= now && v.SetAt <= now)
            .OrderByDescending(v => v.EffectiveFrom).ThenByDescending(v => v.SetAt)
            .FirstOrDefaultAsync(ct);
        return version is null
            ? new FeeScheduleDto(FeeSchedule.Default, null, null)
            : new FeeScheduleDto(version.Schedule, version.EffectiveFrom, version.SetByName);
    }

    public async Task<FeeScheduleDto> SetFeesAsync(Actor actor, FeeSchedule schedule, DateTimeOffset? effectiveFrom, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        if (!actor.IsAdmin)
        {
            throw new ForbiddenActionException(MoneyErrors.RoleNotAllowed, "Only an administrator may change the fee tables.");
        }

        schedule.Validate();
        var now = clock.GetUtcNow();
        var version = new FeeScheduleVersion
        {
            EffectiveFrom = effectiveFrom ?? now, SetAt = now, SetById = actor.UserId, SetByName = actor.Name,
            ScheduleJson = FeeScheduleVersion.Serialize(schedule),
        };
        db.FeeSchedules.Add(version);
        await db.SaveChangesAsync(ct);
        return new FeeScheduleDto(schedule, version.EffectiveFrom, version.SetByName);
    }
}
