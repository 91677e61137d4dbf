using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Ordo.Application.Identity;

/// <summary>Tells <see cref="AccountStates"/> which accounts a save changed (disabled, new stamp, roles, password), once saved and once committed.</summary>
public sealed class AccountChangeInterceptor(AccountStates states) : SaveChangesInterceptor
{
    private readonly Dictionary<DbContext, List<Guid>> _saving = [];

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is { } context)
        {
            var changed = context.ChangeTracker.Entries<AppUser>()
                .Where(e => e.State is EntityState.Modified or EntityState.Deleted)
                .Select(e => e.Entity.Id).ToList();
            if (changed.Count > 0)
            {
                lock (_saving)
                {
                    _saving[context] = changed;
                }
            }
        }

        return ValueTask.FromResult(result);
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Flush(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Flush(eventData.Context);
        return Task.CompletedTask;
    }

    private void Flush(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        List<Guid>? changed;
        lock (_saving)
        {
            if (!_saving.Remove(context, out changed))
            {
                return;
            }
        }

        states.ChangedIn(context, changed);
    }
}
