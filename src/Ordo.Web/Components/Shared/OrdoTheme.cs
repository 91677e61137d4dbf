using MudBlazor;

namespace Ordo.Web.Components.Shared;

public static class OrdoTheme
{
    private static readonly string[] Fonts = ["Inter", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"];

    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#0F4C81",
            // Secondary, Success and Warning are shades dark enough for text at 4.5:1 (WCAG 1.4.3) on white, on the page background
            // and on their own light tint (text chips, outlined buttons); white text on them passes as well.
            Secondary = "#A14C05",
            Tertiary = "#2A9D8F",
            Info = "#2B6CB0",
            Success = "#276749",
            Warning = "#92400E",
            Error = "#C53030",
            AppbarBackground = "#0F4C81",
            Background = "#F4F6F9",
            DrawerBackground = "#FFFFFF",
            DrawerText = "#2D3748",
            TextPrimary = "#1A202C",
            TextSecondary = "#5A6473",
            TableLines = "#E6E9EF",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = Fonts },
            H4 = new H4Typography { FontFamily = Fonts, FontSize = "1.6rem", FontWeight = "600" },
            H5 = new H5Typography { FontFamily = Fonts, FontSize = "1.3rem", FontWeight = "600" },
            H6 = new H6Typography { FontFamily = Fonts, FontSize = "1.05rem", FontWeight = "600" },
            Button = new ButtonTypography { FontFamily = Fonts, TextTransform = "none", FontWeight = "500" },
        },
        LayoutProperties = new LayoutProperties { DefaultBorderRadius = "8px", DrawerWidthLeft = "248px" },
    };
}
