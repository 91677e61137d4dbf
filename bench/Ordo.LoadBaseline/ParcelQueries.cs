using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Npgsql;
using Ordo.Application.Common;
using Ordo.Application.Logistics;
using Ordo.Domain.Logistics;
using Ordo.Domain.Orders;

namespace Ordo.LoadBaseline;

/// <summary>
/// Hand-written SQL for the China warehouse's scan and the parcel list (issue 11), on Ordo's schema as it is. The scan
/// is two round trips: one batch reads the warehouse, the parcel already received under the number, the open orders
/// holding it and the destination; one batch (one implicit transaction) takes the next parcel code and inserts the
/// parcel and its first timeline row. It does not write an outbox row, and so nothing moves the order afterwards.
/// </summary>
internal sealed class ParcelQueries(NpgsqlDataSource source)
{
    private const int CountLimit = Parcels.CountLimit;

    private readonly ConcurrentDictionary<Guid, string> _names = new();

    private const string ParcelColumns = """
        p."Id", p."Code", p."TrackingNumber", p."OrderId", p."OrderCode", p."CustomerCode", p."IsExcess", p."IsMatched", p."Status",
        p."WarehouseCode", p."DestinationCode", p."WeightKg", p."LengthCm", p."WidthCm", p."HeightCm", p."ChargeableWeightKg", p."Warnings",
        p."HandlingNote", p."ReceivedAt", p."Version"
        """;

    private const string HistoryColumns = """h."Sequence", h."Action", h."Status", h."WarehouseCode", h."At", h."ActorName", h."Remark" """;

    public sealed record ScanCommand(string? TrackingNumber, decimal? WeightKg, decimal? LengthCm, decimal? WidthCm, decimal? HeightCm, bool AnotherBox = false);

