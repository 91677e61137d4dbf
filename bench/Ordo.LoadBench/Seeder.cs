using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Ordo.Application.Data;
using Ordo.Application.Identity;
using Ordo.Application.Settings;
using Ordo.Domain.Identity;
using Ordo.Domain.Orders;
using Ordo.Infrastructure.Data;
using Ordo.Infrastructure.Demo;

namespace Ordo.LoadBench;

/// <summary>
/// Fills a dedicated PostgreSQL database with N orders shaped like a busy agent's: ~5,000 customers who can sign
/// in, the demo staff, most orders finished and a few % in each active queue, 1–4 lines each, history rows.
/// Schema by Ordo's own migrations; rows by binary COPY. A database comment records what was seeded, so a
/// second run with the same order count does nothing.
/// </summary>
internal static class Seeder
{
    public const int Customers = 5_000;
    private const int Shops = 3_000;

    public static async Task<int> RunAsync(Args args)
    {
        // No command timeout: completing a COPY of millions of rows, index builds and ANALYZE take minutes.
        var connection = new NpgsqlConnectionStringBuilder(args.Get("connection")) { CommandTimeout = 0 }.ConnectionString;
        var orders = args.Int("orders", 1_000_000);
        var output = args.Get("out");
        Directory.CreateDirectory(output);
        var marker = $"ordo-load orders={orders} v1";
        var builder = new NpgsqlConnectionStringBuilder(connection);
        var database = builder.Database!;
        var clock = Stopwatch.StartNew();
        if (await MarkerAsync(connection) != marker)
        {
            await RecreateAsync(builder, database);
            await MigrateAsync(connection);
            Console.Error.WriteLine($"[seed] migrated in {clock.Elapsed.TotalSeconds:F1} s");
            await using var db = new NpgsqlConnection(connection);
            await db.OpenAsync();
            var customers = await SeedAccountsAsync(db);
            Console.Error.WriteLine($"[seed] accounts in {clock.Elapsed.TotalSeconds:F1} s");
            var indexes = await DropIndexesAsync(db);
            await SeedOrdersAsync(db, connection, customers, orders);
            Console.Error.WriteLine($"[seed] rows copied in {clock.Elapsed.TotalSeconds:F1} s, building {indexes.Count} indexes");
            await ExecAsync(db, "SET maintenance_work_mem = '512MB'");
            foreach (var index in indexes)
            {
                await ExecAsync(db, index);
            }

            Console.Error.WriteLine($"[seed] orders in {clock.Elapsed.TotalSeconds:F1} s");
            await ExecAsync(db, "ANALYZE");
            await ExecAsync(db, $"COMMENT ON DATABASE \"{database}\" IS '{marker}'");
            await ExecAsync(db, $"COMMENT ON TABLE \"Orders\" IS '{SeededUntil}{DateTimeOffset.UtcNow:O}'");
            Console.WriteLine($"SEEDED orders={orders} seconds={clock.Elapsed.TotalSeconds:F1}");
        }
        else
        {
            var removed = await ResetAsync(connection);
            Console.Error.WriteLine($"[seed] kept; removed {removed} orders earlier runs created");
            Console.WriteLine($"SEEDED orders={orders} seconds=0 (already seeded, kept)");
        }

        await WriteListsAsync(connection, output);
        return 0;
    }

    private const string SeededUntil = "seeded-until ";

    /// <summary>
    /// A kept database goes back to what was seeded: the orders that earlier runs' intake and cart scenarios created
    /// (newer than the seeding) are deleted with their lines, parcels and history, and the carts emptied, so every run
    /// reads the same million orders, not the newest tens of thousands of the benchmark's own.
    /// </summary>
    private static async Task<long> ResetAsync(string connection)
    {
        await using var db = new NpgsqlConnection(connection);
        await db.OpenAsync();
        await using var read = new NpgsqlCommand("SELECT obj_description('\"Orders\"'::regclass, 'pg_class')", db);
        if (await read.ExecuteScalarAsync() is not string comment || !comment.StartsWith(SeededUntil, StringComparison.Ordinal))
        {
            Console.Error.WriteLine("[seed] this database does not say when it was seeded: nothing reset");
            return 0;
        }

        var until = DateTimeOffset.Parse(comment[SeededUntil.Length..], System.Globalization.CultureInfo.InvariantCulture);
        await using var delete = new NpgsqlCommand("""DELETE FROM "Orders" WHERE "CreatedAt" > @until""", db);
        delete.Parameters.AddWithValue("until", until);
        var removed = await delete.ExecuteNonQueryAsync();
        await ExecAsync(db, "DELETE FROM \"CartLines\"");
        await ExecAsync(db, "VACUUM (ANALYZE) \"Orders\"");
        return removed;
    }

