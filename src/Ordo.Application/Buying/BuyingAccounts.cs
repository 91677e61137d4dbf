using Microsoft.EntityFrameworkCore;
using Ordo.Application.Common;
using Ordo.Application.Data;
using Ordo.Application.Orders;
using Ordo.Domain.Buying;
using Ordo.Domain.Common;
using Ordo.Domain.Identity;
using Ordo.Domain.Orders;

namespace Ordo.Application.Buying;

/// <summary>
/// The agent's marketplace accounts: the administrator keeps them and gives them to ordering staff; the order manager
/// sees them all; an ordering staff member sees the active ones given to them, which are the ones they may buy with.
/// </summary>
public sealed class BuyingAccounts(OrdoDbContext db)
{
    public sealed record AccountCommand(
        Marketplace? Marketplace, string? AccountName, PaymentKind? PaymentKind, string? PaymentAccount, string? Note,
        IReadOnlyList<Guid>? StaffIds, bool IsActive = true);

    /// <summary>An account with the staff it is given to; <see cref="Version"/> is its ETag.</summary>
    public sealed record AccountDto(
        Guid Id, Marketplace Marketplace, string AccountName, PaymentKind PaymentKind, string PaymentAccount, string? Note, bool IsActive,
        IReadOnlyList<StaffRefDto> AssignedStaff, int Version);

    public async Task<IReadOnlyList<AccountDto>> ListAsync(Actor actor, CancellationToken ct)
    {
        BuyingRules.EnsureMayReadAccounts(actor);
        var accounts = db.BuyingAccounts.AsNoTracking();
        if (!BuyingRules.SeesAllAccounts(actor))
        {
            accounts = accounts.Where(a => a.IsActive && a.AssignedStaff.Any(s => s.StaffId == actor.UserId));
        }

        var found = await accounts.OrderBy(a => a.Marketplace).ThenBy(a => a.AccountName).ToListAsync(ct);
        return [.. found.Select(ToDto)];
    }

    /// <summary>One account; to an ordering staff member, one not given to them (or retired) is "not found".</summary>
    public async Task<AccountDto> GetAsync(Actor actor, Guid id, CancellationToken ct)
    {
        BuyingRules.EnsureMayReadAccounts(actor);
        var account = await db.BuyingAccounts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);
        if (account is null || !(BuyingRules.SeesAllAccounts(actor) || account.IsUsableBy(actor.UserId)))
        {
            throw new NotFoundException("Buying account", id.ToString());
        }

