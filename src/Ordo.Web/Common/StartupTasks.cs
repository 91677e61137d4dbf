using Microsoft.Extensions.Options;
using Ordo.Application.Settings;
using Ordo.Infrastructure.Data;
using Ordo.Infrastructure.Demo;
using Ordo.Infrastructure.Identity;

namespace Ordo.Web.Common;

internal static class StartupTasks
{
    /// <summary>Migrates the database, ensures roles and the configured admin, and seeds demo data with --demo.</summary>
    public static async Task PrepareAsync(IServiceProvider services)
    {
        await DatabaseSetup.MigrateAsync(services);
        await using var scope = services.CreateAsyncScope();
        var bootstrap = scope.ServiceProvider.GetRequiredService<IdentityBootstrap>();
        await bootstrap.EnsureRolesAsync();
        await bootstrap.EnsureConfiguredAdminAsync();
        if (scope.ServiceProvider.GetRequiredService<IOptions<OrdoOptions>>().Value.Demo)
        {
            await scope.ServiceProvider.GetRequiredService<DemoData>().SeedAsync();
        }
    }
}
