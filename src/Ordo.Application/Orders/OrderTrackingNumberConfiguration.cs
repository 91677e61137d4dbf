using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ordo.Domain.Orders;

namespace Ordo.Application.Orders;

internal sealed class OrderTrackingNumberConfiguration : IEntityTypeConfiguration<OrderTrackingNumber>
{
    public void Configure(EntityTypeBuilder<OrderTrackingNumber> tracking)
    {
        tracking.ToTable("OrderTrackingNumbers");
        tracking.HasKey(t => t.Id);
        tracking.Property(t => t.Version).IsConcurrencyToken();
        tracking.Property(t => t.Marketplace).HasConversion<string>().HasMaxLength(16);
        tracking.Property(t => t.Number).HasMaxLength(TrackingNumbers.MaxLength);
        // The rule itself: one order per tracking number and marketplace, whoever types it and however many at once.
        tracking.HasIndex(t => new { t.Marketplace, t.Number }).IsUnique().HasDatabaseName(UniqueIndex);
        // The staff search by tracking number looks the number up without knowing the marketplace.
        tracking.HasIndex(t => t.Number);
        tracking.HasIndex(t => t.OrderId);
        tracking.Property(t => t.AddedByName).HasMaxLength(200);
        tracking.Property(t => t.DeclaredWeightKg).HasPrecision(9, 2);
        tracking.Property(t => t.DeclaredVolumeM3).HasPrecision(9, 4);
        tracking.Ignore(t => t.DomainEvents);
    }

    public const string UniqueIndex = "IX_OrderTrackingNumbers_Marketplace_Number";
}
