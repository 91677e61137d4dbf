using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Ordo.Api.Tests.Hosting;
using Ordo.Api.Tests.Support;
using Ordo.Application.Buying;
using Ordo.Domain.Buying;
using Ordo.Domain.Common;
using Ordo.Domain.Identity;
using Ordo.Domain.Orders;

namespace Ordo.Api.Tests.Buying;

/// <summary>Who sees and changes the buying accounts, what a bad request is told, and who may buy with an account.</summary>
public abstract class BuyingAccountAccessTests(OrdoApp app) : ApiTest(app)
{
    /// <summary>A field of the request, the JSON that breaks it, and the field the refusal names.</summary>
    public static TheoryData<string, string> BadRequests => new()
    {
        { """{"accountName":"{login}","paymentKind":"Alipay","paymentAccount":"x"}""", "marketplace" },
        { """{"marketplace":"Taobao","paymentKind":"Alipay","paymentAccount":"x"}""", "accountName" },
        { """{"marketplace":"Taobao","accountName":"  ","paymentKind":"Alipay","paymentAccount":"x"}""", "accountName" },
        { """{"marketplace":"Taobao","accountName":"{login}","paymentAccount":"x"}""", "paymentKind" },
        { """{"marketplace":"Taobao","accountName":"{login}","paymentKind":"Alipay"}""", "paymentAccount" },
        { """{"marketplace":"Taobao","accountName":"{login}{long}","paymentKind":"Alipay","paymentAccount":"x"}""", "accountName" },
        { """{"marketplace":"Taobao","accountName":"{login}","paymentKind":"Alipay","paymentAccount":"{long}"}""", "paymentAccount" },
        { """{"marketplace":"Taobao","accountName":"{login}","paymentKind":"Alipay","paymentAccount":"x","note":"{long}{long}{long}{long}{long}{long}"}""", "note" },
        { """{"marketplace":"Ebay","accountName":"{login}","paymentKind":"Alipay","paymentAccount":"x"}""", "marketplace" },
        { """{"marketplace":"Taobao","accountName":"{login}","paymentKind":"Cash","paymentAccount":"x"}""", "paymentKind" },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task A_bad_request_names_the_field_and_adds_nothing(string json, string field)
    {
        var admin = await AdminAsync();
        var login = BuyingAccountApi.UniqueLogin();

        var response = await admin.TryCreateAccountAsync(json.Replace("{login}", login, StringComparison.Ordinal).Replace("{long}", new string('x', 101), StringComparison.Ordinal));

        await response.ShouldBeInvalidAsync(field);
        Assert.Equal(0, await admin.CountWithLoginAsync(login));
    }

    [Fact]
    public async Task An_unknown_staff_member_a_customer_or_customer_care_staff_cannot_be_given_an_account()
    {
        var admin = await AdminAsync();
        var customer = await NewCustomerAsync();
        var cs = await CsStaffAsync();
        var login = BuyingAccountApi.UniqueLogin();

        foreach (var (staffId, reason) in new[]
                 {
                     (Guid.NewGuid(), "must name only known staff members"),
                     (customer.Id, "must name only ordering staff or order managers"),
                     (cs.Id, "must name only ordering staff or order managers"),
                 })
        {
            var response = await admin.TryCreateAccountAsync(BuyingAccountApi.Command(login, (await BuyerAsync()).Id, staffId));

            Assert.Equal([reason], (await response.ShouldBeInvalidAsync("staffIds")).ShouldNameField("staffIds"));
        }

        Assert.Equal(0, await admin.CountWithLoginAsync(login));
    }

    [Fact]
    public async Task A_customer_and_customer_care_staff_may_neither_read_nor_change_the_accounts()
    {
        var admin = await AdminAsync();
        var account = await admin.CreateAccountAsync(BuyingAccountApi.Command(BuyingAccountApi.UniqueLogin()));
        var before = await admin.SnapshotAsync(BuyingAccountApi.AccountUrl(account.Id));

        foreach (var someone in new[] { await NewCustomerAsync(), await CsStaffAsync(), await CsManagerAsync() })
        {
            await (await someone.GetAsync(BuyingAccountApi.Accounts)).ShouldBeProblemAsync(HttpStatusCode.Forbidden, BuyingErrors.RoleNotAllowed);
            await (await someone.GetAsync(BuyingAccountApi.AccountUrl(account.Id))).ShouldBeProblemAsync(HttpStatusCode.Forbidden, BuyingErrors.RoleNotAllowed);
            await (await someone.TryCreateAccountAsync(BuyingAccountApi.Command(BuyingAccountApi.UniqueLogin()))).ShouldBeProblemAsync(HttpStatusCode.Forbidden, BuyingErrors.RoleNotAllowed);
            await (await someone.TryUpdateAccountAsync(account.Id, BuyingAccountApi.Command("taken_over"))).ShouldBeProblemAsync(HttpStatusCode.Forbidden, BuyingErrors.RoleNotAllowed);
        }

        await admin.ShouldStillSeeAsync(before);
    }

    [Fact]
    public async Task Ordering_staff_see_only_the_active_accounts_given_to_them_and_the_order_manager_sees_all()
    {
        var admin = await AdminAsync();
        var buyer = await BuyerAsync();
        var manager = await App.DemoUserAsync("order.manager@ordo.test");
        var theirs = await admin.CreateAccountAsync(BuyingAccountApi.Command(BuyingAccountApi.UniqueLogin(), buyer.Id, manager.Id));
        var someoneElses = await admin.CreateAccountAsync(BuyingAccountApi.Command(BuyingAccountApi.UniqueLogin(), manager.Id));
        var retiredLogin = BuyingAccountApi.UniqueLogin();
        var retired = await admin.CreateAccountAsync(BuyingAccountApi.Command(retiredLogin, buyer.Id));
        await (await admin.TryUpdateAccountAsync(retired.Id, BuyingAccountApi.Command(retiredLogin, buyer.Id) with { IsActive = false })).ShouldHaveStatusAsync(HttpStatusCode.OK);

        var seen = await buyer.AccountsAsync();

        Assert.Contains(seen, a => a.Id == theirs.Id);
        Assert.DoesNotContain(seen, a => a.Id == someoneElses.Id || a.Id == retired.Id);
        Assert.All(seen, a => Assert.True(a.IsActive && a.AssignedStaff.Any(s => s.Id == buyer.Id)));
        await (await buyer.GetAsync(BuyingAccountApi.AccountUrl(theirs.Id))).ShouldHaveStatusAsync(HttpStatusCode.OK);
        await (await buyer.GetAsync(BuyingAccountApi.AccountUrl(someoneElses.Id))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await buyer.GetAsync(BuyingAccountApi.AccountUrl(retired.Id))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await buyer.TryUpdateAccountAsync(theirs.Id, BuyingAccountApi.Command(BuyingAccountApi.UniqueLogin(), buyer.Id))).ShouldBeProblemAsync(HttpStatusCode.Forbidden, BuyingErrors.RoleNotAllowed);
        var all = await manager.AccountsAsync();
        Assert.True(new[] { theirs.Id, someoneElses.Id, retired.Id }.All(id => all.Any(a => a.Id == id)));
    }

    [Fact]
    public async Task The_demo_buyer_has_a_taobao_and_a_1688_account()
    {
        var seen = await (await BuyerAsync()).AccountsAsync();

        Assert.Contains(seen, a => a.Marketplace == Marketplace.Taobao && a.PaymentKind == PaymentKind.Alipay);
        Assert.Contains(seen, a => a.Marketplace == Marketplace.Alibaba1688 && a.PaymentKind == PaymentKind.BankCard);
    }

    [Fact]
    public async Task A_purchase_may_use_an_account_given_to_its_buyer_and_any_active_one_for_the_order_manager()
    {
        var admin = await AdminAsync();
        var buyer = await BuyerAsync();
        var login = BuyingAccountApi.UniqueLogin();
        var theirs = await admin.CreateAccountAsync(BuyingAccountApi.Command(login, buyer.Id));
        var notTheirs = await admin.CreateAccountAsync(BuyingAccountApi.Command(BuyingAccountApi.UniqueLogin()));
        var asBuyer = new Actor(buyer.Id, "Đỗ Mai Linh", new HashSet<string> { Roles.OrderingStaff });
        var asManager = new Actor(Guid.NewGuid(), "Vũ Đức Anh", new HashSet<string> { Roles.OrderManager });

        Assert.Equal(theirs.Id, (await LoadUsableAsync(theirs.Id, asBuyer)).Id);
        Assert.Equal(notTheirs.Id, (await LoadUsableAsync(notTheirs.Id, asManager)).Id);
        Assert.Equal("is not assigned to you", await RefusalAsync(notTheirs.Id, asBuyer));
        Assert.Equal("is not a known buying account", await RefusalAsync(Guid.NewGuid(), asBuyer));
        await (await admin.TryUpdateAccountAsync(theirs.Id, BuyingAccountApi.Command(login, buyer.Id) with { IsActive = false })).ShouldHaveStatusAsync(HttpStatusCode.OK);
        Assert.Equal("is not active", await RefusalAsync(theirs.Id, asManager));
    }

    private async Task<BuyingAccount> LoadUsableAsync(Guid id, Actor buyer)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<BuyingAccounts>().LoadUsableAsync(id, buyer, CancellationToken.None);
    }

    private async Task<string> RefusalAsync(Guid id, Actor buyer)
    {
        var error = await Assert.ThrowsAsync<DomainValidationException>(() => LoadUsableAsync(id, buyer));
        return Assert.Single(error.Errors[BuyingAccount.UsedByField]);
    }

    public sealed class OnSqlite(SqliteApp app) : BuyingAccountAccessTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : BuyingAccountAccessTests(app), IClassFixture<PostgresApp>;
}
