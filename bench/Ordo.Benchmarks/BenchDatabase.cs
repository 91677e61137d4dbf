using Microsoft.EntityFrameworkCore;
using Ordo.Application.Data;
using Ordo.Application.Settings;
using Ordo.Domain.Identity;
using Ordo.Domain.Orders;
using Ordo.Infrastructure.Data;

namespace Ordo.Benchmarks;

/// <summary>
/// A database with a large order table, built once per provider and reused between runs
/// (SQLite: a file under the system temp folder; PostgreSQL: the database named in ORDO_BENCH_POSTGRES).
/// </summary>
internal static class BenchDatabase
{
    public const int Orders = 100_000;
    public const int Customers = 2_000;

    public static readonly Actor Staff = new(Guid.Parse("00000000-0000-0000-0000-00000000beef"), "Bench CS", new HashSet<string> { Roles.CsManager });

    public static DbContextOptions<OrdoDbContext> Options(DatabaseProvider provider)
    {
        var builder = new DbContextOptionsBuilder<OrdoDbContext>();
        var connection = provider == DatabaseProvider.Postgres
            ? Environment.GetEnvironmentVariable("ORDO_BENCH_POSTGRES")
              ?? "Host=127.0.0.1;Port=55432;Username=ordo;Password=ordo;Database=ordo_bench"
            : $"Data Source={Path.Combine(Path.GetTempPath(), "ordo-bench.db")}";
        DatabaseSetup.Configure(builder, provider, connection);
        return builder.Options;
    }

    public static Guid CustomerId(int i) => new(i + 1, 0, 0, [0, 0, 0, 0, 0, 0, 0, 1]);

    /// <summary>Creates and fills the database unless it already holds the expected number of orders.</summary>
    public static async Task EnsureAsync(DatabaseProvider provider)
    {
        await using var db = new OrdoDbContext(Options(provider));
        await db.Database.MigrateAsync().ConfigureAwait(false);
        if (await db.Orders.CountAsync().ConfigureAwait(false) == Orders)
        {
            return;
        }

        await db.Orders.ExecuteDeleteAsync().ConfigureAwait(false);
        var random = new Random(42);
        var start = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        for (var batch = 0; batch < Orders / 5_000; batch++)
        {
            for (var n = 0; n < 5_000; n++)
            {
                var i = (batch * 5_000) + n;
                var customerIndex = random.Next(Customers);
                var customer = new CustomerRef(CustomerId(customerIndex), $"Khách hàng {customerIndex}", $"c{customerIndex}@bench.test", "0900000000");
                var actor = new Actor(customer.Id, customer.Name, new HashSet<string> { Roles.Customer });
                var at = start.AddMinutes(i * 5);
                Order order;
                if (i % 5 == 0)
                {
                    order = Order.SubmitShipping(OrderCode.Format(OrderKind.Shipping, 2025, i + 1), customer,
                        [ShippingItemDetails.Create($"YT{9_000_000_000L + i}", "Quần áo", 2, 120m)], OrderOptions.None, null, actor, at);
                }
                else
                {
                    var shop = random.Next(500);
                    order = Order.SubmitPurchase(OrderCode.Format(OrderKind.Purchase, 2025, i + 1), customer,
                    [
                        ProductDetails.Create($"https://item.taobao.com/item.htm?id={i}", Marketplace.Taobao, $"shop-{shop}", $"Cửa hàng {shop}",
                            $"Sản phẩm {random.Next(10_000)} áo khoác mùa đông", null, "Màu: đen", 10m + random.Next(500), 1 + random.Next(5), null),
                        ProductDetails.Create($"https://item.taobao.com/item.htm?id={i}b", Marketplace.Taobao, $"shop-{shop}", $"Cửa hàng {shop}",
                            $"Phụ kiện {random.Next(10_000)}", null, null, 5m + random.Next(50), 1, null),
                    ], OrderOptions.None, null, actor, at);
                }

                var roll = random.Next(10);
                if (roll < 6)
                {
                    order.Approve(Staff, null, null, at.AddHours(1));
                }
                else if (roll == 6)
                {
                    order.Reject(Staff, "Hết hàng", at.AddHours(1));
                }

                order.ClearDomainEvents();
                db.Orders.Add(order);
            }

            await db.SaveChangesAsync().ConfigureAwait(false);
            db.ChangeTracker.Clear();
        }

    }
}
