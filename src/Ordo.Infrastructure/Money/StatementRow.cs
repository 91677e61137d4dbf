using MiniExcelLibs.Attributes;

namespace Ordo.Infrastructure.Money;

/// <summary>One movement as a row of the statement workbook.</summary>
internal sealed record StatementRow(
    [property: ExcelColumnName("Date (UTC)")] DateTime Date,
    [property: ExcelColumnName("Kind")] string Kind,
    [property: ExcelColumnName("Description")] string Description,
    [property: ExcelColumnName("Order")] string? Order,
    [property: ExcelColumnName("Amount (VND)")] decimal Amount,
    [property: ExcelColumnName("Balance (VND)")] decimal Balance);
