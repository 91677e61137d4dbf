using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Ordo.Application.Common.Outbox;
using Ordo.Application.Settings;

namespace Ordo.Infrastructure.Outbox;

/// <summary>
/// Runs the dispatcher in the background: <see cref="OutboxOptions.Linger"/> after a save wrote outbox messages, otherwise every
/// <see cref="OutboxOptions.PollInterval"/> (which also picks up retries coming due). Stopping the host
/// lets the message in hand finish its handler before the loop ends.
/// </summary>
internal sealed partial class OutboxWorker(OutboxDispatcher dispatcher, OutboxSignal signal, IOptions<OutboxOptions> options, ILogger<OutboxWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await dispatcher.DispatchDueAsync(stoppingToken);
                if (await signal.WaitAsync(options.Value.PollInterval, stoppingToken) && options.Value.Linger > TimeSpan.Zero)
                {
                    await Task.Delay(options.Value.Linger, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // The database may be briefly unreachable: keep the loop alive and try again on the next poll.
                LogDispatchFailed(ex);
                await Task.Delay(options.Value.PollInterval, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The outbox dispatcher failed; it tries again on the next poll")]
    private partial void LogDispatchFailed(Exception exception);
}
