using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ordo.Domain.Logistics;

namespace Ordo.Application.Logistics;

internal sealed class WarehouseConfiguration : IEntityTypeConfiguration<Warehouse>
{
    public void Configure(EntityTypeBuilder<Warehouse> warehouse)
    {
        warehouse.ToTable("Warehouses");
        warehouse.HasKey(w => w.Id);
        warehouse.Property(w => w.Version).IsConcurrencyToken();
        warehouse.Property(w => w.Code).HasMaxLength(Warehouse.MaxCodeLength);
        warehouse.HasIndex(w => w.Code).IsUnique();
        warehouse.Property(w => w.Name).HasMaxLength(Warehouse.MaxNameLength);
        warehouse.Property(w => w.Address).HasMaxLength(Warehouse.MaxAddressLength);
        warehouse.Property(w => w.Country).HasConversion<string>().HasMaxLength(2);
        warehouse.Ignore(w => w.DomainEvents);
    }
}
