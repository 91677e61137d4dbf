using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using MudBlazor.Services;
using Ordo.Application;
using Ordo.Application.Data;
using Ordo.Application.Identity;
using Ordo.Application.Settings;
using Ordo.Infrastructure;
using Ordo.Infrastructure.Outbox;
using Ordo.Infrastructure.Scheduling;
using Ordo.Infrastructure.Telemetry;
using Ordo.Web.Buying;
using Ordo.Web.Common;
using Ordo.Web.Components;
using Ordo.Web.Customers;
using Ordo.Web.Files;
using Ordo.Web.Identity;
using Ordo.Web.Logistics;
using Ordo.Web.Money;
using Ordo.Web.Notifications;
using Ordo.Web.Orders;
using Ordo.Web.Outbox;
using Scalar.AspNetCore;

// "--demo" is a flag, not a key/value pair: take it out before the command-line configuration reads the rest.
var demo = args.Contains("--demo", StringComparer.Ordinal);
var builder = WebApplication.CreateBuilder(args.Where(a => a != "--demo").ToArray());
if (demo)
{
    builder.Configuration["Ordo:Demo"] = "true";
}

// Package and framework assets (MudBlazor, blazor.web.js) are read from where the build left them, which ASP.NET Core
// does by itself only in Development: the README's `dotnet run` runs in Production. A published build has them in
// wwwroot and no build manifest, and there this does nothing.
if (!builder.Environment.IsDevelopment())
{
    builder.WebHost.UseStaticWebAssets();
}

builder.Services.AddOptions<OrdoOptions>().Bind(builder.Configuration.GetSection(OrdoOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
builder.Services.AddOptions<OrdersOptions>().Bind(builder.Configuration.GetSection($"{OrdoOptions.Section}:Orders")).ValidateDataAnnotations().ValidateOnStart();
builder.Services.AddOptions<BuyingOptions>().Bind(builder.Configuration.GetSection($"{OrdoOptions.Section}:Buying")).ValidateDataAnnotations().ValidateOnStart();
builder.Services.AddOptions<LogisticsOptions>().Bind(builder.Configuration.GetSection($"{OrdoOptions.Section}:Logistics")).ValidateDataAnnotations().ValidateOnStart();
builder.Services.AddOptions<AccountsOptions>().Bind(builder.Configuration.GetSection($"{OrdoOptions.Section}:Accounts")).ValidateDataAnnotations().ValidateOnStart();
builder.Services.AddOrdoApplication();
builder.Services.AddIdempotency(builder.Configuration);
builder.Services.AddOrdoRateLimits(builder.Configuration);
builder.Services.AddOrdoInfrastructure(builder.Configuration);
builder.Services.AddOrdoOutbox(builder.Configuration);
builder.Services.AddOrdoScheduling(builder.Configuration);
builder.Services.AddOrdoTelemetry(builder.Configuration);

// Identity: cookies for the web UI, bearer tokens for the API, one policy scheme choosing between them.
const string CookieOrBearer = "CookieOrBearer";
builder.Services.AddAuthentication(options =>
    {
        options.DefaultScheme = CookieOrBearer;
        options.DefaultChallengeScheme = CookieOrBearer;
    })
    .AddPolicyScheme(CookieOrBearer, "Cookie or bearer token", options =>
        options.ForwardDefaultSelector = context =>
            context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                ? IdentityConstants.BearerScheme
                : IdentityConstants.ApplicationScheme)
    .AddBearerToken(IdentityConstants.BearerScheme, options => options.BearerTokenExpiration = TimeSpan.FromHours(8))
    .AddIdentityCookies();
builder.Services.AddSingleton<IPostConfigureOptions<BearerTokenOptions>, CachedBearerTickets.Setup>();
builder.Services.AddIdentityCore<AppUser>(options =>
    {
        options.User.RequireUniqueEmail = true;
        options.Password.RequiredLength = 8;
        options.Password.RequireDigit = true;
        options.Password.RequireLowercase = true;
        options.Password.RequireUppercase = true;
        options.Password.RequireNonAlphanumeric = false;
        options.Lockout.MaxFailedAccessAttempts = 5;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        options.Lockout.AllowedForNewUsers = true;
    })
    .AddRoles<IdentityRole<Guid>>()
    .AddEntityFrameworkStores<OrdoDbContext>()
    .AddSignInManager()
    .AddClaimsPrincipalFactory<OrdoClaimsPrincipalFactory>()
    .AddDefaultTokenProviders();
builder.Services.ConfigureApplicationCookie(options =>
{
    options.LoginPath = "/account/login";
    options.AccessDeniedPath = "/account/access-denied";
    options.ExpireTimeSpan = TimeSpan.FromDays(7);
    options.SlidingExpiration = true;
    options.Events.OnRedirectToLogin = context => ApiOrRedirect(context, StatusCodes.Status401Unauthorized);
    options.Events.OnRedirectToAccessDenied = context => ApiOrRedirect(context, StatusCodes.Status403Forbidden);
});
builder.Services.AddScoped<IClaimsTransformation, ActiveAccountCheck>();
builder.Services.AddSingleton<IAuthorizationMiddlewareResultHandler, RevokedSignInChallenge>();
builder.Services.AddAuthorization();
builder.Services.AddCascadingAuthenticationState();
builder.Services.AddDataProtection();
builder.Services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));

