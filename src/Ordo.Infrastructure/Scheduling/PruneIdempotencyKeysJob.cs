using Microsoft.Extensions.Logging;
using Ordo.Application.Common;
using Quartz;

namespace Ordo.Infrastructure.Scheduling;

[DisallowConcurrentExecution]
public sealed class PruneIdempotencyKeysJob(PruneIdempotencyKeys prune, ILogger<PruneIdempotencyKeysJob> logger) : IJob
{
    public static readonly JobKey Key = new("prune-idempotency-keys", SchedulingSetup.Group);

    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        JobRun.RunAsync(Key.Name, logger, () => prune.RunAsync(cancellationToken));
}
