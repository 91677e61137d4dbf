using Microsoft.Extensions.Logging;
using Ordo.Application.Buying;
using Quartz;

namespace Ordo.Infrastructure.Scheduling;

[DisallowConcurrentExecution]
public sealed class MarkLateOrdersJob(MarkLateOrders mark, ILogger<MarkLateOrdersJob> logger) : IJob
{
    public static readonly JobKey Key = new("mark-late-orders", SchedulingSetup.Group);

    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        JobRun.RunAsync(Key.Name, logger, () => mark.RunAsync(cancellationToken));
}
