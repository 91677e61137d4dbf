using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ordo.Domain.Money;

namespace Ordo.Application.Money;

internal sealed class JournalEntryConfiguration : IEntityTypeConfiguration<JournalEntry>
{
    public void Configure(EntityTypeBuilder<JournalEntry> entry)
    {
        entry.ToTable("JournalEntries");
        entry.HasKey(e => e.Id);
        entry.Property(e => e.Version).IsConcurrencyToken();
        entry.Property(e => e.Kind).HasConversion<string>().HasMaxLength(32);
        entry.Property(e => e.Description).HasMaxLength(500);
        entry.Property(e => e.CreatedByName).HasMaxLength(200);
        entry.HasIndex(e => e.OccurredAt);
        entry.HasIndex(e => new { e.OrderId, e.OccurredAt });
        entry.HasIndex(e => new { e.CustomerId, e.OccurredAt });
        entry.HasIndex(e => e.SourceId);
        entry.Ignore(e => e.DomainEvents);
        entry.HasMany(e => e.Lines).WithOne().HasForeignKey(l => l.EntryId).OnDelete(DeleteBehavior.Restrict);
        entry.Navigation(e => e.Lines).HasField("_lines").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class JournalLineConfiguration : IEntityTypeConfiguration<JournalLine>
{
    public void Configure(EntityTypeBuilder<JournalLine> line)
    {
        line.ToTable("JournalLines");
        line.HasKey(l => l.Id);
        line.Property(l => l.Id).ValueGeneratedNever();
        line.Property(l => l.AccountKey).HasMaxLength(100);
        line.Property(l => l.AccountKind).HasConversion<string>().HasMaxLength(32);
        line.Property(l => l.Currency).HasConversion<string>().HasMaxLength(3);
        line.Property(l => l.Amount).HasPrecision(20, 2);
        line.Ignore(l => l.Account);
        line.HasIndex(l => new { l.AccountKey, l.EntryId });
        line.HasIndex(l => new { l.AccountKind, l.OwnerId });
    }
}

internal sealed class TopUpConfiguration : IEntityTypeConfiguration<TopUp>
{
    public void Configure(EntityTypeBuilder<TopUp> topUp)
    {
        topUp.ToTable("TopUps");
        topUp.HasKey(t => t.Id);
        topUp.Property(t => t.Version).IsConcurrencyToken();
        topUp.Property(t => t.Method).HasConversion<string>().HasMaxLength(16);
        topUp.Property(t => t.Status).HasConversion<string>().HasMaxLength(16);
        topUp.Property(t => t.AmountVnd).HasPrecision(20, 0);
        topUp.Property(t => t.ReceivedVnd).HasPrecision(20, 0);
        topUp.Property(t => t.Reference).HasMaxLength(200);
        topUp.Property(t => t.DecidedByName).HasMaxLength(200);
        topUp.Property(t => t.RejectReason).HasMaxLength(500);
        topUp.HasIndex(t => new { t.Status, t.RequestedAt });
        topUp.HasIndex(t => new { t.CustomerId, t.RequestedAt });
        topUp.Ignore(t => t.DomainEvents);
    }
}

internal sealed class WalletConfiguration : IEntityTypeConfiguration<Wallet>
{
    public void Configure(EntityTypeBuilder<Wallet> wallet)
    {
        wallet.ToTable("Wallets");
        wallet.HasKey(w => w.Id);
        wallet.Property(w => w.Id).ValueGeneratedNever();
        wallet.Property(w => w.Version).IsConcurrencyToken();
        // Whole dong as an integer column: the guarded "balance >= amount" update must compare numbers on SQLite too.
        wallet.Property(w => w.BalanceVnd).HasConversion<long>();
        wallet.HasIndex(w => w.CustomerId).IsUnique();
        wallet.Ignore(w => w.DomainEvents);
    }
}

internal sealed class ExchangeRateChangeConfiguration : IEntityTypeConfiguration<ExchangeRateChange>
{
    public void Configure(EntityTypeBuilder<ExchangeRateChange> rate)
    {
        rate.ToTable("ExchangeRates");
        rate.HasKey(r => r.Id);
        rate.Property(r => r.VndPerCny).HasPrecision(18, 4);
        rate.Property(r => r.SetByName).HasMaxLength(200);
        rate.Ignore(r => r.Rate);
        rate.HasIndex(r => r.EffectiveFrom);
    }
}

internal sealed class FeeScheduleVersionConfiguration : IEntityTypeConfiguration<FeeScheduleVersion>
{
    public void Configure(EntityTypeBuilder<FeeScheduleVersion> version)
    {
        version.ToTable("FeeSchedules");
        version.HasKey(v => v.Id);
        version.Property(v => v.SetByName).HasMaxLength(200);
        version.Ignore(v => v.Schedule);
        version.HasIndex(v => v.EffectiveFrom);
    }
}
