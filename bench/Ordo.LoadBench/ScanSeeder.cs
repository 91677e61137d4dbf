using System.Diagnostics;
using System.Globalization;
using Npgsql;
using Ordo.Domain.Identity;
using Ordo.Domain.Logistics;
using Ordo.Domain.Orders;

namespace Ordo.LoadBench;

/// <summary>
/// The China warehouse at scale (issue 11): a dedicated PostgreSQL database with N orders (default 500,000) whose
/// tracking numbers are in the registry (OrderTrackingNumbers), and P parcels (default 1,000,000) received for them,
/// with their timelines; ~2% of the parcels anonymous (a number no order has). A fifth of the orders wait for their
/// parcels (ShopShipped, AwaitingParcels), some of them partly received: their numbers not received yet are what the
/// benchmark scans. Schema by Ordo's own migrations, the accounts as <see cref="Seeder"/> makes them, rows by binary
/// COPY, secondary indexes built after the COPY. A database comment records what was seeded, so a second run with the
/// same sizes keeps it (and deletes the parcels earlier benchmark runs received).
/// </summary>
internal static class ScanSeeder
{
    private const int Shops = 3_000;
    private const double AnonymousShare = 0.02;
    private const string SeededUntil = "seeded-until ";

    private static readonly (string Code, string Name, Country Country, string Address)[] Warehouses =
    [
        ("GZ", "Kho Quảng Châu 广州仓", Country.CN, "广州市白云区石井街道 88号 (Guangzhou)"),
        ("YW", "Kho Nghĩa Ô 义乌仓", Country.CN, "义乌市稠江街道 12号 (Yiwu)"),
        ("PX", "Kho Bằng Tường 凭祥仓", Country.CN, "凭祥市友谊镇 5号 (Pingxiang)"),
        ("HN", "Kho Hà Nội", Country.VN, "Số 12 Phạm Hùng, Nam Từ Liêm, Hà Nội"),
        ("HCM", "Kho TP. Hồ Chí Minh", Country.VN, "Số 45 Cộng Hòa, Tân Bình, TP. Hồ Chí Minh"),
    ];

    /// <summary>Where parcels are received: Guangzhou most, then Yiwu, Pingxiang.</summary>
    private static string ChinaWarehouse(Random random) => random.NextDouble() switch
    {
        < 0.6 => "GZ",
        < 0.85 => "YW",
        _ => "PX",
    };

    private static readonly string[] Carriers = ["YT", "ZT", "SF", "JT", "YD", "ST"];

