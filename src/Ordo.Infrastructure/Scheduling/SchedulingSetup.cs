using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Ordo.Application.Settings;
using Ordo.Infrastructure.Data;
using Quartz;

namespace Ordo.Infrastructure.Scheduling;

/// <summary>
/// Quartz: on PostgreSQL a clustered ADO.NET job store in the application's database (tables <c>qrtz_*</c>,
/// created by a migration), so every instance shares one schedule and a job fires on one of them only;
/// on SQLite, which runs one instance, an in-memory store.
/// </summary>
public static class SchedulingSetup
{
    public const string SchedulerName = "Ordo";
    public const string Group = "ordo";
    public const string TablePrefix = "qrtz_";

    public static IServiceCollection AddOrdoScheduling(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<IdempotencyOptions>().Bind(configuration.GetSection(IdempotencyOptions.Section));
        var jobs = configuration.GetSection(JobsOptions.Section).Get<JobsOptions>() ?? new JobsOptions();
        if (!jobs.Enabled)
        {
            return services;
        }

        var provider = configuration.GetValue($"{OrdoOptions.Section}:Database:Provider", DatabaseProvider.Sqlite);
        var connectionString = configuration.GetConnectionString(DatabaseSetup.ConnectionStringName);
        services.AddQuartz(q => Configure(q, provider, connectionString, jobs));
        services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        return services;
    }

    /// <summary>The store and the jobs with their triggers.</summary>
    public static void Configure(IQuartzBuilder quartz, DatabaseProvider provider, string? connectionString, JobsOptions jobs)
    {
        ArgumentNullException.ThrowIfNull(quartz);
        ArgumentNullException.ThrowIfNull(jobs);
        quartz.ConfigureScheduler(options =>
        {
            options.InstanceName = SchedulerName;
            options.InstanceId = "AUTO";
        });
        if (provider == DatabaseProvider.Postgres)
        {
            quartz.UsePersistentStore(store =>
            {
                store.UsePostgres(connectionString ?? throw new InvalidOperationException("Ordo:Database:Provider is Postgres but ConnectionStrings:Ordo is empty."));
                store.UseClustering();
                store.UseSystemTextJsonSerializer();
                store.ConfigureStore(options => options.TablePrefix = TablePrefix);
            });
        }
        else
        {
            quartz.UseInMemoryStore();
        }

        quartz.ScheduleJob<ExpireCartLinesJob>(
            trigger => trigger.WithIdentity("expire-cart-lines", Group).WithCronSchedule(jobs.ExpireCartLines),
            job => job.WithIdentity(ExpireCartLinesJob.Key));
        quartz.ScheduleJob<PruneIdempotencyKeysJob>(
            trigger => trigger.WithIdentity("prune-idempotency-keys", Group).WithCronSchedule(jobs.PruneIdempotencyKeys),
            job => job.WithIdentity(PruneIdempotencyKeysJob.Key));
        quartz.ScheduleJob<MarkLateOrdersJob>(
            trigger => trigger.WithIdentity("mark-late-orders", Group).WithCronSchedule(jobs.MarkLateOrders),
            job => job.WithIdentity(MarkLateOrdersJob.Key));
        quartz.ScheduleJob<MarkLostParcelsJob>(
            trigger => trigger.WithIdentity("mark-lost-parcels", Group).WithCronSchedule(jobs.MarkLostParcels),
            job => job.WithIdentity(MarkLostParcelsJob.Key));
        quartz.ScheduleJob<CompleteDeliveredOrdersJob>(
            trigger => trigger.WithIdentity("complete-delivered-orders", Group).WithCronSchedule(jobs.CompleteDeliveredOrders),
            job => job.WithIdentity(CompleteDeliveredOrdersJob.Key));
    }
}
