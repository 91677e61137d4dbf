using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Playwright;
using Ordo.Browser.Tests.Infrastructure;
using Ordo.Browser.Tests.Pages;

namespace Ordo.Browser.Tests.Money;

[Collection(BrowserTestGroup.Name)]
public sealed class WalletStatementExportTests(BrowserFixture browser)
{
    private const decimal TopUp = 1_000_000m;

    [Fact]
    public Task The_statement_export_downloads_a_workbook_with_the_movements_shown_on_screen() =>
        browser.RunAsync("statement-export-en", async page =>
        {
            var t = Texts.For("en");
            var m = MoneyTexts.For("en");
            var account = new AccountPages(page, t);
            var wallet = new WalletPage(page, m);
            using var api = new OrdoApi(browser.Server.BaseAddress);
            var customer = await api.NewCustomerAsync("Châu Văn Sao Kê");
            var (order, deposited) = await api.DepositedOrderAsync(customer, unitPriceCny: 100m, topUpVnd: TopUp);

            await account.OpenSignInAsync();
            await account.SignInAsync(customer.Email, customer.Password);
            await new MoneyPages(page, m).OpenFromNavAsync(m.Wallet);
            await Assertions.Expect(wallet.Lines).ToHaveCountAsync(2);
            await Assertions.Expect(wallet.Line(m.TopUpKind)).ToContainTextAsync(m.SignedVnd(TopUp));
            await Assertions.Expect(wallet.OrderLine(order.Code)).ToContainTextAsync(m.DepositKind);
            await Assertions.Expect(wallet.OrderLine(order.Code)).ToContainTextAsync(m.SignedVnd(-deposited.DepositVnd));

            var download = await wallet.ExportAsync();

            Assert.EndsWith(".xlsx", download.SuggestedFilename, StringComparison.Ordinal);
            var rows = ReadRows(await File.ReadAllBytesAsync(await download.PathAsync()));
            Assert.Equal(["Date (UTC)", "Kind", "Description", "Order", "Amount (VND)", "Balance (VND)"], rows[0]);
            var movements = rows.Skip(1).Select(r => (Kind: r[1], Order: r[3], Amount: Number(r[4]), Balance: Number(r[5]))).OrderBy(r => r.Balance).ToList();
            Assert.Equal(
                [("Deposit", order.Code, -deposited.DepositVnd, TopUp - deposited.DepositVnd), ("TopUp", string.Empty, TopUp, TopUp)],
                movements);
        });

    private static decimal Number(string text) => decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static List<string[]> ReadRows(byte[] workbook)
    {
        using var stream = new MemoryStream(workbook);
        using var document = SpreadsheetDocument.Open(stream, false);
        var part = document.WorkbookPart!;
        var shared = part.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        var sheet = part.WorksheetParts.First().Worksheet;
        return [.. sheet.Descendants<Row>().Select(row => Cells(row, shared))];
    }

    /// <summary>A row's cells in column order, empty strings for the cells the file leaves out.</summary>
    private static string[] Cells(Row row, List<string> shared)
    {
        var cells = new string[6];
        Array.Fill(cells, string.Empty);
        foreach (var cell in row.Elements<Cell>())
        {
            var column = cell.CellReference?.Value is { } reference ? reference[0] - 'A' : Array.IndexOf(cells, string.Empty);
            cells[column] = cell.DataType?.Value == CellValues.SharedString
                ? shared[int.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture)]
                : cell.DataType?.Value == CellValues.InlineString ? cell.InnerText : cell.CellValue?.Text ?? string.Empty;
        }

        return cells;
    }
}
