using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ordo.Domain.Orders;

namespace Ordo.Application.Orders;

internal sealed class OrderLineConfiguration : IEntityTypeConfiguration<OrderLine>
{
    public void Configure(EntityTypeBuilder<OrderLine> line)
    {
        line.ToTable("OrderLines");
        line.HasKey(l => l.Id);
        line.Property(l => l.Id).ValueGeneratedNever();
        line.ComplexProperty(l => l.Product, ProductDetailsMapping.Configure);
        line.Property(l => l.PurchasedUnitPriceCny).HasPrecision(18, 2);
    }
}
