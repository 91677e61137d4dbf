using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Ordo.Application.Logistics;
using Ordo.Infrastructure.Data;
using Ordo.Infrastructure.Demo;
using Ordo.Infrastructure.Identity;
using Ordo.Infrastructure.Logistics;

namespace Ordo.Infrastructure;

public static class DependencyInjection
{
    public static IServiceCollection AddOrdoInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOrdoDatabase(configuration);
        services.AddScoped<IdentityBootstrap>();
        services.AddSingleton<SetupToken>();
        services.AddScoped<DemoData>();
        services.AddSingleton<DemoStatus>();
        services.AddSingleton<IParcelLabelRenderer, ParcelLabelPdf>();
        services.AddSingleton<IReleaseSlipRenderer, ReleaseSlipPdf>();
        return services;
    }
}
