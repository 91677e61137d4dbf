namespace Ordo.Api.Tests.Support;

/// <summary>What a resource looked like through the API at one moment, to prove later that a refused request changed nothing.</summary>
public sealed record Snapshot(string Url, string Json);
