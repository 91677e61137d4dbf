namespace Ordo.Browser.Tests.Infrastructure;

/// <summary>
/// The accessibility scan of every page has an app and a Chromium of its own, so it runs beside the flow tests of
/// <see cref="BrowserTestGroup"/> instead of after them (it is the longest part of the browser tests, and mostly waits).
/// </summary>
[CollectionDefinition(Name)]
public sealed class AccessibilityScanGroup : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Accessibility scan";
}
