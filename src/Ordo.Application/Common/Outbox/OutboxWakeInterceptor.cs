using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Ordo.Application.Common.Outbox;

/// <summary>
/// After a save that wrote outbox messages, wakes the dispatcher. A save inside a longer transaction wakes it
/// before the commit; the dispatcher then finds nothing yet and the next poll delivers.
/// </summary>
public sealed class OutboxWakeInterceptor(OutboxSignal signal) : SaveChangesInterceptor
{
    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is { } context && context.ChangeTracker.Entries<OutboxMessage>().Any(e => e.State == EntityState.Added))
        {
            context.SavedChanges += Wake;
        }

        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    private void Wake(object? sender, SavedChangesEventArgs e)
    {
        if (sender is DbContext context)
        {
            context.SavedChanges -= Wake;
        }

        signal.Notify();
    }
}
