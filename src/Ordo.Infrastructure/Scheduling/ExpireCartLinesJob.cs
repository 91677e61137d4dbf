using Microsoft.Extensions.Logging;
using Ordo.Application.Orders;
using Quartz;

namespace Ordo.Infrastructure.Scheduling;

[DisallowConcurrentExecution]
public sealed class ExpireCartLinesJob(ExpireCartLines expire, ILogger<ExpireCartLinesJob> logger) : IJob
{
    public static readonly JobKey Key = new("expire-cart-lines", SchedulingSetup.Group);

    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        JobRun.RunAsync(Key.Name, logger, () => expire.RunAsync(cancellationToken));
}
