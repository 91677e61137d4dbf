using Ordo.Domain.Money;
using Ordo.Domain.Tests.Money.Builders;

namespace Ordo.Domain.Tests.Money;

public class DiscountCodeTests
{
    public static TheoryData<string?> RefusedCodes =>
        [null, "", "   ", "TET 2026", "GIẢMGIÁ", "TET!", "TET.2026", "50%", "TET/2026", new string('A', 41)];

    public static TheoryData<string, string> Normalized => new()
    {
        { "tet2026", "TET2026" },
        { "  Summer-Sale_10  ", "SUMMER-SALE_10" },
        { "vip-1", "VIP-1" },
        { "A", "A" },
        { new string('a', 40), new string('A', 40) },
    };

    public static TheoryData<DiscountKind, decimal> RefusedValues => new()
    {
        { DiscountKind.Percent, 0m },
        { DiscountKind.Percent, -5m },
        { DiscountKind.Percent, 100.01m },
        { DiscountKind.Percent, 150m },
        { DiscountKind.Percent, 10.005m },
        { DiscountKind.FixedVnd, 0m },
        { DiscountKind.FixedVnd, -50_000m },
        { DiscountKind.FixedVnd, 50_000.5m },
        { (DiscountKind)9, 10m },
    };

    public static TheoryData<DiscountKind, decimal> AcceptedValues => new()
    {
        { DiscountKind.Percent, 0.01m },
        { DiscountKind.Percent, 12.5m },
        { DiscountKind.Percent, 100m },
        { DiscountKind.FixedVnd, 1m },
        { DiscountKind.FixedVnd, 150m },
        { DiscountKind.FixedVnd, 50_000m },
    };

    /// <summary>When, relative to the validity window → usable?</summary>
    public static TheoryData<string, bool> Moments => new()
    {
        { "a second before it starts", false },
        { "the moment it starts", true },
        { "in the middle", true },
        { "the moment it ends", true },
        { "a second after it ends", false },
    };

    public static TheoryData<string> NotAdmin => [Roles.CsManager, Roles.Accountant, Roles.OrderManager, Roles.CsStaff, Roles.Customer];

    [Theory]
    [MemberData(nameof(RefusedCodes))]
    public void A_code_is_1_to_40_ascii_letters_digits_dashes_or_underscores(string? code) =>
        AssertInvalid(() => ADiscountCode.New().Named(code).Build(), "code");

    [Theory]
    [MemberData(nameof(Normalized))]
    public void A_code_is_kept_trimmed_in_upper_case(string typed, string kept)
    {
        Assert.Equal(kept, ADiscountCode.New().Named(typed).Build().Code);
        Assert.Equal(kept, DiscountCode.Normalize(typed));
    }

    [Theory]
    [MemberData(nameof(RefusedValues))]
    public void A_discount_is_a_percent_up_to_100_with_two_decimals_or_a_whole_number_of_dong(DiscountKind kind, decimal value) =>
        AssertInvalid(
            () => DiscountCode.Create(Actors.Admin, "TET2026", kind, value, ADiscountCode.From, ADiscountCode.To, null, null),
            Enum.IsDefined(kind) ? "value" : "kind");

    [Theory]
    [MemberData(nameof(AcceptedValues))]
    public void A_sensible_discount_is_kept(DiscountKind kind, decimal value)
    {
        var code = DiscountCode.Create(Actors.Admin, "TET2026", kind, value, ADiscountCode.From, ADiscountCode.To, null, null);

        Assert.Equal((kind, value), (code.Kind, code.Value));
    }

