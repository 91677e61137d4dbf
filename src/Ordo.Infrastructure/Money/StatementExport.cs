using System.Runtime.CompilerServices;
using MiniExcelLibs;
using Ordo.Application.Money;

namespace Ordo.Infrastructure.Money;

/// <summary>
/// The wallet statement as an .xlsx workbook: one row per movement, oldest first, with the running balance, and a
/// summary sheet (customer, period, opening and closing balance). Rows are written as the lines stream in, so memory
/// stays flat however long the statement; past a sheet's row limit the movements go on in the next sheet.
/// </summary>
public static class StatementExport
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Rows of movements per sheet: Excel's 1,048,576 rows, less the header.</summary>
    public const int MaxRowsPerSheet = 1_048_575;

    public const string SheetName = "Statement";

    public const string SummarySheetName = "Summary";

    /// <summary>Writes the workbook to <paramref name="output"/>, which must be seekable (a file, not a response body).</summary>
    public static async Task WriteAsync(Stream output, WalletQueries.StatementDownload statement, int rowsPerSheet = MaxRowsPerSheet, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(statement);
        ArgumentOutOfRangeException.ThrowIfLessThan(rowsPerSheet, 1);
        var sheetCount = Math.Max(1, (statement.Total + rowsPerSheet - 1) / rowsPerSheet);
        await using var lines = statement.Lines.GetAsyncEnumerator(ct);
        var sheets = new Dictionary<string, object>(StringComparer.Ordinal);
        for (var i = 1; i <= sheetCount; i++)
        {
            sheets[i == 1 ? SheetName : $"{SheetName} {i}"] = Take(lines, rowsPerSheet, ct);
        }

        sheets[SummarySheetName] = Summary(statement);
        await output.SaveAsAsync(sheets, cancellationToken: ct);
    }

    private static async IAsyncEnumerable<StatementRow> Take(IAsyncEnumerator<WalletQueries.StatementLine> lines, int count, [EnumeratorCancellation] CancellationToken ct)
    {
        for (var i = 0; i < count && await lines.MoveNextAsync(); i++)
        {
            ct.ThrowIfCancellationRequested();
            var l = lines.Current;
            yield return new StatementRow(l.At.UtcDateTime, l.Kind.ToString(), l.Description, l.OrderCode, l.AmountVnd, l.BalanceVnd);
        }
    }

    private static List<Dictionary<string, object?>> Summary(WalletQueries.StatementDownload s) =>
    [
        new() { ["Item"] = "Customer code", ["Value"] = s.CustomerCode },
        new() { ["Item"] = "From (UTC)", ["Value"] = s.From?.UtcDateTime },
        new() { ["Item"] = "To (UTC)", ["Value"] = s.To?.UtcDateTime },
        new() { ["Item"] = "Opening balance (VND)", ["Value"] = s.OpeningBalanceVnd },
        new() { ["Item"] = "Closing balance (VND)", ["Value"] = s.ClosingBalanceVnd },
        new() { ["Item"] = "Movements", ["Value"] = s.Total },
    ];
}
