using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Ordo.Application.Common;
using Ordo.Application.Data;
using Ordo.Domain.Common;
using Ordo.Domain.Logistics;

namespace Ordo.Application.Logistics;

/// <summary>
/// The warehouses as the busy paths read them (the China scan: the scanning warehouse, the default destination),
/// remembered for <see cref="LifetimeSeconds"/> so a scan does not cost two queries for a table of a handful of rows
/// that changes a few times a year. Every change this instance saves to a warehouse forgets them at once, when saved
/// and again when its transaction commits (<see cref="WarehouseChangeInterceptor"/>); a read that raced a change is
/// not remembered. Another instance's change is seen when the remembered list expires. The warehouses handed out are
/// read-only copies no context tracks: what changes a warehouse loads it through its own context.
/// </summary>
public sealed class WarehouseDirectory(TimeProvider clock)
{
    public const int LifetimeSeconds = 10;

    private readonly ConditionalWeakTable<DbContext, object> _uncommitted = [];
    private Snapshot? _snapshot;
    private long _changes;

    private sealed record Snapshot(IReadOnlyDictionary<string, Warehouse> ByCode, DateTimeOffset Until);

    /// <summary>The warehouse coded <paramref name="code"/> (any case, spaces around ignored), open or not.</summary>
    public async Task<Warehouse> FindAsync(OrdoDbContext db, string code, CancellationToken ct)
    {
        var normalized = Warehouse.Normalize(code);
        var all = await AllAsync(db, ct);
        return all.GetValueOrDefault(normalized) ?? throw new NotFoundException("Warehouse", normalized);
    }

    /// <summary>
    /// Where parcels go when their order names no warehouse: the configured one while it is open in Vietnam, else the
    /// first open one in Vietnam by code.
    /// </summary>
    public async Task<string> DefaultDestinationAsync(OrdoDbContext db, string? configured, CancellationToken ct)
    {
        var open = (await AllAsync(db, ct)).Values.Where(w => w.IsActive && w.Country == Country.VN).ToList();
        if (configured is { Length: > 0 })
        {
            var code = Warehouse.Normalize(configured);
            if (open.Exists(w => w.Code == code))
            {
                return code;
            }
        }

        return open.Select(w => w.Code).Order(StringComparer.Ordinal).FirstOrDefault()
               ?? throw new DomainException(LogisticsErrors.NoDestination, "No Vietnam warehouse is open: the administrator adds one first.");
    }

    /// <summary>A warehouse changed: the next read loads them again, and a read already under way is not remembered.</summary>
    public void Forget()
    {
        Interlocked.Increment(ref _changes);
        Volatile.Write(ref _snapshot, null);
    }

    private async Task<IReadOnlyDictionary<string, Warehouse>> AllAsync(OrdoDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var now = clock.GetUtcNow();
        if (Volatile.Read(ref _snapshot) is { } known && known.Until > now)
        {
            return known.ByCode;
        }

        var change = Interlocked.Read(ref _changes);
        var loaded = (await db.Warehouses.AsNoTracking().ToListAsync(ct)).ToDictionary(w => w.Code, StringComparer.Ordinal);
        if (Interlocked.Read(ref _changes) == change)
        {
            Volatile.Write(ref _snapshot, new Snapshot(loaded, now.AddSeconds(LifetimeSeconds)));
        }

        return loaded;
    }

    internal void ChangedIn(DbContext context)
    {
        Forget();
        if (context.Database.CurrentTransaction is not null)
        {
            _uncommitted.AddOrUpdate(context, this);
        }
    }

    internal void Committed(DbContext context)
    {
        if (_uncommitted.Remove(context))
        {
            Forget();
        }
    }
}

/// <summary>Tells <see cref="WarehouseDirectory"/> that a save changed a warehouse, once saved and once its transaction committed.</summary>
public sealed class WarehouseChangeInterceptor(WarehouseDirectory directory) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is { } context && context.ChangeTracker.Entries<Warehouse>().Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
        {
            // Forgotten before the write too: a read between the write and this save's end must not be remembered.
            directory.ChangedIn(context);
            context.SavedChanges += Saved;
            context.SaveChangesFailed += Failed;
        }

        return ValueTask.FromResult(result);
    }

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionCommitted(transaction, eventData);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is { } context)
        {
            directory.Committed(context);
        }
    }

    private void Saved(object? sender, SavedChangesEventArgs e) => Done(sender);

    private void Failed(object? sender, SaveChangesFailedEventArgs e) => Done(sender);

    private void Done(object? sender)
    {
        if (sender is DbContext context)
        {
            context.SavedChanges -= Saved;
            context.SaveChangesFailed -= Failed;
            directory.ChangedIn(context);
        }
    }
}
