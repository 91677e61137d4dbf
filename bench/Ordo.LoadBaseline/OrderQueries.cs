using System.Text;
using Npgsql;
using NpgsqlTypes;
using Ordo.Application.Common;
using Ordo.Application.Orders;
using Ordo.Domain.Orders;

namespace Ordo.LoadBaseline;

/// <summary>Hand-written SQL for the questions the load benchmark asks, on Ordo's schema as it is.</summary>
internal sealed class OrderQueries(NpgsqlDataSource source, int countLimit)
{
    public sealed record Filter(string? Q, Guid? CustomerId, string? TrackingNumber, string[]? Status, DateTimeOffset? From, DateTimeOffset? To);

    public sealed record Me(Guid Id, string Email, string FullName, string? Phone, IReadOnlyList<string> Roles, string? Department, string Language, bool MustChangePassword);

    private const string SummaryColumns = """
        o."Id", o."Code", o."Kind", o."Status", o."CustomerId", o."CustomerName", o."CustomerEmail", o."CustomerPhone",
        o."Marketplace", o."ShopName", o."GoodsValueCny", o."CsStaffId", o."CsStaffName", o."CreatedAt", o."UpdatedAt", o."Version",
        o."ItemCount", o."TotalQuantity", o."BuyerId", o."BuyerName", o."PricedAt"
        """;

    /// <summary>As Ordo's <c>Ordo:Orders:CountLimit</c> (the script passes both the same): counted up to this many, then "at least".</summary>
    private int CountLimit { get; } = countLimit;

