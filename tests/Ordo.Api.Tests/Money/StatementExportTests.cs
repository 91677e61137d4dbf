using Ordo.Api.Tests.Hosting;
using Ordo.Api.Tests.Support;
using Ordo.Application.Money;

namespace Ordo.Api.Tests.Money;

/// <summary>The wallet statement leaves Ordo as a real .xlsx workbook, read back here with a second library (Open XML SDK).</summary>
public abstract class StatementExportTests(OrdoApp app) : ApiTest(app)
{
    [Fact]
    public async Task The_wallet_statement_exports_to_a_workbook_with_every_movement_and_the_running_balance()
    {
        var customer = await NewCustomerAsync();
        var accountant = await App.DemoUserAsync("accountant@ordo.test");
        await customer.TopUpAsync(accountant, 1_000_000m);
        var withdrawal = await (await customer.PostAsync("/api/wallet/withdrawals", new Withdrawals.RequestCommand(400_000m, "Vietcombank 0123456789")))
            .ReadAsync<Withdrawals.WithdrawalDto>(System.Net.HttpStatusCode.Created);
        await (await accountant.PostAsync($"/api/withdrawals/{withdrawal.Id}/pay")).ReadAsync<Withdrawals.WithdrawalDto>();

        var response = await customer.Http.GetAsync("/api/wallet/statement.xlsx");

        response.EnsureSuccessStatusCode();
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        var sheets = WorkbookReader.Read(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        Assert.Equal(["Statement", "Summary"], sheets.Select(s => s.Name));
        var rows = sheets[0].Rows;
        Assert.Equal(["Date (UTC)", "Kind", "Description", "Order", "Amount (VND)", "Balance (VND)"], rows[0]);
        Assert.Equal(3, rows.Count);
        Assert.Equal(("TopUp", 1_000_000m, 1_000_000m), (rows[1][1], WorkbookReader.Number(rows[1][4]), WorkbookReader.Number(rows[1][5])));
        Assert.Equal(("Withdrawal", -400_000m, 600_000m), (rows[2][1], WorkbookReader.Number(rows[2][4]), WorkbookReader.Number(rows[2][5])));
    }

    public sealed class OnSqlite(SqliteApp app) : StatementExportTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : StatementExportTests(app), IClassFixture<PostgresApp>;
}
