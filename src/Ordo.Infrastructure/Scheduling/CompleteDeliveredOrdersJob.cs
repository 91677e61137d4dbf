using Microsoft.Extensions.Logging;
using Ordo.Application.Logistics;
using Quartz;

namespace Ordo.Infrastructure.Scheduling;

[DisallowConcurrentExecution]
public sealed class CompleteDeliveredOrdersJob(CompleteDeliveredOrders complete, ILogger<CompleteDeliveredOrdersJob> logger) : IJob
{
    public static readonly JobKey Key = new("complete-delivered-orders", SchedulingSetup.Group);

    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        JobRun.RunAsync(Key.Name, logger, () => complete.RunAsync(cancellationToken));
}