    internal static async Task<string?> MarkerAsync(string connection)
    {
        try
        {
            await using var db = new NpgsqlConnection(connection);
            await db.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = current_database()", db);
            return await command.ExecuteScalarAsync() as string;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InvalidCatalogName)
        {
            return null;
        }
    }

    internal static async Task RecreateAsync(NpgsqlConnectionStringBuilder builder, string database)
    {
        var admin = new NpgsqlConnectionStringBuilder(builder.ConnectionString) { Database = "postgres", Pooling = false };
        await using var db = new NpgsqlConnection(admin.ConnectionString);
        await db.OpenAsync();
        await ExecAsync(db, $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
        await ExecAsync(db, $"CREATE DATABASE \"{database}\"");
        NpgsqlConnection.ClearAllPools();
    }

    internal static async Task MigrateAsync(string connection)
    {
        var options = new DbContextOptionsBuilder<OrdoDbContext>();
        DatabaseSetup.Configure(options, DatabaseProvider.Postgres, connection);
        await using var db = new OrdoDbContext(options.Options);
        await db.Database.MigrateAsync();
    }

    /// <summary>
    /// The secondary indexes of the order tables (trigram GIN ones above all) are built once after the COPY rather
    /// than row by row: returns their definitions to run again.
    /// </summary>
    internal static async Task<List<string>> DropIndexesAsync(NpgsqlConnection db, string tables = "'Orders', 'OrderLines', 'ShippingItems', 'OrderHistory'")
    {
        var definitions = new List<(string Name, string Definition)>();
        await using (var command = new NpgsqlCommand(
            "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename IN (" + tables + ") AND indexname NOT LIKE 'PK\\_%'", db))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                definitions.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        foreach (var (name, _) in definitions)
        {
            await ExecAsync(db, $"DROP INDEX \"{name}\"");
        }

        return [.. definitions.Select(d => d.Definition)];
    }

    internal static async Task ExecAsync(NpgsqlConnection db, string sql)
    {
        await using var command = new NpgsqlCommand(sql, db) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync();
    }

    internal sealed record Customer(Guid Id, string Name, string Email, string Phone);

    /// <summary>Roles, the demo accounts (password <see cref="DemoAccounts.Password"/>) and the load customers (same password).</summary>
    internal static async Task<List<Customer>> SeedAccountsAsync(NpgsqlConnection db)
    {
        var roleIds = Roles.All.ToDictionary(r => r, _ => Guid.NewGuid());
        await using (var roles = await PgTable.OpenAsync(db, "AspNetRoles"))
        {
            foreach (var (name, id) in roleIds)
            {
                roles.Set("Id", id).Set("Name", name).Set("NormalizedName", name.ToUpperInvariant()).Set("ConcurrencyStamp", Guid.NewGuid().ToString());
                await roles.EndRowAsync();
            }
        }

        var hash = new PasswordHasher<AppUser>().HashPassword(new AppUser(), DemoAccounts.Password);
        var random = new Random(7);
        var customers = new List<Customer>();
        var links = new List<(Guid User, Guid Role)>();
        var created = DateTimeOffset.UtcNow.AddYears(-2).AddDays(-1);
        var customerNumber = 0;
        await using (var users = await PgTable.OpenAsync(db, "AspNetUsers"))
        {
            async Task AddAsync(string email, string name, string phone, string role, Department? department)
            {
                var id = Guid.CreateVersion7();
                users.Set("Id", id).Set("UserName", email).Set("NormalizedUserName", email.ToUpperInvariant())
                    .Set("Email", email).Set("NormalizedEmail", email.ToUpperInvariant()).Set("EmailConfirmed", true)
                    .Set("PasswordHash", hash).Set("SecurityStamp", Guid.NewGuid().ToString("N").ToUpperInvariant())
                    .Set("ConcurrencyStamp", Guid.NewGuid().ToString()).Set("PhoneNumber", phone).Set("LockoutEnabled", true)
                    .Set("FullName", name).Set("Department", department).Set("Language", "vi").Set("CreatedAt", created);
                if (role == Roles.Customer)
                {
                    customerNumber++;
                    users.Set("CustomerCode", string.Create(CultureInfo.InvariantCulture, $"KH{customerNumber:D6}"));
                    customers.Add(new Customer(id, name, email, phone));
                }

                await users.EndRowAsync();
                links.Add((id, roleIds[role]));
            }

            foreach (var (email, name, role, department) in DemoAccounts.All)
            {
                await AddAsync(email, name, "0901234567", role, department);
            }

            for (var i = 1; i <= Customers; i++)
            {
                await AddAsync(string.Create(CultureInfo.InvariantCulture, $"c{i:D4}@load.test"), Vocabulary.PersonName(random),
                    string.Create(CultureInfo.InvariantCulture, $"09{random.Next(10_000_000, 99_999_999)}"), Roles.Customer, null);
            }
        }

        await using (var userRoles = await PgTable.OpenAsync(db, "AspNetUserRoles"))
        {
            foreach (var (user, role) in links)
            {
                userRoles.Set("UserId", user).Set("RoleId", role);
                await userRoles.EndRowAsync();
            }
        }

        await ExecAsync(db, string.Create(CultureInfo.InvariantCulture,
            $"INSERT INTO \"CodeSequences\" (\"Key\", \"Last\") VALUES ('KH', {customerNumber}) ON CONFLICT (\"Key\") DO UPDATE SET \"Last\" = GREATEST(\"CodeSequences\".\"Last\", {customerNumber})"));
        return customers;
    }

    private readonly record struct Header(DateTimeOffset CreatedAt, OrderKind Kind, OrderStatus Status);

    /// <summary>Status mix: most finished, a few % in each active step of the kind's spine.</summary>
    private static OrderStatus PickStatus(Random random, OrderKind kind)
    {
        var roll = random.NextDouble();
        if (roll < 0.03)
        {
            return OrderStatus.Submitted;
        }

        if (roll < 0.05)
        {
            return OrderStatus.Approved;
        }

        if (roll < 0.15)
        {
            var active = OrderLifecycle.Spine(kind).Where(s => s is not (OrderStatus.Submitted or OrderStatus.Approved) && !OrderLifecycle.IsTerminal(s)).ToArray();
            return active[random.Next(active.Length)];
        }

        return roll switch
        {
            < 0.22 => OrderStatus.Cancelled,
            < 0.25 => OrderStatus.Rejected,
            < 0.27 when kind == OrderKind.Purchase => OrderStatus.OutOfStock,
            _ => OrderStatus.Completed,
        };
    }

    private static async Task SeedOrdersAsync(NpgsqlConnection db, string connection, List<Customer> customers, int count)
    {
        var random = new Random(42);
        var now = DateTimeOffset.UtcNow;
        var span = TimeSpan.FromDays(730);
        var headers = new Header[count];
        for (var i = 0; i < count; i++)
        {
            var kind = random.Next(5) == 0 ? OrderKind.Shipping : OrderKind.Purchase;
            var status = PickStatus(random, kind);
            // Orders still moving are recent; finished ones are spread over the two years.
            var age = OrderLifecycle.IsTerminal(status) ? span * random.NextDouble() : TimeSpan.FromDays(60) * random.NextDouble();
            headers[i] = new Header(now - age - TimeSpan.FromMinutes(1), kind, status);
        }

        Array.Sort(headers, (a, b) => a.CreatedAt.CompareTo(b.CreatedAt));
        var staff = await StaffAsync(db);
        var csStaff = staff.Where(s => s.Role is Roles.CsStaff or Roles.CsManager).ToArray();
        var manager = staff.First(s => s.Role == Roles.CsManager);
        var numbers = new Dictionary<string, long>(StringComparer.Ordinal);
        await using var orders = await PgTable.OpenOwnAsync(connection, "Orders");
        await using var lines = await PgTable.OpenOwnAsync(connection, "OrderLines");
        await using var items = await PgTable.OpenOwnAsync(connection, "ShippingItems");
        await using var history = await PgTable.OpenOwnAsync(connection, "OrderHistory");
        var titles = new List<string>(4);
        for (var i = 0; i < count; i++)
        {
            var (createdAt, kind, status) = headers[i];
            var key = OrderCode.SequenceKey(kind, createdAt.Year);
            var number = numbers[key] = numbers.GetValueOrDefault(key) + 1;
            var code = OrderCode.Format(kind, createdAt.Year, number);
            var customer = customers[random.Next(customers.Count)];
            var id = Guid.CreateVersion7(createdAt);
            var lineCount = 1 + random.Next(4);
            var shop = random.Next(Shops);
            var shopId = kind == OrderKind.Purchase ? string.Create(CultureInfo.InvariantCulture, $"shop-{shop}") : null;
            var shopName = kind == OrderKind.Purchase ? Vocabulary.ShopName(shop) : null;
            var marketplace = kind == OrderKind.Purchase ? (Marketplace)random.Next(3) : (Marketplace?)null;
            var goods = 0m;
            var pieces = 0;
            titles.Clear();
            var tracking = new List<string>(4);
            for (var l = 0; l < lineCount; l++)
            {
                var quantity = 1 + random.Next(5);
                pieces += quantity;
                if (kind == OrderKind.Purchase)
                {
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
                else
                {
                    var trackingNumber = string.Create(CultureInfo.InvariantCulture, $"YT{7_000_000_000L + (i * 4L) + l}");
                    var description = Vocabulary.ParcelDescription(random);
                    var value = 20m + random.Next(400);
                    goods += value;
                    tracking.Add(trackingNumber);
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
                .Set("SearchText", Search([code, customer.Name, customer.Email, customer.Phone, shopId, shopName, .. titles.Take(kind == OrderKind.Purchase ? titles.Count : 0), .. tracking, .. titles.Take(kind == OrderKind.Shipping ? titles.Count : 0)], 4000))
                .Set("CustomerSearchText", Search([customer.Name, customer.Email, customer.Phone], 1000))
                .Set("ShopSearchText", Search([shopName, shopId], 400))
                .Set("TitleSearchText", Search(titles, 4000));
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

            if ((i + 1) % 100_000 == 0)
            {
                Console.Error.WriteLine($"[seed] {i + 1} orders");
            }
        }

        await orders.DisposeAsync();
        await lines.DisposeAsync();
        await items.DisposeAsync();
        await history.DisposeAsync();
        foreach (var (key, last) in numbers)
        {
            await using var command = new NpgsqlCommand(
                "INSERT INTO \"CodeSequences\" (\"Key\", \"Last\") VALUES (@k, @l) ON CONFLICT (\"Key\") DO UPDATE SET \"Last\" = GREATEST(\"CodeSequences\".\"Last\", @l)", db);
            command.Parameters.AddWithValue("k", key);
            command.Parameters.AddWithValue("l", last);
            await command.ExecuteNonQueryAsync();
        }
    }

    internal static string Search(IEnumerable<string?> parts, int max)
    {
        var text = string.Join('\n', parts.Where(p => !string.IsNullOrWhiteSpace(p))).ToLowerInvariant();
        return text.Length > max ? text[..max] : text;
    }

    internal sealed record StaffMember(Guid Id, string Name, string Role);

    internal static async Task<List<StaffMember>> StaffAsync(NpgsqlConnection db)
    {
        var staff = new List<StaffMember>();
        await using var command = new NpgsqlCommand(
            "SELECT u.\"Id\", u.\"FullName\", r.\"Name\" FROM \"AspNetUsers\" u JOIN \"AspNetUserRoles\" ur ON ur.\"UserId\" = u.\"Id\" JOIN \"AspNetRoles\" r ON r.\"Id\" = ur.\"RoleId\" WHERE r.\"Name\" <> 'Customer'", db);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            staff.Add(new StaffMember(reader.GetGuid(0), reader.GetString(1), reader.GetString(2)));
        }

        return staff;
    }

    /// <summary>What the scenarios pick from: order codes, tracking numbers, a customer id, dates.</summary>
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

        await WriteAsync("codes.txt", "SELECT \"Code\" FROM \"Orders\" TABLESAMPLE SYSTEM (1) REPEATABLE (1) LIMIT 5000");
        await WriteAsync("tracking.txt", "SELECT \"TrackingNumber\" FROM \"ShippingItems\" TABLESAMPLE SYSTEM (1) REPEATABLE (1) LIMIT 5000");
        await WriteAsync("customer.txt", "SELECT \"CustomerId\" FROM \"Orders\" WHERE \"CustomerEmail\" = 'c0001@load.test' LIMIT 1");
        await WriteAsync("customers.txt", "SELECT \"Email\" FROM \"AspNetUsers\" WHERE \"Email\" LIKE 'c%@load.test' ORDER BY \"Email\" LIMIT 32");
    }
}
