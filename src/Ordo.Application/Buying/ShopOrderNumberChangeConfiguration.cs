using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ordo.Domain.Buying;

namespace Ordo.Application.Buying;

internal sealed class ShopOrderNumberChangeConfiguration : IEntityTypeConfiguration<ShopOrderNumberChange>
{
    public void Configure(EntityTypeBuilder<ShopOrderNumberChange> change)
    {
        change.ToTable("ShopOrderNumberChanges");
        change.HasKey(c => c.Id);
        change.Property(c => c.Version).IsConcurrencyToken();
        change.Property(c => c.OrderCode).HasMaxLength(32);
        change.PrimitiveCollection(c => c.From);
        change.PrimitiveCollection(c => c.To);
        change.Property(c => c.Reason).HasMaxLength(ShopOrderNumberChange.MaxReasonLength);
        change.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        change.Property(c => c.RequestedByName).HasMaxLength(200);
        change.Property(c => c.DecidedByName).HasMaxLength(200);
        change.Property(c => c.RefusalReason).HasMaxLength(ShopOrderNumberChange.MaxReasonLength);
        // One waiting request per order, held by the database: two buyers' clicks cannot both be pending.
        change.HasIndex(c => c.OrderId).IsUnique().HasFilter("\"Status\" = 'Pending'").HasDatabaseName("IX_ShopOrderNumberChanges_Pending");
        change.HasIndex(c => new { c.Status, c.RequestedAt });
        change.Ignore(c => c.DomainEvents);
    }
}
