using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using MiniExcelLibs;
using Ordo.Api.Tests.Hosting;
using Ordo.Api.Tests.Support;
using Ordo.Application.Common;
using Ordo.Application.Identity;
using Ordo.Application.Money;
using Ordo.Domain.Money;

namespace Ordo.Api.Tests.Money;

/// <summary>Money in and out of wallets outside orders: withdrawals, bank statement imports, and the administrator's corrections.</summary>
public abstract class WalletOperationsTests(OrdoApp app) : ApiTest(app)
{
    private const string TrialBalance = "/api/ledger/trial-balance";

    protected Task<ApiUser> AccountantAsync() => App.DemoUserAsync("accountant@ordo.test");

    private static Task<HttpResponseMessage> TryImportAsync(ApiUser accountant, string fileName, byte[] content) =>
        accountant.TryImportStatementAsync(fileName, content);

    [Fact]
    public async Task A_withdrawal_beyond_the_balance_is_refused_and_a_paid_one_debits_the_wallet()
    {
        var customer = await NewCustomerAsync();
        var accountant = await AccountantAsync();
        await customer.TopUpAsync(accountant, 1_000_000m);
        var wallet = await customer.SnapshotAsync(MoneyApi.Statement);

        var tooMuch = await customer.PostAsync("/api/wallet/withdrawals", new Withdrawals.RequestCommand(1_000_001m, "Vietcombank 0123456789 NGUYEN VAN TEST"));

        await tooMuch.ShouldBeProblemAsync(HttpStatusCode.Conflict, MoneyErrors.InsufficientFunds);
        await customer.ShouldStillSeeAsync(wallet);
        Assert.Empty((await customer.GetAsync<PagedResult<Withdrawals.WithdrawalDto>>("/api/withdrawals")).Items);

        var withdrawal = await (await customer.PostAsync("/api/wallet/withdrawals", new Withdrawals.RequestCommand(400_000m, "Vietcombank 0123456789 NGUYEN VAN TEST")))
            .ReadAsync<Withdrawals.WithdrawalDto>(HttpStatusCode.Created);
        Assert.Equal(1_000_000m, await customer.BalanceAsync());
        var paid = await (await accountant.PostAsync($"/api/withdrawals/{withdrawal.Id}/pay")).ReadAsync<Withdrawals.WithdrawalDto>();

        Assert.Equal(PaymentStatus.Paid, paid.Status);
        Assert.Equal(600_000m, await customer.BalanceAsync());
        var line = (await customer.StatementAsync()).Lines[0];
        Assert.Equal((JournalEntryKind.Withdrawal, -400_000m, 600_000m), (line.Kind, line.AmountVnd, line.BalanceVnd));
        await accountant.BooksShouldBalanceAsync();
    }

    [Fact]
    public async Task An_imported_csv_statement_confirms_the_customers_top_up_once_and_lists_unknown_codes()
    {
        var (customer, code) = await NewCustomerWithCodeAsync();
        var accountant = await AccountantAsync();
        var pending = await customer.RequestTopUpAsync(500_000m);
        var reference = $"FT{Guid.NewGuid():N}"[..16];
        var csv = $"""
            Ngày,Số tiền,Nội dung,Mã giao dịch
            23/11/2026,500000,{code} nap vi Ordo,{reference}
            23/11/2026,750000,KH999999 nap tien,{reference}X
            """;
        var file = Encoding.UTF8.GetBytes(csv);

        var first = await (await TryImportAsync(accountant, "sao-ke.csv", file)).ReadAsync<ImportBankStatement.Result>();

        Assert.Equal((1, 0, 1, 0), (first.Confirmed, first.Created, first.Unmatched, first.AlreadyImported));
        Assert.Equal(pending.Id, first.Lines.Single(l => l.Outcome == "confirmed").TopUpId);
        Assert.Equal("KH999999", first.Lines.Single(l => l.Outcome == "unmatched").CustomerCode);
        Assert.Equal(500_000m, await customer.BalanceAsync());
        Assert.Equal(TopUpStatus.Confirmed, Assert.Single((await customer.TopUpsAsync()).Items).Status);
        var wallet = await customer.SnapshotAsync(MoneyApi.Statement);
        var ledger = await accountant.SnapshotAsync(TrialBalance);

        var again = await (await TryImportAsync(accountant, "sao-ke.csv", file)).ReadAsync<ImportBankStatement.Result>();

        Assert.Equal((0, 0, 1, 1), (again.Confirmed, again.Created, again.Unmatched, again.AlreadyImported));
        await customer.ShouldStillSeeAsync(wallet);
        await accountant.ShouldStillSeeAsync(ledger);
    }

