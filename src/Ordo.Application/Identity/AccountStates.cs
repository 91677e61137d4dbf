using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Ordo.Application.Data;
using Ordo.Application.Settings;

namespace Ordo.Application.Identity;

/// <summary>
/// What every signed-in request checks about its account (disabled, security stamp, a new password due), remembered
/// for <see cref="AccountsOptions.StateCacheSeconds"/> so a request does not cost a query. Every change this
/// instance saves to an account forgets it at once, when saved and again when its transaction commits (see
/// <see cref="AccountChangeInterceptor"/>); a read that raced a change is not remembered. Another instance's change
/// is seen when the remembered state expires.
/// </summary>
public sealed class AccountStates(TimeProvider clock, IOptions<AccountsOptions> options)
{
    /// <summary>Beyond this many remembered accounts the memory starts over rather than growing.</summary>
    private const int MaxEntries = 100_000;

    private readonly ConcurrentDictionary<Guid, Entry> _entries = new();
    private readonly ConcurrentDictionary<Guid, long> _changes = new();
    private readonly ConditionalWeakTable<DbContext, HashSet<Guid>> _uncommitted = [];

    /// <summary>An account as the sign-in check needs it; null state: the account is gone.</summary>
    public sealed record State(bool IsDisabled, string? SecurityStamp, bool MustChangePassword);

    private sealed record Entry(State? State, DateTimeOffset Until);

    public async Task<State?> GetAsync(OrdoDbContext db, Guid userId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var seconds = options.Value.StateCacheSeconds;
        var now = clock.GetUtcNow();
        if (seconds > 0 && _entries.TryGetValue(userId, out var known) && known.Until > now)
        {
            return known.State;
        }

        var change = _changes.GetValueOrDefault(userId);
        var state = await db.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new State(u.IsDisabled, u.SecurityStamp, u.MustChangePassword))
            .FirstOrDefaultAsync(ct);
        if (seconds > 0 && _changes.GetValueOrDefault(userId) == change)
        {
            if (_entries.Count >= MaxEntries)
            {
                _entries.Clear();
            }

            _entries[userId] = new Entry(state, now.AddSeconds(seconds));
        }

        return state;
    }

    /// <summary>The account changed: the next request reads it again, and a read already under way is not remembered.</summary>
    public void Forget(Guid userId)
    {
        _changes.AddOrUpdate(userId, 1, (_, n) => n + 1);
        _entries.TryRemove(userId, out _);
    }

    internal void ChangedIn(DbContext context, IEnumerable<Guid> userIds)
    {
        var ids = userIds.ToList();
        foreach (var id in ids)
        {
            Forget(id);
        }

        if (context.Database.CurrentTransaction is not null)
        {
            lock (_uncommitted)
            {
                _uncommitted.GetOrCreateValue(context).UnionWith(ids);
            }
        }
    }

    internal void Committed(DbContext context)
    {
        HashSet<Guid>? ids;
        lock (_uncommitted)
        {
            if (!_uncommitted.TryGetValue(context, out ids))
            {
                return;
            }

            _uncommitted.Remove(context);
        }

        foreach (var id in ids)
        {
            Forget(id);
        }
    }
}
