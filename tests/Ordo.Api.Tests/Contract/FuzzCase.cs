namespace Ordo.Api.Tests.Contract;

/// <summary>One bad request of the fuzz: what it tries, and the request's path with query, content type and body.</summary>
public sealed record FuzzCase(string What, string Url, string? ContentType, byte[]? Body)
{
    public override string ToString() => $"{What}: {Url}";
}