// HTTP API: problem details for every failure, string enums, OpenAPI with interactive docs.
builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
    context.ProblemDetails.Extensions.TryAdd("traceId", context.HttpContext.TraceIdentifier));
builder.Services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
builder.Services.Configure<JsonOptions>(options => options.SerializerOptions.Converters.Add(new EnumJsonConverter()));
builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
builder.Services.AddOpenApi(options =>
{
    options.AddDocumentTransformer<BearerSecurityTransformer>();
    options.AddSchemaTransformer<EnumSchemaTransformer>();
    options.CreateSchemaReferenceId = OpenApiSchemaNames.For;
});
builder.Services.AddSingleton<Ordo.Infrastructure.Data.DatabaseHealthCheck>();
builder.Services.AddHealthChecks().AddCheck<Ordo.Infrastructure.Data.DatabaseHealthCheck>("database");

// Web UI.
builder.Services.AddLocalization(options => options.ResourcesPath = "Resources");
builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddScoped<Microsoft.AspNetCore.Components.Authorization.AuthenticationStateProvider, CircuitAccountCheck>();
builder.Services.AddScoped<Ordo.Web.Components.Notifications.NotificationSignal>();
builder.Services.AddMudServices(options => options.SnackbarConfiguration.PositionClass = MudBlazor.Defaults.Classes.Position.BottomRight);

var app = builder.Build();
try
{
    await StartupTasks.PrepareAsync(app.Services);
}
catch (Ordo.Infrastructure.Demo.DemoDatabaseRefusedException refused)
{
    app.Logger.LogCritical("{Reason}", refused.Message);
    return 2;
}

app.UseMiddleware<SecurityHeaders>();
app.UseHsts();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseMiddleware<MissingStaticAssets>();
app.UseStaticFiles();
app.UseRateLimiter();
app.UseAuthentication();
// After authentication, so a signed-in user's saved language can apply where the browser has made no choice.
app.UseRequestLocalization(options =>
{
    options.SetDefaultCulture("vi").AddSupportedCultures(CultureEndpoints.Supported).AddSupportedUICultures(CultureEndpoints.Supported);
    options.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider(), new UserLanguageCultureProvider()];
});
app.UseAuthorization();
app.UseMiddleware<PasswordChangeGate>();
app.UseMiddleware<IdempotencyMiddleware>();
app.UseAntiforgery();

app.MapOpenApi();
app.MapScalarApiReference("/docs", options => options.WithTitle("Ordo API").WithOpenApiRoutePattern("/openapi/{documentName}.json"));
// Answered straight after routing: a monitor's poll needs no sign-in, culture, antiforgery or security headers.
app.MapHealthChecks("/health").AllowAnonymous().ShortCircuit();
app.MapAuthEndpoints();
app.MapAccountSecurityEndpoints();
app.MapStaffEndpoints();
app.MapCustomerEndpoints();
app.MapCartEndpoints();
app.MapOrderEndpoints();
app.MapBuyingEndpoints();
app.MapMoneyEndpoints();
app.MapOrderMoneyEndpoints();
app.MapMoneyAdminEndpoints();
app.MapBuyingAccountEndpoints();
app.MapLogisticsEndpoints();
app.MapShipmentEndpoints();
app.MapStocktakeEndpoints();
app.MapDeliveryEndpoints();
app.MapParcelClaimEndpoints();
app.MapFileEndpoints();
app.MapNotificationEndpoints();
app.MapOutboxEndpoints();
app.MapCultureEndpoints();
app.MapAccountEndpoints();
app.MapStaticAssets();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

await app.RunAsync();
return 0;

static Task ApiOrRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
{
    if (context.Request.Path.StartsWithSegments("/api"))
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }

    context.Response.Redirect(context.RedirectUri);
    return Task.CompletedTask;
}

/// <summary>Entry point, visible to the test host.</summary>
public partial class Program;
