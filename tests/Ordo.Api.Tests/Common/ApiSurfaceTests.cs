using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ordo.Api.Tests.Hosting;
using Ordo.Api.Tests.Support;
using Ordo.Application.Data;

namespace Ordo.Api.Tests.Common;

public abstract class ApiSurfaceTests(OrdoApp app) : ApiTest(app)
{
    [Fact]
    public void The_app_runs_on_the_configured_database()
    {
        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<OrdoDbContext>();
        Assert.EndsWith(App.Provider == "Sqlite" ? ".Sqlite" : ".PostgreSQL", db.Database.ProviderName, StringComparison.Ordinal);
        Assert.Contains(App.Provider == "Sqlite" ? "ordo-api-tests-" : "ordo_api_", db.Database.GetConnectionString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_is_reported_without_signing_in()
    {
        var response = await Anonymous.GetAsync("/health");

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_OpenAPI_document_lists_the_endpoints()
    {
        var response = await Anonymous.GetAsync("/openapi/v1.json");

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var paths = document.RootElement.GetProperty("paths");
        string[] expected =
        [
            "/api/auth/token", "/api/auth/register", "/api/me", "/api/cart/lines", "/api/cart/lines/{id}", "/api/cart/submit",
            "/api/orders", "/api/orders/{id}", "/api/orders/{id}/history", "/api/orders/{id}/approve",
            "/api/orders/{id}/reject", "/api/orders/{id}/assign", "/api/orders/{id}/cancel", "/api/orders/approve",
            "/api/orders/reject", "/api/staff", "/api/staff/{id}", "/api/staff/assignable",
            "/api/customers", "/api/customers/{id}", "/api/customers/{id}/terms", "/api/customers/{id}/terms/history",
        ];
        var listed = paths.EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        Assert.Empty(expected.Except(listed));
        Assert.True(paths.GetProperty("/api/orders/{id}/approve").TryGetProperty("post", out _));
    }

    public sealed class OnSqlite(SqliteApp app) : ApiSurfaceTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : ApiSurfaceTests(app), IClassFixture<PostgresApp>;
}
