using Microsoft.EntityFrameworkCore.Diagnostics;
using Ordo.Application.Data;

namespace Ordo.Application.Money.Debts;

/// <summary>
/// Runs <see cref="OrderBalanceProjection"/> inside every save, before EF writes, so the balance rows are part of the
/// same transaction. One instance serves every (pooled) context: each save builds the projection over the context
/// being saved.
/// </summary>
public sealed class OrderBalanceInterceptor(TimeProvider clock) : SaveChangesInterceptor
{
    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is OrdoDbContext context)
        {
            await OrderBalanceProjection.Over(context, clock).RefreshChangedAsync(cancellationToken);
        }

        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) =>
        throw new NotSupportedException("Save the unit of work with SaveChangesAsync: the order balances are written asynchronously.");
}
