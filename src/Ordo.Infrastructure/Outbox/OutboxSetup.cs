using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Ordo.Application.Settings;

namespace Ordo.Infrastructure.Outbox;

public static class OutboxSetup
{
    /// <summary>The dispatcher's options and, unless <c>Ordo:Outbox:Enabled</c> is false, its background worker.</summary>
    public static IServiceCollection AddOrdoOutbox(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OutboxOptions>().Bind(configuration.GetSection(OutboxOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        if (configuration.GetValue($"{OutboxOptions.Section}:{nameof(OutboxOptions.Enabled)}", true))
        {
            services.AddHostedService<OutboxWorker>();
        }

        return services;
    }
}
