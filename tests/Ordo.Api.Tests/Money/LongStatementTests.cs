using System.Globalization;
using Ordo.Api.Tests.Hosting;
using Ordo.Api.Tests.Support;
using Ordo.Application.Money;
using Ordo.Domain.Money;

namespace Ordo.Api.Tests.Money;

/// <summary>
/// A wallet with more movements than any page: the JSON statement reads one page at a time, the workbook every
/// movement of the period, and both agree with each other and with the wallet's balance.
/// </summary>
public abstract class LongStatementTests(OrdoApp app) : ApiTest(app)
{
    private static readonly string[] BoundedShapes = ["count(", "sum(", "limit "];

    private static readonly DateTimeOffset Start = new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_statement_of_ten_thousand_and_fifty_lines_exports_every_line_oldest_first_and_agrees_with_its_pages_and_the_wallet()
    {
        var customer = await NewCustomerAsync();
        var amounts = Enumerable.Range(0, 10_050).Select(i => i % 3 == 2 ? -1_000m : 2_000m + i).ToList();
        await App.PostAsync(amounts.Select((amount, i) => Adjustment(customer.Id, amount, At(i))));

        var response = await customer.Http.GetAsync("/api/wallet/statement.xlsx");

        response.EnsureSuccessStatusCode();
        var sheets = WorkbookReader.Read(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var rows = sheets[0].Rows.Skip(1).ToList();
        Assert.Equal(amounts.Count, rows.Count);
        Assert.Equal(amounts.Order(), rows.Select(r => WorkbookReader.Number(r[4])).Order());
        Assert.Equal((amounts[0], amounts[0]), (WorkbookReader.Number(rows[0][4]), WorkbookReader.Number(rows[0][5])));
        Assert.Equal((amounts[^1], amounts.Sum()), (WorkbookReader.Number(rows[^1][4]), WorkbookReader.Number(rows[^1][5])));
        for (var i = 1; i < rows.Count; i++)
        {
            Assert.Equal(WorkbookReader.Number(rows[i - 1][5]) + WorkbookReader.Number(rows[i][4]), WorkbookReader.Number(rows[i][5]));
            Assert.True(double.Parse(rows[i - 1][0], CultureInfo.InvariantCulture) <= double.Parse(rows[i][0], CultureInfo.InvariantCulture), $"row {i} is older than the one before");
        }

        var pages = new List<WalletQueries.StatementLine>();
        WalletQueries.Statement page;
        var number = 1;
        do
        {
            page = await customer.GetAsync<WalletQueries.Statement>($"/api/wallet/statement?page={number++}&pageSize={WalletQueries.MaxPageSize}");
            Assert.Equal((amounts.Count, amounts.Sum()), (page.Total, page.ClosingBalanceVnd));
            pages.AddRange(page.Lines);
        }
        while (page.Lines.Count == WalletQueries.MaxPageSize);

        pages.Reverse();
        Assert.Equal(rows.Select(r => (WorkbookReader.Number(r[4]), WorkbookReader.Number(r[5]))), pages.Select(l => (l.AmountVnd, l.BalanceVnd)));
        Assert.Equal(amounts.Sum(), await customer.BalanceAsync());
        Assert.Equal(amounts.Sum(), WorkbookReader.Number(sheets[1].Rows.Single(r => r[0] == "Closing balance (VND)")[1]));
        await OnlyThePageIsReadAsync(customer);
    }

    [Fact]
    public async Task A_period_opens_with_the_balance_before_it_closes_with_the_balance_at_its_end_and_a_page_past_its_end_is_empty()
    {
        var customer = await NewCustomerAsync();
        var amounts = Enumerable.Range(0, 30).Select(i => i % 4 == 3 ? -500m : 1_000m * (i + 1)).ToList();
        await App.PostAsync(amounts.Select((amount, i) => Adjustment(customer.Id, amount, At(i))));
        var period = $"from={Query(At(10))}&to={Query(At(19))}";

        var first = await customer.GetAsync<WalletQueries.Statement>($"/api/wallet/statement?{period}&page=1&pageSize=4");
        var past = await customer.GetAsync<WalletQueries.Statement>($"/api/wallet/statement?{period}&page=4&pageSize=4");
        var export = WorkbookReader.Read(new MemoryStream(await (await customer.Http.GetAsync($"/api/wallet/statement.xlsx?{period}")).Content.ReadAsByteArrayAsync()));

        var (opening, closing) = (amounts.Take(10).Sum(), amounts.Take(20).Sum());
        Assert.Equal((opening, closing, 10), (first.OpeningBalanceVnd, first.ClosingBalanceVnd, first.Total));
        Assert.Equal([(amounts[19], closing), (amounts[18], closing - amounts[19])], first.Lines.Take(2).Select(l => (l.AmountVnd, l.BalanceVnd)));
        Assert.Empty(past.Lines);
        Assert.Equal((opening, closing, 10, 4), (past.OpeningBalanceVnd, past.ClosingBalanceVnd, past.Total, past.Page));
        var rows = export[0].Rows.Skip(1).ToList();
        Assert.Equal(10, rows.Count);
        Assert.Equal((amounts[10], opening + amounts[10]), (WorkbookReader.Number(rows[0][4]), WorkbookReader.Number(rows[0][5])));
        Assert.Equal(closing, WorkbookReader.Number(rows[^1][5]));
        Assert.Equal(opening, WorkbookReader.Number(export[1].Rows.Single(r => r[0] == "Opening balance (VND)")[1]));
    }

    [Fact]
    public async Task A_statement_page_larger_than_the_cap_is_refused_on_page_size()
    {
        var customer = await NewCustomerAsync();

        var response = await customer.GetAsync($"/api/wallet/statement?pageSize={WalletQueries.MaxPageSize + 1}");

        await response.ShouldBeInvalidAsync("pageSize");
    }

    /// <summary>A page's every query of the journal is an aggregate or a limited read: the database never hands over the whole account.</summary>
    private async Task OnlyThePageIsReadAsync(ApiUser customer)
    {
        var probe = Guid.NewGuid().ToString("N");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/wallet/statement?page=3&pageSize=50");
        request.Headers.Add(CommandCounter.Header, probe);
        (await customer.Http.SendAsync(request)).EnsureSuccessStatusCode();

        var reads = App.Commands.Of(probe).Where(c => c.Contains("JournalLines", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(reads);
        Assert.All(reads, c => Assert.True(
            BoundedShapes.Any(shape => c.Contains(shape, StringComparison.OrdinalIgnoreCase)),
            $"a read of the whole journal:\n{c}"));
    }

    /// <summary>Every entry a second apart, but pairs share an instant, so the line id must order them the same way everywhere.</summary>
    private static DateTimeOffset At(int i) => Start.AddSeconds(i % 10 == 5 ? i - 1 : i);

    private static string Query(DateTimeOffset at) => Uri.EscapeDataString(at.ToString("O", CultureInfo.InvariantCulture));

    private static (JournalEntryKind, IReadOnlyList<(LedgerAccount, Domain.Money.Money)>, DateTimeOffset) Adjustment(Guid customerId, decimal amount, DateTimeOffset at) =>
        (JournalEntryKind.Adjustment, Postings.Adjust(customerId, Domain.Money.Money.Vnd(amount)), at);

    public sealed class OnSqlite(SqliteApp app) : LongStatementTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : LongStatementTests(app), IClassFixture<PostgresApp>;
}
