namespace Ordo.Browser.Tests.Infrastructure;

/// <summary>Browser tests share one running app and one Chromium (starting them is the slow part).</summary>
[CollectionDefinition(Name)]
public sealed class BrowserTestGroup : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
