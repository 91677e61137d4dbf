using System.Text;
using System.Text.RegularExpressions;
using Ordo.Application.Logistics;
using Ordo.Infrastructure.Logistics;
using UglyToad.PdfPig;

namespace Ordo.Api.Tests.Logistics;

/// <summary>
/// The label the China warehouse prints on receiving a parcel, read back as a person and a scanner would: the text
/// from the PDF, the barcode and the ink from the page as a printer would print it (<see cref="LabelScan"/>).
/// </summary>
public sealed partial class ParcelLabelTests
{
    private const double MmToPoints = 72 / 25.4;

    private static readonly ParcelLabel Received = new(
        ParcelCode: "PK26000042",
        CustomerCode: "KH000123",
        OrderCode: "PO-2026-000123",
        WeightKg: 2.35m,
        ChargeableWeightKg: 3.1m,
        DestinationCode: "HN",
        DestinationName: "Kho Hà Nội",
        WoodenCrate: true,
        Inspection: true,
        Insurance: false,
        HandlingNote: "Hàng dễ vỡ, xin nhẹ tay / Fragile, handle with care",
        ReceivedAt: new DateTimeOffset(2026, 3, 14, 9, 30, 0, TimeSpan.FromHours(8)));

    private readonly ParcelLabelPdf _labels = new();

    [Fact]
    public void The_label_is_one_100_by_150_mm_page_with_the_parcel_its_customer_order_weight_destination_and_note()
    {
        using var pdf = PdfDocument.Open(_labels.Render(Received));

        Assert.Equal(1, pdf.NumberOfPages);
        var page = pdf.GetPage(1);
        Assert.Equal(100 * MmToPoints, page.Width, 0.5);
        Assert.Equal(150 * MmToPoints, page.Height, 0.5);
        var text = Squeezed(page.Text);
        Assert.All(["PK26000042", "PO-2026-000123", "KH000123", "2.35 kg", "3.10 kg", "HN", "Kho Hà Nội", Received.HandlingNote!, "2026-03-14 09:30"],
            expected => Assert.Contains(Squeezed(expected), text, StringComparison.Ordinal));
        Assert.DoesNotContain("ANONYMOUS", text, StringComparison.Ordinal);
        Assert.All(page.Letters, l => Assert.Matches(EmbeddedDejaVu(), l.FontName));
    }

    [Theory]
    [InlineData("PK26000042")]
    [InlineData("PKG-2026-ABCDEFGHIJKLMN")]
    public async Task The_printed_barcode_scans_as_the_parcel_code(string code) =>
        Assert.Equal(code, await LabelScan.ScanBarcodeAsync(_labels.Render(Received with { ParcelCode = code })));

    /// <summary>
    /// Each letter's marks really print, not only its text in the PDF: a letter with one more mark than another
    /// ("ế" against "ê", "ê" against "e") leaves more ink on the page. Letters with two marks are where a font subset
    /// can lose glyphs, since DejaVu builds them from glyphs that are built from glyphs.
    /// </summary>
    [Theory]
    [InlineData("áàảãạ ắằẳẵặ ấầẩẫậ éèẻẽẹ ếềểễệ íìỉĩị óòỏõọ ốồổỗộ ớờởỡợ úùủũụ ứừửữự ýỳỷỹỵ")]
    [InlineData("ÁÀẢÃẠ ẮẰẲẴẶ ẤẦẨẪẬ ÉÈẺẼẸ ẾỀỂỄỆ ÍÌỈĨỊ ÓÒỎÕỌ ỐỒỔỖỘ ỚỜỞỠỢ ÚÙỦŨỤ ỨỪỬỮỰ ÝỲỶỸỴ")]
    public async Task Every_mark_of_a_Vietnamese_letter_is_printed(string letters)
    {
        // Level 0 is each base letter, level 1 adds the first of its marks, level 2 the second: "e", "ê", "ế".
        var levels = Enumerable.Range(0, 3).Select(level => string.Concat(letters.Select(c => WithMarks(c, level)))).ToList();

        var inks = new List<IReadOnlyList<(char Letter, int Ink, double Size)>>();
        foreach (var note in levels)
        {
            inks.Add(await NoteInkAsync(note));
        }

        Assert.All(inks, level => Assert.Equal(inks[0].Select(l => l.Size), level.Select(l => l.Size)));
        for (var i = 0; i < inks[2].Count; i++)
        {
            var letter = inks[2][i].Letter;
            var marks = letter.ToString().Normalize(NormalizationForm.FormD).Length - 1;
            for (var level = 1; level <= marks; level++)
            {
                Assert.True(inks[level][i].Ink > inks[level - 1][i].Ink + 4,
                    $"'{inks[level][i].Letter}' prints no more ink than '{inks[level - 1][i].Letter}' ({inks[level][i].Ink} against {inks[level - 1][i].Ink} pixels): a mark is missing.");
            }
        }
    }

