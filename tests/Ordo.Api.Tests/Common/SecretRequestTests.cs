using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.DependencyInjection;
using Ordo.Api.Tests.Hosting;
using Ordo.Api.Tests.Support;
using Ordo.Web.Common;

namespace Ordo.Api.Tests.Common;

/// <summary>
/// An Idempotency-Key stores a hash of the request and its answer: an operation whose body carries a password
/// must take no key, or a password-derived hash (or a generated password) would sit in the database for a day.
/// </summary>
public abstract class SecretRequestTests(OrdoApp app) : ApiTest(app)
{
    [Fact]
    public void Every_operation_whose_body_holds_a_password_takes_no_idempotency_key()
    {
        var descriptions = App.Services.GetRequiredService<IApiDescriptionGroupCollectionProvider>().ApiDescriptionGroups.Items
            .SelectMany(g => g.Items).ToList();
        var secretHolders = descriptions
            .Where(d => d.ParameterDescriptions.Any(p => p.Source == BindingSource.Body && HoldsPassword(p.Type)))
            .ToList();

        Assert.NotEmpty(secretHolders);
        var keyed = secretHolders
            .Where(d => Idempotency.TakesKeys(new Endpoint(null, new EndpointMetadataCollection(d.ActionDescriptor.EndpointMetadata), d.RelativePath)))
            .Select(d => $"{d.HttpMethod} /{d.RelativePath}")
            .ToList();
        Assert.True(keyed.Count == 0, "These operations carry a password but accept an Idempotency-Key: " + string.Join(", ", keyed));
    }

    private static bool HoldsPassword(Type? type) =>
        type is not null && type.GetProperties().Any(p => p.Name.Contains("Password", StringComparison.OrdinalIgnoreCase));

    public sealed class OnSqlite(SqliteApp app) : SecretRequestTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : SecretRequestTests(app), IClassFixture<PostgresApp>;
}
