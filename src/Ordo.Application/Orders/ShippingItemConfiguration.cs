using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ordo.Domain.Orders;

namespace Ordo.Application.Orders;

internal sealed class ShippingItemConfiguration : IEntityTypeConfiguration<ShippingItem>
{
    public void Configure(EntityTypeBuilder<ShippingItem> item)
    {
        item.ToTable("ShippingItems");
        item.HasKey(i => i.Id);
        item.Property(i => i.Id).ValueGeneratedNever();
        item.Property(i => i.TrackingNumber).HasMaxLength(64);
        item.HasIndex(i => i.TrackingNumber);
        item.Property(i => i.Description).HasMaxLength(500);
        item.Property(i => i.DeclaredValueCny).HasPrecision(18, 2);
        item.Property(i => i.DeclaredWeightKg).HasPrecision(9, 2);
    }
}