    [Fact]
    public void A_parcel_nobody_claimed_yet_still_gets_a_label_that_says_it_is_anonymous()
    {
        using var pdf = PdfDocument.Open(_labels.Render(Received with { CustomerCode = null, OrderCode = null, HandlingNote = null }));

        var text = Squeezed(pdf.GetPage(1).Text);
        Assert.Contains(Squeezed("ANONYMOUS / KHÔNG CHỦ"), text, StringComparison.Ordinal);
        Assert.Contains("PK26000042", text, StringComparison.Ordinal);
        Assert.DoesNotContain("KH000123", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_warehouse_name_and_note_are_made_smaller_to_stay_on_the_label()
    {
        var note = string.Join(' ', Enumerable.Repeat("Hàng dễ vỡ, không xếp chồng, giữ khô ráo.", 12));
        using var pdf = PdfDocument.Open(_labels.Render(Received with { DestinationName = "Kho trung chuyển Thành phố Hồ Chí Minh – Quận Tân Bình", HandlingNote = note }));

        var page = pdf.GetPage(1);
        Assert.All(page.Letters, l => Assert.True(
            l.BoundingBox.Left >= 0 && l.BoundingBox.Right <= page.Width && l.BoundingBox.Bottom >= 0 && l.BoundingBox.Top <= page.Height,
            $"'{l.Value}' at {l.BoundingBox} is off the page"));
        Assert.Contains(Squeezed("Hàng dễ vỡ, không xếp chồng"), Squeezed(page.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void Labels_printed_on_several_threads_at_once_all_come_out_whole()
    {
        var codes = Enumerable.Range(1, 8).Select(i => $"PK2600{i:D4}").ToList();

        var pages = codes.AsParallel().Select(code => PageText(_labels.Render(Received with { ParcelCode = code }))).ToList();

        Assert.All(codes.Zip(pages), p => Assert.Contains(p.First, p.Second, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("", 2.35, 3.1)]
    [InlineData("   ", 2.35, 3.1)]
    [InlineData("PK2600004Ư", 2.35, 3.1)]
    [InlineData("PK26\t00042", 2.35, 3.1)]
    [InlineData("PK26000042", -0.01, 3.1)]
    [InlineData("PK26000042", 2.35, -1)]
    public void A_label_is_refused_without_a_printable_parcel_code_or_with_a_negative_weight(string code, double weightKg, double chargeableKg) =>
        Assert.Throws<ArgumentException>(() => _labels.Render(Received with { ParcelCode = code, WeightKg = (decimal)weightKg, ChargeableWeightKg = (decimal)chargeableKg }));

    [Fact]
    public void A_parcel_code_too_long_for_a_readable_barcode_is_refused()
    {
        var refused = Assert.Throws<ArgumentException>(() => _labels.Render(Received with { ParcelCode = new string('X', 40) }));

        Assert.Contains("too long", refused.Message, StringComparison.Ordinal);
    }

    private static char WithMarks(char letter, int marks)
    {
        var parts = letter.ToString().Normalize(NormalizationForm.FormD);
        var composed = Assert.Single(parts[..Math.Min(parts.Length, marks + 1)].Normalize(NormalizationForm.FormC));

        // An "i" under a mark loses its dot: "í" is a dotless "ı" with an acute.
        return composed == 'i' && parts.Length > 1 ? 'ı' : composed;
    }

    /// <summary>
    /// The dark pixels of each letter of the handling note, at 300 dpi, in the box of the letter's advance from a
    /// little under its baseline to well over its cap height. The note is what the label draws last.
    /// </summary>
    private async Task<IReadOnlyList<(char Letter, int Ink, double Size)>> NoteInkAsync(string note)
    {
        const int dpi = 300;
        var bytes = _labels.Render(Received with { HandlingNote = note });
        using var pdf = PdfDocument.Open(bytes);
        var page = pdf.GetPage(1);
        var expected = note.Where(c => !char.IsWhiteSpace(c)).ToList();
        var letters = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).TakeLast(expected.Count).ToList();
        Assert.Equal(expected, letters.Select(l => Assert.Single(l.Value)));

        var image = await LabelScan.RenderGrayAsync(bytes, dpi);
        var scale = dpi / 72.0;
        return letters.Select(l =>
        {
            var (left, right) = ((int)(l.StartBaseLine.X * scale), (int)(l.EndBaseLine.X * scale));
            var (top, bottom) = ((int)((page.Height - l.StartBaseLine.Y - (1.4 * l.PointSize)) * scale), (int)((page.Height - l.StartBaseLine.Y + (0.35 * l.PointSize)) * scale));
            var ink = 0;
            for (var y = top; y < bottom; y++)
            {
                for (var x = left; x < right; x++)
                {
                    ink += image.IsDark(x, y) ? 1 : 0;
                }
            }

            return (l.Value[0], ink, l.PointSize);
        }).ToList();
    }

    /// <summary>DejaVu Sans from inside the file (PDFsharp tags the name of a font it embeds, "ABCDEF+"), not a font the reader's machine must have.</summary>
    [GeneratedRegex(@"^[A-Z]{6}\+DejaVu Sans(,Bold)?$")]
    private static partial Regex EmbeddedDejaVu();

    private static string PageText(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return Squeezed(document.GetPage(1).Text);
    }

    private static string Squeezed(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
