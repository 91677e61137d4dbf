using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Ordo.Api.Tests.Support;
using Ordo.Application.Data;
using Ordo.Infrastructure.Demo;
using Ordo.Web.Identity;

namespace Ordo.Api.Tests.Hosting;

/// <summary>
/// The real Ordo host, reached over its HTTP pipeline, on a fresh database of its own with the demo
/// accounts and a clock the tests move. One per test class and provider, so classes run in parallel.
/// </summary>
public abstract class OrdoApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const int CartLifetimeDays = 30;

    /// <summary>Small, so a test reaches a buyer's claim limit with a few orders.</summary>
    public const int MaxOpenClaims = 3;

    private readonly ConcurrentDictionary<string, Lazy<Task<ApiUser>>> _demoUsers = new(StringComparer.Ordinal);
    private string? _connectionString;

    public TestClock Clock { get; } = new();

    /// <summary>The database commands of requests that carry <see cref="CommandCounter.Header"/>.</summary>
    public CommandCounter Commands { get; } = new();

    /// <summary>The value of <c>Ordo:Database:Provider</c>.</summary>
    public abstract string Provider { get; }

    /// <summary>This app's database, for a test that starts Ordo.Web as a process of its own on it.</summary>
    public string ConnectionString => _connectionString ?? throw new InvalidOperationException("The database is created in InitializeAsync.");

    /// <summary>A client without a token.</summary>
    public HttpClient Anonymous { get; private set; } = null!;

    /// <summary>Started with <c>Ordo:Demo=true</c> (the default), as most tests need the demo accounts.</summary>
    public bool Demo { get; init; } = true;

    /// <summary>Another app whose database this one opens (and leaves in place), instead of a fresh one.</summary>
    public OrdoApp? SharesDatabaseWith { get; init; }

    /// <summary>What the host logged at warning level and above.</summary>
    public LogCapture Log { get; } = new();

    public async Task InitializeAsync()
    {
        _connectionString = SharesDatabaseWith?._connectionString ?? await CreateDatabaseAsync();
        Anonymous = CreateDefaultClient(); // builds and starts the host: migrations, roles, demo data
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        if (SharesDatabaseWith is null)
        {
            await DropDatabaseAsync();
        }
    }

    /// <summary>Creates an empty database for this app and returns its connection string.</summary>
    protected abstract Task<string> CreateDatabaseAsync();

    protected abstract Task DropDatabaseAsync();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Host settings reach Program's builder.Configuration before it reads the provider.
        builder.UseSetting("Ordo:Database:Provider", Provider);
        builder.UseSetting("ConnectionStrings:Ordo", _connectionString ?? throw new InvalidOperationException("The database is created in InitializeAsync."));
        builder.UseSetting("Ordo:Demo", Demo ? "true" : "false");
        builder.UseSetting("Ordo:Orders:CartLifetimeDays", CartLifetimeDays.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("Ordo:Buying:MaxOpenClaims", MaxOpenClaims.ToString(CultureInfo.InvariantCulture));
        // The background dispatcher and the scheduler stay off: tests that need them dispatch or run jobs themselves.
        builder.UseSetting("Ordo:Outbox:Enabled", "false");
        builder.UseSetting("Ordo:Jobs:Enabled", "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");

        // Every test signs in and registers from the same address; RateLimitTests lowers these again.
        builder.UseSetting("Ordo:RateLimits:SignIn:PermitLimit", "100000");
        builder.UseSetting("Ordo:RateLimits:SignInPerAccount:PermitLimit", "100000");
        builder.UseSetting("Ordo:RateLimits:Registration:PermitLimit", "100000");
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Error");
        builder.ConfigureLogging(logging => logging.AddProvider(Log));
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            services.AddHttpContextAccessor();
            services.ConfigureDbContext<OrdoDbContext>((_, options) => options.AddInterceptors(Commands));

            // Every test registers and signs in its own customer: the same hashing, with fewer rounds.
            services.Configure<PasswordHasherOptions>(options => options.IterationCount = 1_000);
        });
    }

    /// <summary>A client that signs in as <paramref name="email"/> and signs in again when its token runs out.</summary>
    public async Task<ApiUser> SignInAsync(string email, string password)
    {
        var user = new ApiUser(CreateDefaultClient(new SignInHandler(this, email, password)), email);
        var me = await user.GetAsync<AuthEndpoints.MeResponse>("/api/me");
        user.Id = me.Id;
        return user;
    }

    /// <summary>A demo account (password <see cref="DemoAccounts.Password"/>), signed in once per app.</summary>
    public Task<ApiUser> DemoUserAsync(string email) =>
        _demoUsers.GetOrAdd(email, e => new Lazy<Task<ApiUser>>(() => SignInAsync(e, DemoAccounts.Password))).Value;

    /// <summary>A client holding one token and never fetching another, to see what a revoked token is answered.</summary>
    public async Task<ApiUser> WithTokenOfAsync(string email, string password)
    {
        var token = await IssueTokenAsync(email, password);
        var client = CreateDefaultClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token.AccessToken);
        return new ApiUser(client, email);
    }

    internal async Task<AuthEndpoints.TokenResponse> IssueTokenAsync(string email, string password)
    {
        var response = await Anonymous.PostAsJsonAsync("/api/auth/token", new { email, password }, ApiJson.Options);
        return await response.ReadAsync<AuthEndpoints.TokenResponse>();
    }
}
