using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Ordo.Application.Data;
using Ordo.Application.Buying;
using Ordo.Application.Identity;
using Ordo.Application.Money;
using Ordo.Application.Orders;
using Ordo.Domain.Buying;
using Ordo.Domain.Identity;
using Ordo.Domain.Logistics;
using Ordo.Domain.Money;
using Ordo.Domain.Orders;

namespace Ordo.Infrastructure.Demo;

/// <summary>
/// Seeds one account per role and a few dozen realistic orders, through the domain's own methods, and the money and
/// buying of some of them through the use cases.
/// Runs only with <c>--demo</c>, only on an empty database, and only once: a second start finds the demo
/// accounts and stops; a database with other accounts and no demo accounts is refused.
/// </summary>
public sealed class DemoData(
    OrdoDbContext db, UserManager<AppUser> users, OrderCodeGenerator codes, TimeProvider clock, DemoStatus status, ILogger<DemoData> logger,
    TopUps topUps, PayDeposit deposits, AssignBuyers buyers)
{
    /// <summary>Staff accounts come only from an administrator or from this seeder; anyone may register a customer as customer@ordo.test.</summary>
    private static readonly string[] StaffEmails =
        [.. DemoAccounts.All.Where(a => a.Role != Roles.Customer).Select(a => a.Email.ToUpperInvariant())];

    private static readonly (Marketplace Market, string ShopId, string ShopName)[] Shops =
    [
        (Marketplace.Taobao, "tb-57301122", "优衣库官方旗舰店 UNIQLO"),
        (Marketplace.Tmall, "tm-1000234", "小米官方旗舰店"),
        (Marketplace.Alibaba1688, "1688-b2b-8831", "义乌市好运来饰品厂"),
        (Marketplace.Taobao, "tb-66120987", "森马童装店"),
        (Marketplace.Tmall, "tm-2200871", "安踏官方旗舰店"),
    ];

    private static readonly (string Title, string Properties, decimal Price)[] Products =
    [
        ("女装 法兰绒衬衫 长袖 Áo sơ mi nữ flannel", "颜色: 红格; 尺码: M", 149.00m),
        ("小米手环8 NFC版 Vòng đeo tay Xiaomi Band 8", "颜色: 黑色", 239.00m),
        ("韩版 珍珠耳环 批发 Bông tai ngọc trai", "款式: 金色; 包装: 10对", 18.50m),
        ("儿童加绒卫衣 Áo nỉ trẻ em lót lông", "颜色: 卡其; 尺码: 120cm", 69.90m),
        ("安踏跑步鞋 男款 Giày chạy bộ Anta", "颜色: 白蓝; 尺码: 42", 299.00m),
        ("保温杯 316不锈钢 Bình giữ nhiệt 500ml", "颜色: 奶白", 45.80m),
        ("收纳箱 折叠 Hộp đựng đồ gấp gọn", "规格: 大号 3个装", 32.00m),
        ("蓝牙耳机 降噪 Tai nghe bluetooth chống ồn", "颜色: 白色", 128.00m),
    ];

    /// <summary>Learns whether the demo accounts exist (every start), for the banner and the refusal.</summary>
    public async Task<bool> DetectAsync(CancellationToken ct = default)
    {
        var staffRoles = db.Roles.Where(r => r.Name != Roles.Customer).Select(r => r.Id);
        status.AccountsExist = await db.Users.AnyAsync(
            u => StaffEmails.Contains(u.NormalizedEmail!) && db.UserRoles.Any(ur => ur.UserId == u.Id && staffRoles.Contains(ur.RoleId)), ct);
        return status.AccountsExist;
    }

    public async Task SeedAsync(CancellationToken ct = default)
    {
        if (await DetectAsync(ct))
        {
            logger.LogInformation("Demo data already present; not seeding again");
            return;
        }

        if (await db.Users.AnyAsync(ct))
        {
            throw new DemoDatabaseRefusedException();
        }

        var people = new Dictionary<string, AppUser>();
        foreach (var (email, name, role, department) in DemoAccounts.All)
        {
            var user = new AppUser
            {
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                FullName = name,
                PhoneNumber = "09" + ((uint)email.GetHashCode(StringComparison.Ordinal) % 100_000_000).ToString("D8", CultureInfo.InvariantCulture),
                Department = department,
                Language = "vi",
                CreatedAt = clock.GetUtcNow().AddDays(-90),
                CustomerCode = role == Roles.Customer ? await codes.NextCustomerCodeAsync(ct) : null,
            };
            var result = await users.CreateAsync(user, DemoAccounts.Password);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"Demo account {email}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
            }

            await users.AddToRoleAsync(user, role);
            people[email] = user;
        }

        var admin = people["admin@ordo.test"];
        db.ExchangeRates.Add(ExchangeRateChange.Set(Actor(admin, Roles.Admin), 3_650m, clock.GetUtcNow().AddDays(-90), clock.GetUtcNow()));
        SeedBuyingAccounts(people);
        SeedWarehouses(people);
        await SeedOrdersAsync(people, ct);
        await SeedBuyingAsync(people, ct);
        status.AccountsExist = true;
        logger.LogInformation("Demo data seeded: {Accounts} accounts", people.Count);
    }

    /// <summary>The buyer's two marketplace logins, one paying by Alipay and one by the company's card.</summary>
    private void SeedBuyingAccounts(Dictionary<string, AppUser> people)
    {
        var admin = Actor(people["admin@ordo.test"], Roles.Admin);
        var user = people["buyer@ordo.test"];
        StaffMember[] buyer = [new(user.Id, user.FullName, new HashSet<string> { Roles.OrderingStaff }, true)];
        db.BuyingAccounts.AddRange(
            BuyingAccount.Create(admin, Marketplace.Taobao, "ordo_hanoi_01", PaymentKind.Alipay, "thanhtoan@ordo.test", "Tài khoản Taobao chính", buyer),
            BuyingAccount.Create(admin, Marketplace.Alibaba1688, "ordo_b2b_1688", PaymentKind.BankCard, "Vietcombank •••• 4821", "Mua sỉ trên 1688", buyer));
    }

    /// <summary>One warehouse in China where the shops' parcels arrive, two in Vietnam where customers get them.</summary>
    private void SeedWarehouses(Dictionary<string, AppUser> people)
    {
        var admin = Actor(people["admin@ordo.test"], Roles.Admin);
        db.Warehouses.AddRange(
            Warehouse.Create(admin, "GZ", "Kho Quảng Châu 广州仓", Country.CN, "广州市白云区石井街道 88号 (Guangzhou)"),
            Warehouse.Create(admin, "HN", "Kho Hà Nội", Country.VN, "Số 12 Phạm Hùng, Nam Từ Liêm, Hà Nội"),
            Warehouse.Create(admin, "HCM", "Kho TP. Hồ Chí Minh", Country.VN, "Số 45 Cộng Hòa, Tân Bình, TP. Hồ Chí Minh"));
    }

    private async Task SeedOrdersAsync(Dictionary<string, AppUser> people, CancellationToken ct)
    {
        var manager = Actor(people["cs.manager@ordo.test"], Roles.CsManager);
        var cs = people["cs@ordo.test"];
        var csStaff = new StaffMember(cs.Id, cs.FullName, new HashSet<string> { Roles.CsStaff }, true);
        var customers = new[] { people["customer@ordo.test"], people["customer2@ordo.test"] };
        var now = clock.GetUtcNow();
        const int purchaseCount = 30;
        const int shippingCount = 8;
        var poCodes = await codes.NextAsync(OrderKind.Purchase, now.Year, purchaseCount, ct);
        var soCodes = await codes.NextAsync(OrderKind.Shipping, now.Year, shippingCount, ct);
        var orders = new List<Order>();
        for (var i = 0; i < purchaseCount; i++)
        {
            var customer = customers[i % 2];
            var actor = Actor(customer, Roles.Customer);
            var shop = Shops[i % Shops.Length];
            var placed = now.AddHours(-(purchaseCount - i) * 37);
            var lines = Enumerable.Range(0, 1 + (i % 3))
                .Select(j => Products[(i + j * 3) % Products.Length])
                .Select((p, j) => ProductDetails.Create(
                    $"https://item.taobao.com/item.htm?id={6000000 + (i * 10) + j}", shop.Market, shop.ShopId, shop.ShopName,
                    p.Title, $"https://img.alicdn.com/demo/{i}-{j}.jpg", p.Properties, p.Price, 1 + ((i + j) % 4), j == 0 ? "Đóng gói cẩn thận giúp em" : null))
                .ToList();
            var order = Order.SubmitPurchase(poCodes[i], Ref(customer), lines, new OrderOptions(i % 4 == 0, i % 7 == 0, i % 5 == 0), null, actor, placed);
            switch (i % 6)
            {
                case 0 or 1 or 2:
                    order.Approve(manager, i % 2 == 0 ? csStaff : null, "Đã kiểm tra link và giá", placed.AddHours(2));
                    break;
                case 3:
                    order.Reject(manager, "Shop đã ngừng bán sản phẩm này", placed.AddHours(3));
                    break;
                case 4 when i > 20:
                    order.Cancel(actor, "Tôi đặt nhầm màu", placed.AddHours(1));
                    break;
            }

            orders.Add(order);
        }

        for (var i = 0; i < shippingCount; i++)
        {
            var customer = customers[i % 2];
            var items = Enumerable.Range(0, 1 + (i % 2))
                .Select(j => ShippingItemDetails.Create($"YT{7_530_000_000 + (i * 10) + j}", j == 0 ? "Quần áo trẻ em" : "Phụ kiện điện thoại", 2 + j, 150m + (i * 20)))
                .ToList();
            var placed = now.AddHours(-(shippingCount - i) * 50);
            var order = Order.SubmitShipping(soCodes[i], Ref(customer), items, OrderOptions.None, "Hàng dễ vỡ", Actor(customer, Roles.Customer), placed);
            db.TrackingNumbers.AddRange(order.ShippingItems.Select(item => OrderTrackingNumber.For(order, item.TrackingNumber, Actor(customer, Roles.Customer), placed)));
            if (i % 2 == 0)
            {
                order.Approve(manager, csStaff, null, placed.AddHours(4));
            }

            orders.Add(order);
        }

        db.Orders.AddRange(orders);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Both customers top up their wallets (an accountant confirms the transfer) and pay the deposit of some approved
    /// orders; the order manager hands two of those to the buyer. The buying desk has work, and the ledger holds every
    /// movement, as the use cases post them.
    /// </summary>
    private async Task SeedBuyingAsync(Dictionary<string, AppUser> people, CancellationToken ct)
    {
        var accountant = Actor(people["accountant@ordo.test"], Roles.Accountant);
        var orderManager = Actor(people["order.manager@ordo.test"], Roles.OrderManager);
        var customers = new[] { people["customer@ordo.test"], people["customer2@ordo.test"] }.ToDictionary(c => c.Id);
        foreach (var customer in customers.Values)
        {
            var topUp = await topUps.RequestAsync(Actor(customer, Roles.Customer), new TopUps.RequestCommand(50_000_000m, TopUpMethod.BankTransfer, $"CK {customer.CustomerCode} nap vi"), ct);
            await topUps.ConfirmAsync(accountant, topUp.Id, new TopUps.ConfirmCommand(null), ct);
        }

        var approved = await db.Orders.Where(o => o.Kind == OrderKind.Purchase && o.Status == OrderStatus.Approved)
            .OrderBy(o => o.CreatedAt).Select(o => new { o.Id, o.CustomerId }).Take(6).ToListAsync(ct);
        foreach (var order in approved)
        {
            await deposits.HandleAsync(Actor(customers[order.CustomerId], Roles.Customer), order.Id, new PayDeposit.Command(PaymentMethod.Wallet, null), null, ct);
        }

        foreach (var order in approved.Take(2))
        {
            await buyers.AssignAsync(orderManager, order.Id, new AssignBuyers.Command(people["buyer@ordo.test"].Id), null, ct);
        }
    }

    private static Actor Actor(AppUser user, string role) => new(user.Id, user.FullName, new HashSet<string> { role });

    private static CustomerRef Ref(AppUser user) => new(user.Id, user.FullName, user.Email!, user.PhoneNumber);
}