    /// <summary>
    /// One round trip, two statements: the total counted up to the limit, then the page of orders (LIMIT/OFFSET on
    /// the filtered index order; a deep page's ids first) with the line counts and quantities the order row keeps.
    /// </summary>
    public async Task<PagedResult<OrderSummaryDto>> SearchAsync(Filter filter, int page, int pageSize, CancellationToken ct)
    {
        var where = new StringBuilder("TRUE");
        var parameters = new List<NpgsqlParameter>();
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            where.Append(" AND o.\"SearchText\" LIKE @q");
            parameters.Add(new NpgsqlParameter("q", "%" + filter.Q.Trim().ToLowerInvariant().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%"));
        }

        if (filter.CustomerId is { } customer)
        {
            where.Append(" AND o.\"CustomerId\" = @customer");
            parameters.Add(new NpgsqlParameter("customer", customer));
        }

        if (!string.IsNullOrWhiteSpace(filter.TrackingNumber))
        {
            where.Append(" AND o.\"Id\" IN (SELECT s.\"OrderId\" FROM \"ShippingItems\" s WHERE s.\"TrackingNumber\" = @tracking)");
            parameters.Add(new NpgsqlParameter("tracking", filter.TrackingNumber.Trim().ToUpperInvariant()));
        }

        if (filter.Status is { Length: 1 } one)
        {
            where.Append(" AND o.\"Status\" = @status");
            parameters.Add(new NpgsqlParameter("status", one[0]));
        }
        else if (filter.Status is { Length: > 1 } statuses)
        {
            where.Append(" AND o.\"Status\" = ANY(@status)");
            parameters.Add(new NpgsqlParameter("status", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = statuses });
        }

        if (filter.From is { } from)
        {
            where.Append(" AND o.\"CreatedAt\" >= @from");
            parameters.Add(new NpgsqlParameter("from", from.UtcDateTime));
        }

        if (filter.To is { } to)
        {
            where.Append(" AND o.\"CreatedAt\" <= @to");
            parameters.Add(new NpgsqlParameter("to", to.UtcDateTime));
        }

        await using var batch = source.CreateBatch();
        var count = new NpgsqlBatchCommand($"SELECT count(*) FROM (SELECT 1 FROM \"Orders\" o WHERE {where} LIMIT {CountLimit + 1}) c");
        // As Ordo: a deep page finds its ids on the index first, then reads those rows.
        var rows = new NpgsqlBatchCommand(page == 1
            ? $"""
              SELECT {SummaryColumns}
              FROM "Orders" o WHERE {where} ORDER BY o."CreatedAt" DESC, o."Id" DESC LIMIT @limit OFFSET @offset
              """
            : $"""
              SELECT {SummaryColumns}
              FROM "Orders" o WHERE o."Id" IN (SELECT o."Id" FROM "Orders" o WHERE {where} ORDER BY o."CreatedAt" DESC, o."Id" DESC LIMIT @limit OFFSET @offset)
              ORDER BY o."CreatedAt" DESC, o."Id" DESC
              """);
        foreach (var p in parameters)
        {
            count.Parameters.Add(p.Clone());
            rows.Parameters.Add(p.Clone());
        }

        rows.Parameters.Add(new NpgsqlParameter("limit", pageSize));
        rows.Parameters.Add(new NpgsqlParameter("offset", (page - 1) * pageSize));
        batch.BatchCommands.Add(count);
        batch.BatchCommands.Add(rows);
        await using var reader = await batch.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        var total = (int)reader.GetInt64(0);
        await reader.NextResultAsync(ct);
        var items = new List<OrderSummaryDto>(pageSize);
        while (await reader.ReadAsync(ct))
        {
            items.Add(new OrderSummaryDto(
                reader.GetGuid(0), reader.GetString(1), Enum.Parse<OrderKind>(reader.GetString(2)), Enum.Parse<OrderStatus>(reader.GetString(3)),
                new CustomerDto(reader.GetGuid(4), reader.GetString(5), reader.GetString(6), reader.IsDBNull(7) ? null : reader.GetString(7)),
                reader.IsDBNull(8) ? null : Enum.Parse<Marketplace>(reader.GetString(8)), reader.IsDBNull(9) ? null : reader.GetString(9),
                reader.GetInt32(16), reader.GetInt32(17), reader.GetDecimal(10),
                reader.IsDBNull(11) ? null : new StaffRefDto(reader.GetGuid(11), reader.IsDBNull(12) ? string.Empty : reader.GetString(12)),
                Utc(reader.GetDateTime(13)), Utc(reader.GetDateTime(14)), reader.GetInt32(15),
                reader.IsDBNull(18) ? null : new StaffRefDto(reader.GetGuid(18), reader.IsDBNull(19) ? string.Empty : reader.GetString(19)),
                reader.IsDBNull(20) ? null : Utc(reader.GetDateTime(20))));
        }

        if (total <= CountLimit)
        {
            return new PagedResult<OrderSummaryDto>(items, total, page, pageSize);
        }

        var skip = (page - 1) * pageSize;
        return new PagedResult<OrderSummaryDto>(items, items.Count > 0 ? Math.Max(CountLimit, skip + items.Count) : CountLimit, page, pageSize, TotalIsLowerBound: true);
    }

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));

    /// <summary>One round trip, five statements keyed by the unique code index: the order, its lines, items, timeline and open delay.</summary>
    public async Task<OrderDetailsDto?> GetAsync(string code, CancellationToken ct)
    {
        const string byCode = "(SELECT \"Id\" FROM \"Orders\" WHERE \"Code\" = @code)";
        await using var batch = source.CreateBatch();
        foreach (var sql in new[]
        {
            """SELECT o."Id", o."Code", o."Kind", o."Status", o."CustomerId", o."CustomerName", o."CustomerEmail", o."CustomerPhone", o."Marketplace", o."ShopId", o."ShopName", o."OptionInspection", o."OptionWoodenCrate", o."OptionInsurance", o."CustomerNote", o."GoodsValueCny", o."CsStaffId", o."CsStaffName", o."CreatedAt", o."UpdatedAt", o."Version", o."BuyerId", o."BuyerName", o."ChinaShippingCny", o."PricedAt", o."OrderedAt" FROM "Orders" o WHERE o."Code" = @code""",
            $"""SELECT "Id", "SourceUrl", "Marketplace", "ShopId", "ShopName", "Title", "ImageUrl", "Properties", "UnitPriceCny", "Quantity", "Note", "PurchasedUnitPriceCny", "PurchasedQuantity" FROM "OrderLines" WHERE "OrderId" = {byCode} ORDER BY "Id" """,
            $"""SELECT "Id", "TrackingNumber", "Description", "Quantity", "DeclaredValueCny", "DeclaredWeightKg" FROM "ShippingItems" WHERE "OrderId" = {byCode} ORDER BY "Id" """,
            $"""SELECT "Action", "From", "To", "At", "ByName", "ByUserId", "Remark", "CustomerNotified" FROM "OrderHistory" WHERE "OrderId" = {byCode} ORDER BY "Sequence" """,
            // Ordo reads an open delay for staff while a deadline runs (Deposited, Ordering, Ordered); here it rides in the batch.
            $"""SELECT "Kind" FROM "LateOrders" WHERE "OrderId" = {byCode} AND "ResolvedAt" IS NULL LIMIT 1""",
        })
        {
            var command = new NpgsqlBatchCommand(sql);
            command.Parameters.Add(new NpgsqlParameter("code", code));
            batch.BatchCommands.Add(command);
        }

        await using var r = await batch.ExecuteReaderAsync(ct);
        if (!await r.ReadAsync(ct))
        {
            return null;
        }

        string? S(int i) => r.IsDBNull(i) ? null : r.GetString(i);
        var (id, kind, status) = (r.GetGuid(0), Enum.Parse<OrderKind>(r.GetString(2)), Enum.Parse<OrderStatus>(r.GetString(3)));
        var head = (Code: r.GetString(1), Customer: new CustomerDto(r.GetGuid(4), r.GetString(5), r.GetString(6), S(7)),
            Marketplace: S(8) is { } m ? Enum.Parse<Marketplace>(m) : (Marketplace?)null, ShopId: S(9), ShopName: S(10),
            Options: new OrderOptionsDto(r.GetBoolean(11), r.GetBoolean(12), r.GetBoolean(13)), Note: S(14), Goods: r.GetDecimal(15),
            Cs: r.IsDBNull(16) ? null : new StaffRefDto(r.GetGuid(16), S(17) ?? string.Empty), Created: Utc(r.GetDateTime(18)), Updated: Utc(r.GetDateTime(19)), Version: r.GetInt32(20),
            Buyer: r.IsDBNull(21) ? null : new StaffRefDto(r.GetGuid(21), S(22) ?? string.Empty), ChinaShipping: r.GetDecimal(23),
            Deposited: r.IsDBNull(24) ? (DateTimeOffset?)null : Utc(r.GetDateTime(24)), Ordered: r.IsDBNull(25) ? (DateTimeOffset?)null : Utc(r.GetDateTime(25)));
        await r.NextResultAsync(ct);
        var lines = new List<OrderLineDto>();
        while (await r.ReadAsync(ct))
        {
            var (cartPrice, ordered) = (r.GetDecimal(8), r.GetInt32(9));
            var price = r.IsDBNull(11) ? cartPrice : r.GetDecimal(11);
            var quantity = r.IsDBNull(12) ? ordered : r.GetInt32(12);
            lines.Add(new OrderLineDto(r.GetGuid(0), r.GetString(1), Enum.Parse<Marketplace>(r.GetString(2)), r.GetString(3), r.GetString(4), r.GetString(5), S(6), S(7),
                price, quantity, decimal.Round(Math.Max(price, cartPrice) * quantity, 2, MidpointRounding.AwayFromZero), S(10), cartPrice, ordered));
        }

        await r.NextResultAsync(ct);
        var items = new List<ShippingItemDto>();
        while (await r.ReadAsync(ct))
        {
            items.Add(new ShippingItemDto(r.GetGuid(0), r.GetString(1), r.GetString(2), r.GetInt32(3), r.GetDecimal(4), r.IsDBNull(5) ? null : r.GetDecimal(5)));
        }

        await r.NextResultAsync(ct);
        var history = new List<OrderHistoryDto>();
        while (await r.ReadAsync(ct))
        {
            history.Add(new OrderHistoryDto(Enum.Parse<OrderHistoryAction>(r.GetString(0)), S(1) is { } f ? Enum.Parse<OrderStatus>(f) : null,
                Enum.Parse<OrderStatus>(r.GetString(2)), Utc(r.GetDateTime(3)), r.GetString(4), r.GetGuid(5), S(6), r.GetBoolean(7)));
        }

        // The seeded orders are never marked late (nothing runs the job on them): the statement finds nothing, late is null.
        await r.NextResultAsync(ct);
        while (await r.ReadAsync(ct))
        {
        }

        // allowedActions needs Ordo's rules and the reader's roles; the baseline answers an empty list. The seeded orders
        // have no shop order (OrderedAt is null), so Ordo reads no shop order numbers or tracking numbers for them either.
        return new OrderDetailsDto(id, head.Code, kind, status, head.Customer, head.Marketplace, head.ShopId, head.ShopName, head.Options, head.Note,
            head.Goods, head.Cs, lines, items, history, [], head.Created, head.Updated, head.Version,
            head.Buyer, [], [], head.ChinaShipping, head.Deposited, head.Ordered, null);
    }

    /// <summary>The account and its roles in one statement.</summary>
    public async Task<Me?> MeAsync(Guid user, CancellationToken ct)
    {
        await using var command = source.CreateCommand("""
            SELECT u."Id", u."Email", u."FullName", u."PhoneNumber", u."Department", u."Language", u."MustChangePassword",
                   coalesce(array_agg(r."Name") FILTER (WHERE r."Name" IS NOT NULL), '{}')
            FROM "AspNetUsers" u LEFT JOIN "AspNetUserRoles" ur ON ur."UserId" = u."Id" LEFT JOIN "AspNetRoles" r ON r."Id" = ur."RoleId"
            WHERE u."Id" = @id AND NOT u."IsDisabled" GROUP BY u."Id"
            """);
        command.Parameters.Add(new NpgsqlParameter("id", user));
        await using var r = await command.ExecuteReaderAsync(ct);
        if (!await r.ReadAsync(ct))
        {
            return null;
        }

        return new Me(r.GetGuid(0), r.GetString(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3), r.GetFieldValue<string[]>(7),
            r.IsDBNull(4) ? null : r.GetValue(4).ToString(), r.GetString(5), r.GetBoolean(6));
    }
}
