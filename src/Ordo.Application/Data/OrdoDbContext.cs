using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Ordo.Application.Common;
using Ordo.Application.Common.Outbox;
using Ordo.Application.Identity;
using Ordo.Application.Money;
using Ordo.Application.Money.Debts;
using Ordo.Application.Notifications;
using Ordo.Domain.Buying;
using Ordo.Domain.Logistics;
using Ordo.Domain.Common;
using Ordo.Domain.Money;
using Ordo.Domain.Notifications;
using Ordo.Domain.Orders;

namespace Ordo.Application.Data;

/// <summary>
/// The unit of work. Saving bumps the concurrency version of every changed aggregate and writes the
/// aggregates' domain events to the outbox in the same transaction, with the in-app notifications they
/// give the customer.
/// </summary>
public sealed class OrdoDbContext(DbContextOptions<OrdoDbContext> options)
    : IdentityDbContext<AppUser, IdentityRole<Guid>, Guid>(options)
{
    public DbSet<Order> Orders => Set<Order>();

    public DbSet<CartLine> CartLines => Set<CartLine>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<ProcessedEvent> ProcessedEvents => Set<ProcessedEvent>();

    public DbSet<JournalEntry> JournalEntries => Set<JournalEntry>();

    public DbSet<JournalLine> JournalLines => Set<JournalLine>();

    public DbSet<TopUp> TopUps => Set<TopUp>();

    public DbSet<Wallet> Wallets => Set<Wallet>();

    public DbSet<ExchangeRateChange> ExchangeRates => Set<ExchangeRateChange>();

    public DbSet<CustomerTermsChange> CustomerTermsChanges => Set<CustomerTermsChange>();

    public DbSet<FeeScheduleVersion> FeeSchedules => Set<FeeScheduleVersion>();

    public DbSet<LoyaltyTier> LoyaltyTiers => Set<LoyaltyTier>();

    public DbSet<CustomerGroup> CustomerGroups => Set<CustomerGroup>();

    public DbSet<DiscountCode> DiscountCodes => Set<DiscountCode>();

    public DbSet<DiscountRedemption> DiscountRedemptions => Set<DiscountRedemption>();

    public DbSet<Payment> Payments => Set<Payment>();

    public DbSet<OrderBalance> OrderBalances => Set<OrderBalance>();

    public DbSet<Withdrawal> Withdrawals => Set<Withdrawal>();

    public DbSet<CodeSequence> CodeSequences => Set<CodeSequence>();

    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<ShopPurchase> ShopPurchases => Set<ShopPurchase>();

    public DbSet<OrderTrackingNumber> TrackingNumbers => Set<OrderTrackingNumber>();

    public DbSet<BuyingAccount> BuyingAccounts => Set<BuyingAccount>();

    public DbSet<ShopOrderNumberChange> ShopOrderNumberChanges => Set<ShopOrderNumberChange>();
    public DbSet<LateOrder> LateOrders => Set<LateOrder>();

    public DbSet<Warehouse> Warehouses => Set<Warehouse>();

    public DbSet<Parcel> Parcels => Set<Parcel>();

    public DbSet<Shipment> Shipments => Set<Shipment>();

    public DbSet<Release> Releases => Set<Release>();

    public DbSet<DeliveryRun> DeliveryRuns => Set<DeliveryRun>();

    public DbSet<DeliveryRequest> DeliveryRequests => Set<DeliveryRequest>();

    public DbSet<GoodsCheck> GoodsChecks => Set<GoodsCheck>();

    public DbSet<Logistics.ShippingTariffVersion> ShippingTariffs => Set<Logistics.ShippingTariffVersion>();

    public DbSet<ParcelClaim> ParcelClaims => Set<ParcelClaim>();

    public DbSet<Stocktake> Stocktakes => Set<Stocktake>();

    public DbSet<Domain.Files.StoredFile> StoredFiles => Set<Domain.Files.StoredFile>();

    public bool IsSqlite => Database.ProviderName == "Microsoft.EntityFrameworkCore.Sqlite";

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var aggregates = ChangeTracker.Entries<AggregateRoot>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified)
            .Select(e => (Entry: e, e.State))
            .ToList();
        foreach (var (entry, state) in aggregates)
        {
            if (state == EntityState.Modified)
            {
                entry.Entity.BumpVersion();
            }

            foreach (var domainEvent in entry.Entity.DomainEvents)
            {
                OutboxMessages.Add(new OutboxMessage
                {
                    Type = DomainEventTypes.NameOf(domainEvent),
                    Payload = DomainEventTypes.Serialize(domainEvent),
                    OccurredAt = domainEvent.OccurredAt,
                });
                if (CustomerNotifications.For(domainEvent) is { } notification)
                {
                    Notifications.Add(notification);
                }
            }
        }

        try
        {
            var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            foreach (var (entry, _) in aggregates)
            {
                entry.Entity.ClearDomainEvents();
            }

            return written;
        }
        catch (DbUpdateConcurrencyException ex)
        {
            var what = ex.Entries.Count > 0 ? ex.Entries[0].Metadata.ClrType.Name : "A record";
            throw new ConcurrencyConflictException(what, ex);
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(OrdoDbContext).Assembly);
        if (IsSqlite)
        {
            // On SQLite, Orders has AFTER triggers (its search index, SqliteOrderSearch), which a RETURNING clause
            // does not work with: EF checks its updates with changes() instead.
            builder.Entity<Domain.Orders.Order>().HasAnnotation("Sqlite:UseSqlReturningClause", false);
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        if (IsSqlite)
        {
            // SQLite cannot compare or sort DateTimeOffset text; UTC ticks keep ranges and ordering in SQL.
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeOffsetToBinaryConverter>();
        }
        else
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeOffsetConverter>();
        }
    }
}
