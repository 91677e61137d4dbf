using PdfSharp.Drawing;
using ZXing.OneD;

namespace Ordo.Infrastructure.Logistics;

/// <summary>A Code 128 barcode drawn as one vector rectangle per bar, so it is as sharp as the printer can print it.</summary>
internal static class LabelBarcode
{
    /// <summary>Code 128 asks for a quiet zone, blank, of at least ten modules on each side.</summary>
    public const int QuietModules = 10;

    // A module is a whole number of dots of a 203 dpi head, the common thermal printer, so every bar of one width
    // prints as wide as every other; two dots (0.25 mm) is the narrowest that scanners read well from a parcel.
    private const double DotPt = 72.0 / 203;
    private const int MinDots = 2;
    private const int MaxDots = 4;

    /// <summary>The code's modules, start to stop, quiet zones not included: true is a bar.</summary>
    public static bool[] Modules(string code) => new Code128Writer().encode(code);

    /// <summary>The widest module that fits the barcode and its quiet zones in <paramref name="width"/>, or null if even the narrowest does not.</summary>
    public static double? ModuleWidth(int modules, double width)
    {
        var dots = Math.Min(MaxDots, (int)Math.Floor(width / ((modules + (2 * QuietModules)) * DotPt)));
        return dots >= MinDots ? dots * DotPt : null;
    }

    /// <summary>Draws the bars centred on <paramref name="centreX"/>; the quiet zones are the blank around them.</summary>
    public static void Draw(XGraphics gfx, bool[] modules, double module, double centreX, double top, double height)
    {
        var left = centreX - (modules.Length * module / 2);
        for (var i = 0; i < modules.Length;)
        {
            var start = i;
            while (i < modules.Length && modules[i] == modules[start])
            {
                i++;
            }

            if (modules[start])
            {
                gfx.DrawRectangle(XBrushes.Black, left + (start * module), top, (i - start) * module, height);
            }
        }
    }
}
