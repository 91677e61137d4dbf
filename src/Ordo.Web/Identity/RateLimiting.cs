using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Ordo.Web.Identity;

/// <summary>
/// ASP.NET Core's rate limiter on sign-in, tokens and registration, per client address (see
/// <see cref="RateLimitOptions"/>); <see cref="SignInGuard"/> adds the per-account limit. A refused request
/// hears 429 problem details with <c>Retry-After</c>; the sign-in form goes back to its page with a message.
/// </summary>
internal static class RateLimiting
{
    public const string SignInPolicy = "sign-in";
    public const string RegistrationPolicy = "registration";

    public static IServiceCollection AddOrdoRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RateLimitOptions>().Bind(configuration.GetSection(RateLimitOptions.Section))
            .Validate(o => Valid(o.SignIn) && Valid(o.SignInPerAccount) && Valid(o.Registration), "Ordo:RateLimits: every PermitLimit must be at least 1 and every Window at least a second.")
            .ValidateOnStart();
        services.AddSingleton<SignInGuard>();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>>((limiter, limits) =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(SignInPolicy, context => ByClient(context, limits.Value.SignIn));
            limiter.AddPolicy(RegistrationPolicy, context => ByClient(context, limits.Value.Registration));
            limiter.OnRejected = (rejected, _) =>
            {
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromMinutes(1);
                return TooManyAsync(rejected.HttpContext, retryAfter);
            };
        });
        return services;
    }

    /// <summary>429 with <c>Retry-After</c>: problem details for the API, the sign-in page with a message for the form.</summary>
    public static async ValueTask TooManyAsync(HttpContext context, TimeSpan retryAfter)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        if (!context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.Redirect("/account/login?error=rate_limited");
            return;
        }

        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        var problem = new Microsoft.AspNetCore.Mvc.ProblemDetails
        {
            Status = StatusCodes.Status429TooManyRequests,
            Title = "Too many requests",
            Detail = "Too many attempts; try again after the time in Retry-After.",
        };
        problem.Extensions["code"] = "rate_limited";
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
    }

    private static RateLimitPartition<string> ByClient(HttpContext context, RateLimitWindow window) =>
        RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => window.ToLimiter());

    private static bool Valid(RateLimitWindow window) => window.PermitLimit >= 1 && window.Window >= TimeSpan.FromSeconds(1);
}
