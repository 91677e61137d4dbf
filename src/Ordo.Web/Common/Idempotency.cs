using Ordo.Application.Settings;

namespace Ordo.Web.Common;

/// <summary>
/// Wiring of <see cref="IdempotencyMiddleware"/>: its options, and the endpoints that take no key because their
/// request or answer holds a secret (a password, a bearer token), which must never be stored.
/// </summary>
internal static class Idempotency
{
    public static IServiceCollection AddIdempotency(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<IdempotencyOptions>().Bind(configuration.GetSection(IdempotencyOptions.Section))
            .Validate(o => o.KeyLifetime > TimeSpan.Zero && o.InProgressTimeout > TimeSpan.Zero, "Ordo:Idempotency: KeyLifetime and InProgressTimeout must be positive.")
            .ValidateOnStart();
        services.AddSingleton<SqliteWriteTurns>();
        return services;
    }

    /// <summary>An <c>Idempotency-Key</c> sent here is ignored: nothing about the request or its answer is kept.</summary>
    public static TBuilder WithoutIdempotencyKey<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(Exempt.Instance);

    public static bool TakesKeys(Endpoint? endpoint) => endpoint?.Metadata.GetMetadata<Exempt>() is null;

    private sealed class Exempt
    {
        public static readonly Exempt Instance = new();
    }
}
