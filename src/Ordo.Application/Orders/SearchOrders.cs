using System.Linq.Expressions;
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
    public static IReadOnlyList<string> SortKeys { get; } = ["createdAt", "updatedAt", "code", "status", "customer", "depositedAt"];

    public sealed record Query(
        string? Q = null, string? Code = null, Guid? CustomerId = null, string? Customer = null, string? Title = null,
        string? Shop = null, string? TrackingNumber = null, IReadOnlyList<OrderStatus>? Status = null, OrderKind? Kind = null,
        Guid? CsStaffId = null, bool? Unassigned = null, DateTimeOffset? From = null, DateTimeOffset? To = null,
        string? Sort = null, int? Page = null, int? PageSize = null, Guid? BuyerId = null);

    public async Task<PagedResult<OrderSummaryDto>> HandleAsync(Actor actor, Query query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (page, pageSize, sort, descending) = Validate(query);
        var limit = options.Value.Orders.CountLimit;
        var skip = (page - 1) * pageSize;
        var (shape, args) = await PrepareAsync(actor, query, ct);
        shape = shape with { Sort = sort, Descending = descending, Deep = skip > 0 };
        args.Skip = skip;
        args.Take = pageSize;
        args.CountTake = limit + 1;
        var found = await Pages.Run(db, shape, args, BuildPage).ToListAsync(ct);
        var items = found.ConvertAll(f => f.Row);
        var counted = found.Count > 0 ? found[0].Counted
            : skip == 0 ? 0
            : await Filter(db, shape, args).Take(args.CountTake).CountAsync(ct); // a page past the end: the total on its own
        if (counted <= limit)
        {
            return new PagedResult<OrderSummaryDto>(items, counted, page, pageSize);
        }

        // Counting stopped at the limit: at least that many, and at least as many as the pages up to this one show
        // (a page past the end shows none, and proves no more than the limit).
        var atLeast = items.Count > 0 ? Math.Max(limit, skip + items.Count) : limit;
        return new PagedResult<OrderSummaryDto>(items, atLeast, page, pageSize, TotalIsLowerBound: true);
    }

    /// <summary>How a list query is built: which filters are present, how each search column is matched, the sort.</summary>
    private readonly record struct Shape(
        bool Customer, TextMatch Q, TextMatch CustomerText, TextMatch Title, TextMatch Shop, bool Code, bool Tracking,
        StatusMatch Status, bool Kind, bool CsStaff, bool Unassigned, bool From, bool To, bool Buyer,
        string Sort = "createdat", bool Descending = true, bool Deep = false);

    private enum TextMatch { None, Like, Ids }

    private enum StatusMatch { None, One, Many }

    /// <summary>One request's values for its shape's compiled query.</summary>
    private sealed class Args
    {
        public Guid CustomerId { get; set; }
        public string? QPattern { get; set; }
        public string? CustomerPattern { get; set; }
        public string? TitlePattern { get; set; }
        public string? ShopPattern { get; set; }
        public List<Guid>? QIds { get; set; }
        public List<Guid>? CustomerIds { get; set; }
        public List<Guid>? TitleIds { get; set; }
        public List<Guid>? ShopIds { get; set; }
        public string? Code { get; set; }
        public string? TrackingNumber { get; set; }
        public OrderStatus Status { get; set; }
        public List<OrderStatus>? Statuses { get; set; }
        public OrderKind Kind { get; set; }
        public Guid CsStaffId { get; set; }
        public Guid BuyerId { get; set; }
        public DateTimeOffset From { get; set; }
        public DateTimeOffset To { get; set; }
        public int Skip { get; set; }
        public int Take { get; set; }
        public int CountTake { get; set; }
    }

    private sealed record Found(OrderSummaryDto Row, int Counted);

    private static readonly CompiledShapes<Shape, Args, Found> Pages = new();

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
    private async Task<(TextMatch Match, string? Pattern, List<Guid>? Ids)> ContainsAsync(string? text, string column, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (TextMatch.None, null, null);
        }

        var term = text.Trim().ToLowerInvariant();
        var common = options.Value.Orders.FullTextCommonFrom;
        if (db.IsSqlite && SqliteOrderSearch.CanMatch(term) && await SqliteOrderSearch.MatchingAsync(db, column, term, common, ct) is { } ids)
        {
            return (TextMatch.Ids, null, ids);
        }

        return (TextMatch.Like, $"%{EscapeLike(term)}%", null);
    }

    /// <summary>The request's filters as a shape (which are present) and the values its query reads.</summary>
    private async Task<(Shape Shape, Args Args)> PrepareAsync(Actor actor, Query q, CancellationToken ct)
    {
        var args = new Args();
        Guid? customerId = actor.IsStaff ? q.CustomerId : actor.UserId;
        args.CustomerId = customerId ?? Guid.Empty;

        // Each filter reads its own field; q reads them all.
        TextMatch qMatch, customerMatch, titleMatch, shopMatch;
        (qMatch, args.QPattern, args.QIds) = await ContainsAsync(q.Q, nameof(Order.SearchText), ct);
        (customerMatch, args.CustomerPattern, args.CustomerIds) = await ContainsAsync(q.Customer, nameof(Order.CustomerSearchText), ct);
        (titleMatch, args.TitlePattern, args.TitleIds) = await ContainsAsync(q.Title, nameof(Order.TitleSearchText), ct);
        (shopMatch, args.ShopPattern, args.ShopIds) = await ContainsAsync(q.Shop, nameof(Order.ShopSearchText), ct);

        args.Code = string.IsNullOrWhiteSpace(q.Code) ? null : OrderCode.Normalize(q.Code);
        args.TrackingNumber = string.IsNullOrWhiteSpace(q.TrackingNumber) ? null : q.TrackingNumber.Trim().ToUpperInvariant();

        var status = q.Status switch
        {
            null or { Count: 0 } => StatusMatch.None,
            { Count: 1 } => StatusMatch.One,
            _ => StatusMatch.Many,
        };
        if (status == StatusMatch.One)
        {
            args.Status = q.Status![0];
        }
        else if (status == StatusMatch.Many)
        {
            args.Statuses = [.. q.Status!];
        }

        args.Kind = q.Kind ?? default;
        args.CsStaffId = q.CsStaffId ?? Guid.Empty;
        args.BuyerId = q.BuyerId ?? Guid.Empty;
        // A bound given in local time (+07:00) is compared as the same instant: the column's converter takes it to UTC.
        args.From = q.From ?? default;
        args.To = q.To ?? default;
        var shape = new Shape(
            customerId is not null, qMatch, customerMatch, titleMatch, shopMatch, args.Code is not null, args.TrackingNumber is not null,
            status, q.Kind is not null, q.CsStaffId is not null, q.Unassigned == true, q.From is not null, q.To is not null, q.BuyerId is not null);
        return (shape, args);
    }

    /// <summary>A search column's filter, as <see cref="ContainsAsync"/> chose to match it.</summary>
    private static IQueryable<Order> WhereContains(
        IQueryable<Order> orders, TextMatch match, Expression<Func<Order, bool>> like, Expression<Func<Order, bool>> inIds) => match switch
    {
        TextMatch.Like => orders.Where(like),
        TextMatch.Ids => orders.Where(inIds),
        _ => orders,
    };

    /// <summary>The orders a shape's filters select, reading every value from <paramref name="a"/>.</summary>
    private static IQueryable<Order> Filter(OrdoDbContext db, Shape s, Args a)
    {
        var orders = db.Orders.AsNoTracking();
        if (s.Customer)
        {
            orders = orders.Where(o => o.CustomerId == a.CustomerId);
        }

        orders = WhereContains(orders, s.Q, o => EF.Functions.Like(o.SearchText, a.QPattern, LikeEscape), o => a.QIds!.Contains(o.Id));
        orders = WhereContains(orders, s.CustomerText, o => EF.Functions.Like(o.CustomerSearchText, a.CustomerPattern, LikeEscape), o => a.CustomerIds!.Contains(o.Id));
        orders = WhereContains(orders, s.Title, o => EF.Functions.Like(o.TitleSearchText, a.TitlePattern, LikeEscape), o => a.TitleIds!.Contains(o.Id));
        orders = WhereContains(orders, s.Shop, o => EF.Functions.Like(o.ShopSearchText, a.ShopPattern, LikeEscape), o => a.ShopIds!.Contains(o.Id));

        if (s.Code)
        {
            orders = orders.Where(o => o.Code.StartsWith(a.Code!));
        }

        if (s.Tracking)
        {
            // "Id IN (orders holding this tracking number)" starts from the tracking-number index; a
            // correlated EXISTS made SQLite walk the whole order table (178 ms on 100,000 orders).
            // Shipping orders hold the customer's numbers as their parcels; purchase orders the shops' numbers the buyers entered.
            var holders = db.Set<ShippingItem>().Where(i => i.TrackingNumber == a.TrackingNumber).Select(i => EF.Property<Guid>(i, "OrderId"))
                .Concat(db.TrackingNumbers.Where(t => t.Number == a.TrackingNumber).Select(t => t.OrderId));
            orders = orders.Where(o => holders.Contains(o.Id));
        }

        if (s.Status == StatusMatch.One)
        {
            // One status (a queue tab) is an equality, so PostgreSQL walks the (Status, CreatedAt, Id) index in order;
            // "= ANY(array)" made it filter the whole creation-time index instead.
            orders = orders.Where(o => o.Status == a.Status);
        }
        else if (s.Status == StatusMatch.Many)
        {
            orders = orders.Where(o => a.Statuses!.Contains(o.Status));
        }

        if (s.Kind)
        {
            orders = orders.Where(o => o.Kind == a.Kind);
        }

        if (s.CsStaff)
        {
            orders = orders.Where(o => o.CsStaffId == a.CsStaffId);
        }

        if (s.Buyer)
        {
            orders = orders.Where(o => o.BuyerId == a.BuyerId);
        }

        if (s.Unassigned)
        {
            orders = orders.Where(o => o.CsStaffId == null);
        }

        if (s.From)
        {
            orders = orders.Where(o => o.CreatedAt >= a.From);
        }

        if (s.To)
        {
            orders = orders.Where(o => o.CreatedAt <= a.To);
        }

        return orders;
    }

    /// <summary>One page of the shape's orders, each row carrying the bounded count.</summary>
    private static IQueryable<Found> BuildPage(OrdoDbContext db, Shape s, Args a)
    {
        var orders = Filter(db, s, a);
        var bounded = orders.TakeArgument(() => a.CountTake);
        var sorted = ApplySort(orders, s.Sort, s.Descending);
        // A deep page finds its ids first, walking only the sort's index (the order indexes end in the creation time
        // and Id, so for the default sort that walk never visits the table), then reads just those rows; skipping
        // 10,000 whole rows read 10,000 rows from the table.
        var pageIds = sorted.SkipArgument(() => a.Skip).TakeArgument(() => a.Take).Select(p => p.Id);
        var rows = s.Deep
            ? ApplySort(db.Orders.AsNoTracking().Where(o => pageIds.Contains(o.Id)), s.Sort, s.Descending)
            : sorted.TakeArgument(() => a.Take);
        // The bounded count rides along as an uncorrelated subquery, which both databases evaluate once: one round
        // trip for the page and its total.
        return rows.Select(o => new Found(
            new OrderSummaryDto(
                o.Id, o.Code, o.Kind, o.Status, new CustomerDto(o.CustomerId, o.CustomerName, o.CustomerEmail, o.CustomerPhone),
                o.Marketplace, o.ShopName, o.ItemCount, o.TotalQuantity, o.GoodsValueCny,
                o.CsStaffId == null ? null : new StaffRefDto(o.CsStaffId.Value, o.CsStaffName ?? string.Empty),
                o.CreatedAt, o.UpdatedAt, o.Version,
                o.BuyerId == null ? null : new StaffRefDto(o.BuyerId.Value, o.BuyerName ?? string.Empty),
                o.PricedAt),
            bounded.Count()));
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

        // The buying queue: oldest deposit first is the one nearest its buying deadline.
        ("depositedat", false) => orders.OrderBy(o => o.PricedAt).ThenBy(o => o.Id),
        ("depositedat", true) => orders.OrderByDescending(o => o.PricedAt).ThenByDescending(o => o.Id),
        (_, false) => orders.OrderBy(o => o.CreatedAt).ThenBy(o => o.Id),
        _ => orders.OrderByDescending(o => o.CreatedAt).ThenByDescending(o => o.Id),
    };
}
