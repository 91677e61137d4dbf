using System.Net;
using System.Text;
using Ordo.Api.Tests.Hosting;
using Ordo.Api.Tests.Support;
using Ordo.Application.Money;
using Ordo.Domain.Money;

namespace Ordo.Api.Tests.Money;

/// <summary>Bank statements imported by the accountant: each line credits its customer once, however often and however simultaneously it is imported.</summary>
public abstract class BankStatementImportTests(OrdoApp app) : ApiTest(app)
{
    private const string Header = "Ngày,Số tiền,Nội dung,Mã giao dịch";

    private Task<ApiUser> AccountantAsync() => App.DemoUserAsync("accountant@ordo.test");

    [Fact]
    public async Task Simultaneous_imports_of_the_same_statement_credit_each_line_once()
    {
        var (customer, code) = await NewCustomerWithCodeAsync();
        var accountant = await AccountantAsync();
        await customer.RequestTopUpAsync(500_000m);
        var file = Statement(
            $"23/11/2026,500000,{code} nap vi Ordo,{NewReference()}",
            $"24/11/2026,300000,{code} nap them,",
            $"25/11/2026,200000,CK {code},{NewReference()}");

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => accountant.TryImportStatementAsync("sao-ke.csv", file)));

        var results = await Task.WhenAll(responses.Select(r => r.ReadAsync<ImportBankStatement.Result>()));
        Assert.Equal(3, results.Sum(r => r.Confirmed + r.Created));
        Assert.Equal(3 * 3, results.Sum(r => r.AlreadyImported));
        Assert.Equal(1_000_000m, await customer.BalanceAsync());
        Assert.Equal(3, (await customer.StatementAsync()).Lines.Count(l => l.Kind == JournalEntryKind.TopUp));
        Assert.All((await customer.TopUpsAsync()).Items, t => Assert.Equal(TopUpStatus.Confirmed, t.Status));
        await accountant.BooksShouldBalanceAsync();
    }

    [Fact]
    public async Task Two_equal_transfers_without_a_reference_are_two_top_ups_and_importing_again_finds_both()
    {
        var (customer, code) = await NewCustomerWithCodeAsync();
        var accountant = await AccountantAsync();
        var file = Statement($"24/11/2026,300000,{code} nap vi,", $"24/11/2026,300000,{code} nap vi,");

        var first = await (await accountant.TryImportStatementAsync("sao-ke.csv", file)).ReadAsync<ImportBankStatement.Result>();
        var again = await (await accountant.TryImportStatementAsync("sao-ke.csv", file)).ReadAsync<ImportBankStatement.Result>();

        Assert.Equal((2, 0), (first.Created, first.AlreadyImported));
        Assert.Equal((0, 2), (again.Created, again.AlreadyImported));
        Assert.Equal(600_000m, await customer.BalanceAsync());
    }

    [Fact]
    public async Task Two_lines_of_one_customer_and_amount_confirm_the_pending_top_up_and_record_another()
    {
        var (customer, code) = await NewCustomerWithCodeAsync();
        var accountant = await AccountantAsync();
        var pending = await customer.RequestTopUpAsync(400_000m);

        var response = await accountant.TryImportStatementAsync("sao-ke.csv", Statement(
            $"24/11/2026,400000,{code} nap vi,{NewReference()}",
            $"25/11/2026,400000,{code} nap vi,{NewReference()}"));

        var result = await response.ReadAsync<ImportBankStatement.Result>();
        Assert.Equal((1, 1), (result.Confirmed, result.Created));
        Assert.Equal(pending.Id, result.Lines.Single(l => l.Outcome == "confirmed").TopUpId);
        Assert.Equal(800_000m, await customer.BalanceAsync());
        await accountant.BooksShouldBalanceAsync();
    }

    [Fact]
    public async Task A_longer_number_after_KH_is_not_the_customer_code_it_starts_with()
    {
        var (customer, code) = await NewCustomerWithCodeAsync();
        var accountant = await AccountantAsync();

        var response = await accountant.TryImportStatementAsync("sao-ke.csv", Statement(
            $"24/11/2026,250000,{code}7 nap vi,{NewReference()}",
            $"24/11/2026,150000,NAPTIEN{code}.CT,{NewReference()}"));

        var result = await response.ReadAsync<ImportBankStatement.Result>();
        var unmatched = Assert.Single(result.Lines, l => l.Outcome == "unmatched");
        Assert.Equal($"{code}7", unmatched.CustomerCode);
        Assert.Equal(code, Assert.Single(result.Lines, l => l.Outcome == "created").CustomerCode);
        Assert.Equal(150_000m, await customer.BalanceAsync());
    }

    private static byte[] Statement(params string[] lines) => Encoding.UTF8.GetBytes(string.Join('\n', [Header, .. lines]));

    private static string NewReference() => $"FT{Guid.NewGuid():N}"[..16];

    public sealed class OnSqlite(SqliteApp app) : BankStatementImportTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : BankStatementImportTests(app), IClassFixture<PostgresApp>;
}
