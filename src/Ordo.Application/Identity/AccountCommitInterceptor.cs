using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Ordo.Application.Identity;

/// <summary>Forgets, once their transaction commits, the accounts a save inside it changed.</summary>
public sealed class AccountCommitInterceptor(AccountStates states) : DbTransactionInterceptor
{
    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is { } context)
        {
            states.Committed(context);
        }

        return Task.CompletedTask;
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is { } context)
        {
            states.Committed(context);
        }
    }
}