    public async Task<IResult> ScanAsync(Guid user, string warehouseCode, ScanCommand command, CancellationToken ct)
    {
        var number = (command.TrackingNumber ?? string.Empty).Trim().ToUpperInvariant();
        if (number.Length is < TrackingNumbers.MinLength or > TrackingNumbers.MaxLength || command.WeightKg is null || command.LengthCm is null || command.WidthCm is null || command.HeightCm is null)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["trackingNumber"] = ["is required"] });
        }

        var code = warehouseCode.Trim().ToUpperInvariant();
        await using var connection = await source.OpenConnectionAsync(ct);
        await using var read = new NpgsqlBatch(connection);
        foreach (var sql in new[]
        {
            """SELECT "Country", "IsActive" FROM "Warehouses" WHERE "Code" = @w""",
            $"""
             SELECT {ParcelColumns}, {HistoryColumns}
             FROM (SELECT * FROM "Parcels" WHERE "TrackingNumber" = @n AND NOT "IsExcess" LIMIT 1) p
             LEFT JOIN "ParcelHistory" h ON h."ParcelId" = p."Id" ORDER BY h."Sequence"
             """,
            """
            SELECT o."Id", o."Code", o."CustomerId", u."CustomerCode", o."OptionInspection", o."OptionWoodenCrate", o."OptionInsurance", o."CustomerNote", o."Status"
            FROM "OrderTrackingNumbers" t JOIN "Orders" o ON o."Id" = t."OrderId" JOIN "AspNetUsers" u ON u."Id" = o."CustomerId"
            WHERE t."Number" = @n
            """,
            """SELECT "Code" FROM "Warehouses" WHERE "IsActive" AND "Country" = 'VN' ORDER BY "Code" LIMIT 1""",
            """SELECT "FullName" FROM "AspNetUsers" WHERE "Id" = @u AND @named = FALSE""",
        })
        {
            var statement = new NpgsqlBatchCommand(sql);
            statement.Parameters.Add(new NpgsqlParameter("w", code));
            statement.Parameters.Add(new NpgsqlParameter("n", number));
            statement.Parameters.Add(new NpgsqlParameter("u", user));
            statement.Parameters.Add(new NpgsqlParameter("named", _names.ContainsKey(user)));
            read.BatchCommands.Add(statement);
        }

        string? destination = null;
        ParcelDto? existing;
        var holders = new List<(Guid OrderId, string Code, Guid CustomerId, string? CustomerCode, OrderOptions Options, string? Note)>();
        var ambiguous = false;
        await using (var r = await read.ExecuteReaderAsync(ct))
        {
            if (!await r.ReadAsync(ct) || r.GetString(0) != "CN" || !r.GetBoolean(1))
            {
                return Results.NotFound();
            }

            await r.NextResultAsync(ct);
            existing = await ReadParcelsAsync(r, 1, ct) is [var first] ? first : null;
            await r.NextResultAsync(ct);
            var count = 0;
            while (await r.ReadAsync(ct))
            {
                count++;
                if (!OrderLifecycle.IsClosedWithoutGoods(Enum.Parse<OrderStatus>(r.GetString(8))))
                {
                    holders.Add((r.GetGuid(0), r.GetString(1), r.GetGuid(2), r.IsDBNull(3) ? null : r.GetString(3),
                        new OrderOptions(r.GetBoolean(4), r.GetBoolean(5), r.GetBoolean(6)), r.IsDBNull(7) ? null : r.GetString(7)));
                }
            }

            ambiguous = holders.Count > 1;
            await r.NextResultAsync(ct);
            if (await r.ReadAsync(ct))
            {
                destination = r.GetString(0);
            }

            await r.NextResultAsync(ct);
            if (await r.ReadAsync(ct))
            {
                _names[user] = r.GetString(0);
            }
        }

        if (existing is not null && !command.AnotherBox)
        {
            return Results.Ok(new ScanParcel.Result(ScanOutcome.AlreadyReceived, existing, existing.Warnings));
        }

        if (destination is null)
        {
            return Results.Conflict();
        }

        var owner = holders.Count == 1 ? holders[0] : default;
        var hasOwner = holders.Count == 1;
        var warnings = new List<ParcelWarning>();
        if (!hasOwner)
        {
            warnings.Add(ParcelWarning.Anonymous);
        }

        if (ambiguous)
        {
            warnings.Add(ParcelWarning.AmbiguousTrackingNumber);
        }

        if (hasOwner)
        {
            warnings.AddRange(ParcelWarnings.ForOrder(owner.Options, owner.Note));
        }

        var measurements = ParcelMeasurements.Parse(command.WeightKg, command.LengthCm, command.WidthCm, command.HeightCm);
        var now = DateTimeOffset.UtcNow;
        var id = Guid.CreateVersion7(now);
        var name = _names.GetValueOrDefault(user, string.Empty);
        var remark = string.Create(CultureInfo.InvariantCulture, $"{measurements.WeightKg:0.###} kg, {measurements.LengthCm:0.#}×{measurements.WidthCm:0.#}×{measurements.HeightCm:0.#} cm");
        var note = hasOwner && !string.IsNullOrWhiteSpace(owner.Note) ? owner.Note.Trim() : null;
        await using var write = new NpgsqlBatch(connection);
        var insert = new NpgsqlBatchCommand("""
            WITH seq AS (
                INSERT INTO "CodeSequences" ("Key", "Last") VALUES (@key, 1)
                ON CONFLICT ("Key") DO UPDATE SET "Last" = "CodeSequences"."Last" + 1 RETURNING "Last")
            INSERT INTO "Parcels" ("Id", "Code", "TrackingNumber", "OrderId", "OrderCode", "CustomerId", "CustomerCode", "IsExcess", "IsMatched", "Status",
                "WarehouseCode", "DestinationCode", "WeightKg", "LengthCm", "WidthCm", "HeightCm", "ChargeableWeightKg", "HandlingNote", "ReceivedAt", "Warnings", "Version")
            SELECT @id, @prefix || lpad(seq."Last"::text, 6, '0'), @n, @order, @orderCode, @customer, @customerCode, FALSE, FALSE, 'InChinaWarehouse',
                @w, @destination, @weight, @length, @width, @height, @chargeable, @note, @now, @warnings, 1
            FROM seq
            RETURNING "Code"
            """);
        insert.Parameters.Add(new NpgsqlParameter("key", $"PK-{now.Year}"));
        insert.Parameters.Add(new NpgsqlParameter("prefix", $"PK-{now.Year}-"));
        insert.Parameters.Add(new NpgsqlParameter("id", id));
        insert.Parameters.Add(new NpgsqlParameter("n", number));
        insert.Parameters.Add(new NpgsqlParameter("order", hasOwner ? owner.OrderId : DBNull.Value));
        insert.Parameters.Add(new NpgsqlParameter("orderCode", hasOwner ? owner.Code : DBNull.Value));
        insert.Parameters.Add(new NpgsqlParameter("customer", hasOwner ? owner.CustomerId : DBNull.Value));
        insert.Parameters.Add(new NpgsqlParameter("customerCode", (object?)owner.CustomerCode ?? DBNull.Value));
        insert.Parameters.Add(new NpgsqlParameter("w", code));
        insert.Parameters.Add(new NpgsqlParameter("destination", destination));
        insert.Parameters.Add(new NpgsqlParameter("weight", measurements.WeightKg));
        insert.Parameters.Add(new NpgsqlParameter("length", measurements.LengthCm));
        insert.Parameters.Add(new NpgsqlParameter("width", measurements.WidthCm));
        insert.Parameters.Add(new NpgsqlParameter("height", measurements.HeightCm));
        insert.Parameters.Add(new NpgsqlParameter("chargeable", measurements.ChargeableWeightKg));
        insert.Parameters.Add(new NpgsqlParameter("note", (object?)note ?? DBNull.Value));
        insert.Parameters.Add(new NpgsqlParameter("now", now));
        insert.Parameters.Add(new NpgsqlParameter("warnings", warnings.Select(w => w.ToString()).ToArray()));
        var history = new NpgsqlBatchCommand("""
            INSERT INTO "ParcelHistory" ("Sequence", "Action", "Status", "WarehouseCode", "At", "ActorId", "ActorName", "Remark", "ParcelId")
            VALUES (1, 'Received', 'InChinaWarehouse', @w, @now, @u, @name, @remark, @id)
            """);
        history.Parameters.Add(new NpgsqlParameter("w", code));
        history.Parameters.Add(new NpgsqlParameter("now", now));
        history.Parameters.Add(new NpgsqlParameter("u", user));
        history.Parameters.Add(new NpgsqlParameter("name", name));
        history.Parameters.Add(new NpgsqlParameter("remark", remark));
        history.Parameters.Add(new NpgsqlParameter("id", id));
        write.BatchCommands.Add(insert);
        write.BatchCommands.Add(history);
        string parcelCode;
        try
        {
            parcelCode = (string)(await write.ExecuteScalarAsync(ct))!;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            return Results.Conflict();
        }

        var parcel = new ParcelDto(id, parcelCode, number, hasOwner ? owner.OrderId : null, hasOwner ? owner.Code : null, owner.CustomerCode, !hasOwner, false, false,
            ParcelStatus.InChinaWarehouse, code, destination, measurements.WeightKg, measurements.LengthCm, measurements.WidthCm, measurements.HeightCm,
            measurements.ChargeableWeightKg, warnings, note, now, 1,
            [new ParcelHistoryDto(1, ParcelAction.Received, ParcelStatus.InChinaWarehouse, code, now, name, remark)]);
        return Results.Ok(new ScanParcel.Result(hasOwner ? ScanOutcome.Received : ScanOutcome.Anonymous, parcel, warnings));
    }

    /// <summary>One round trip: the filter's matches counted up to the limit, then the page of parcels with their timelines, newest first.</summary>
    public async Task<PagedResult<ParcelDto>> ListAsync(Guid? orderId, ParcelStatus? status, string? warehouse, bool? anonymous, int page, int pageSize, CancellationToken ct)
    {
        var where = new StringBuilder("TRUE");
        var parameters = new List<NpgsqlParameter>();
        if (orderId is { } order)
        {
            where.Append(" AND p.\"OrderId\" = @order");
            parameters.Add(new NpgsqlParameter("order", order));
        }

        if (status is { } only)
        {
            where.Append(" AND p.\"Status\" = @status");
            parameters.Add(new NpgsqlParameter("status", only.ToString()));
        }

        if (!string.IsNullOrWhiteSpace(warehouse))
        {
            where.Append(" AND p.\"WarehouseCode\" = @warehouse");
            parameters.Add(new NpgsqlParameter("warehouse", warehouse.Trim().ToUpperInvariant()));
        }

        if (anonymous is { } a)
        {
            where.Append(a ? " AND p.\"OrderId\" IS NULL" : " AND p.\"OrderId\" IS NOT NULL");
        }

        await using var batch = source.CreateBatch();
        // As Ordo: counted up to the limit; the page's ids first (on the filter's index), then those rows and their timelines.
        var count = new NpgsqlBatchCommand($"SELECT count(*) FROM (SELECT 1 FROM \"Parcels\" p WHERE {where} LIMIT {CountLimit + 1}) c");
        var rows = new NpgsqlBatchCommand($"""
            SELECT {ParcelColumns}, {HistoryColumns}
            FROM "Parcels" p LEFT JOIN "ParcelHistory" h ON h."ParcelId" = p."Id"
            WHERE p."Id" IN (SELECT p."Id" FROM "Parcels" p WHERE {where} ORDER BY p."ReceivedAt" DESC, p."Id" DESC LIMIT @limit OFFSET @offset)
            ORDER BY p."ReceivedAt" DESC, p."Id" DESC, h."Sequence"
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
        var items = await ReadParcelsAsync(reader, pageSize, ct);
        var skip = (page - 1) * pageSize;
        return total <= CountLimit
            ? new PagedResult<ParcelDto>(items, total, page, pageSize)
            : new PagedResult<ParcelDto>(items, items.Count > 0 ? Math.Max(CountLimit, skip + items.Count) : CountLimit, page, pageSize, TotalIsLowerBound: true);
    }

    /// <summary>Parcels joined with their timeline rows (one row per entry, or one with NULLs), in the query's order.</summary>
    private static async Task<List<ParcelDto>> ReadParcelsAsync(NpgsqlDataReader r, int capacity, CancellationToken ct)
    {
        var parcels = new List<ParcelDto>(capacity);
        List<ParcelHistoryDto>? history = null;
        while (await r.ReadAsync(ct))
        {
            var id = r.GetGuid(0);
            if (parcels.Count == 0 || parcels[^1].Id != id)
            {
                string? S(int i) => r.IsDBNull(i) ? null : r.GetString(i);
                history = [];
                var orderId = r.IsDBNull(3) ? (Guid?)null : r.GetGuid(3);
                parcels.Add(new ParcelDto(id, r.GetString(1), r.GetString(2), orderId, S(4), S(5), orderId is null, r.GetBoolean(6), r.GetBoolean(7),
                    Enum.Parse<ParcelStatus>(r.GetString(8)), r.GetString(9), r.GetString(10), r.GetDecimal(11), r.GetDecimal(12), r.GetDecimal(13), r.GetDecimal(14),
                    r.GetDecimal(15), [.. r.GetFieldValue<string[]>(16).Select(Enum.Parse<ParcelWarning>)], S(17), Utc(r.GetDateTime(18)), r.GetInt32(19), history));
            }

            if (!r.IsDBNull(20))
            {
                history!.Add(new ParcelHistoryDto(r.GetInt32(20), Enum.Parse<ParcelAction>(r.GetString(21)), Enum.Parse<ParcelStatus>(r.GetString(22)),
                    r.GetString(23), Utc(r.GetDateTime(24)), r.GetString(25), r.IsDBNull(26) ? null : r.GetString(26)));
            }
        }

        return parcels;
    }

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
