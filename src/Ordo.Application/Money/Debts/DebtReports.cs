using Microsoft.EntityFrameworkCore;
using Ordo.Application.Common;
using Ordo.Application.Data;
using Ordo.Domain.Common;
using Ordo.Domain.Identity;
using Ordo.Domain.Orders;

namespace Ordo.Application.Money.Debts;

/// <summary>
/// The accountant's debts: what every deposited, still open order and every customer still owes, from the order
/// balances, counted, summed, sorted and paged by the database.
/// </summary>
public sealed class DebtReports(OrdoDbContext db)
{
    /// <summary>The largest page of either list.</summary>
    public const int MaxPageSize = 200;

    public sealed record OrderDebt(Guid OrderId, string Code, Guid CustomerId, string CustomerName, OrderStatus Status, decimal TotalVnd, decimal PaidVnd, decimal DueVnd);

    public sealed record CustomerDebt(Guid CustomerId, string? CustomerCode, string CustomerName, int Orders, decimal DueVnd);

    /// <summary>All open debts together, and one page of customers, the largest debt first.</summary>
    public sealed record DebtSummary(decimal TotalDueVnd, int Orders, int Customers, PagedResult<CustomerDebt> ByCustomer);

    public async Task<DebtSummary> SummaryAsync(Actor actor, int page, int pageSize, CancellationToken ct)
    {
        AccountingAccess.Ensure(actor);
        new Check().Paging(page, pageSize, MaxPageSize).ThrowIfAny();
        var open = Open();
        var totalDue = await open.SumAsync(b => b.DueVnd, ct);
        var orders = await open.CountAsync(ct);
        var customers = await open.Select(b => b.CustomerId).Distinct().CountAsync(ct);
        var rows = await open.GroupBy(b => b.CustomerId)
            .Select(g => new { CustomerId = g.Key, Orders = g.Count(), Due = g.Sum(b => b.DueVnd) })
            .OrderByDescending(x => x.Due).ThenBy(x => x.CustomerId)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .ToListAsync(ct);
        var ids = rows.Select(r => r.CustomerId).ToList();
        var names = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id))
            .Select(u => new { u.Id, u.CustomerCode, u.FullName })
            .ToDictionaryAsync(u => u.Id, u => (u.CustomerCode, u.FullName), ct);
        var items = rows.Select(r =>
        {
            var (code, name) = names.GetValueOrDefault(r.CustomerId, (null, string.Empty));
            return new CustomerDebt(r.CustomerId, code, name, r.Orders, r.Due);
        }).ToList();
        return new DebtSummary(totalDue, orders, customers, new PagedResult<CustomerDebt>(items, customers, page, pageSize));
    }

    /// <summary>Open orders that still owe (or are owed) money, the largest debt first; one customer's when <paramref name="customerId"/> is given.</summary>
    public async Task<PagedResult<OrderDebt>> OrdersAsync(Actor actor, Guid? customerId, int page, int pageSize, CancellationToken ct)
    {
        AccountingAccess.Ensure(actor);
        new Check().Paging(page, pageSize, MaxPageSize).ThrowIfAny();
        var open = Open();
        if (customerId is { } id)
        {
            open = open.Where(b => b.CustomerId == id);
        }

        var total = await open.CountAsync(ct);
        var rows = await (from b in open
                          join o in db.Orders on b.OrderId equals o.Id
                          orderby b.DueVnd descending, o.Code
                          select new { o.Id, o.Code, o.CustomerId, o.CustomerName, o.Status, b.TotalVnd, b.PaidVnd, b.DueVnd })
            .Skip((page - 1) * pageSize).Take(pageSize)
            .ToListAsync(ct);
        return new PagedResult<OrderDebt>(
            [.. rows.Select(r => new OrderDebt(r.Id, r.Code, r.CustomerId, r.CustomerName, r.Status, r.TotalVnd, r.PaidVnd, r.DueVnd))],
            total, page, pageSize);
    }

    private IQueryable<OrderBalance> Open() => db.OrderBalances.AsNoTracking().Where(b => b.IsOpen && b.DueVnd != 0);
}