        return ToDto(account);
    }

    /// <summary>The people an account can be given to: active staff who buy, by name.</summary>
    public async Task<IReadOnlyList<StaffRefDto>> AssignableStaffAsync(Actor actor, CancellationToken ct)
    {
        BuyingAccount.EnsureMayChange(actor);
        var roles = BuyingAccount.BuyerRoles;
        var buyers = from ur in db.UserRoles
                     join r in db.Roles on ur.RoleId equals r.Id
                     where roles.Contains(r.Name!)
                     select ur.UserId;
        return await db.Users.AsNoTracking()
            .Where(u => !u.IsDisabled && buyers.Contains(u.Id))
            .OrderBy(u => u.FullName)
            .Select(u => new StaffRefDto(u.Id, u.FullName))
            .ToListAsync(ct);
    }

    public async Task<AccountDto> CreateAsync(Actor actor, AccountCommand command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        BuyingAccount.EnsureMayChange(actor);
        RequireChoices(command);
        var staff = await LoadStaffAsync(command.StaffIds, ct);
        var account = BuyingAccount.Create(actor, command.Marketplace!.Value, command.AccountName, command.PaymentKind!.Value, command.PaymentAccount, command.Note, staff);
        await EnsureNameFreeAsync(account, ct);
        db.BuyingAccounts.Add(account);
        await SaveAsync(ct);
        return ToDto(account);
    }

    /// <summary>
    /// Replaces every field of an account and whom it is given to. With <paramref name="expectedVersion"/> (If-Match) a
    /// stale edit is refused instead of overwriting a newer one.
    /// </summary>
    public async Task<AccountDto> UpdateAsync(Actor actor, Guid id, AccountCommand command, int? expectedVersion, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        BuyingAccount.EnsureMayChange(actor);
        var account = await db.BuyingAccounts.FirstOrDefaultAsync(a => a.Id == id, ct) ?? throw new NotFoundException("Buying account", id.ToString());
        db.ExpectVersion(account, expectedVersion, $"Buying account {account.AccountName}");

        RequireChoices(command);
        var staff = await LoadStaffAsync(command.StaffIds, ct);
        account.Change(actor, command.Marketplace!.Value, command.AccountName, command.PaymentKind!.Value, command.PaymentAccount, command.Note, command.IsActive, staff);
        await EnsureNameFreeAsync(account, ct);

        // Whom the account is given to is part of it: a change of staff alone is a new version too, so that a stale
        // edit cannot quietly give it back to someone it was taken from.
        if (db.Entry(account).State == EntityState.Unchanged
            && db.ChangeTracker.Entries<BuyingAccountAssignment>().Any(e => e.State is EntityState.Added or EntityState.Deleted or EntityState.Modified))
        {
            db.Entry(account).State = EntityState.Modified;
        }

        await SaveAsync(ct);
        return ToDto(account);
    }

    /// <summary>
    /// The account a purchase is placed with, for the purchase command: refused on <c>buyingAccountId</c> (400) when it
    /// does not exist, is retired, or is not the buyer's to use. Tracked, in the caller's unit of work.
    /// </summary>
    public async Task<BuyingAccount> LoadUsableAsync(Guid id, Actor buyer, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(buyer);
        var account = await db.BuyingAccounts.FirstOrDefaultAsync(a => a.Id == id, ct)
                      ?? throw new DomainValidationException(BuyingAccount.UsedByField, "is not a known buying account");
        account.EnsureUsableBy(buyer);
        return account;
    }

    private static AccountDto ToDto(BuyingAccount a) => new(
        a.Id, a.Marketplace, a.AccountName, a.PaymentKind, a.PaymentAccount, a.Note, a.IsActive,
        [.. a.AssignedStaff.OrderBy(s => s.StaffName, StringComparer.CurrentCulture).Select(s => new StaffRefDto(s.StaffId, s.StaffName))],
        a.Version);

    /// <summary>JSON leaves a missing enum null rather than the first value: no account becomes a Taobao one by omission.</summary>
    private static void RequireChoices(AccountCommand command) =>
        new Check()
            .That(command.Marketplace is not null, "marketplace", "is required")
            .That(command.PaymentKind is not null, "paymentKind", "is required")
            .That(command.StaffIds is null || command.StaffIds.Count <= BuyingAccount.MaxAssignedStaff, BuyingAccount.StaffField, $"must list at most {BuyingAccount.MaxAssignedStaff} staff members")
            .ThrowIfAny();

    /// <summary>The staff named, as the domain checks them: a customer or a stranger's id is refused on the field.</summary>
    private async Task<IReadOnlyList<StaffMember>> LoadStaffAsync(IReadOnlyList<Guid>? staffIds, CancellationToken ct)
    {
        var ids = (staffIds ?? []).Distinct().ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        var users = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id))
            .Select(u => new { u.Id, u.FullName, u.IsDisabled }).ToListAsync(ct);
        if (users.Count < ids.Count)
        {
            throw new DomainValidationException(BuyingAccount.StaffField, "must name only known staff members");
        }

        var roles = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           where ids.Contains(ur.UserId)
                           select new { ur.UserId, Role = r.Name! }).ToListAsync(ct);
        return [.. users.Select(u => new StaffMember(
            u.Id, u.FullName, roles.Where(r => r.UserId == u.Id).Select(r => r.Role).ToHashSet(StringComparer.Ordinal), !u.IsDisabled))];
    }

    private async Task EnsureNameFreeAsync(BuyingAccount account, CancellationToken ct)
    {
        if (await db.BuyingAccounts.AnyAsync(a => a.Marketplace == account.Marketplace && a.NormalizedAccountName == account.NormalizedAccountName && a.Id != account.Id, ct))
        {
            throw NameTaken();
        }
    }

    private async Task SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.Entries.Any(x => x.Entity is BuyingAccount))
        {
            // The unique index caught what the check before could not: the same login saved by someone else a moment ago.
            throw NameTaken();
        }
    }

    private static DomainValidationException NameTaken() =>
        new("accountName", "is already used by another account on this marketplace");
}
