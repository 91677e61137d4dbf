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
        entry.Property(e => e.Description).HasMaxLength(JournalEntry.MaxDescriptionLength);
        entry.Property(e => e.Memo).HasMaxLength(JournalEntry.MaxMemoLength);
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
        // An account's lines in time order: its statement or book page, its period sums and its balance.
        line.HasIndex(l => new { l.AccountKey, l.OccurredAt, l.Id });
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
        topUp.Property(t => t.StatementReference).HasMaxLength(100);
        topUp.HasIndex(t => t.StatementReference).IsUnique(); // a bank statement line confirms one top-up, once
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
        rate.HasIndex(r => new { r.CustomerGroupId, r.EffectiveFrom });
    }
}

internal sealed class CustomerTermsChangeConfiguration : IEntityTypeConfiguration<CustomerTermsChange>
{
    public void Configure(EntityTypeBuilder<CustomerTermsChange> change)
    {
        change.ToTable("CustomerTermsChanges");
        change.HasKey(c => c.Id);
        change.Property(c => c.ChangedByName).HasMaxLength(200);
        change.Property(c => c.PreviousServiceFeePercent).HasPrecision(5, 2);
        change.Property(c => c.ServiceFeePercent).HasPrecision(5, 2);
        change.HasIndex(c => new { c.CustomerId, c.Version }).IsUnique();
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

internal sealed class LoyaltyTierConfiguration : IEntityTypeConfiguration<LoyaltyTier>
{
    public void Configure(EntityTypeBuilder<LoyaltyTier> tier)
    {
        tier.ToTable("LoyaltyTiers");
        tier.HasKey(t => t.Id);
        tier.Property(t => t.Version).IsConcurrencyToken();
        tier.Property(t => t.Name).HasMaxLength(100);
        tier.HasIndex(t => t.Name).IsUnique();
        tier.Property(t => t.ServiceFeeDiscountPercent).HasPrecision(5, 2);
        tier.Property(t => t.AdvancePercent).HasPrecision(5, 2);
        tier.Property(t => t.MinSpendVnd).HasPrecision(20, 0);
        tier.Ignore(t => t.DomainEvents);
    }
}

internal sealed class DiscountCodeConfiguration : IEntityTypeConfiguration<DiscountCode>
{
    public void Configure(EntityTypeBuilder<DiscountCode> code)
    {
        code.ToTable("DiscountCodes");
        code.HasKey(c => c.Id);
        code.Property(c => c.Version).IsConcurrencyToken();
        code.Property(c => c.Code).HasMaxLength(40);
        code.HasIndex(c => c.Code).IsUnique();
        code.Property(c => c.Kind).HasConversion<string>().HasMaxLength(16);
        code.Property(c => c.Value).HasPrecision(18, 2);
        code.Ignore(c => c.DomainEvents);
    }
}

internal sealed class DiscountRedemptionConfiguration : IEntityTypeConfiguration<DiscountRedemption>
{
    public void Configure(EntityTypeBuilder<DiscountRedemption> redemption)
    {
        redemption.ToTable("DiscountRedemptions");
        redemption.HasKey(r => r.Id);
        redemption.HasIndex(r => new { r.DiscountCodeId, r.CustomerId });
        redemption.HasIndex(r => r.OrderId).IsUnique();
    }
}

internal sealed class PaymentConfiguration : IEntityTypeConfiguration<Payment>
{
    public void Configure(EntityTypeBuilder<Payment> payment)
    {
        payment.ToTable("Payments");
        payment.HasKey(p => p.Id);
        payment.Property(p => p.Version).IsConcurrencyToken();
        payment.Property(p => p.AmountVnd).HasPrecision(20, 0);
        payment.Property(p => p.Method).HasConversion<string>().HasMaxLength(16);
        payment.Property(p => p.Status).HasConversion<string>().HasMaxLength(16);
        payment.Property(p => p.Reference).HasMaxLength(200);
        payment.Property(p => p.RequestedByName).HasMaxLength(200);
        payment.Property(p => p.DecidedByName).HasMaxLength(200);
        payment.Property(p => p.RejectReason).HasMaxLength(500);
        payment.HasIndex(p => new { p.Status, p.RequestedAt });
        payment.HasIndex(p => p.OrderId);
        payment.Ignore(p => p.DomainEvents);
    }
}

internal sealed class WithdrawalConfiguration : IEntityTypeConfiguration<Withdrawal>
{
    public void Configure(EntityTypeBuilder<Withdrawal> withdrawal)
    {
        withdrawal.ToTable("Withdrawals");
        withdrawal.HasKey(w => w.Id);
        withdrawal.Property(w => w.Version).IsConcurrencyToken();
        withdrawal.Property(w => w.AmountVnd).HasPrecision(20, 0);
        withdrawal.Property(w => w.BankAccount).HasMaxLength(300);
        withdrawal.Property(w => w.Status).HasConversion<string>().HasMaxLength(16);
        withdrawal.Property(w => w.DecidedByName).HasMaxLength(200);
        withdrawal.Property(w => w.RejectReason).HasMaxLength(500);
        withdrawal.HasIndex(w => new { w.Status, w.RequestedAt });
        withdrawal.HasIndex(w => w.CustomerId);
        withdrawal.Ignore(w => w.DomainEvents);
    }
}

internal sealed class OrderChargeConfiguration : IEntityTypeConfiguration<Ordo.Domain.Orders.OrderCharge>
{
    public void Configure(EntityTypeBuilder<Ordo.Domain.Orders.OrderCharge> charge)
    {
        charge.ToTable("OrderCharges");
        charge.HasKey(c => c.Id);
        charge.Property(c => c.Id).ValueGeneratedNever();
        charge.Property(c => c.Kind).HasConversion<string>().HasMaxLength(32);
        charge.Property(c => c.AmountVnd).HasPrecision(20, 0);
        charge.Property(c => c.Reason).HasMaxLength(1000);
        charge.Property(c => c.ByName).HasMaxLength(200);
    }
}

internal sealed class CustomerGroupConfiguration : IEntityTypeConfiguration<CustomerGroup>
{
    public void Configure(EntityTypeBuilder<CustomerGroup> group)
    {
        group.ToTable("CustomerGroups");
        group.HasKey(g => g.Id);
        group.Property(g => g.Version).IsConcurrencyToken();
        group.Property(g => g.Name).HasMaxLength(100);
        group.HasIndex(g => g.Name).IsUnique();
        group.Ignore(g => g.DomainEvents);
    }
}
