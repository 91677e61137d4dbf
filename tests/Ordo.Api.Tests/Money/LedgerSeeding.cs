using Microsoft.Extensions.DependencyInjection;
using Ordo.Api.Tests.Hosting;
using Ordo.Application.Data;
using Ordo.Application.Money;
using Ordo.Domain.Identity;
using Ordo.Domain.Money;

namespace Ordo.Api.Tests.Money;

/// <summary>Posts many journal entries straight through the app's ledger, a thousand per transaction, at the instants a test chooses.</summary>
internal static class LedgerSeeding
{
    private static readonly Actor Seeder = new(Guid.NewGuid(), "Ledger seeding", new HashSet<string>(StringComparer.Ordinal) { Roles.Admin });

    public static async Task PostAsync(this OrdoApp app, IEnumerable<(JournalEntryKind Kind, IReadOnlyList<(LedgerAccount, Domain.Money.Money)> Lines, DateTimeOffset At)> entries)
    {
        foreach (var chunk in entries.Chunk(1_000))
        {
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<OrdoDbContext>();
            var ledger = scope.ServiceProvider.GetRequiredService<Ledger>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            foreach (var (kind, lines, at) in chunk)
            {
                await ledger.PostAsync(JournalEntry.Post(kind, $"Seeded {kind}", lines, Seeder, at), CancellationToken.None);
            }

            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }
    }
}
