using System.Text.Json.Serialization;
using Npgsql;
using Ordo.LoadBaseline;

// The raw baseline of the load benchmark: the same questions as Ordo's API, answered with hand-written SQL on a
// pooled NpgsqlDataSource, no EF, no Identity. A bearer token is looked up in a dictionary loaded at start
// (--tokens: lines "token userId"). The SQL it runs is in OrderQueries.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
var connection = builder.Configuration["connection"] ?? throw new InvalidOperationException("--connection is required");
builder.Services.AddSingleton(NpgsqlDataSource.Create(connection));
var countLimit = int.Parse(builder.Configuration["count-limit"] ?? "1000", System.Globalization.CultureInfo.InvariantCulture);
builder.Services.AddSingleton(services => new OrderQueries(services.GetRequiredService<NpgsqlDataSource>(), countLimit));
builder.Services.AddSingleton(services => new ParcelQueries(services.GetRequiredService<NpgsqlDataSource>()));
var tokens = File.ReadAllLines(builder.Configuration["tokens"] ?? throw new InvalidOperationException("--tokens is required"))
    .Select(l => l.Split(' ')).Where(p => p.Length == 2).ToDictionary(p => p[0], p => Guid.Parse(p[1]), StringComparer.Ordinal);
var app = builder.Build();

app.MapGet("/health", () => "Healthy");

var api = app.MapGroup("/api").AddEndpointFilter(async (context, next) =>
{
    var header = context.HttpContext.Request.Headers.Authorization.ToString();
    if (!header.StartsWith("Bearer ", StringComparison.Ordinal) || !tokens.TryGetValue(header[7..], out var user))
    {
        return Results.Unauthorized();
    }

    context.HttpContext.Items["user"] = user;
    return await next(context);
});
api.MapGet("/me", async (HttpContext context, OrderQueries queries, CancellationToken ct) =>
    await queries.MeAsync((Guid)context.Items["user"]!, ct) is { } me ? Results.Ok(me) : Results.NotFound());
api.MapGet("/orders", async (OrderQueries queries, string? q, Guid? customerId, string? trackingNumber,
    [Microsoft.AspNetCore.Mvc.FromQuery] string[]? status, DateTimeOffset? from, DateTimeOffset? to, int? page, int? pageSize, CancellationToken ct) =>
    Results.Ok(await queries.SearchAsync(new OrderQueries.Filter(q, customerId, trackingNumber, status, from, to), page ?? 1, pageSize ?? 20, ct)));
api.MapGet("/orders/{code}", async (OrderQueries queries, string code, CancellationToken ct) =>
    await queries.GetAsync(code.Trim().ToUpperInvariant(), ct) is { } order ? Results.Ok(order) : Results.NotFound());
api.MapPost("/warehouses/{code}/scan", async (HttpContext context, ParcelQueries parcels, string code, ParcelQueries.ScanCommand command, CancellationToken ct) =>
    await parcels.ScanAsync((Guid)context.Items["user"]!, code, command, ct));
api.MapGet("/parcels", async (ParcelQueries parcels, Guid? orderId, Ordo.Domain.Logistics.ParcelStatus? status, string? warehouse, bool? anonymous, int? page, int? pageSize, CancellationToken ct) =>
    Results.Ok(await parcels.ListAsync(orderId, status, warehouse, anonymous, page ?? 1, Math.Clamp(pageSize ?? 50, 1, 200), ct)));
app.Run();
