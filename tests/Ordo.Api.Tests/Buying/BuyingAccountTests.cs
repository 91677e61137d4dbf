using System.Net;
using Ordo.Api.Tests.Hosting;
using Ordo.Api.Tests.Support;
using Ordo.Application.Buying;
using Ordo.Domain.Buying;
using Ordo.Domain.Orders;

namespace Ordo.Api.Tests.Buying;

public abstract class BuyingAccountTests(OrdoApp app) : ApiTest(app)
{
    [Fact]
    public async Task The_admin_adds_an_account_for_the_buyer_and_reads_it_back_with_its_version()
    {
        var admin = await AdminAsync();
        var buyer = await BuyerAsync();
        var login = BuyingAccountApi.UniqueLogin();

        var response = await admin.TryCreateAccountAsync(BuyingAccountApi.Command($"  {login} ", buyer.Id));
        var created = await response.ReadAsync<BuyingAccounts.AccountDto>(HttpStatusCode.Created);

        Assert.Equal(BuyingAccountApi.AccountUrl(created.Id), response.Headers.Location?.OriginalString);
        Assert.Equal("\"0\"", response.Headers.ETag?.Tag);
        Assert.Equal((Marketplace.Taobao, login, PaymentKind.Alipay, "muahang@example.cn"), (created.Marketplace, created.AccountName, created.PaymentKind, created.PaymentAccount));
        Assert.Equal(("Tài khoản chính", true), (created.Note, created.IsActive));
        Assert.Equal(buyer.Id, Assert.Single(created.AssignedStaff).Id);
        Assert.Equal("Đỗ Mai Linh", created.AssignedStaff[0].Name);

        var read = await admin.GetAsync(BuyingAccountApi.AccountUrl(created.Id));
        (await read.ReadAsync<BuyingAccounts.AccountDto>()).ShouldBe(created);
        Assert.Equal("\"0\"", read.Headers.ETag?.Tag);
        Assert.Contains(await admin.AccountsAsync(), a => a.Id == created.Id);
    }

    [Fact]
    public async Task The_admin_changes_every_field_and_the_account_gets_a_new_version()
    {
        var admin = await AdminAsync();
        var buyer = await BuyerAsync();
        var manager = await App.DemoUserAsync("order.manager@ordo.test");
        var account = await admin.CreateAccountAsync(BuyingAccountApi.Command(BuyingAccountApi.UniqueLogin(), buyer.Id));
        var login = BuyingAccountApi.UniqueLogin("b2b");
        var change = new BuyingAccounts.AccountCommand(Marketplace.Alibaba1688, login, PaymentKind.BankCard, "Vietcombank •••• 4321", null, [manager.Id, buyer.Id], IsActive: false);

        var response = await admin.TryUpdateAccountAsync(account.Id, change, ifMatch: "\"0\"");
        var changed = await response.ReadAsync<BuyingAccounts.AccountDto>();

        Assert.Equal("\"1\"", response.Headers.ETag?.Tag);
        Assert.Equal((Marketplace.Alibaba1688, login, PaymentKind.BankCard, "Vietcombank •••• 4321"), (changed.Marketplace, changed.AccountName, changed.PaymentKind, changed.PaymentAccount));
        Assert.Equal(((string?)null, false, 1), (changed.Note, changed.IsActive, changed.Version));
        Assert.Equal(new[] { buyer.Id, manager.Id }.Order(), changed.AssignedStaff.Select(s => s.Id).Order());
        (await admin.GetAsync<BuyingAccounts.AccountDto>(BuyingAccountApi.AccountUrl(account.Id))).ShouldBe(changed);
    }

