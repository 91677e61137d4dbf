using System.Text;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Ordo.Infrastructure.Logistics;

/// <summary>
/// Text on a label of fixed size: a value too long for its box is drawn smaller, down to a size still read at arm's
/// length, and only past that cut with an ellipsis, so a long warehouse name or note never runs over another field.
/// </summary>
internal static class LabelText
{
    private const string Ellipsis = "…";

    // Unicode (Identity-H): Vietnamese needs it. The whole font file, not a subset: PDFsharp 6.2's subset keeps the
    // glyphs a composite glyph is made of but not theirs in turn, and DejaVu builds "ắ", "ễ", "ỗ"… that way, so a
    // subset prints them without some of their marks. It costs some 750 KB a label.
    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode, PdfFontEmbedding.EmbedCompleteFontFile);

    public static XFont Font(double size, bool bold = false) =>
        new(LabelFonts.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, Unicode);

    /// <summary>The largest size from <paramref name="size"/> down to <paramref name="minSize"/> at which the text fits one line.</summary>
    public static (string Text, XFont Font) Fit(XGraphics gfx, string text, double width, double size, double minSize, bool bold = true)
    {
        for (var s = size; s > minSize; s -= 0.5)
        {
            var font = Font(s, bold);
            if (gfx.MeasureString(text, font).Width <= width)
            {
                return (text, font);
            }
        }

        var smallest = Font(minSize, bold);
        return (Cut(gfx, text, smallest, width), smallest);
    }

    /// <summary>Draws the text fitted into <paramref name="box"/> at <paramref name="format"/>.</summary>
    public static void DrawFitted(XGraphics gfx, string text, XRect box, double size, double minSize, XStringFormat format, XBrush? brush = null, bool bold = true)
    {
        var (fitted, font) = Fit(gfx, text, box.Width, size, minSize, bold);
        gfx.DrawString(fitted, font, brush ?? XBrushes.Black, box, format);
    }

    /// <summary>
    /// The text broken into lines at spaces (inside a word only where one word is wider than a line) at the largest
    /// size down to <paramref name="minSize"/> whose lines all fit in <paramref name="box"/>.
    /// </summary>
    public static (IReadOnlyList<string> Lines, XFont Font) Wrap(XGraphics gfx, string text, XSize box, double size, double minSize, bool bold = true)
    {
        for (var s = size; s > minSize; s -= 0.5)
        {
            var font = Font(s, bold);
            var lines = Lines(gfx, text, font, box.Width);
            if (lines.Count * font.GetHeight() <= box.Height)
            {
                return (lines, font);
            }
        }

        var smallest = Font(minSize, bold);
        var all = Lines(gfx, text, smallest, box.Width);
        var room = int.Max(1, (int)(box.Height / smallest.GetHeight()));
        if (all.Count <= room)
        {
            return (all, smallest);
        }

        var kept = all.Take(room).ToList();
        kept[^1] = Cut(gfx, kept[^1] + Ellipsis, smallest, box.Width);
        return (kept, smallest);
    }

    /// <summary>Draws the text <see cref="Wrap">wrapped</see> into <paramref name="box"/>, from its top or around its middle.</summary>
    public static void DrawWrapped(XGraphics gfx, string text, XRect box, double size, double minSize, bool middle)
    {
        var (lines, font) = Wrap(gfx, text, box.Size, size, minSize);
        var lineHeight = font.GetHeight();
        var top = middle ? box.Y + ((box.Height - (lines.Count * lineHeight)) / 2) : box.Y;
        for (var i = 0; i < lines.Count; i++)
        {
            gfx.DrawString(lines[i], font, XBrushes.Black, new XRect(box.X, top + (i * lineHeight), box.Width, lineHeight), XStringFormats.TopLeft);
        }
    }

    private static List<string> Lines(XGraphics gfx, string text, XFont font, double width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = new StringBuilder();
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : $"{line} {word}";
                if (gfx.MeasureString(candidate, font).Width <= width)
                {
                    line.Clear().Append(candidate);
                    continue;
                }

                if (line.Length > 0)
                {
                    lines.Add(line.ToString());
                    line.Clear();
                }

                var rest = word;
                while (gfx.MeasureString(rest, font).Width > width && rest.Length > 1)
                {
                    var take = rest.Length - 1;
                    while (take > 1 && gfx.MeasureString(rest[..take], font).Width > width)
                    {
                        take--;
                    }

                    lines.Add(rest[..take]);
                    rest = rest[take..];
                }

                line.Append(rest);
            }

            if (line.Length > 0)
            {
                lines.Add(line.ToString());
            }
        }

        return lines;
    }

    private static string Cut(XGraphics gfx, string text, XFont font, double width)
    {
        if (gfx.MeasureString(text, font).Width <= width)
        {
            return text;
        }

        var body = text.EndsWith(Ellipsis, StringComparison.Ordinal) ? text[..^Ellipsis.Length] : text;
        while (body.Length > 0 && gfx.MeasureString(body + Ellipsis, font).Width > width)
        {
            body = body[..^1];
        }

        return body.TrimEnd() + Ellipsis;
    }
}
