using Microsoft.EntityFrameworkCore;
using Ordo.Application.Common;
using Ordo.Application.Data;
using Ordo.Application.Identity;
using Ordo.Domain.Common;
using Ordo.Domain.Identity;

namespace Ordo.Application.Customers;

/// <summary>
/// The customer directory staff search to find a customer (by code, name, e-mail or phone) and see their
/// terms and wallet; the history of each customer's terms. Filtering and paging happen in SQL.
/// </summary>
public sealed class CustomerDirectory(OrdoDbContext db)
{
    public const string RoleNotAllowed = "customers.role_not_allowed";

    public const int MaxPageSize = 200;

    public static IReadOnlyList<string> SortKeys { get; } = ["registeredAt", "code", "name", "balance"];

    public sealed record Query(string? Q = null, Guid? GroupId = null, Guid? LoyaltyTierId = null, string? Sort = null, int Page = 1, int PageSize = 20);

    public sealed record Ref(Guid Id, string Name);

    public sealed record CustomerDto(
        Guid Id, string? Code, string Name, string? Email, string? Phone, Ref? Group, Ref? LoyaltyTier, decimal? ServiceFeePercent,
        decimal WalletBalanceVnd, bool IsActive, DateTimeOffset RegisteredAt, int TermsVersion);

    public sealed record TermsChangeDto(
        int Version, DateTimeOffset ChangedAt, string ChangedBy, Ref? PreviousLoyaltyTier, Ref? LoyaltyTier,
        decimal? PreviousServiceFeePercent, decimal? ServiceFeePercent, Ref? PreviousGroup, Ref? Group);

    /// <summary>Customer-care managers, accountants and administrators look customers up.</summary>
    public static bool MayBrowse(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.IsAnyOf(Roles.CsManager, Roles.Accountant);
    }

    public async Task<PagedResult<CustomerDto>> SearchAsync(Actor actor, Query query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        EnsureMayBrowse(actor);
        var sortSpec = string.IsNullOrWhiteSpace(query.Sort) ? "-registeredAt" : query.Sort.Trim();
        var descending = sortSpec.StartsWith('-');
        var sort = sortSpec.TrimStart('-', '+');
        new Check()
            .Paging(query.Page, query.PageSize, MaxPageSize)
            .That(SortKeys.Contains(sort, StringComparer.OrdinalIgnoreCase), "sort", $"must be one of {string.Join(", ", SortKeys)} (prefix - for descending)")
            .MaxLength(query.Q, "q", 200)
            .ThrowIfAny();

        var customers = Filter(db.Customers().AsNoTracking(), query);
        var total = await customers.CountAsync(ct);
        var items = await Project(Sort(customers, sort.ToLowerInvariant(), descending))
            .Skip((query.Page - 1) * query.PageSize)
            .Take(query.PageSize)
            .ToListAsync(ct);
        return new PagedResult<CustomerDto>(items, total, query.Page, query.PageSize);
    }

    public async Task<CustomerDto> GetAsync(Actor actor, Guid id, CancellationToken ct)
    {
        EnsureMayBrowse(actor);
        return await Project(db.Customers().AsNoTracking().Where(u => u.Id == id)).FirstOrDefaultAsync(ct)
               ?? throw new NotFoundException("Customer", id.ToString());
    }

    /// <summary>Every change of the customer's terms, newest first: who, when, before and after.</summary>
    public async Task<IReadOnlyList<TermsChangeDto>> TermsHistoryAsync(Actor actor, Guid id, CancellationToken ct)
    {
        EnsureMayBrowse(actor);
        if (!await db.Customers().AnyAsync(u => u.Id == id, ct))
        {
            throw new NotFoundException("Customer", id.ToString());
        }

        var tiers = db.LoyaltyTiers;
        var groups = db.CustomerGroups;
        return await db.CustomerTermsChanges.AsNoTracking()
            .Where(c => c.CustomerId == id)
            .OrderByDescending(c => c.Version)
            .Select(c => new TermsChangeDto(
                c.Version, c.ChangedAt, c.ChangedByName,
                c.PreviousLoyaltyTierId == null ? null : new Ref(c.PreviousLoyaltyTierId.Value, tiers.Where(t => t.Id == c.PreviousLoyaltyTierId).Select(t => t.Name).FirstOrDefault() ?? string.Empty),
                c.LoyaltyTierId == null ? null : new Ref(c.LoyaltyTierId.Value, tiers.Where(t => t.Id == c.LoyaltyTierId).Select(t => t.Name).FirstOrDefault() ?? string.Empty),
                c.PreviousServiceFeePercent, c.ServiceFeePercent,
                c.PreviousCustomerGroupId == null ? null : new Ref(c.PreviousCustomerGroupId.Value, groups.Where(g => g.Id == c.PreviousCustomerGroupId).Select(g => g.Name).FirstOrDefault() ?? string.Empty),
                c.CustomerGroupId == null ? null : new Ref(c.CustomerGroupId.Value, groups.Where(g => g.Id == c.CustomerGroupId).Select(g => g.Name).FirstOrDefault() ?? string.Empty)))
            .ToListAsync(ct);
    }

