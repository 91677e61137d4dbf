using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ordo.Domain.Orders;

namespace Ordo.Application.Orders;

internal sealed class CartLineConfiguration : IEntityTypeConfiguration<CartLine>
{
    public void Configure(EntityTypeBuilder<CartLine> line)
    {
        line.ToTable("CartLines");
        line.HasKey(l => l.Id);
        line.Property(l => l.Version).IsConcurrencyToken();
        line.ComplexProperty(l => l.Product, ProductDetailsMapping.Configure);
        line.HasIndex(l => new { l.CustomerId, l.UpdatedAt });
        line.Ignore(l => l.DomainEvents);
    }
}