    public static async Task<int> RunAsync(Args args)
    {
        var connection = new NpgsqlConnectionStringBuilder(args.Get("connection")) { CommandTimeout = 0 }.ConnectionString;
        var orders = args.Int("orders", 500_000);
        var parcels = args.Int("parcels", 1_000_000);
        var output = args.Get("out");
        Directory.CreateDirectory(output);
        var marker = $"ordo-scan orders={orders} parcels={parcels} v1";
        var builder = new NpgsqlConnectionStringBuilder(connection);
        var database = builder.Database!;
        var clock = Stopwatch.StartNew();
        if (await Seeder.MarkerAsync(connection) != marker)
        {
            await Seeder.RecreateAsync(builder, database);
            await Seeder.MigrateAsync(connection);
            Console.Error.WriteLine($"[scan-seed] migrated in {clock.Elapsed.TotalSeconds:F1} s");
            await using var db = new NpgsqlConnection(connection);
            await db.OpenAsync();
            var customers = await Seeder.SeedAccountsAsync(db);
            await SeedWarehousesAsync(db);
            var indexes = await Seeder.DropIndexesAsync(db,
                "'Orders', 'OrderLines', 'ShippingItems', 'OrderHistory', 'OrderTrackingNumbers', 'Parcels', 'ParcelHistory'");
            var seeded = await SeedAsync(db, connection, customers, orders, parcels);
            Console.Error.WriteLine($"[scan-seed] rows copied in {clock.Elapsed.TotalSeconds:F1} s ({seeded}), building {indexes.Count} indexes");
            await Seeder.ExecAsync(db, "SET maintenance_work_mem = '512MB'");
            foreach (var index in indexes)
            {
                await Seeder.ExecAsync(db, index);
            }

            await Seeder.ExecAsync(db, "SELECT setval(pg_get_serial_sequence('\"ParcelHistory\"', 'Id'), (SELECT max(\"Id\") FROM \"ParcelHistory\"))");
            await Seeder.ExecAsync(db, "VACUUM (ANALYZE)");
            await Seeder.ExecAsync(db, $"COMMENT ON DATABASE \"{database}\" IS '{marker}'");
            await Seeder.ExecAsync(db, $"COMMENT ON TABLE \"Parcels\" IS '{SeededUntil}{DateTimeOffset.UtcNow:O}'");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"SEEDED orders={orders} parcels={parcels} seconds={clock.Elapsed.TotalSeconds:F1}"));
        }
        else
        {
            var removed = await ResetAsync(connection);
            Console.Error.WriteLine($"[scan-seed] kept; removed {removed} parcels earlier runs received");
            Console.WriteLine($"SEEDED orders={orders} parcels={parcels} seconds=0 (already seeded, kept)");
        }

        await WriteListsAsync(connection, output);
        return 0;
    }

    /// <summary>
    /// A kept database goes back to its seeded parcels: those earlier runs received are deleted (their timelines with
    /// them). Orders those scans moved on stay moved; their numbers can be received again.
    /// </summary>
    private static async Task<long> ResetAsync(string connection)
    {
        await using var db = new NpgsqlConnection(connection);
        await db.OpenAsync();
        await using var read = new NpgsqlCommand("SELECT obj_description('\"Parcels\"'::regclass, 'pg_class')", db);
        if (await read.ExecuteScalarAsync() is not string comment || !comment.StartsWith(SeededUntil, StringComparison.Ordinal))
        {
            return 0;
        }

        var until = DateTimeOffset.Parse(comment[SeededUntil.Length..], CultureInfo.InvariantCulture);
        await using var delete = new NpgsqlCommand("""DELETE FROM "Parcels" WHERE "ReceivedAt" > @until""", db) { CommandTimeout = 0 };
        delete.Parameters.AddWithValue("until", until);
        var removed = await delete.ExecuteNonQueryAsync();
        await Seeder.ExecAsync(db, "VACUUM (ANALYZE) \"Parcels\"");
        await Seeder.ExecAsync(db, "VACUUM (ANALYZE) \"ParcelHistory\"");
        return removed;
    }

    private static async Task SeedWarehousesAsync(NpgsqlConnection db)
    {
        await using var table = await PgTable.OpenAsync(db, "Warehouses");
        foreach (var (code, name, country, address) in Warehouses)
        {
            table.Set("Id", Guid.CreateVersion7()).Set("Code", code).Set("Name", name).Set("Country", country).Set("Address", address)
                .Set("IsActive", true).Set("Version", 1);
            await table.EndRowAsync();
        }
    }

    private readonly record struct Header(DateTimeOffset CreatedAt, OrderKind Kind, OrderStatus Status);

    /// <summary>
    /// Mostly finished orders (all their parcels received), a fifth waiting for parcels, a few % in each other step.
    /// </summary>
    private static OrderStatus PickStatus(Random random, OrderKind kind)
    {
        var roll = random.NextDouble();
        OrderStatus[] pastChina = [OrderStatus.InChinaWarehouse, OrderStatus.InTransit, OrderStatus.InVietnamWarehouse, OrderStatus.ReadyForDelivery, OrderStatus.Delivering, OrderStatus.Delivered];
        return roll switch
        {
            < 0.03 => OrderStatus.Submitted,
            < 0.05 => OrderStatus.Approved,
            < 0.25 => kind == OrderKind.Purchase ? OrderStatus.ShopShipped : OrderStatus.AwaitingParcels,
            < 0.29 => kind == OrderKind.Purchase ? (new[] { OrderStatus.Deposited, OrderStatus.Ordering, OrderStatus.Ordered })[random.Next(3)] : OrderStatus.AwaitingParcels,
            < 0.37 => pastChina[random.Next(pastChina.Length)],
            < 0.42 => OrderStatus.Cancelled,
            < 0.44 => OrderStatus.Rejected,
            < 0.45 when kind == OrderKind.Purchase => OrderStatus.OutOfStock,
            _ => OrderStatus.Completed,
        };
    }

    private static bool HasNumbers(OrderKind kind, OrderStatus status) =>
        kind == OrderKind.Shipping || (!OrderLifecycle.IsClosedWithoutGoods(status) && OrderLifecycle.Rank(status) >= OrderLifecycle.Rank(OrderStatus.ShopShipped));

    private static bool AllReceived(OrderStatus status) =>
        !OrderLifecycle.IsClosedWithoutGoods(status) && OrderLifecycle.Rank(status) >= OrderLifecycle.Rank(OrderStatus.InChinaWarehouse);

    private static async Task<string> SeedAsync(NpgsqlConnection db, string connection, List<Seeder.Customer> customers, int count, int parcelTarget)
    {
        var random = new Random(11);
        var now = DateTimeOffset.UtcNow;
        var span = TimeSpan.FromDays(730);
        var headers = new Header[count];
        var numberCounts = new int[count];
        var receivedCounts = new int[count];
        for (var i = 0; i < count; i++)
        {
            var kind = random.Next(5) == 0 ? OrderKind.Shipping : OrderKind.Purchase;
            var status = PickStatus(random, kind);
            var age = OrderLifecycle.IsTerminal(status) ? span * random.NextDouble() : TimeSpan.FromDays(45) * random.NextDouble();
            headers[i] = new Header(now - age - TimeSpan.FromHours(1), kind, status);
        }

        Array.Sort(headers, (a, b) => a.CreatedAt.CompareTo(b.CreatedAt));
        // How many numbers each order has (1–5) and how many of them were received; then the finished orders' counts
        // are nudged until the received ones and the anonymous ones make exactly the parcel target.
        var fromOrders = parcelTarget - (int)(parcelTarget * AnonymousShare);
        long received = 0;
        for (var i = 0; i < count; i++)
        {
            var (_, kind, status) = headers[i];
            if (!HasNumbers(kind, status))
            {
                continue;
            }

            numberCounts[i] = 1 + random.Next(5);
            receivedCounts[i] = AllReceived(status) ? numberCounts[i]
                : status is OrderStatus.ShopShipped or OrderStatus.AwaitingParcels && numberCounts[i] > 1 && random.Next(10) < 3 ? random.Next(1, numberCounts[i])
                : 0;
            received += receivedCounts[i];
        }

        var finished = Enumerable.Range(0, count).Where(i => AllReceived(headers[i].Status)).ToArray();
        while (received != fromOrders)
        {
            var i = finished[random.Next(finished.Length)];
            var change = received < fromOrders ? 1 : -1;
            if (numberCounts[i] + change is < 1 or > 6)
            {
                continue;
            }

            numberCounts[i] += change;
            receivedCounts[i] += change;
            received += change;
        }

        var staff = await Seeder.StaffAsync(db);
        var csStaff = staff.Where(s => s.Role is Roles.CsStaff or Roles.CsManager).ToArray();
        var manager = staff.First(s => s.Role == Roles.CsManager);
        var buyer = staff.FirstOrDefault(s => s.Role == Roles.OrderingStaff) ?? manager;
        var clerk = staff.First(s => s.Role == Roles.ChinaWarehouse);
        var codes = new Dictionary<string, long>(StringComparer.Ordinal);
        var customerCodes = await CustomerCodesAsync(db);
        await using var orders = await PgTable.OpenOwnAsync(connection, "Orders");
        await using var lines = await PgTable.OpenOwnAsync(connection, "OrderLines");
        await using var items = await PgTable.OpenOwnAsync(connection, "ShippingItems");
        await using var history = await PgTable.OpenOwnAsync(connection, "OrderHistory");
        await using var tracking = await PgTable.OpenOwnAsync(connection, "OrderTrackingNumbers");
        await using var parcels = await PgTable.OpenOwnAsync(connection, "Parcels");
        await using var parcelHistory = await PgTable.OpenOwnAsync(connection, "ParcelHistory");
        var titles = new List<string>(4);
        long numberSeed = 0;
        long historyId = 0;
        long parcelCount = 0;
        string NextNumber()
        {
            numberSeed++;
            return string.Create(CultureInfo.InvariantCulture, $"{Carriers[numberSeed % Carriers.Length]}{4_300_000_000_000L + (numberSeed * 7919 % 1_000_000_007L) * 10 + (numberSeed % 10)}");
        }

        async Task ParcelAsync(string number, Guid? orderId, string? orderCode, Guid? customerId, string? customerCode, DateTimeOffset at, OrderOptions options, string? note)
        {
            var key = string.Create(CultureInfo.InvariantCulture, $"PK-{at.Year}");
            var seq = codes[key] = codes.GetValueOrDefault(key) + 1;
            var weight = Math.Round(0.2m + random.Next(30_000) / 1000m, 3);
            var (l, w, h) = (10m + random.Next(60), 10m + random.Next(40), 5m + random.Next(40));
            var measurements = ParcelMeasurements.Parse(weight, l, w, h);
            var warehouse = ChinaWarehouse(random);
            var id = Guid.CreateVersion7(at);
            List<ParcelWarning> warnings = [.. ParcelWarnings.ForOrder(options, note)];
            if (orderId is null)
            {
                warnings.Insert(0, ParcelWarning.Anonymous);
            }

            parcels.Set("Id", id).Set("Code", string.Create(CultureInfo.InvariantCulture, $"PK-{at.Year}-{seq:D6}")).Set("TrackingNumber", number)
                .Set("OrderId", orderId).Set("OrderCode", orderCode).Set("CustomerId", customerId).Set("CustomerCode", customerCode)
                .Set("IsExcess", false).Set("IsMatched", false).Set("Status", ParcelStatus.InChinaWarehouse).Set("WarehouseCode", warehouse)
                .Set("DestinationCode", random.Next(3) == 0 ? "HCM" : "HN").Set("WeightKg", weight).Set("LengthCm", l).Set("WidthCm", w).Set("HeightCm", h)
                .Set("ChargeableWeightKg", measurements.ChargeableWeightKg).Set("HandlingNote", note).Set("ReceivedAt", at)
                .Set("Warnings", warnings.Select(x => x.ToString()).ToArray()).Set("Version", 1);
            await parcels.EndRowAsync();
            historyId++;
            parcelHistory.Set("Id", (int)historyId).Set("Sequence", 1).Set("Action", ParcelAction.Received).Set("Status", ParcelStatus.InChinaWarehouse)
                .Set("WarehouseCode", warehouse).Set("At", at).Set("ActorId", clerk.Id).Set("ActorName", clerk.Name)
                .Set("Remark", string.Create(CultureInfo.InvariantCulture, $"{weight:0.###} kg, {l:0.#}×{w:0.#}×{h:0.#} cm")).Set("ParcelId", id);
            await parcelHistory.EndRowAsync();
            parcelCount++;
        }

        var anonymousLeft = parcelTarget - fromOrders;
        for (var i = 0; i < count; i++)
        {
            var (createdAt, kind, status) = headers[i];
            var key = OrderCode.SequenceKey(kind, createdAt.Year);
            var number = codes[key] = codes.GetValueOrDefault(key) + 1;
            var code = OrderCode.Format(kind, createdAt.Year, number);
            var customer = customers[random.Next(customers.Count)];
            var id = Guid.CreateVersion7(createdAt);
            var lineCount = 1 + random.Next(4);
            var shop = random.Next(Shops);
            var shopId = kind == OrderKind.Purchase ? string.Create(CultureInfo.InvariantCulture, $"shop-{shop}") : null;
            var shopName = kind == OrderKind.Purchase ? Vocabulary.ShopName(shop) : null;
            var marketplace = kind == OrderKind.Purchase ? (Marketplace)random.Next(3) : (Marketplace?)null;
            var options = new OrderOptions(random.Next(10) == 0, random.Next(8) == 0, random.Next(12) == 0);
            var note = random.Next(15) == 0 ? "Hàng dễ vỡ, xin đóng gói cẩn thận" : null;
            var goods = 0m;
            var pieces = 0;
            titles.Clear();
            var numbers = new List<string>(numberCounts[i]);
            for (var n = 0; n < numberCounts[i]; n++)
            {
                numbers.Add(NextNumber());
            }

            if (kind == OrderKind.Purchase)
            {
                for (var l = 0; l < lineCount; l++)
                {
                    var quantity = 1 + random.Next(5);
                    pieces += quantity;
                    var title = Vocabulary.Title(random);
                    var price = 5m + random.Next(2_000) / 4m;
                    goods += price * quantity;
                    titles.Add(title);
                    lines.Set("Id", Guid.CreateVersion7(createdAt)).Set("OrderId", id)
                        .Set("SourceUrl", string.Create(CultureInfo.InvariantCulture, $"https://item.taobao.com/item.htm?id={random.NextInt64(100_000_000_000, 999_999_999_999)}"))
                        .Set("Marketplace", marketplace).Set("ShopId", shopId).Set("ShopName", shopName).Set("Title", title)
                        .Set("Properties", Vocabulary.Properties(random)).Set("UnitPriceCny", price).Set("Quantity", quantity);
                    await lines.EndRowAsync();
                }
            }
            else
            {
                lineCount = numbers.Count;
                foreach (var trackingNumber in numbers)
                {
                    var quantity = 1 + random.Next(5);
                    pieces += quantity;
                    var description = Vocabulary.ParcelDescription(random);
                    var value = 20m + random.Next(400);
                    goods += value;
                    titles.Add(description);
                    items.Set("Id", Guid.CreateVersion7(createdAt)).Set("OrderId", id).Set("TrackingNumber", trackingNumber)
                        .Set("Description", description).Set("Quantity", quantity).Set("DeclaredValueCny", value);
                    await items.EndRowAsync();
                }
            }

            var cs = status == OrderStatus.Submitted || random.Next(4) == 0 ? null : csStaff[random.Next(csStaff.Length)];
            var updatedAt = createdAt + TimeSpan.FromHours(1 + random.Next(200));
            if (updatedAt > now)
            {
                updatedAt = now;
            }

            orders.Set("Id", id).Set("Code", code).Set("Kind", kind).Set("Status", status).Set("StatusRank", OrderLifecycle.Rank(status))
                .Set("CustomerId", customer.Id).Set("CustomerName", customer.Name).Set("CustomerEmail", customer.Email).Set("CustomerPhone", customer.Phone)
                .Set("Marketplace", marketplace).Set("ShopId", shopId).Set("ShopName", shopName)
                .Set("CsStaffId", cs?.Id).Set("CsStaffName", cs?.Name).Set("CreatedAt", createdAt).Set("UpdatedAt", updatedAt)
                .Set("GoodsValueCny", goods).Set("ItemCount", lineCount).Set("TotalQuantity", pieces).Set("Version", 1 + random.Next(6))
                .Set("OptionInspection", options.Inspection).Set("OptionWoodenCrate", options.WoodenCrate).Set("OptionInsurance", options.Insurance)
                .Set("CustomerNote", note)
                .Set("SearchText", Seeder.Search([code, customer.Name, customer.Email, customer.Phone, shopId, shopName, .. titles, .. numbers], 4000))
                .Set("CustomerSearchText", Seeder.Search([customer.Name, customer.Email, customer.Phone], 1000))
                .Set("ShopSearchText", Seeder.Search([shopName, shopId], 400))
                .Set("TitleSearchText", Seeder.Search(titles, 4000));
            await orders.EndRowAsync();

            var sequence = 1;
            async Task HistoryAsync(OrderHistoryAction action, OrderStatus? from, OrderStatus to, DateTimeOffset at, Guid by, string byName)
            {
                history.Set("Id", Guid.CreateVersion7(at)).Set("OrderId", id).Set("Sequence", sequence++).Set("Action", action)
                    .Set("From", from).Set("To", to).Set("At", at).Set("ByUserId", by).Set("ByName", byName).Set("CustomerNotified", from is not null);
                await history.EndRowAsync();
            }

            await HistoryAsync(OrderHistoryAction.Submitted, null, OrderStatus.Submitted, createdAt, customer.Id, customer.Name);
            if (status != OrderStatus.Submitted)
            {
                var action = status switch
                {
                    OrderStatus.Rejected => OrderHistoryAction.Rejected,
                    OrderStatus.Cancelled => OrderHistoryAction.Cancelled,
                    OrderStatus.OutOfStock => OrderHistoryAction.OutOfStock,
                    _ => OrderHistoryAction.Approved,
                };
                var to = action == OrderHistoryAction.Approved ? OrderStatus.Approved : status;
                await HistoryAsync(action, OrderStatus.Submitted, to, createdAt.AddMinutes(30), manager.Id, manager.Name);
                if (to != status)
                {
                    await HistoryAsync(OrderHistoryAction.Deposited, OrderStatus.Approved, status, updatedAt, manager.Id, manager.Name);
                }
            }

            // The registry: a purchase order's numbers entered by the buyer, a shipping order's declared by its customer.
            var addedAt = kind == OrderKind.Purchase ? createdAt.AddHours(24) : createdAt;
            foreach (var trackingNumber in numbers)
            {
                tracking.Set("Id", Guid.CreateVersion7(addedAt)).Set("OrderId", id).Set("Marketplace", marketplace ?? Marketplace.Other)
                    .Set("Number", trackingNumber).Set("AddedAt", addedAt)
                    .Set("AddedById", kind == OrderKind.Purchase ? buyer.Id : customer.Id).Set("AddedByName", kind == OrderKind.Purchase ? buyer.Name : customer.Name)
                    .Set("Version", 1);
                await tracking.EndRowAsync();
            }

            var customerCode = customerCodes[customer.Id];
            for (var n = 0; n < receivedCounts[i]; n++)
            {
                var at = addedAt + TimeSpan.FromHours(24 + random.Next(24 * 6));
                if (at > now - TimeSpan.FromMinutes(5))
                {
                    at = now - TimeSpan.FromMinutes(5 + random.Next(600));
                }

                await ParcelAsync(numbers[n], id, code, customer.Id, customerCode, at, options, note);
            }

            // Anonymous parcels spread over the same time: a number the shop gave that no order holds.
            if (anonymousLeft > 0 && random.NextDouble() < (double)(parcelTarget - fromOrders) / count)
            {
                anonymousLeft--;
                var at = createdAt + TimeSpan.FromHours(24 + random.Next(48));
                await ParcelAsync(NextNumber(), null, null, null, null, at > now ? now - TimeSpan.FromMinutes(3) : at, new OrderOptions(false, false, false), null);
            }

            if ((i + 1) % 100_000 == 0)
            {
                Console.Error.WriteLine($"[scan-seed] {i + 1} orders, {parcelCount} parcels");
            }
        }

        while (anonymousLeft-- > 0)
        {
            await ParcelAsync(NextNumber(), null, null, null, null, now - TimeSpan.FromHours(random.Next(1, 24 * 30)), new OrderOptions(false, false, false), null);
        }

        await orders.DisposeAsync();
        await lines.DisposeAsync();
        await items.DisposeAsync();
        await history.DisposeAsync();
        await tracking.DisposeAsync();
        await parcels.DisposeAsync();
        await parcelHistory.DisposeAsync();
        foreach (var (key, last) in codes)
        {
            await using var command = new NpgsqlCommand(
                "INSERT INTO \"CodeSequences\" (\"Key\", \"Last\") VALUES (@k, @l) ON CONFLICT (\"Key\") DO UPDATE SET \"Last\" = GREATEST(\"CodeSequences\".\"Last\", @l)", db);
            command.Parameters.AddWithValue("k", key);
            command.Parameters.AddWithValue("l", last);
            await command.ExecuteNonQueryAsync();
        }

        return string.Create(CultureInfo.InvariantCulture, $"{count} orders, {numberSeed} tracking numbers, {parcelCount} parcels");
    }

    private static async Task<Dictionary<Guid, string?>> CustomerCodesAsync(NpgsqlConnection db)
    {
        var codes = new Dictionary<Guid, string?>();
        await using var command = new NpgsqlCommand("SELECT \"Id\", \"CustomerCode\" FROM \"AspNetUsers\" WHERE \"CustomerCode\" IS NOT NULL", db);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            codes[reader.GetGuid(0)] = reader.GetString(1);
        }

        return codes;
    }

    /// <summary>
    /// What the scenarios pick from: the numbers of waiting orders not received yet (each scanned once, in this order),
    /// numbers already received, orders with parcels (the orderId filter).
    /// </summary>
    private static async Task WriteListsAsync(string connection, string output)
    {
        await using var db = new NpgsqlConnection(connection);
        await db.OpenAsync();
        async Task WriteAsync(string file, string sql)
        {
            var rows = new List<string>();
            await using var command = new NpgsqlCommand(sql, db) { CommandTimeout = 0 };
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                rows.Add(Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture)!);
            }

            await File.WriteAllLinesAsync(Path.Combine(output, file), rows);
        }

        await WriteAsync("new-numbers.txt", """
            SELECT t."Number" FROM "OrderTrackingNumbers" t JOIN "Orders" o ON o."Id" = t."OrderId"
            WHERE o."Status" IN ('ShopShipped', 'AwaitingParcels', 'InChinaWarehouse')
              AND NOT EXISTS (SELECT 1 FROM "Parcels" p WHERE p."TrackingNumber" = t."Number" AND NOT p."IsExcess")
            ORDER BY md5(t."Number")
            """);
        await WriteAsync("received.txt", "SELECT \"TrackingNumber\" FROM \"Parcels\" TABLESAMPLE SYSTEM (1) REPEATABLE (1) WHERE NOT \"IsExcess\" LIMIT 5000");
        await WriteAsync("parcel-orders.txt", "SELECT \"OrderId\" FROM \"Parcels\" TABLESAMPLE SYSTEM (1) REPEATABLE (2) WHERE \"OrderId\" IS NOT NULL LIMIT 5000");
    }
}
