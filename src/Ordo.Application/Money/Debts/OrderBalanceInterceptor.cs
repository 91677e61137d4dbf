using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Ordo.Application.Data;

namespace Ordo.Application.Money.Debts;

/// <summary>
/// Runs <see cref="OrderBalanceProjection"/> inside every save of the request's unit of work, before EF writes,
/// so the balance rows are part of the same transaction. Resolved lazily from the scope: the projection needs the
/// context this interceptor is configured on.
/// </summary>
public sealed class OrderBalanceInterceptor(IServiceProvider scope) : SaveChangesInterceptor
{
    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is OrdoDbContext context)
        {
            var db = scope.GetRequiredService<OrdoDbContext>();
            if (!ReferenceEquals(db, context))
            {
                throw new InvalidOperationException("The order balances are kept by the unit of work of the scope the interceptor belongs to.");
            }

            await scope.GetRequiredService<OrderBalanceProjection>().RefreshChangedAsync(cancellationToken);
        }

        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) =>
        throw new NotSupportedException("Save the unit of work with SaveChangesAsync: the order balances are written asynchronously.");
}
