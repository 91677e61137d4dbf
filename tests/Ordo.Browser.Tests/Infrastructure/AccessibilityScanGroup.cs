namespace Ordo.Browser.Tests.Infrastructure;

/// <summary>
/// The accessibility scan of every page is the longest part of the browser tests and mostly waits, so it runs beside the
/// flow tests of <see cref="BrowserTestGroup"/>, split by language: each half has an app and a Chromium of its own.
/// </summary>
public static class AccessibilityScanGroup
{
    public const string Vietnamese = "Accessibility scan (vi)";

    public const string English = "Accessibility scan (en)";

    /// <summary>The Vietnamese half's app and browser (a type of its own, so xUnit gives the half its own instance).</summary>
    public sealed class VietnameseBrowser : BrowserFixture;

    /// <summary>The English half's app and browser.</summary>
    public sealed class EnglishBrowser : BrowserFixture;
}

[CollectionDefinition(AccessibilityScanGroup.Vietnamese)]
public sealed class VietnameseAccessibilityScanGroup : ICollectionFixture<AccessibilityScanGroup.VietnameseBrowser>;

[CollectionDefinition(AccessibilityScanGroup.English)]
public sealed class EnglishAccessibilityScanGroup : ICollectionFixture<AccessibilityScanGroup.EnglishBrowser>;
