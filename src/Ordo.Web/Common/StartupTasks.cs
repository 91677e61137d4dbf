using Microsoft.Extensions.Options;
using Ordo.Application.Settings;
using Ordo.Infrastructure.Data;
using Ordo.Infrastructure.Demo;
using Ordo.Infrastructure.Identity;

namespace Ordo.Web.Common;

internal static class StartupTasks
{
    /// <summary>
    /// Migrates the database, ensures roles, seeds demo data with --demo (before the configured admin, which would
    /// make the database look real), ensures the configured admin, and logs the setup token while no admin exists.
    /// </summary>
    /// <exception cref="DemoDatabaseRefusedException">--demo on a database with real accounts.</exception>
    public static async Task PrepareAsync(IServiceProvider services)
    {
        await DatabaseSetup.MigrateAsync(services);
        await using var scope = services.CreateAsyncScope();
        var bootstrap = scope.ServiceProvider.GetRequiredService<IdentityBootstrap>();
        var demo = scope.ServiceProvider.GetRequiredService<DemoData>();
        await bootstrap.EnsureRolesAsync();
        if (scope.ServiceProvider.GetRequiredService<IOptions<OrdoOptions>>().Value.Demo)
        {
            await demo.SeedAsync();
        }
        else
        {
            await demo.DetectAsync();
        }

        await bootstrap.EnsureConfiguredAdminAsync();
        await bootstrap.AnnounceSetupAsync();
    }
}
