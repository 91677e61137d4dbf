using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ordo.Domain.Orders;

namespace Ordo.Application.Orders;

/// <summary>The same columns for a cart line's and an order line's product.</summary>
internal static class ProductDetailsMapping
{
    public static void Configure(ComplexPropertyBuilder<ProductDetails> product)
    {
        product.Property(p => p.SourceUrl).HasColumnName("SourceUrl").HasMaxLength(2000);
        product.Property(p => p.Marketplace).HasColumnName("Marketplace").HasConversion<string>().HasMaxLength(16);
        product.Property(p => p.ShopId).HasColumnName("ShopId").HasMaxLength(100);
        product.Property(p => p.ShopName).HasColumnName("ShopName").HasMaxLength(200);
        product.Property(p => p.Title).HasColumnName("Title").HasMaxLength(500);
        product.Property(p => p.ImageUrl).HasColumnName("ImageUrl").HasMaxLength(2000);
        product.Property(p => p.Properties).HasColumnName("Properties").HasMaxLength(500);
        product.Property(p => p.UnitPriceCny).HasColumnName("UnitPriceCny").HasPrecision(18, 2);
        product.Property(p => p.Quantity).HasColumnName("Quantity");
        product.Property(p => p.Note).HasColumnName("Note").HasMaxLength(1000);
    }
}
