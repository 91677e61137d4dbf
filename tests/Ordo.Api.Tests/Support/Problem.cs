namespace Ordo.Api.Tests.Support;

/// <summary>An RFC 9457 problem detail as the API returns it, with Ordo's stable <c>code</c> and field errors.</summary>
public sealed record Problem(int? Status, string? Title, string? Detail, string? Code, IReadOnlyDictionary<string, string[]>? Errors)
{
    /// <summary>Asserts that the errors name <paramref name="field"/> and returns its reasons.</summary>
    public string[] ShouldNameField(string field)
    {
        var errors = Errors ?? new Dictionary<string, string[]>();
        Assert.True(errors.ContainsKey(field), $"Expected an error for '{field}', got: {string.Join("; ", errors.Select(e => $"{e.Key}: {string.Join(", ", e.Value)}"))}");
        return errors[field];
    }
}
