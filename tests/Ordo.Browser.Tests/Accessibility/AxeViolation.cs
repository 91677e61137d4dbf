namespace Ordo.Browser.Tests.Accessibility;

/// <summary>One axe rule broken on a page: its id, impact (minor, moderate, serious, critical) and the elements that break it.</summary>
public sealed record AxeViolation(string Rule, string Impact, string Help, IReadOnlyList<string> Targets);
