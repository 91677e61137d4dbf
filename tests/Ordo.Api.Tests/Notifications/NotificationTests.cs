using System.Net;
using Ordo.Api.Tests.Hosting;
using Ordo.Api.Tests.Money;
using Ordo.Api.Tests.Orders;
using Ordo.Api.Tests.Support;
using Ordo.Application.Money;
using Ordo.Domain.Notifications;

namespace Ordo.Api.Tests.Notifications;

/// <summary>A customer's in-app notifications: what they are told, that only they see them, and reading them.</summary>
public abstract class NotificationTests(OrdoApp app) : ApiTest(app)
{
    protected Task<ApiUser> AccountantAsync() => App.DemoUserAsync("accountant@ordo.test");

    [Fact]
    public async Task The_customer_is_told_when_staff_approve_their_order_and_confirm_or_reject_their_money()
    {
        var customer = await NewCustomerAsync();
        var accountant = await AccountantAsync();
        var orderId = await customer.ApprovedOrderAsync(await CsManagerAsync());
        await customer.TopUpAsync(accountant, 2_000_000m);
        var rejected = await customer.RequestTopUpAsync(700_000m, "CK lan 2");
        await (await accountant.PostAsync($"/api/top-ups/{rejected.Id}/reject", new TopUps.RejectCommand("Không thấy tiền về"))).ShouldHaveStatusAsync(HttpStatusCode.OK);

        var inbox = await customer.NotificationsAsync();

        Assert.Equal(3, inbox.Total);
        Assert.Equal(3, inbox.Unread);
        Assert.Equal(
            [(NotificationKind.TopUpRejected, (decimal?)700_000m, "Không thấy tiền về"), (NotificationKind.TopUpConfirmed, 2_000_000m, null), (NotificationKind.OrderApproved, null, null)],
            inbox.Items.Select(n => (n.Kind, n.AmountVnd, n.Detail)));
        var approved = inbox.Items[^1];
        Assert.Equal((orderId, (await customer.OrderAsync(orderId)).Code), (approved.OrderId, approved.OrderCode));
    }

    [Fact]
    public async Task The_customer_is_told_when_an_administrator_corrects_their_wallet_and_when_the_correction_is_reversed()
    {
        var customer = await NewCustomerAsync();
        var admin = await AdminAsync();
        await customer.TopUpAsync(await AccountantAsync(), 100_000m);

        var adjustment = await (await admin.PostAsync("/api/ledger/adjustments", new WalletAdjustments.AdjustCommand(customer.Id, -20_000m, "Bù phí ship")))
            .ReadAsync<WalletAdjustments.EntryDto>();
        await (await admin.PostAsync($"/api/ledger/entries/{adjustment.Id}/reverse", new WalletAdjustments.ReverseCommand("Nhập nhầm")))
            .ShouldHaveStatusAsync(HttpStatusCode.OK);

        var told = (await customer.NotificationsAsync()).Items.Take(2).Select(n => (n.Kind, n.AmountVnd, n.Detail));
        Assert.Equal([(NotificationKind.WalletEntryReversed, (decimal?)20_000m, "Nhập nhầm"), (NotificationKind.WalletAdjusted, -20_000m, "Bù phí ship")], told);
        Assert.Equal(100_000m, await customer.BalanceAsync());

        var topUpEntry = (await customer.StatementAsync()).Lines.Single(l => l.Kind == Ordo.Domain.Money.JournalEntryKind.TopUp).EntryId;
        var books = await customer.SnapshotAsync(MoneyApi.Statement);
        await (await admin.PostAsync($"/api/ledger/entries/{topUpEntry}/reverse", new WalletAdjustments.ReverseCommand("Xác nhận nhầm")))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, Ordo.Domain.Money.JournalEntry.NotReversible);
        await customer.ShouldStillSeeAsync(books);
    }

    [Fact]
    public async Task The_customer_is_not_told_what_they_did_themselves()
    {
        var customer = await NewCustomerAsync();
        var orderId = await customer.ApprovedOrderAsync(await CsManagerAsync());
        await (await customer.TryCancelAsync(orderId, "Đổi ý")).ShouldHaveStatusAsync(HttpStatusCode.OK);

        var kinds = (await customer.NotificationsAsync()).Items.Select(n => n.Kind);

        Assert.Equal([NotificationKind.OrderApproved], kinds);
    }

    [Fact]
    public async Task A_customer_sees_only_their_own_notifications_and_cannot_read_someone_elses()
    {
        var customer = await NewCustomerAsync();
        var other = await NewCustomerAsync();
        await customer.ApprovedOrderAsync(await CsManagerAsync());
        var theirs = Assert.Single((await customer.NotificationsAsync()).Items);

        Assert.Empty((await other.NotificationsAsync()).Items);
        await (await other.PostAsync($"{NotificationApi.Url}/{theirs.Id}/read")).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        Assert.Null(Assert.Single((await customer.NotificationsAsync()).Items).ReadAt);
    }

    [Fact]
    public async Task Reading_one_then_all_clears_the_unread_count()
    {
        var customer = await NewCustomerAsync();
        var manager = await CsManagerAsync();
        await customer.ApprovedOrderAsync(manager);
        await customer.ApprovedOrderAsync(manager);
        await customer.ApprovedOrderAsync(manager);
        var first = (await customer.NotificationsAsync()).Items[0];

        await (await customer.PostAsync($"{NotificationApi.Url}/{first.Id}/read")).ShouldHaveStatusAsync(HttpStatusCode.NoContent);
        await (await customer.PostAsync($"{NotificationApi.Url}/{first.Id}/read")).ShouldHaveStatusAsync(HttpStatusCode.NoContent);

        var afterOne = await customer.NotificationsAsync();
        Assert.Equal((3, 2), (afterOne.Total, afterOne.Unread));
        var unread = await customer.NotificationsAsync("unreadOnly=true");
        Assert.Equal(2, unread.Total);
        Assert.DoesNotContain(unread.Items, n => n.Id == first.Id);

        var marked = await (await customer.PostAsync($"{NotificationApi.Url}/read-all")).ReadAsync<MarkedCount>();

        Assert.Equal(2, marked.Marked);
        var afterAll = await customer.NotificationsAsync();
        Assert.Equal((3, 0), (afterAll.Total, afterAll.Unread));
        Assert.All(afterAll.Items, n => Assert.NotNull(n.ReadAt));
    }

    [Fact]
    public async Task Notifications_come_newest_first_a_page_at_a_time()
    {
        var customer = await NewCustomerAsync();
        var manager = await CsManagerAsync();
        var orders = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            orders.Add(await customer.ApprovedOrderAsync(manager));
        }

        var page1 = await customer.NotificationsAsync("page=1&pageSize=2");
        var page2 = await customer.NotificationsAsync("page=2&pageSize=2");

        Assert.Equal(3, page1.Total);
        Assert.Equal([orders[2], orders[1], orders[0]], page1.Items.Concat(page2.Items).Select(n => n.OrderId!.Value));
    }

    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=101", "pageSize")]
    public async Task A_bad_page_is_refused(string query, string field)
    {
        var customer = await NewCustomerAsync();

        await (await customer.GetAsync($"{NotificationApi.Url}?{query}")).ShouldBeInvalidAsync(field);
    }

    [Fact]
    public async Task Notifications_need_a_signed_in_user()
    {
        var response = await Anonymous.GetAsync(NotificationApi.Url);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private sealed record MarkedCount(int Marked);

    public sealed class OnSqlite(SqliteApp app) : NotificationTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : NotificationTests(app), IClassFixture<PostgresApp>;
}
