using Ordo.Domain.Buying;

namespace Ordo.Domain.Tests.Buying;

public class BuyingAccountTests
{
    private static readonly StaffMember Linh = Buyer("Đỗ Mai Linh", Roles.OrderingStaff);
    private static readonly StaffMember Anh = Buyer("Vũ Đức Anh", Roles.OrderManager);

    public static TheoryData<string?> MissingTexts => [null, "", "   "];

    public static TheoryData<string> NotAdmin => [Roles.OrderManager, Roles.OrderingStaff, Roles.CsManager, Roles.Accountant, Roles.Customer];

    public static TheoryData<string> NotBuyers => [Roles.CsStaff, Roles.CsManager, Roles.Accountant, Roles.Delivery, Roles.Customer, Roles.Admin];

    [Fact]
    public void A_new_account_is_active_trimmed_and_given_to_the_staff_named()
    {
        var account = BuyingAccount.Create(Actors.Admin, Marketplace.Taobao, "  tb_hanoi_01 ", PaymentKind.Alipay, " pay@example.cn ", "  ", [Linh, Anh]);

        Assert.Equal((Marketplace.Taobao, "tb_hanoi_01", "TB_HANOI_01"), (account.Marketplace, account.AccountName, account.NormalizedAccountName));
        Assert.Equal((PaymentKind.Alipay, "pay@example.cn", (string?)null), (account.PaymentKind, account.PaymentAccount, account.Note));
        Assert.True(account.IsActive);
        Assert.Equal([Linh.Id, Anh.Id], account.AssignedStaff.Select(s => s.StaffId));
        Assert.Equal("Đỗ Mai Linh", account.AssignedStaff[0].StaffName);
    }

    [Theory]
    [MemberData(nameof(MissingTexts))]
    public void An_account_needs_its_login_name_and_what_it_pays_with(string? missing) =>
        AssertInvalid(
            () => BuyingAccount.Create(Actors.Admin, Marketplace.Taobao, missing, PaymentKind.Alipay, missing, null, []),
            "accountName", "paymentAccount");

    [Fact]
    public void Texts_longer_than_their_limits_are_refused_all_at_once() =>
        AssertInvalid(
            () => BuyingAccount.Create(Actors.Admin, Marketplace.Taobao, new string('a', 101), PaymentKind.Alipay, new string('1', 101), new string('n', 501), []),
            "accountName", "paymentAccount", "note");

    [Fact]
    public void Texts_at_their_limits_are_kept()
    {
        var account = BuyingAccount.Create(Actors.Admin, Marketplace.Tmall, new string('a', 100), PaymentKind.Other, new string('1', 100), new string('n', 500), []);

        Assert.Equal((100, 100, 500), (account.AccountName.Length, account.PaymentAccount.Length, account.Note!.Length));
    }

    [Fact]
    public void An_unknown_marketplace_or_payment_kind_is_refused() =>
        AssertInvalid(
            () => BuyingAccount.Create(Actors.Admin, (Marketplace)42, "tb_01", (PaymentKind)42, "pay@example.cn", null, []),
            "marketplace", "paymentKind");

    [Theory]
    [MemberData(nameof(NotAdmin))]
    public void Only_an_administrator_creates_changes_or_assigns_an_account(string role)
    {
        var someone = Actors.Staff("Người khác", role);
        var account = AnAccount([Linh]);

        AssertForbidden(() => BuyingAccount.Create(someone, Marketplace.Taobao, "tb_01", PaymentKind.Alipay, "pay@example.cn", null, []), BuyingErrors.RoleNotAllowed);
        AssertForbidden(() => account.Change(someone, Marketplace.Taobao, "other", PaymentKind.Alipay, "x", null, isActive: false, []), BuyingErrors.RoleNotAllowed);
        AssertForbidden(() => account.AssignTo(someone, [Anh]), BuyingErrors.RoleNotAllowed);
        Assert.Equal(("tb_hanoi_01", true, Linh.Id), (account.AccountName, account.IsActive, account.AssignedStaff.Single().StaffId));
    }

    [Fact]
    public void Changing_an_account_replaces_every_field_and_can_retire_it()
    {
        var account = AnAccount([Linh]);

        account.Change(Actors.Admin, Marketplace.Alibaba1688, "1688_buyer", PaymentKind.BankCard, "Vietcombank •••• 4321", "Thẻ công ty", isActive: false, [Anh]);

        Assert.Equal((Marketplace.Alibaba1688, "1688_buyer", PaymentKind.BankCard), (account.Marketplace, account.AccountName, account.PaymentKind));
        Assert.Equal(("Vietcombank •••• 4321", "Thẻ công ty", false), (account.PaymentAccount, account.Note, account.IsActive));
        Assert.Equal([Anh.Id], account.AssignedStaff.Select(s => s.StaffId));
    }

