using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ordo.Domain.Orders;

namespace Ordo.Application.Orders;

internal sealed class OrderConfiguration : IEntityTypeConfiguration<Order>
{
    public void Configure(EntityTypeBuilder<Order> order)
    {
        order.ToTable("Orders");
        order.HasKey(o => o.Id);
        order.Property(o => o.Version).IsConcurrencyToken();
        order.Property(o => o.Code).HasMaxLength(32);
        order.HasIndex(o => o.Code).IsUnique();
        order.Property(o => o.Kind).HasConversion<string>().HasMaxLength(16);
        order.Property(o => o.Status).HasConversion<string>().HasMaxLength(32);
        order.Property(o => o.Marketplace).HasConversion<string>().HasMaxLength(16);
        order.Property(o => o.CustomerName).HasMaxLength(200);
        order.Property(o => o.CustomerEmail).HasMaxLength(256);
        order.Property(o => o.CustomerPhone).HasMaxLength(32);
        order.Property(o => o.ShopId).HasMaxLength(100);
        order.Property(o => o.ShopName).HasMaxLength(200);
        order.Property(o => o.CustomerNote).HasMaxLength(1000);
        order.Property(o => o.CsStaffName).HasMaxLength(200);
        order.Property(o => o.BuyerName).HasMaxLength(200);
        order.Property(o => o.ChinaShippingCny).HasPrecision(18, 2);
        order.Property(o => o.SearchText).HasMaxLength(4000);
        order.Property(o => o.CustomerSearchText).HasMaxLength(1000);
        order.Property(o => o.ShopSearchText).HasMaxLength(400);
        order.Property(o => o.TitleSearchText).HasMaxLength(4000);
        order.HasIndex(o => new { o.StatusRank, o.CreatedAt });
        order.Property(o => o.GoodsValueCny).HasPrecision(18, 2);
        order.Property(o => o.VndPerCny).HasPrecision(18, 4);
        order.Property(o => o.DiscountCode).HasMaxLength(40);
        order.Property(o => o.DiscountKind).HasConversion<string>().HasMaxLength(16);
        order.Property(o => o.DiscountValue).HasPrecision(18, 2);
        order.Property(o => o.PricedServiceFeePercent).HasPrecision(9, 4);
        order.Property(o => o.PricedLoyaltyDiscountPercent).HasPrecision(9, 4);
        order.Property(o => o.PricedLoyaltyAdvancePercent).HasPrecision(9, 4);
        order.Ignore(o => o.SupplementaryVnd);
        order.Ignore(o => o.CreditsVnd);
        order.Ignore(o => o.PricedTerms);
        order.HasMany(o => o.Charges).WithOne().HasForeignKey("OrderId").OnDelete(DeleteBehavior.Cascade);
        order.Navigation(o => o.Charges).HasField("_charges").UsePropertyAccessMode(PropertyAccessMode.Field);
        order.ComplexProperty(o => o.Options, options =>
        {
            options.Property(x => x.Inspection).HasColumnName("OptionInspection");
            options.Property(x => x.WoodenCrate).HasColumnName("OptionWoodenCrate");
            options.Property(x => x.Insurance).HasColumnName("OptionInsurance");
        });
        order.Ignore(o => o.DomainEvents);

        // One index per filter the order queue offers, each ending in the default sort (CreatedAt, then Id for ties),
        // so a page is read in index order without a sort.
        order.HasIndex(o => new { o.CreatedAt, o.Id });
        order.HasIndex(o => new { o.Status, o.CreatedAt, o.Id });
        order.HasIndex(o => new { o.CustomerId, o.CreatedAt, o.Id });
        order.HasIndex(o => new { o.Kind, o.CreatedAt, o.Id });
        order.HasIndex(o => new { o.CsStaffId, o.CreatedAt, o.Id });
        order.HasIndex(o => new { o.BuyerId, o.CreatedAt, o.Id });

        // The buying queue: deposited orders, oldest deposit first.
        order.HasIndex(o => new { o.Status, o.PricedAt, o.Id });
        order.HasIndex(o => o.ShopId);

        order.HasMany(o => o.Lines).WithOne().HasForeignKey("OrderId").OnDelete(DeleteBehavior.Cascade);
        order.Navigation(o => o.Lines).HasField("_lines").UsePropertyAccessMode(PropertyAccessMode.Field);
        order.HasMany(o => o.ShippingItems).WithOne().HasForeignKey("OrderId").OnDelete(DeleteBehavior.Cascade);
        order.Navigation(o => o.ShippingItems).HasField("_shippingItems").UsePropertyAccessMode(PropertyAccessMode.Field);
        order.HasMany(o => o.History).WithOne().HasForeignKey(h => h.OrderId).OnDelete(DeleteBehavior.Cascade);
        order.Navigation(o => o.History).HasField("_history").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