    [Fact]
    public void A_new_code_is_active_unused_and_keeps_its_terms()
    {
        var code = DiscountCode.Create(Actors.Admin, "TET2026", DiscountKind.FixedVnd, 50_000m, ADiscountCode.From, ADiscountCode.To, 100, 2);

        Assert.True(code.IsActive);
        Assert.Equal(0, code.Uses);
        Assert.Equal((ADiscountCode.From, ADiscountCode.To, (int?)100, (int?)2), (code.ValidFrom, code.ValidTo, code.MaxUses, code.MaxUsesPerCustomer));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_code_must_end_after_it_starts(int hoursAfterStart) =>
        AssertInvalid(() => ADiscountCode.New().ValidBetween(ADiscountCode.From, ADiscountCode.From.AddHours(hoursAfterStart)).Build(), "validTo");

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void Use_limits_are_one_or_more_when_set(int limit)
    {
        AssertInvalid(() => ADiscountCode.New().LimitedTo(limit).Build(), "maxUses");
        AssertInvalid(() => ADiscountCode.New().LimitedTo(null, limit).Build(), "maxUsesPerCustomer");
    }

    [Fact]
    public void Every_broken_term_is_reported_at_once() =>
        AssertInvalid(
            () => DiscountCode.Create(Actors.Admin, "TET2026", DiscountKind.Percent, 0m, ADiscountCode.To, ADiscountCode.From, 0, 0),
            "value", "validTo", "maxUses", "maxUsesPerCustomer");

    [Theory]
    [MemberData(nameof(NotAdmin))]
    public void Only_an_administrator_creates_or_changes_a_code(string role)
    {
        var someone = Actors.Staff("Người khác", role);
        var code = ADiscountCode.PercentOff(10m).Build();

        AssertForbidden(
            () => DiscountCode.Create(someone, "TET2026", DiscountKind.Percent, 10m, ADiscountCode.From, ADiscountCode.To, null, null),
            MoneyErrors.RoleNotAllowed);
        AssertForbidden(
            () => code.Change(someone, DiscountKind.Percent, 90m, ADiscountCode.From, ADiscountCode.To, null, null, isActive: true),
            MoneyErrors.RoleNotAllowed);
        Assert.Equal(10m, code.Value);
    }

    [Fact]
    public void An_administrator_changes_the_terms_but_not_the_code()
    {
        var code = ADiscountCode.PercentOff(10m).Named("TET2026").Build();

        code.Change(Actors.Admin, DiscountKind.FixedVnd, 30_000m, Clock.Now, Clock.Now.AddDays(1), 5, 1, isActive: false);

        Assert.Equal(("TET2026", DiscountKind.FixedVnd, 30_000m), (code.Code, code.Kind, code.Value));
        Assert.Equal((Clock.Now, Clock.Now.AddDays(1), (int?)5, (int?)1, false), (code.ValidFrom, code.ValidTo, code.MaxUses, code.MaxUsesPerCustomer, code.IsActive));
    }

    [Fact]
    public void Changing_a_code_is_validated_like_creating_it()
    {
        var code = ADiscountCode.PercentOff(10m).Build();

        AssertInvalid(() => code.Change(Actors.Admin, DiscountKind.Percent, 101m, ADiscountCode.From, ADiscountCode.To, null, null, isActive: true), "value");
        Assert.Equal(10m, code.Value);
    }

    [Theory]
    [MemberData(nameof(Moments))]
    public void A_code_is_usable_from_its_first_to_its_last_moment(string when, bool usable)
    {
        var from = Clock.Now;
        var to = Clock.Now.AddDays(30);
        var code = ADiscountCode.New().ValidBetween(from, to).Build();
        var now = when switch
        {
            "a second before it starts" => from.AddSeconds(-1),
            "the moment it starts" => from,
            "in the middle" => from.AddDays(15),
            "the moment it ends" => to,
            _ => to.AddSeconds(1),
        };

        var error = Record.Exception(() => code.EnsureUsable(now, customerUses: 0));

        if (usable)
        {
            Assert.Null(error);
        }
        else
        {
            Assert.Equal(DiscountCode.Invalid, Assert.IsType<DomainException>(error).Code);
        }
    }

    [Fact]
    public void A_code_not_valid_yet_or_expired_says_which()
    {
        var code = ADiscountCode.New().Named("TET2026").ValidBetween(Clock.Now, Clock.Now.AddDays(1)).Build();

        Assert.Contains("not valid yet", AssertBrokenRule(() => code.EnsureUsable(Clock.Now.AddDays(-1), 0), DiscountCode.Invalid).Message, StringComparison.Ordinal);
        Assert.Contains("expired", AssertBrokenRule(() => code.EnsureUsable(Clock.Now.AddDays(2), 0), DiscountCode.Invalid).Message, StringComparison.Ordinal);
        Assert.Equal("discountCode", AssertBrokenRule(() => code.EnsureUsable(Clock.Now.AddDays(2), 0), DiscountCode.Invalid).Field);
    }

    [Fact]
    public void A_deactivated_code_is_not_usable()
    {
        var code = ADiscountCode.PercentOff(10m).Build();
        code.Change(Actors.Admin, code.Kind, code.Value, code.ValidFrom, code.ValidTo, code.MaxUses, code.MaxUsesPerCustomer, isActive: false);

        var error = AssertBrokenRule(() => code.EnsureUsable(Clock.Now, 0), DiscountCode.Invalid);

        Assert.Contains("no longer active", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_code_used_as_often_as_allowed_is_used_up()
    {
        var code = ADiscountCode.New().LimitedTo(maxUses: 2).Build();
        code.Redeem(Clock.Now, 0);
        code.EnsureUsable(Clock.Now, 0);
        code.Redeem(Clock.Now, 0);

        var error = AssertBrokenRule(() => code.EnsureUsable(Clock.Now, 0), DiscountCode.Invalid);

        Assert.Contains("used up", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(1, true)]
    [InlineData(2, false)]
    [InlineData(5, false)]
    public void A_customer_uses_a_code_at_most_the_allowed_number_of_times(int customerUses, bool usable)
    {
        var code = ADiscountCode.New().LimitedTo(maxUses: null, maxUsesPerCustomer: 2).Build();

        var error = Record.Exception(() => code.EnsureUsable(Clock.Now, customerUses));

        Assert.Equal(usable, error is null);
        if (!usable)
        {
            Assert.Equal(DiscountCode.Invalid, Assert.IsType<DomainException>(error).Code);
        }
    }

    [Fact]
    public void A_code_without_limits_can_be_used_again_and_again()
    {
        var code = ADiscountCode.New().Build();

        for (var i = 0; i < 50; i++)
        {
            code.Redeem(Clock.Now, customerUses: i);
        }

        Assert.Equal(50, code.Uses);
    }

    [Fact]
    public void Redeeming_counts_a_use_and_refuses_past_the_limit()
    {
        var code = ADiscountCode.New().LimitedTo(maxUses: 3).Build();

        code.Redeem(Clock.Now, 0);
        code.Redeem(Clock.Now, 0);
        code.Redeem(Clock.Now, 0);

        AssertBrokenRule(() => code.Redeem(Clock.Now, 0), DiscountCode.Invalid);
        Assert.Equal(3, code.Uses);
    }

    [Fact]
    public void Redeeming_refuses_a_customer_past_their_own_limit_without_counting()
    {
        var code = ADiscountCode.New().LimitedTo(maxUses: 10, maxUsesPerCustomer: 1).Build();

        AssertBrokenRule(() => code.Redeem(Clock.Now, customerUses: 1), DiscountCode.Invalid);
        Assert.Equal(0, code.Uses);
    }

    [Fact]
    public void Redeeming_an_expired_code_is_refused() =>
        AssertBrokenRule(() => ADiscountCode.New().Build().Redeem(ADiscountCode.To.AddTicks(1), 0), DiscountCode.Invalid);
}
