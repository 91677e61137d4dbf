using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Ordo.Application.Common;

namespace Ordo.Infrastructure.Telemetry;

/// <summary>
/// Traces and metrics over OTLP: requests (ASP.NET Core), outgoing HTTP, PostgreSQL commands (Npgsql) and
/// Ordo's own dispatcher and jobs. Only when an endpoint is configured; otherwise nothing is registered
/// and nothing is exported.
/// </summary>
public static class TelemetrySetup
{
    public const string EndpointKey = "Ordo:Telemetry:OtlpEndpoint";
    public const string StandardEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";
    public const string StandardProtocolKey = "OTEL_EXPORTER_OTLP_PROTOCOL";

    public static IServiceCollection AddOrdoTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var endpoint = configuration[EndpointKey] is { Length: > 0 } ordo ? ordo : configuration[StandardEndpointKey];
        if (string.IsNullOrWhiteSpace(endpoint))
        {
            return services;
        }

        var protocol = configuration[StandardProtocolKey] == "http/protobuf" ? OtlpExportProtocol.HttpProtobuf : OtlpExportProtocol.Grpc;
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("Ordo"))
            .WithTracing(tracing => tracing
                .AddSource(OrdoTelemetry.Name)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddNpgsql())
            .WithMetrics(metrics => metrics
                .AddMeter(OrdoTelemetry.Name)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddNpgsqlInstrumentation())
            .UseOtlpExporter(protocol, new Uri(endpoint));
        return services;
    }
}
