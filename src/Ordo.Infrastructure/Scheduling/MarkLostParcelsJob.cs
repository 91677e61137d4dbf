using Microsoft.Extensions.Logging;
using Ordo.Application.Logistics;
using Quartz;

namespace Ordo.Infrastructure.Scheduling;

[DisallowConcurrentExecution]
public sealed class MarkLostParcelsJob(MarkLostParcels mark, ILogger<MarkLostParcelsJob> logger) : IJob
{
    public static readonly JobKey Key = new("mark-lost-parcels", SchedulingSetup.Group);

    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        JobRun.RunAsync(Key.Name, logger, () => mark.RunAsync(cancellationToken));
}
