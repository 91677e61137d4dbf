using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
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
        var rows = ReadRows(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(["Date (UTC)", "Kind", "Description", "Order", "Amount (VND)", "Balance (VND)"], rows[0]);
        Assert.Equal(3, rows.Count);
        Assert.Equal(("TopUp", 1_000_000m, 1_000_000m), (rows[1][1], Number(rows[1][4]), Number(rows[1][5])));
        Assert.Equal(("Withdrawal", -400_000m, 600_000m), (rows[2][1], Number(rows[2][4]), Number(rows[2][5])));
    }

    private static decimal Number(string text) => decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static List<string[]> ReadRows(byte[] workbook)
    {
        using var stream = new MemoryStream(workbook);
        using var document = SpreadsheetDocument.Open(stream, false);
        var part = document.WorkbookPart!;
        var shared = part.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        var sheet = part.WorksheetParts.First().Worksheet;
        return [.. sheet.Descendants<Row>().Select(row => row.Elements<Cell>().Select(cell => cell.DataType?.Value == CellValues.SharedString
            ? shared[int.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture)]
            : cell.DataType?.Value == CellValues.InlineString ? cell.InnerText : cell.CellValue?.Text ?? string.Empty).ToArray())];
    }

    public sealed class OnSqlite(SqliteApp app) : StatementExportTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : StatementExportTests(app), IClassFixture<PostgresApp>;
}
