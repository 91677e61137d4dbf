using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ordo.Domain.Buying;

namespace Ordo.Application.Buying;

internal sealed class ShopPurchaseConfiguration : IEntityTypeConfiguration<ShopPurchase>
{
    public void Configure(EntityTypeBuilder<ShopPurchase> purchase)
    {
        purchase.ToTable("ShopPurchases");
        purchase.HasKey(p => p.Id);
        purchase.Property(p => p.Version).IsConcurrencyToken();
        // One purchase per order: a second recording of the same purchase fails here even if two slip past the order's version.
        purchase.HasIndex(p => p.OrderId).IsUnique();
        purchase.Property(p => p.OrderCode).HasMaxLength(32);
        purchase.Property(p => p.BuyerName).HasMaxLength(200);
        purchase.Property(p => p.BuyingAccountName).HasMaxLength(200);
        // A short list only ever read with its purchase: a JSON column on both databases, not a table of its own.
        purchase.PrimitiveCollection(p => p.ShopOrderNumbers);
        purchase.Property(p => p.GoodsCostCny).HasPrecision(18, 2);
        purchase.Property(p => p.ChinaShippingCny).HasPrecision(18, 2);
        purchase.Property(p => p.BargainDiscountCny).HasPrecision(18, 2);
        purchase.Property(p => p.PaidCny).HasPrecision(18, 2);
        purchase.Property(p => p.VndPerCny).HasPrecision(18, 4);
        purchase.Property(p => p.Note).HasMaxLength(ShopPurchase.MaxNoteLength);
        purchase.Ignore(p => p.PaidVnd);
        purchase.Ignore(p => p.DomainEvents);
    }
}
