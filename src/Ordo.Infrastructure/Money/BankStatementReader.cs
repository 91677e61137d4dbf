using System.Globalization;
using MiniExcelLibs;
using Ordo.Application.Money;
using Ordo.Domain.Common;

namespace Ordo.Infrastructure.Money;

/// <summary>
/// Reads a bank statement exported as .xlsx or .csv. Columns are found by their header, in English or
/// Vietnamese (date/ngày, amount/số tiền/credit/ghi có, description/nội dung/message, reference/mã giao dịch).
/// </summary>
public static class BankStatementReader
{
    public const long MaxBytes = 2 * 1024 * 1024;
    public const int MaxRows = 5_000;

    private static readonly string[] DateHeaders = ["date", "ngày", "ngay", "transaction date", "ngày giao dịch"];
    private static readonly string[] AmountHeaders = ["amount", "credit", "số tiền", "so tien", "ghi có", "ghi co"];
    private static readonly string[] DescriptionHeaders = ["description", "message", "nội dung", "noi dung", "diễn giải", "dien giai"];
    private static readonly string[] ReferenceHeaders = ["reference", "ref", "mã giao dịch", "ma giao dich", "transaction id"];

    public static IReadOnlyList<BankStatementLine> Read(Stream content, string fileName)
    {
        ArgumentNullException.ThrowIfNull(content);
        var type = Path.GetExtension(fileName).ToLowerInvariant() switch
        {
            ".xlsx" => ExcelType.XLSX,
            ".csv" => ExcelType.CSV,
            _ => throw new DomainValidationException("file", "must be an .xlsx or .csv bank statement"),
        };
        List<IDictionary<string, object?>> rows;
        try
        {
            rows = [.. content.Query(useHeaderRow: true, excelType: type).Cast<IDictionary<string, object?>>().Take(MaxRows + 1)];
        }
        catch (Exception ex) when (ex is not DomainException)
        {
            throw new DomainValidationException("file", $"could not be read as {type}: {ex.Message}");
        }

        if (rows.Count > MaxRows)
        {
            throw new DomainValidationException("file", $"has more than {MaxRows} rows; split the statement");
        }

        if (rows.Count == 0)
        {
            throw new DomainValidationException("file", "contains no statement lines");
        }

        var headers = rows[0].Keys.ToList();
        var amount = Find(headers, AmountHeaders) ?? throw new DomainValidationException("file", "has no amount column (amount / số tiền)");
        var description = Find(headers, DescriptionHeaders) ?? throw new DomainValidationException("file", "has no description column (description / nội dung)");
        var date = Find(headers, DateHeaders);
        var reference = Find(headers, ReferenceHeaders);
        var lines = new List<BankStatementLine>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var text = Convert.ToString(row[description], CultureInfo.InvariantCulture)?.Trim() ?? string.Empty;
            if (row[amount] is null && text.Length == 0)
            {
                continue;
            }

            var value = Amount(row[amount]) ?? throw new DomainValidationException("file", $"row {i + 2}: the amount '{row[amount]}' is not a number");
            lines.Add(new BankStatementLine(i + 2, date is null ? null : Date(row[date]), value, text,
                reference is null ? null : Convert.ToString(row[reference], CultureInfo.InvariantCulture)));
        }

        return lines;
    }

    private static string? Find(List<string> headers, string[] names) =>
        headers.FirstOrDefault(h => names.Contains(h.Trim().ToLowerInvariant()));

    /// <summary>Numbers as the cell holds them, or text such as "1.500.000" or "1,500,000" (VND has no decimals).</summary>
    private static decimal? Amount(object? cell) => cell switch
    {
        decimal d => d,
        double d => (decimal)d,
        int n => n,
        long n => n,
        string s when s.Trim().Length > 0 => decimal.TryParse(
            new string([.. s.Trim().Where(c => char.IsAsciiDigit(c) || c == '-')]), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) ? v : null,
        _ => null,
    };

    private static DateTimeOffset? Date(object? cell) => cell switch
    {
        DateTime d => new DateTimeOffset(DateTime.SpecifyKind(d, DateTimeKind.Utc)),
        string s when DateTimeOffset.TryParse(s, CultureInfo.GetCultureInfo("vi-VN"), DateTimeStyles.AssumeUniversal, out var v) => v,
        _ => null,
    };
}
