using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Ordo.Application.Common;
using Ordo.Application.Data;
using Ordo.Application.Settings;
using Ordo.Domain.Common;
using Ordo.Domain.Identity;
using Ordo.Domain.Orders;

namespace Ordo.Application.Orders;

/// <summary>
/// The order list: customers see their own orders, staff search all of them. Filtering, sorting and
/// paging all happen in SQL, projected to the list's columns.
/// </summary>
public sealed class SearchOrders(OrdoDbContext db, IOptions<OrdoOptions> options)
{
    public static IReadOnlyList<string> SortKeys { get; } = ["createdAt", "updatedAt", "code", "status", "customer"];

    public sealed record Query(
        string? Q = null, string? Code = null, Guid? CustomerId = null, string? Customer = null, string? Title = null,
        string? Shop = null, string? TrackingNumber = null, IReadOnlyList<OrderStatus>? Status = null, OrderKind? Kind = null,
        Guid? CsStaffId = null, bool? Unassigned = null, DateTimeOffset? From = null, DateTimeOffset? To = null,
        string? Sort = null, int? Page = null, int? PageSize = null);

    public async Task<PagedResult<OrderSummaryDto>> HandleAsync(Actor actor, Query query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (page, pageSize, sort, descending) = Validate(query);
        var orders = await FilterAsync(db.Orders.AsNoTracking(), actor, query, ct);
        var limit = options.Value.Orders.CountLimit;
        var bounded = orders.Take(limit + 1);
        var skip = (page - 1) * pageSize;
        var sorted = ApplySort(orders, sort, descending);
        // A deep page finds its ids first, walking only the sort's index (the order indexes end in the creation time
        // and Id, so for the default sort that walk never visits the table), then reads just those rows; skipping
        // 10,000 whole rows read 10,000 rows from the table.
        var rows = skip == 0
            ? sorted.Take(pageSize)
            : ApplySort(db.Orders.AsNoTracking().Where(o => sorted.Skip(skip).Take(pageSize).Select(p => p.Id).Contains(o.Id)), sort, descending);
        // The bounded count rides along as an uncorrelated subquery, which both databases evaluate once: one round
        // trip for the page and its total.
        var found = await rows
            .Select(o => new
            {
                Row = new OrderSummaryDto(
                    o.Id, o.Code, o.Kind, o.Status, new CustomerDto(o.CustomerId, o.CustomerName, o.CustomerEmail, o.CustomerPhone),
                    o.Marketplace, o.ShopName, o.ItemCount, o.TotalQuantity, o.GoodsValueCny,
                    o.CsStaffId == null ? null : new StaffRefDto(o.CsStaffId.Value, o.CsStaffName ?? string.Empty),
                    o.CreatedAt, o.UpdatedAt, o.Version),
                Counted = bounded.Count(),
            })
            .ToListAsync(ct);
        var items = found.ConvertAll(f => f.Row);
        var counted = found.Count > 0 ? found[0].Counted
            : skip == 0 ? 0
            : await bounded.CountAsync(ct); // a page past the end: the total on its own
        if (counted <= limit)
        {
            return new PagedResult<OrderSummaryDto>(items, counted, page, pageSize);
        }

        // Counting stopped at the limit: at least that many, and at least as many as the pages up to this one show
        // (a page past the end shows none, and proves no more than the limit).
        var atLeast = items.Count > 0 ? Math.Max(limit, skip + items.Count) : limit;
        return new PagedResult<OrderSummaryDto>(items, atLeast, page, pageSize, TotalIsLowerBound: true);
    }

    private (int Page, int PageSize, string Sort, bool Descending) Validate(Query query)
    {
        var limits = options.Value.Orders;
        var sortSpec = string.IsNullOrWhiteSpace(query.Sort) ? "-createdAt" : query.Sort.Trim();
        var descending = sortSpec.StartsWith('-');
        var sort = sortSpec.TrimStart('-', '+');
        var page = query.Page ?? 1;
        var pageSize = query.PageSize ?? limits.DefaultPageSize;
        new Check()
            .Paging(page, pageSize, limits.MaxPageSize)
            .That(SortKeys.Contains(sort, StringComparer.OrdinalIgnoreCase), "sort", $"must be one of {string.Join(", ", SortKeys)} (prefix - for descending)")
            .Period(query.From, query.To)
            .MaxLength(query.Q, "q", 200)
            .MaxLength(query.Code, "code", 200)
            .MaxLength(query.Customer, "customer", 200)
            .MaxLength(query.Title, "title", 200)
            .MaxLength(query.Shop, "shop", 200)
            .MaxLength(query.TrackingNumber, "trackingNumber", 200)
            .That(query.Status is null || query.Status.All(Enum.IsDefined), "status", Check.OneOf<OrderStatus>())
            .That(query.Kind is null || Enum.IsDefined(query.Kind.Value), "kind", Check.OneOf<OrderKind>())
            .ThrowIfAny();
        return (page, pageSize, sort.ToLowerInvariant(), descending);
    }

    private const string LikeEscape = "\\";

    /// <summary>What the user typed is matched literally: % and _ are not wildcards to them.</summary>
    private static string EscapeLike(string text) =>
        text.Replace(LikeEscape, LikeEscape + LikeEscape, StringComparison.Ordinal)
            .Replace("%", LikeEscape + "%", StringComparison.Ordinal)
            .Replace("_", LikeEscape + "_", StringComparison.Ordinal);

