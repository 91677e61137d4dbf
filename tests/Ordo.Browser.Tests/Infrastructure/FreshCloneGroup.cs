namespace Ordo.Browser.Tests.Infrastructure;

/// <summary>Tests of Ordo built from a fresh clone: one clone (and each of its servers started once) for all of them.</summary>
[CollectionDefinition(Name)]
public sealed class FreshCloneGroup : ICollectionFixture<FreshClone>
{
    public const string Name = "Fresh clone";
}
