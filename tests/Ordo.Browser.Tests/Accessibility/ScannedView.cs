using Microsoft.Playwright;

namespace Ordo.Browser.Tests.Accessibility;

/// <summary>
/// One thing the accessibility scan looks at: the page at <paramref name="Route"/> (opened at <paramref name="Path"/>),
/// or a dialog or menu that <paramref name="Open"/> opens on it (given the page and its language), for each of <paramref name="Roles"/>.
/// </summary>
public sealed record ScannedView(
    string Route, string Name, Func<ScanData, string> Path, IReadOnlyList<string> Roles, Func<IPage, string, Task>? Open = null)
{
    public override string ToString() => Name;
}
