using Ordo.Api.Tests.Support;
using Ordo.Application.Money;
using Ordo.Domain.Money;
using Ordo.Infrastructure.Money;

namespace Ordo.Api.Tests.Money;

/// <summary>A statement longer than a sheet goes on in the next sheet, every movement once, in order (a small limit stands for Excel's).</summary>
public sealed class StatementSheetRolloverTests
{
    [Fact]
    public async Task Movements_past_a_sheets_row_limit_go_on_in_the_next_sheet_in_order_with_a_summary_at_the_end()
    {
        var start = new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);
        var lines = Enumerable.Range(1, 7)
            .Select(i => new WalletQueries.StatementLine(Guid.NewGuid(), start.AddMinutes(i), JournalEntryKind.Adjustment, $"Line {i}", null, null, 1_000m, 1_000m * i))
            .ToList();
        var statement = new WalletQueries.StatementDownload("KH000042", start, start.AddDays(1), 0m, 7_000m, lines.Count, lines.ToAsyncEnumerable());
        using var file = new MemoryStream();

        await StatementExport.WriteAsync(file, statement, rowsPerSheet: 3, ct: CancellationToken.None);

        file.Position = 0;
        var sheets = WorkbookReader.Read(file);
        Assert.Equal(["Statement", "Statement 2", "Statement 3", "Summary"], sheets.Select(s => s.Name));
        Assert.All(sheets.Take(3), s => Assert.Equal("Balance (VND)", s.Rows[0][5]));
        Assert.Equal([3, 3, 1], sheets.Take(3).Select(s => s.Rows.Count - 1));
        Assert.Equal(["Line 1", "Line 2", "Line 3", "Line 4", "Line 5", "Line 6", "Line 7"],
            sheets.Take(3).SelectMany(s => s.Rows.Skip(1)).Select(r => r[2]));
        Assert.Equal(7_000m, WorkbookReader.Number(sheets[2].Rows[1][5]));
        var summary = sheets[3].Rows.ToDictionary(r => r[0], r => r.Length > 1 ? r[1] : string.Empty);
        Assert.Equal("KH000042", summary["Customer code"]);
        Assert.Equal((0m, 7_000m, 7m), (WorkbookReader.Number(summary["Opening balance (VND)"]), WorkbookReader.Number(summary["Closing balance (VND)"]),
            WorkbookReader.Number(summary["Movements"])));
    }
}
