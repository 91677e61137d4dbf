namespace Ordo.Browser.Tests.Infrastructure;

/// <summary>
/// Tests of Ordo built from a fresh clone: one clone (and each of its servers started once) for all of them. They
/// build the solution twice, so they run alone rather than starve the other browser tests of the machine's cores.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class FreshCloneGroup : ICollectionFixture<FreshClone>
{
    public const string Name = "Fresh clone";
}