    [Fact]
    public void A_refused_change_leaves_the_account_as_it_was()
    {
        var account = AnAccount([Linh]);

        AssertInvalid(() => account.Change(Actors.Admin, Marketplace.Tmall, "", PaymentKind.Alipay, "x", null, isActive: false, [Anh]), "accountName");

        Assert.Equal((Marketplace.Taobao, "tb_hanoi_01", true, Linh.Id), (account.Marketplace, account.AccountName, account.IsActive, account.AssignedStaff.Single().StaffId));
    }

    [Theory]
    [MemberData(nameof(NotBuyers))]
    public void Only_ordering_staff_and_order_managers_are_given_an_account(string role)
    {
        var account = AnAccount([]);

        var error = AssertInvalid(() => account.AssignTo(Actors.Admin, [Linh, Buyer("Người khác", role)]), "staffIds");

        Assert.Equal(["must name only ordering staff or order managers"], error.Errors["staffIds"]);
        Assert.Empty(account.AssignedStaff);
    }

    [Fact]
    public void A_disabled_staff_member_is_not_given_an_account()
    {
        var gone = Linh with { Id = Guid.NewGuid(), IsActive = false };

        var error = AssertInvalid(() => AnAccount([gone]), "staffIds");

        Assert.Equal(["must name only active staff"], error.Errors["staffIds"]);
    }

    [Fact]
    public void Assigning_again_keeps_the_staff_who_stay_adds_the_new_and_drops_the_rest_once_each()
    {
        var account = AnAccount([Linh, Anh]);
        var kept = account.AssignedStaff[0];
        var ha = Buyer("Hoàng Thu Hà", Roles.OrderingStaff);

        account.AssignTo(Actors.Admin, [Linh with { Name = "Đỗ Mai Linh (Sale)" }, ha, ha]);

        Assert.Equal([Linh.Id, ha.Id], account.AssignedStaff.Select(s => s.StaffId));
        Assert.Same(kept, account.AssignedStaff[0]);
        Assert.Equal("Đỗ Mai Linh (Sale)", kept.StaffName);
    }

    [Fact]
    public void One_staff_member_may_hold_several_accounts_and_one_account_may_be_shared()
    {
        var taobao = AnAccount([Linh, Anh]);
        var alibaba = BuyingAccount.Create(Actors.Admin, Marketplace.Alibaba1688, "1688_a", PaymentKind.BankCard, "•••• 9876", null, [Linh]);

        Assert.True(taobao.IsUsableBy(Linh.Id) && alibaba.IsUsableBy(Linh.Id));
        Assert.True(taobao.IsUsableBy(Anh.Id));
        Assert.False(alibaba.IsUsableBy(Anh.Id));
    }

    [Fact]
    public void A_retired_account_is_usable_by_nobody()
    {
        var account = AnAccount([Linh]);
        account.Change(Actors.Admin, account.Marketplace, account.AccountName, account.PaymentKind, account.PaymentAccount, null, isActive: false, [Linh]);

        Assert.False(account.IsUsableBy(Linh.Id));
        Assert.Equal(["is not active"], AssertInvalid(() => account.EnsureUsableBy(ActorOf(Linh)), "buyingAccountId").Errors["buyingAccountId"]);
        Assert.Equal(["is not active"], AssertInvalid(() => account.EnsureUsableBy(Actors.OrderManager), "buyingAccountId").Errors["buyingAccountId"]);
    }

    [Fact]
    public void Ordering_staff_buy_only_with_an_account_given_to_them()
    {
        var account = AnAccount([Linh]);
        var other = Actors.OrderingStaff;

        account.EnsureUsableBy(ActorOf(Linh));
        Assert.False(account.IsUsableBy(other.UserId));
        Assert.Equal(["is not assigned to you"], AssertInvalid(() => account.EnsureUsableBy(other), "buyingAccountId").Errors["buyingAccountId"]);
    }

    [Fact]
    public void An_order_manager_or_administrator_may_buy_with_any_active_account()
    {
        var account = AnAccount([Linh]);

        account.EnsureUsableBy(Actors.OrderManager);
        account.EnsureUsableBy(Actors.Admin);
    }

    [Fact]
    public void Staff_who_do_not_buy_may_not_use_an_account() =>
        AssertInvalid(() => AnAccount([Linh]).EnsureUsableBy(Actors.CsStaff), "buyingAccountId");

    [Fact]
    public void Login_names_compare_without_case_or_surrounding_spaces() =>
        Assert.Equal(BuyingAccount.Normalize("Shop_ABC"), BuyingAccount.Normalize(" shop_abc "));

    private static BuyingAccount AnAccount(IReadOnlyCollection<StaffMember> staff) =>
        BuyingAccount.Create(Actors.Admin, Marketplace.Taobao, "tb_hanoi_01", PaymentKind.Alipay, "pay@example.cn", null, staff);

    private static StaffMember Buyer(string name, string role) => new(Guid.NewGuid(), name, new HashSet<string>(StringComparer.Ordinal) { role }, IsActive: true);

    private static Actor ActorOf(StaffMember staff) => new(staff.Id, staff.Name, staff.Roles);
}
