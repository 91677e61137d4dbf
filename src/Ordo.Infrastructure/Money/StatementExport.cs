using MiniExcelLibs;
using Ordo.Application.Money;

namespace Ordo.Infrastructure.Money;

/// <summary>The wallet statement as an .xlsx workbook: one row per movement, oldest first, with the running balance.</summary>
public static class StatementExport
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] ToXlsx(WalletQueries.Statement statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        var rows = statement.Lines
            .OrderBy(l => l.At)
            .Select(l => new Dictionary<string, object?>
            {
                ["Date (UTC)"] = l.At.UtcDateTime,
                ["Kind"] = l.Kind.ToString(),
                ["Description"] = l.Description,
                ["Order"] = l.OrderCode,
                ["Amount (VND)"] = l.AmountVnd,
                ["Balance (VND)"] = l.BalanceVnd,
            })
            .ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(rows, sheetName: "Statement");
        return stream.ToArray();
    }
}
