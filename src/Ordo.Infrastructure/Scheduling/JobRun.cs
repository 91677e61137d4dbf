using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Ordo.Application.Common;

namespace Ordo.Infrastructure.Scheduling;

/// <summary>Wraps a job's use case in a trace, a run counter and one log line.</summary>
internal static partial class JobRun
{
    public static async ValueTask RunAsync(string job, ILogger logger, Func<Task<int>> body)
    {
        using var activity = OrdoTelemetry.Source.StartActivity($"job {job}");
        activity?.SetTag("ordo.job", job);
        try
        {
            var affected = await body();
            activity?.SetTag("ordo.job.affected", affected);
            OrdoTelemetry.JobRuns.Add(1, new KeyValuePair<string, object?>("job", job), new KeyValuePair<string, object?>("outcome", "succeeded"));
            LogRan(logger, job, affected);
        }
        catch (Exception ex)
        {
            activity?.SetStatus(ActivityStatusCode.Error, ex.Message);
            OrdoTelemetry.JobRuns.Add(1, new KeyValuePair<string, object?>("job", job), new KeyValuePair<string, object?>("outcome", "failed"));
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Job {Job} ran: {Affected} rows")]
    private static partial void LogRan(ILogger logger, string job, int affected);
}
