using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ordo.Domain.Logistics;

namespace Ordo.Application.Logistics;

internal sealed class ShipmentConfiguration : IEntityTypeConfiguration<Shipment>
{
    /// <summary>A parcel is packed in one shipment: two clerks scanning it into two bags at once keep one.</summary>
    public const string OneShipmentAParcel = "IX_ShipmentParcels_ParcelId";

    public void Configure(EntityTypeBuilder<Shipment> shipment)
    {
        shipment.ToTable("Shipments");
        shipment.HasKey(s => s.Id);
        shipment.Property(s => s.Version).IsConcurrencyToken();
        shipment.Property(s => s.Code).HasMaxLength(32);
        shipment.HasIndex(s => s.Code).IsUnique();
        shipment.Property(s => s.OriginCode).HasMaxLength(Warehouse.MaxCodeLength);
        shipment.Property(s => s.DestinationCode).HasMaxLength(Warehouse.MaxCodeLength);
        shipment.Property(s => s.Status).HasConversion<string>().HasMaxLength(16);
        shipment.Property(s => s.Note).HasMaxLength(Shipment.MaxNoteLength);
        shipment.Property(s => s.TotalWeightKg).HasPrecision(12, 3);
        shipment.HasIndex(s => new { s.Status, s.OpenedAt });
        shipment.OwnsMany(s => s.Parcels, p =>
        {
            p.ToTable("ShipmentParcels");
            p.WithOwner().HasForeignKey("ShipmentId");
            p.HasKey("ShipmentId", nameof(ShipmentParcel.ParcelId));
            p.HasIndex(x => x.ParcelId).IsUnique().HasDatabaseName(OneShipmentAParcel);
            p.Property(x => x.ParcelCode).HasMaxLength(32);
            p.Property(x => x.WeightKg).HasPrecision(10, 3);
            p.Property(x => x.ChargeableWeightKg).HasPrecision(10, 2);
        });
        shipment.Navigation(s => s.Parcels).HasField("_parcels").UsePropertyAccessMode(PropertyAccessMode.Field);
        shipment.OwnsMany(s => s.History, h =>
        {
            h.ToTable("ShipmentHistory");
            h.WithOwner().HasForeignKey("ShipmentId");
            h.Property<int>("Id");
            h.HasKey("Id");
            h.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            h.Property(x => x.Action).HasMaxLength(24);
            h.Property(x => x.ActorName).HasMaxLength(200);
            h.Property(x => x.Remark).HasMaxLength(500);
        });
        shipment.Navigation(s => s.History).HasField("_history").UsePropertyAccessMode(PropertyAccessMode.Field);
        shipment.Ignore(s => s.Unreceived);
        shipment.Ignore(s => s.DomainEvents);
    }
}
