using System.Globalization;
using Ordo.Application.Logistics;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Ordo.Infrastructure.Logistics;

/// <summary>
/// The export slip (phiếu xuất kho) of a release, on A4: who and where, every parcel with its shelf and weights, each
/// order's total, what is paid and what the driver collects, and lines to sign. Captions in Vietnamese and English;
/// amounts in whole dong with dot thousands (1.250.000 ₫), as staff read them.
/// </summary>
public sealed class ReleaseSlipPdf : IReleaseSlipRenderer
{
    private const double PointsPerMm = 72 / 25.4;
    private const double Margin = 15 * PointsPerMm;
    private const double PageWidth = 210 * PointsPerMm;
    private const double PageHeight = 297 * PointsPerMm;
    private const double Inner = PageWidth - (2 * Margin);
    private const double Row = 6.5 * PointsPerMm;

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");
    private static readonly XPen Rule = new(XColors.Black, 0.5);

    public byte[] Render(ReleaseDto release, string warehouseName)
    {
        ArgumentNullException.ThrowIfNull(release);
        LabelFonts.EnsureRegistered();
        using var document = new PdfDocument();
        document.Info.Title = $"Release {release.Code}";
        document.Info.Creator = "Ordo";
        document.Options.CompressContentStreams = true;
        var page = NewPage(document);
        var gfx = XGraphics.FromPdfPage(page);
        try
        {
            var y = Header(gfx, release, warehouseName);
            y = Table(ref gfx, ref page, document, y, ["Kiện / Parcel", "Đơn / Order", "Kệ / Shelf", "Cân / Weight", "Tính cước / Chargeable"],
                [0.24, 0.24, 0.16, 0.16, 0.20],
                [.. release.Parcels.Select(p => new[] { p.ParcelCode, p.OrderCode, p.Shelf ?? "—", Kg(p.WeightKg), Kg(p.ChargeableWeightKg) })]);
            y += Row;
            y = Table(ref gfx, ref page, document, y, ["Đơn / Order", "Tổng / Total", "Đã trả / Paid", "Thu hộ / To collect"],
                [0.28, 0.24, 0.24, 0.24],
                [.. release.Orders.Select(o => new[] { o.OrderCode, Vnd(o.TotalVnd), Vnd(o.PaidVnd), Vnd(o.ToCollectVnd) })]);
            y += Row;
            var summary = release.CashOnDelivery
                ? $"Thu hộ (COD) / Cash on delivery: {Vnd(release.ToCollectVnd)}"
                : "Đã thanh toán / Paid: không thu tiền / collect nothing";
            gfx.DrawString(summary, LabelText.Font(12, bold: true), XBrushes.Black, new XRect(Margin, y, Inner, Row), XStringFormats.CenterLeft);
            y += 2 * Row;
            Signatures(gfx, y);
        }
        finally
        {
            gfx.Dispose();
        }

        using var pdf = new MemoryStream();
        document.Save(pdf, closeStream: false);
        return pdf.ToArray();
    }

    private static PdfPage NewPage(PdfDocument document)
    {
        var page = document.AddPage();
        page.Width = XUnit.FromMillimeter(210);
        page.Height = XUnit.FromMillimeter(297);
        return page;
    }

    private static double Header(XGraphics gfx, ReleaseDto release, string warehouseName)
    {
        var y = Margin;
        gfx.DrawString("PHIẾU XUẤT KHO / EXPORT SLIP", LabelText.Font(16, bold: true), XBrushes.Black, new XRect(Margin, y, Inner, 10 * PointsPerMm), XStringFormats.CenterLeft);
        gfx.DrawString(release.Code, LabelText.Font(16, bold: true), XBrushes.Black, new XRect(Margin, y, Inner, 10 * PointsPerMm), XStringFormats.CenterRight);
        y += 12 * PointsPerMm;
        var lines = new[]
        {
            $"Kho / Warehouse: {release.Warehouse} — {warehouseName}",
            $"Khách / Customer: {release.CustomerCode ?? "—"}",
            $"Giao tới / Deliver to: {release.Address ?? "Nhận tại kho / collect at the warehouse"}",
            $"Điện thoại / Phone: {release.Phone ?? "—"}",
            $"Ngày xuất / Released: {release.ReleasedAt.ToString("yyyy-MM-dd HH:mm 'UTC'zzz", CultureInfo.InvariantCulture)} — {release.ReleasedBy}",
            $"Số kiện / Parcels: {release.Parcels.Count}, {Kg(release.WeightKg)}",
        };
        foreach (var line in lines)
        {
            LabelText.DrawFitted(gfx, line, new XRect(Margin, y, Inner, Row), 10.5, 7, XStringFormats.CenterLeft, bold: false);
            y += Row;
        }

        if (!string.IsNullOrWhiteSpace(release.Note))
        {
            LabelText.DrawFitted(gfx, $"Ghi chú / Note: {release.Note}", new XRect(Margin, y, Inner, Row), 10.5, 7, XStringFormats.CenterLeft, bold: false);
            y += Row;
        }

        return y + (Row / 2);
    }

    /// <summary>A table from <paramref name="y"/> on, going on over new pages (headings repeated) as it needs; <paramref name="current"/> follows the page.</summary>
    private static double Table(
        ref XGraphics current, ref PdfPage page, PdfDocument document, double y, string[] headings, double[] widths, IReadOnlyList<string[]> rows)
    {
        void Line(XGraphics g, double top, string[] cells, bool bold)
        {
            var x = Margin;
            for (var i = 0; i < cells.Length; i++)
            {
                var width = widths[i] * Inner;
                LabelText.DrawFitted(g, cells[i], new XRect(x + 2, top, width - 4, Row), 10, 6, i == 0 ? XStringFormats.CenterLeft : XStringFormats.CenterRight, bold: bold);
                x += width;
            }

            g.DrawLine(Rule, Margin, top + Row, Margin + Inner, top + Row);
        }

        Line(current, y, headings, bold: true);
        y += Row;
        foreach (var row in rows)
        {
            if (y + Row > PageHeight - Margin)
            {
                current.Dispose();
                page = NewPage(document);
                current = XGraphics.FromPdfPage(page);
                y = Margin;
                Line(current, y, headings, bold: true);
                y += Row;
            }

            Line(current, y, row, bold: false);
            y += Row;
        }

        return y;
    }

    private static void Signatures(XGraphics gfx, double y)
    {
        var third = Inner / 3;
        string[] who = ["Thủ kho / Warehouse", "Giao hàng / Driver", "Khách nhận / Customer"];
        for (var i = 0; i < who.Length; i++)
        {
            LabelText.DrawFitted(gfx, who[i], new XRect(Margin + (i * third), y, third, Row), 10, 7, XStringFormats.Center);
            LabelText.DrawFitted(gfx, "(ký, ghi rõ họ tên / sign, full name)", new XRect(Margin + (i * third), y + Row, third, Row), 8, 6, XStringFormats.Center, bold: false);
        }
    }

    private static string Kg(decimal kg) => string.Create(CultureInfo.InvariantCulture, $"{kg:0.###} kg");

    private static string Vnd(decimal amount) => string.Create(Vietnamese, $"{amount:#,0} ₫");
}
