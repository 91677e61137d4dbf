using System.Globalization;
using System.Text;
using Ordo.Application.Logistics;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Ordo.Infrastructure.Logistics;

/// <summary>
/// The label printed when the China warehouse receives a parcel: one 100 × 150 mm portrait page with the parcel
/// code as a Code 128 barcode, where it goes, whose it is, what it weighs and how to handle it. Captions are in
/// Vietnamese and English both, for the staff at either end; values are printed as given, numbers and dates in
/// one culture-neutral form (2.35 kg, 2026-03-14 09:30 UTC+08:00).
/// </summary>
public sealed class ParcelLabelPdf : IParcelLabelRenderer
{
    public const string ContentType = "application/pdf";

    public const double WidthMm = 100;
    public const double HeightMm = 150;

    private const double Margin = 4 * PointsPerMm;
    private const double PointsPerMm = 72 / 25.4;
    private const double Width = WidthMm * PointsPerMm;
    private const double Inner = Width - (2 * Margin);
    private const double Gap = 2 * PointsPerMm;

    /// <summary>The barcode may use the page's width less a millimetre each side, its quiet zones in the margins.</summary>
    private const double BarcodeSpan = Width - (2 * PointsPerMm);

    private static readonly XPen Rule = new(XColors.Black, 0.6);
    private static readonly XPen Border = new(XColors.Black, 0.8);
    private static readonly XPen Heavy = new(XColors.Black, 2);

    public byte[] Render(ParcelLabel label)
    {
        var modules = Validate(label);
        LabelFonts.EnsureRegistered();

        using var document = new PdfDocument();
        document.Info.Title = $"Parcel {label.ParcelCode}";
        document.Info.Creator = "Ordo";
        document.Options.CompressContentStreams = true;
        var page = document.AddPage();
        page.Width = XUnit.FromMillimeter(WidthMm);
        page.Height = XUnit.FromMillimeter(HeightMm);
        using (var gfx = XGraphics.FromPdfPage(page))
        {
            Draw(gfx, label, modules);
        }

        using var pdf = new MemoryStream();
        document.Save(pdf, closeStream: false);
        return pdf.ToArray();
    }

    private static bool[] Validate(ParcelLabel label)
    {
        ArgumentNullException.ThrowIfNull(label);
        if (string.IsNullOrWhiteSpace(label.ParcelCode))
        {
            throw new ArgumentException("A parcel label needs the parcel code.", nameof(label));
        }

        if (!label.ParcelCode.All(c => c is >= ' ' and <= '~'))
        {
            throw new ArgumentException($"The parcel code '{label.ParcelCode}' is not printable ASCII, which Code 128 needs.", nameof(label));
        }

        if (label.WeightKg < 0 || label.ChargeableWeightKg < 0)
        {
            throw new ArgumentException($"A parcel's weights cannot be negative ({label.WeightKg} kg, chargeable {label.ChargeableWeightKg} kg).", nameof(label));
        }

        if (string.IsNullOrWhiteSpace(label.DestinationCode))
        {
            throw new ArgumentException("A parcel label needs the destination warehouse's code.", nameof(label));
        }

        var modules = LabelBarcode.Modules(label.ParcelCode);
        return LabelBarcode.ModuleWidth(modules.Length, BarcodeSpan) is null
            ? throw new ArgumentException($"The parcel code '{label.ParcelCode}' is too long for a readable barcode {WidthMm} mm wide.", nameof(label))
            : modules;
    }

    private static void Draw(XGraphics gfx, ParcelLabel label, bool[] modules)
    {
        var y = Margin;
        y = Destination(gfx, label, y) + Gap;
        gfx.DrawLine(Rule, Margin, y, Margin + Inner, y);
        y = Barcode(gfx, label, modules, y + (3 * PointsPerMm)) + Gap;
        gfx.DrawLine(Rule, Margin, y, Margin + Inner, y);
        y += Gap;

        const double half = (Inner - Gap) / 2;
        var customer = Text(label.CustomerCode);
        if (customer is null)
        {
            Anonymous(gfx, new XRect(Margin, y, half, 13 * PointsPerMm));
        }
        else
        {
            Field(gfx, "Khách / Customer", customer, new XRect(Margin, y, half, 13 * PointsPerMm), 16);
        }

        Field(gfx, "Đơn hàng / Order", Text(label.OrderCode) ?? "—", new XRect(Margin + half + Gap, y, half, 13 * PointsPerMm), 13);
        y += 13 * PointsPerMm + Gap;
        Field(gfx, "Cân nặng / Weight", Kg(label.WeightKg), new XRect(Margin, y, half, 12 * PointsPerMm), 16);
        Field(gfx, "Tính cước / Chargeable", Kg(label.ChargeableWeightKg), new XRect(Margin + half + Gap, y, half, 12 * PointsPerMm), 16);
        y += 12 * PointsPerMm + Gap;
        Field(gfx, "Ngày nhận / Received", Received(label.ReceivedAt), new XRect(Margin, y, Inner, 10 * PointsPerMm), 11);
        y += 10 * PointsPerMm + Gap;

        const double tile = (Inner - (2 * Gap)) / 3;
        Service(gfx, "Đóng gỗ", "Wooden crate", label.WoodenCrate, new XRect(Margin, y, tile, 13 * PointsPerMm));
        Service(gfx, "Kiểm đếm", "Inspection", label.Inspection, new XRect(Margin + tile + Gap, y, tile, 13 * PointsPerMm));
        Service(gfx, "Bảo hiểm", "Insurance", label.Insurance, new XRect(Margin + (2 * (tile + Gap)), y, tile, 13 * PointsPerMm));
        y += 13 * PointsPerMm + Gap;

        Note(gfx, Text(label.HandlingNote), new XRect(Margin, y, Inner, (HeightMm * PointsPerMm) - Margin - y));
    }