    [Fact]
    public async Task An_imported_xlsx_statement_creates_and_confirms_a_top_up_nobody_announced()
    {
        var (customer, code) = await NewCustomerWithCodeAsync();
        var accountant = await AccountantAsync();
        var rows = new[]
        {
            new Dictionary<string, object> { ["Ngày"] = "23/11/2026", ["Số tiền"] = 1_200_000m, ["Nội dung"] = $"{code.ToLowerInvariant()} chuyen tien", ["Mã giao dịch"] = $"FT{Guid.NewGuid():N}"[..16] },
        };
        using var xlsx = new MemoryStream();
        xlsx.SaveAs(rows);

        var result = await (await TryImportAsync(accountant, "statement.xlsx", xlsx.ToArray())).ReadAsync<ImportBankStatement.Result>();

        Assert.Equal((0, 1, 0), (result.Confirmed, result.Created, result.Unmatched));
        Assert.Equal(1_200_000m, await customer.BalanceAsync());
        var topUp = Assert.Single((await customer.TopUpsAsync()).Items);
        Assert.Equal((TopUpStatus.Confirmed, 1_200_000m), (topUp.Status, topUp.ReceivedVnd));
        await accountant.BooksShouldBalanceAsync();
    }

    [Fact]
    public async Task A_statement_that_is_not_xlsx_or_csv_is_refused()
    {
        var accountant = await AccountantAsync();
        var ledger = await accountant.SnapshotAsync(TrialBalance);

        var response = await TryImportAsync(accountant, "sao-ke.txt", Encoding.UTF8.GetBytes("Ngày,Số tiền,Nội dung\n23/11/2026,500000,KH000001"));

        await response.ShouldBeInvalidAsync("file");
        await accountant.ShouldStillSeeAsync(ledger);
    }

    [Fact]
    public async Task An_administrators_adjustment_moves_the_wallet_and_its_reversal_restores_it_once()
    {
        var admin = await AdminAsync();
        var accountant = await AccountantAsync();
        var customer = await NewCustomerAsync();
        await customer.TopUpAsync(accountant, 100_000m);

        var credit = await (await admin.PostAsync("/api/ledger/adjustments", new WalletAdjustments.AdjustCommand(customer.Id, 50_000m, "Bồi thường hàng lỗi")))
            .ReadAsync<WalletAdjustments.EntryDto>();
        Assert.Equal(150_000m, await customer.BalanceAsync());
        var debit = await (await admin.PostAsync("/api/ledger/adjustments", new WalletAdjustments.AdjustCommand(customer.Id, -30_000m, "Thu phí lưu kho")))
            .ReadAsync<WalletAdjustments.EntryDto>();
        Assert.Equal(120_000m, await customer.BalanceAsync());

        var reversal = await (await admin.PostAsync($"/api/ledger/entries/{credit.Id}/reverse", new WalletAdjustments.ReverseCommand("Nhập nhầm"))).ReadAsync<WalletAdjustments.EntryDto>();

        Assert.Equal((JournalEntryKind.Reversal, credit.Id), (reversal.Kind, reversal.ReversesId));
        Assert.Equal(70_000m, await customer.BalanceAsync());
        var wallet = await customer.SnapshotAsync(MoneyApi.Statement);
        var ledger = await accountant.SnapshotAsync(TrialBalance);

        var twice = await admin.PostAsync($"/api/ledger/entries/{credit.Id}/reverse", new WalletAdjustments.ReverseCommand("Lần nữa"));
        var ofReversal = await admin.PostAsync($"/api/ledger/entries/{reversal.Id}/reverse", new WalletAdjustments.ReverseCommand("Đảo ngược"));

        await twice.ShouldBeProblemAsync(HttpStatusCode.Conflict, JournalEntry.AlreadyReversed);
        await ofReversal.ShouldBeProblemAsync(HttpStatusCode.Conflict, JournalEntry.AlreadyReversed);
        await customer.ShouldStillSeeAsync(wallet);
        await accountant.ShouldStillSeeAsync(ledger);
        Assert.NotEqual(credit.Id, debit.Id);
        await accountant.BooksShouldBalanceAsync();
    }

    [Fact]
    public async Task Only_an_administrator_adjusts_a_wallet()
    {
        var accountant = await AccountantAsync();
        var customer = await NewCustomerAsync();
        var wallet = await customer.SnapshotAsync(MoneyApi.Statement);

        var response = await accountant.PostAsync("/api/ledger/adjustments", new WalletAdjustments.AdjustCommand(customer.Id, 50_000m, "Thử"));

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await customer.ShouldStillSeeAsync(wallet);
    }

    public sealed class OnSqlite(SqliteApp app) : WalletOperationsTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : WalletOperationsTests(app), IClassFixture<PostgresApp>;
}
