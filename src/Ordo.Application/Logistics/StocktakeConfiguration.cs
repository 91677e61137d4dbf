using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ordo.Domain.Logistics;

namespace Ordo.Application.Logistics;

internal sealed class StocktakeConfiguration : IEntityTypeConfiguration<Stocktake>
{
    /// <summary>One count at a time a warehouse: two clerks starting one at once keep one.</summary>
    public const string OneCountAWarehouse = "IX_Stocktakes_RunningIn";

    /// <summary>A code is listed once a count: two clerks scanning the same stray parcel at once keep one find.</summary>
    public const string OneFindACode = "IX_StocktakeFinds_StocktakeId_Code";

    public void Configure(EntityTypeBuilder<Stocktake> stocktake)
    {
        stocktake.ToTable("Stocktakes");
        stocktake.HasKey(s => s.Id);
        stocktake.Property(s => s.Version).IsConcurrencyToken();
        stocktake.Property(s => s.Code).HasMaxLength(32);
        stocktake.HasIndex(s => s.Code).IsUnique();
        stocktake.Property(s => s.WarehouseCode).HasMaxLength(Warehouse.MaxCodeLength);
        stocktake.Property(s => s.RunningIn).HasMaxLength(Warehouse.MaxCodeLength);
        stocktake.HasIndex(s => s.RunningIn).IsUnique().HasDatabaseName(OneCountAWarehouse);
        stocktake.Property(s => s.Country).HasConversion<string>().HasMaxLength(2);
        stocktake.Property(s => s.Status).HasConversion<string>().HasMaxLength(16);
        stocktake.Property(s => s.StartedByName).HasMaxLength(200);
        stocktake.Property(s => s.ClosedByName).HasMaxLength(200);
        stocktake.HasIndex(s => new { s.WarehouseCode, s.StartedAt });
        stocktake.OwnsMany(s => s.Lines, l =>
        {
            l.ToTable("StocktakeLines");
            l.WithOwner().HasForeignKey("StocktakeId");
            l.HasKey("StocktakeId", nameof(StocktakeLine.ParcelId));
            l.Property(x => x.ParcelCode).HasMaxLength(32);
            l.Property(x => x.Shelf).HasMaxLength(Parcel.MaxShelfLength);
            l.Property(x => x.CountedShelf).HasMaxLength(Parcel.MaxShelfLength);
            l.Property(x => x.OrderCode).HasMaxLength(32);
            l.Property(x => x.CustomerCode).HasMaxLength(32);
            l.Property(x => x.Status).HasConversion<string>().HasMaxLength(24);
            l.Ignore(x => x.Counted);
        });
        stocktake.Navigation(s => s.Lines).HasField("_lines").UsePropertyAccessMode(PropertyAccessMode.Field);
        stocktake.OwnsMany(s => s.Finds, f =>
        {
            f.ToTable("StocktakeFinds");
            f.WithOwner().HasForeignKey("StocktakeId");
            f.Property<int>("Id");
            f.HasKey("Id");
            f.HasIndex("StocktakeId", nameof(StocktakeFind.Code)).IsUnique().HasDatabaseName(OneFindACode);
            f.Property(x => x.Code).HasMaxLength(Stocktake.MaxCodeLength);
            f.Property(x => x.Outcome).HasConversion<string>().HasMaxLength(16);
            f.Property(x => x.ParcelStatus).HasConversion<string>().HasMaxLength(24);
            f.Property(x => x.WarehouseCode).HasMaxLength(Warehouse.MaxCodeLength);
            f.Property(x => x.Shelf).HasMaxLength(Parcel.MaxShelfLength);
        });
        stocktake.Navigation(s => s.Finds).HasField("_finds").UsePropertyAccessMode(PropertyAccessMode.Field);
        stocktake.Ignore(s => s.NotFound);
        stocktake.Ignore(s => s.DomainEvents);
    }
}
