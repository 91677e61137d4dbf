using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Ordo.Api.Tests.Support;

/// <summary>Reads an .xlsx back with a second library (the Open XML SDK): each sheet by name, in workbook order, as rows of cell texts.</summary>
public static class WorkbookReader
{
    public static IReadOnlyList<(string Name, List<string[]> Rows)> Read(Stream workbook)
    {
        using var document = SpreadsheetDocument.Open(workbook, false);
        var part = document.WorkbookPart!;
        var shared = part.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        return [.. part.Workbook.Descendants<Sheet>().Select(sheet =>
        {
            var worksheet = ((WorksheetPart)part.GetPartById(sheet.Id!.Value!)).Worksheet;
            return (sheet.Name!.Value!, worksheet.Descendants<Row>()
                .Select(row => row.Elements<Cell>().Select(cell => Text(cell, shared)).ToArray()).ToList());
        })];
    }

    public static decimal Number(string text) => decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static string Text(Cell cell, List<string> shared) => cell.DataType?.Value == CellValues.SharedString
        ? shared[int.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture)]
        : cell.DataType?.Value == CellValues.InlineString ? cell.InnerText : cell.CellValue?.Text ?? string.Empty;
}