    [Fact]
    public async Task Taking_the_account_from_a_buyer_alone_is_a_new_version_so_the_old_edit_is_stale()
    {
        var admin = await AdminAsync();
        var buyer = await BuyerAsync();
        var manager = await App.DemoUserAsync("order.manager@ordo.test");
        var login = BuyingAccountApi.UniqueLogin();
        var account = await admin.CreateAccountAsync(BuyingAccountApi.Command(login, buyer.Id));

        var reassigned = await (await admin.TryUpdateAccountAsync(account.Id, BuyingAccountApi.Command(login, manager.Id), "\"0\"")).ReadAsync<BuyingAccounts.AccountDto>();
        var stale = await admin.TryUpdateAccountAsync(account.Id, BuyingAccountApi.Command(login, buyer.Id), "\"0\"");

        Assert.Equal(1, reassigned.Version);
        Assert.Equal(manager.Id, Assert.Single(reassigned.AssignedStaff).Id);
        await stale.ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed, "stale_version");
        (await admin.GetAsync<BuyingAccounts.AccountDto>(BuyingAccountApi.AccountUrl(account.Id))).ShouldBe(reassigned);
    }

    [Fact]
    public async Task Saving_an_unchanged_account_keeps_its_version()
    {
        var admin = await AdminAsync();
        var command = BuyingAccountApi.Command(BuyingAccountApi.UniqueLogin(), (await BuyerAsync()).Id);
        var account = await admin.CreateAccountAsync(command);

        var saved = await (await admin.TryUpdateAccountAsync(account.Id, command, "\"0\"")).ReadAsync<BuyingAccounts.AccountDto>();

        saved.ShouldBe(account);
    }

    [Fact]
    public async Task A_login_already_used_on_the_marketplace_is_refused_whatever_its_case_and_nothing_is_added()
    {
        var admin = await AdminAsync();
        var login = BuyingAccountApi.UniqueLogin("Shop");
        await admin.CreateAccountAsync(BuyingAccountApi.Command(login));

        var again = await admin.TryCreateAccountAsync(BuyingAccountApi.Command(login.ToUpperInvariant()));

        var reasons = (await again.ShouldBeInvalidAsync("accountName", "validation")).ShouldNameField("accountName");
        Assert.Equal(["is already used by another account on this marketplace"], reasons);
        Assert.Equal(1, await admin.CountWithLoginAsync(login));
    }

    [Fact]
    public async Task The_same_login_may_exist_once_on_each_marketplace()
    {
        var admin = await AdminAsync();
        var login = BuyingAccountApi.UniqueLogin();
        await admin.CreateAccountAsync(BuyingAccountApi.Command(login));

        var tmall = await admin.CreateAccountAsync(BuyingAccountApi.Command(login) with { Marketplace = Marketplace.Tmall });

        Assert.Equal(Marketplace.Tmall, tmall.Marketplace);
        Assert.Equal(2, await admin.CountWithLoginAsync(login));
    }

    [Fact]
    public async Task Renaming_an_account_to_a_login_another_one_has_is_refused_and_nothing_changes()
    {
        var admin = await AdminAsync();
        var taken = BuyingAccountApi.UniqueLogin();
        await admin.CreateAccountAsync(BuyingAccountApi.Command(taken));
        var account = await admin.CreateAccountAsync(BuyingAccountApi.Command(BuyingAccountApi.UniqueLogin()));
        var before = await admin.SnapshotAsync(BuyingAccountApi.AccountUrl(account.Id));

        var response = await admin.TryUpdateAccountAsync(account.Id, BuyingAccountApi.Command(taken));

        await response.ShouldBeInvalidAsync("accountName");
        await admin.ShouldStillSeeAsync(before);
    }

    [Fact]
    public async Task Two_admins_adding_the_same_login_at_once_get_one_account_and_one_clear_refusal()
    {
        var admin = await AdminAsync();
        var login = BuyingAccountApi.UniqueLogin();

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => admin.TryCreateAccountAsync(BuyingAccountApi.Command(login))));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
        {
            await refused.ShouldBeInvalidAsync("accountName");
        }

        Assert.Equal(1, await admin.CountWithLoginAsync(login));
    }

    [Fact]
    public async Task Changing_an_account_that_does_not_exist_is_not_found()
    {
        var admin = await AdminAsync();

        var response = await admin.TryUpdateAccountAsync(Guid.NewGuid(), BuyingAccountApi.Command(BuyingAccountApi.UniqueLogin()));

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, "not_found");
    }

    public sealed class OnSqlite(SqliteApp app) : BuyingAccountTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : BuyingAccountTests(app), IClassFixture<PostgresApp>;
}