    private static void EnsureMayBrowse(Actor actor)
    {
        if (!MayBrowse(actor))
        {
            throw new ForbiddenActionException(RoleNotAllowed, "Only customer-care managers, accountants and administrators see the customer directory.");
        }
    }

    private static IQueryable<AppUser> Filter(IQueryable<AppUser> customers, Query query)
    {
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var text = query.Q.Trim();
            var lower = text.ToLowerInvariant();
            var upper = text.ToUpperInvariant();
            // Phones are stored as typed ("0912 345 678"); compare digits with the separators people use taken out.
            var phone = new string([.. text.Where(c => !char.IsWhiteSpace(c) && c is not '.' and not '-')]);
            // ToLower() here is SQL lower() (EF translates it; no culture runs in .NET), which is what the analyzers cannot see.
#pragma warning disable CA1304, CA1311, CA1862
            customers = customers.Where(u =>
                (u.CustomerCode != null && u.CustomerCode.Contains(upper))
                || u.FullName.ToLower().Contains(lower)
                || (u.NormalizedEmail != null && u.NormalizedEmail.Contains(upper))
                || (phone.Length > 0 && u.PhoneNumber != null && u.PhoneNumber.Replace(" ", "").Replace(".", "").Replace("-", "").Contains(phone)));
#pragma warning restore CA1304, CA1311, CA1862
        }

        if (query.GroupId is { } groupId)
        {
            customers = customers.Where(u => u.CustomerGroupId == groupId);
        }

        if (query.LoyaltyTierId is { } tierId)
        {
            customers = customers.Where(u => u.LoyaltyTierId == tierId);
        }

        return customers;
    }

    private IQueryable<AppUser> Sort(IQueryable<AppUser> customers, string sort, bool descending) => (sort, descending) switch
    {
        ("code", false) => customers.OrderBy(u => u.CustomerCode).ThenBy(u => u.Id),
        ("code", true) => customers.OrderByDescending(u => u.CustomerCode).ThenByDescending(u => u.Id),
        ("name", false) => customers.OrderBy(u => u.FullName).ThenBy(u => u.Id),
        ("name", true) => customers.OrderByDescending(u => u.FullName).ThenByDescending(u => u.Id),
        ("balance", false) => customers.OrderBy(u => db.Wallets.Where(w => w.CustomerId == u.Id).Select(w => (decimal?)w.BalanceVnd).FirstOrDefault() ?? 0m).ThenBy(u => u.Id),
        ("balance", true) => customers.OrderByDescending(u => db.Wallets.Where(w => w.CustomerId == u.Id).Select(w => (decimal?)w.BalanceVnd).FirstOrDefault() ?? 0m).ThenByDescending(u => u.Id),
        (_, false) => customers.OrderBy(u => u.CreatedAt).ThenBy(u => u.Id),
        _ => customers.OrderByDescending(u => u.CreatedAt).ThenByDescending(u => u.Id),
    };

    // Names and the balance are scalar subqueries: one round trip, and SQLite has no APPLY for row-valued ones.
    private IQueryable<CustomerDto> Project(IQueryable<AppUser> customers) =>
        customers.Select(u => new CustomerDto(
            u.Id, u.CustomerCode, u.FullName, u.Email, u.PhoneNumber,
            u.CustomerGroupId == null ? null : new Ref(u.CustomerGroupId.Value, db.CustomerGroups.Where(g => g.Id == u.CustomerGroupId).Select(g => g.Name).FirstOrDefault() ?? string.Empty),
            u.LoyaltyTierId == null ? null : new Ref(u.LoyaltyTierId.Value, db.LoyaltyTiers.Where(t => t.Id == u.LoyaltyTierId).Select(t => t.Name).FirstOrDefault() ?? string.Empty),
            u.ServiceFeePercent,
            db.Wallets.Where(w => w.CustomerId == u.Id).Select(w => (decimal?)w.BalanceVnd).FirstOrDefault() ?? 0m,
            !u.IsDisabled, u.CreatedAt, u.TermsVersion));
}