    /// <summary>
    /// "Contains", matched literally in one search column. PostgreSQL answers LIKE '%term%' from the column's trigram
    /// index. SQLite would read every order for it, so there a term of three characters or more that few orders
    /// contain is looked up in its FTS5 trigram index; a common term is still matched by LIKE, because walking the
    /// newest orders finds a page of it sooner than reading every order that holds it.
    /// </summary>
    private async Task<IQueryable<Order>> WhereContainsAsync(IQueryable<Order> orders, string? text, string column, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return orders;
        }

        var term = text.Trim().ToLowerInvariant();
        var common = options.Value.Orders.FullTextCommonFrom;
        if (db.IsSqlite && SqliteOrderSearch.CanMatch(term) && await SqliteOrderSearch.MatchingAsync(db, column, term, common, ct) is { } ids)
        {
            return orders.Where(o => ids.Contains(o.Id));
        }

        var pattern = $"%{EscapeLike(term)}%";
        return orders.Where(o => EF.Functions.Like(EF.Property<string>(o, column), pattern, LikeEscape));
    }

    private async Task<IQueryable<Order>> FilterAsync(IQueryable<Order> orders, Actor actor, Query q, CancellationToken ct)
    {
        if (!actor.IsStaff)
        {
            orders = orders.Where(o => o.CustomerId == actor.UserId);
        }
        else if (q.CustomerId is { } customerId)
        {
            orders = orders.Where(o => o.CustomerId == customerId);
        }

        // Each filter reads its own field; q reads them all.
        orders = await WhereContainsAsync(orders, q.Q, nameof(Order.SearchText), ct);
        orders = await WhereContainsAsync(orders, q.Customer, nameof(Order.CustomerSearchText), ct);
        orders = await WhereContainsAsync(orders, q.Title, nameof(Order.TitleSearchText), ct);
        orders = await WhereContainsAsync(orders, q.Shop, nameof(Order.ShopSearchText), ct);

        if (!string.IsNullOrWhiteSpace(q.Code))
        {
            var code = OrderCode.Normalize(q.Code);
            orders = orders.Where(o => o.Code.StartsWith(code));
        }

        if (!string.IsNullOrWhiteSpace(q.TrackingNumber))
        {
            var tracking = q.TrackingNumber.Trim().ToUpperInvariant();
            // "Id IN (orders holding this tracking number)" starts from the tracking-number index; a
            // correlated EXISTS made SQLite walk the whole order table (178 ms on 100,000 orders).
            var holders = db.Set<ShippingItem>().Where(i => i.TrackingNumber == tracking).Select(i => EF.Property<Guid>(i, "OrderId"));
            orders = orders.Where(o => holders.Contains(o.Id));
        }

        if (q.Status is { Count: 1 } one)
        {
            // One status (a queue tab) is an equality, so PostgreSQL walks the (Status, CreatedAt, Id) index in order;
            // "= ANY(array)" made it filter the whole creation-time index instead.
            var status = one[0];
            orders = orders.Where(o => o.Status == status);
        }
        else if (q.Status is { Count: > 1 } statuses)
        {
            orders = orders.Where(o => statuses.Contains(o.Status));
        }

        if (q.Kind is { } kind)
        {
            orders = orders.Where(o => o.Kind == kind);
        }

        if (q.CsStaffId is { } staffId)
        {
            orders = orders.Where(o => o.CsStaffId == staffId);
        }

        if (q.Unassigned == true)
        {
            orders = orders.Where(o => o.CsStaffId == null);
        }

        // A bound given in local time (+07:00) is compared as the same instant: the column's converter takes it to UTC.
        if (q.From is { } from)
        {
            orders = orders.Where(o => o.CreatedAt >= from);
        }

        if (q.To is { } to)
        {
            orders = orders.Where(o => o.CreatedAt <= to);
        }

        return orders;
    }

    private static IQueryable<Order> ApplySort(IQueryable<Order> orders, string sort, bool descending) => (sort, descending) switch
    {
        ("updatedat", false) => orders.OrderBy(o => o.UpdatedAt).ThenBy(o => o.Id),
        ("updatedat", true) => orders.OrderByDescending(o => o.UpdatedAt).ThenByDescending(o => o.Id),
        ("code", false) => orders.OrderBy(o => o.Code),
        ("code", true) => orders.OrderByDescending(o => o.Code),
        ("status", false) => orders.OrderBy(o => o.StatusRank).ThenByDescending(o => o.CreatedAt),
        ("status", true) => orders.OrderByDescending(o => o.StatusRank).ThenByDescending(o => o.CreatedAt),
        ("customer", false) => orders.OrderBy(o => o.CustomerName).ThenByDescending(o => o.CreatedAt),
        ("customer", true) => orders.OrderByDescending(o => o.CustomerName).ThenByDescending(o => o.CreatedAt),
        (_, false) => orders.OrderBy(o => o.CreatedAt).ThenBy(o => o.Id),
        _ => orders.OrderByDescending(o => o.CreatedAt).ThenByDescending(o => o.Id),
    };
}
