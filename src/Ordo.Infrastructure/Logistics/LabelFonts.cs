using System.Reflection;
using PdfSharp.Fonts;

namespace Ordo.Infrastructure.Logistics;

/// <summary>
/// DejaVu Sans, regular and bold, from this assembly's resources: PDFsharp on Linux sees no system fonts, and a
/// label must print the same on a machine with none installed. The fonts cover Vietnamese.
/// </summary>
internal sealed class LabelFonts : IFontResolver
{
    public const string Family = "DejaVu Sans";

    private const string RegularFace = "DejaVuSans";
    private const string BoldFace = "DejaVuSans-Bold";

    private static readonly LabelFonts Instance = new();
    private static readonly Lock Gate = new();
    private static volatile bool _registered;

    private LabelFonts()
    {
    }

    /// <summary>
    /// Makes these fonts PDFsharp's, once per process. PDFsharp's font resolver is global and may not change once a
    /// font was used, so a resolver someone else set first is an error here, not something to replace.
    /// </summary>
    public static void EnsureRegistered()
    {
        if (_registered)
        {
            return;
        }

        lock (Gate)
        {
            if (_registered)
            {
                return;
            }

            switch (GlobalFontSettings.FontResolver)
            {
                case null:
                    GlobalFontSettings.FontResolver = Instance;
                    break;
                case LabelFonts:
                    break;
                case var other:
                    throw new InvalidOperationException(
                        $"PDFsharp already has the font resolver {other.GetType().FullName}; labels need {typeof(LabelFonts).FullName}.");
            }

            _registered = true;
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        string.Equals(familyName, Family, StringComparison.OrdinalIgnoreCase)
            ? new FontResolverInfo(bold ? BoldFace : RegularFace, mustSimulateBold: false, mustSimulateItalic: italic)
            : null;

    public byte[]? GetFont(string faceName)
    {
        if (faceName is not (RegularFace or BoldFace))
        {
            return null;
        }

        var name = $"{typeof(LabelFonts).Namespace}.Fonts.{faceName}.ttf";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The font resource {name} is missing from {Assembly.GetExecutingAssembly().GetName().Name}.");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }
}
