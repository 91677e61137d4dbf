using Ordo.Domain.Money;

namespace Ordo.Domain.Tests.Money;

public class CustomerTermsTests
{
    private static readonly Guid Customer = Guid.CreateVersion7();
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    public static TheoryData<decimal> RefusedPercents => [-0.01m, 100.01m, 1.255m];

    public static TheoryData<string> NotAdmin => [Roles.CsManager, Roles.Accountant, Roles.CsStaff, Roles.Customer];

    [Theory]
    [MemberData(nameof(RefusedPercents))]
    public void An_agreed_fee_outside_0_to_100_or_with_more_than_two_decimals_is_refused(decimal percent) =>
        AssertInvalid(() => CustomerTerms.Of(null, percent, null), "serviceFeePercent");

    public static TheoryData<decimal?> AcceptedPercents => [null, 0m, 1.25m, 100m];

    [Theory]
    [MemberData(nameof(AcceptedPercents))]
    public void No_fee_or_a_fee_from_0_to_100_is_accepted(decimal? percent) =>
        Assert.Equal(percent, CustomerTerms.Of(null, percent, null).ServiceFeePercent);

    [Fact]
    public void A_change_records_who_when_before_and_after_and_the_next_version()
    {
        var tier = Guid.CreateVersion7();
        var group = Guid.CreateVersion7();
        var before = CustomerTerms.Of(tier, null, null);

        var change = CustomerTermsChange.Record(Actors.Admin, Customer, 3, before, CustomerTerms.Of(tier, 2.5m, group), Now)!;

        Assert.Equal((Customer, 4, Now, Actors.Admin.UserId, Actors.Admin.Name), (change.CustomerId, change.Version, change.ChangedAt, change.ChangedById, change.ChangedByName));
        Assert.Equal((tier, tier), (change.PreviousLoyaltyTierId, change.LoyaltyTierId));
        Assert.Equal((null, 2.5m), (change.PreviousServiceFeePercent, change.ServiceFeePercent));
        Assert.Equal((null, group), (change.PreviousCustomerGroupId, change.CustomerGroupId));
    }

    [Fact]
    public void Setting_the_same_terms_again_records_nothing()
    {
        var terms = CustomerTerms.Of(Guid.CreateVersion7(), 2m, null);

        Assert.Null(CustomerTermsChange.Record(Actors.Admin, Customer, 1, terms, terms with { ServiceFeePercent = 2.00m }, Now));
    }

    [Theory]
    [MemberData(nameof(NotAdmin))]
    public void Only_an_administrator_changes_a_customers_terms(string role) =>
        AssertForbidden(() => CustomerTermsChange.Record(Actors.Staff("Người khác", role), Customer, 0, CustomerTerms.None, CustomerTerms.Of(null, 1m, null), Now), MoneyErrors.RoleNotAllowed);
}
