using System.Globalization;
using Ordo.Api.Tests.Hosting;
using Ordo.Api.Tests.Support;
using Ordo.Application.Money;
using Ordo.Domain.Money;

namespace Ordo.Api.Tests.Money;

/// <summary>The money books are paged by the database, newest first; the running balance goes on from one page to the next.</summary>
public abstract class MoneyBookPagingTests(OrdoApp app) : ApiTest(app)
{
    [Fact]
    public async Task The_vn_book_of_a_period_pages_newest_first_with_the_balance_running_on_across_pages()
    {
        var customer = await NewCustomerAsync();
        var accountant = await App.DemoUserAsync("accountant@ordo.test");
        // A period of its own, long past, that no other test posts in.
        var start = new DateTimeOffset(1995, 1, 1, 0, 0, 0, TimeSpan.Zero).AddDays(Random.Shared.Next(0, 3_000));
        var movements = Enumerable.Range(0, 17).Select(i => i % 5 == 4 ? -300_000m : 100_000m * (i + 1)).ToList();
        await App.PostAsync(movements.Select((amount, i) => amount > 0
            ? (JournalEntryKind.TopUp, Postings.TopUp(customer.Id, Domain.Money.Money.Vnd(amount), atOffice: i % 2 == 0), start.AddMinutes(i))
            : (JournalEntryKind.Withdrawal, Postings.Withdraw(customer.Id, Domain.Money.Money.Vnd(-amount)), start.AddMinutes(i))));
        var period = $"from={Query(start)}&to={Query(start.AddMinutes(16))}";
        var before = await accountant.GetAsync<LedgerReports.MoneyBook>($"/api/money-books/vn?to={Query(start.AddSeconds(-1))}&pageSize=1");

        var pages = new List<LedgerReports.MoneyBook>();
        for (var page = 1; page <= 4; page++)
        {
            pages.Add(await accountant.GetAsync<LedgerReports.MoneyBook>($"/api/money-books/vn?{period}&page={page}&pageSize=5"));
        }

        var opening = before.Closing;
        Assert.All(pages, p => Assert.Equal((17, opening, opening + movements.Sum(), 5), (p.Total, p.Opening, p.Closing, p.PageSize)));
        Assert.Equal((movements.Where(m => m > 0).Sum(), -movements.Where(m => m < 0).Sum()), (pages[0].TotalIn, pages[0].TotalOut));
        Assert.Equal([5, 5, 5, 2], pages.Select(p => p.Lines.Count));
        Assert.Empty((await accountant.GetAsync<LedgerReports.MoneyBook>($"/api/money-books/vn?{period}&page=5&pageSize=5")).Lines);
        var lines = pages.SelectMany(p => p.Lines).ToList();
        Assert.Equal(Enumerable.Reverse(movements), lines.Select(l => l.In - l.Out));
        Assert.Equal(opening + movements.Sum(), lines[0].Balance);
        for (var i = 1; i < lines.Count; i++)
        {
            Assert.Equal(lines[i - 1].Balance - (lines[i - 1].In - lines[i - 1].Out), lines[i].Balance);
        }

        Assert.Equal(opening + movements[0], lines[^1].Balance);
    }

    [Fact]
    public async Task The_trial_balance_sums_to_zero_in_every_currency_with_debits_equal_to_credits()
    {
        var customer = await NewCustomerAsync();
        await App.PostAsync(Enumerable.Range(1, 40).Select(i =>
            (JournalEntryKind.Adjustment, Postings.Adjust(customer.Id, Domain.Money.Money.Vnd(i * 1_000m)), DateTimeOffset.UtcNow)));

        var trial = await (await App.DemoUserAsync("accountant@ordo.test")).TrialBalanceAsync();

        Assert.All(trial.SumOfLines, s => Assert.Equal(0m, s.Value));
        Assert.All(trial.Accounts.GroupBy(a => a.Currency), g => Assert.Equal(g.Sum(a => a.Debit), g.Sum(a => a.Credit)));
        Assert.True(trial.Accounts.Single(a => a.Account == LedgerAccountKind.Adjustments && a.Currency == Currency.VND).Debit >= Enumerable.Range(1, 40).Sum(i => i * 1_000m));
    }

    private static string Query(DateTimeOffset at) => Uri.EscapeDataString(at.ToString("O", CultureInfo.InvariantCulture));

    public sealed class OnSqlite(SqliteApp app) : MoneyBookPagingTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : MoneyBookPagingTests(app), IClassFixture<PostgresApp>;
}