    /// <summary>Where the parcel goes, first and largest: the code in white on black, the warehouse's name beside it.</summary>
    private static double Destination(XGraphics gfx, ParcelLabel label, double top)
    {
        const double codeWidth = 36 * PointsPerMm;
        const double height = 18 * PointsPerMm;
        var name = new XRect(Margin, top, Inner - codeWidth - Gap, height);
        Caption(gfx, "Kho đích / Destination", name);
        LabelText.DrawWrapped(gfx, Text(label.DestinationName) ?? string.Empty, new XRect(name.X, name.Y + 10, name.Width, name.Height - 10), 16, 7, middle: true);

        var code = new XRect(Margin + Inner - codeWidth, top, codeWidth, height);
        gfx.DrawRectangle(XBrushes.Black, code);
        code.Inflate(-2 * PointsPerMm, 0);
        LabelText.DrawFitted(gfx, Text(label.DestinationCode)!, code, 28, 10, XStringFormats.Center, XBrushes.White);
        return top + height;
    }

    private static double Barcode(XGraphics gfx, ParcelLabel label, bool[] modules, double top)
    {
        const double bars = 28 * PointsPerMm;
        var module = LabelBarcode.ModuleWidth(modules.Length, BarcodeSpan)!.Value;
        LabelBarcode.Draw(gfx, modules, module, Width / 2, top, bars);
        var text = new XRect(Margin, top + bars + PointsPerMm, Inner, 8 * PointsPerMm);
        LabelText.DrawFitted(gfx, label.ParcelCode, text, 20, 9, XStringFormats.TopCenter);
        return text.Bottom;
    }

    private static void Field(XGraphics gfx, string caption, string value, XRect box, double size)
    {
        Caption(gfx, caption, box);
        LabelText.DrawFitted(gfx, value, new XRect(box.X, box.Y + 9, box.Width, box.Height - 9), size, 7, XStringFormats.CenterLeft);
    }

    /// <summary>A parcel no customer claimed yet: said in white on black where the customer would be, in both languages.</summary>
    private static void Anonymous(XGraphics gfx, XRect box)
    {
        gfx.DrawRectangle(XBrushes.Black, box);
        box.Inflate(-1.5 * PointsPerMm, 0);
        LabelText.DrawFitted(gfx, "ANONYMOUS / KHÔNG CHỦ", box, 12, 6, XStringFormats.Center, XBrushes.White);
    }

    /// <summary>A service the parcel has is a black tile with a ticked box; one it has not is an outline with an empty box.</summary>
    private static void Service(XGraphics gfx, string vietnamese, string english, bool on, XRect tile)
    {
        var ink = on ? XBrushes.White : XBrushes.Black;
        if (on)
        {
            gfx.DrawRectangle(XBrushes.Black, tile);
        }
        else
        {
            gfx.DrawRectangle(Border, tile);
        }

        const double side = 4 * PointsPerMm;
        var box = new XRect(tile.X + (1.5 * PointsPerMm), tile.Y + ((tile.Height - side) / 2), side, side);
        gfx.DrawRectangle(on ? XBrushes.White : XBrushes.Transparent, box);
        gfx.DrawRectangle(Border, box);
        if (on)
        {
            var tick = new XPen(XColors.Black, 1.6);
            gfx.DrawLine(tick, box.X + (side * 0.2), box.Y + (side * 0.55), box.X + (side * 0.42), box.Y + (side * 0.78));
            gfx.DrawLine(tick, box.X + (side * 0.42), box.Y + (side * 0.78), box.X + (side * 0.82), box.Y + (side * 0.22));
        }

        var text = new XRect(box.Right + PointsPerMm, tile.Y + PointsPerMm, tile.Right - box.Right - (2 * PointsPerMm), (tile.Height / 2) - PointsPerMm);
        LabelText.DrawFitted(gfx, vietnamese, text, 9, 5, XStringFormats.BottomLeft, ink);
        text.Offset(0, text.Height);
        LabelText.DrawFitted(gfx, english, text, 7.5, 5, XStringFormats.TopLeft, ink, bold: false);
    }

    /// <summary>A handling note ("hàng dễ vỡ", fragile…) in a heavy frame, as large as its length allows.</summary>
    private static void Note(XGraphics gfx, string? note, XRect box)
    {
        gfx.DrawRectangle(note is null ? Border : Heavy, box);
        box.Inflate(-2 * PointsPerMm, -1.5 * PointsPerMm);
        Caption(gfx, "Lưu ý / Handling", box);
        var body = new XRect(box.X, box.Y + 10, box.Width, box.Height - 10);
        if (note is null)
        {
            gfx.DrawString("—", LabelText.Font(11), XBrushes.Black, body, XStringFormats.TopLeft);
            return;
        }

        LabelText.DrawWrapped(gfx, note, body, 12, 7, middle: false);
    }

    private static void Caption(XGraphics gfx, string caption, XRect box) =>
        gfx.DrawString(caption, LabelText.Font(7), XBrushes.Black, new XRect(box.X, box.Y, box.Width, 9), XStringFormats.TopLeft);

    private static string? Text(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Trim().Normalize(NormalizationForm.FormC);

    private static string Kg(decimal kg) => $"{kg.ToString("0.00#", CultureInfo.InvariantCulture)} kg";

    private static string Received(DateTimeOffset at) =>
        $"{at.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC{at.ToString("zzz", CultureInfo.InvariantCulture)}";
}
