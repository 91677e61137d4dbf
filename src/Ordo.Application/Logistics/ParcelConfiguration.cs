using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ordo.Domain.Logistics;
using Ordo.Domain.Orders;

namespace Ordo.Application.Logistics;

internal sealed class ParcelConfiguration : IEntityTypeConfiguration<Parcel>
{
    /// <summary>One parcel per tracking number, besides the boxes received as excess: a scan made twice at once records one.</summary>
    public const string UniqueTrackingIndex = "IX_Parcels_TrackingNumber";

    public void Configure(EntityTypeBuilder<Parcel> parcel)
    {
        parcel.ToTable("Parcels");
        parcel.HasKey(p => p.Id);
        parcel.Property(p => p.Version).IsConcurrencyToken();
        parcel.Property(p => p.Code).HasMaxLength(32);
        parcel.HasIndex(p => p.Code).IsUnique();
        parcel.Property(p => p.TrackingNumber).HasMaxLength(TrackingNumbers.MaxLength);
        parcel.HasIndex(p => p.TrackingNumber).IsUnique().HasFilter("\"IsExcess\" = FALSE").HasDatabaseName(UniqueTrackingIndex);
        parcel.Property(p => p.OrderCode).HasMaxLength(32);
        parcel.Property(p => p.CustomerCode).HasMaxLength(16);
        // The list's order (newest first, then the id) at the end of each filter's index, so a page is read in order on
        // the index and a deep page's skipped rows are not read at all: one order's (and anonymous: OrderId null), where it is, none.
        parcel.HasIndex(p => new { p.OrderId, p.ReceivedAt, p.Id });
        parcel.HasIndex(p => new { p.CustomerId, p.ReceivedAt });
        parcel.HasIndex(p => new { p.Status, p.WarehouseCode, p.ReceivedAt });
        parcel.HasIndex(p => new { p.WarehouseCode, p.ReceivedAt, p.Id });
        parcel.HasIndex(p => new { p.ReceivedAt, p.Id });
        parcel.Property(p => p.Status).HasConversion<string>().HasMaxLength(24);
        parcel.Property(p => p.WarehouseCode).HasMaxLength(Warehouse.MaxCodeLength);
        parcel.Property(p => p.DestinationCode).HasMaxLength(Warehouse.MaxCodeLength);
        parcel.Property(p => p.ChargeableWeightKg).HasPrecision(10, 2);
        parcel.Property(p => p.HandlingNote).HasMaxLength(Parcel.MaxHandlingNoteLength);
        parcel.Property(p => p.ShipmentCode).HasMaxLength(32);
        parcel.Property(p => p.ReleaseCode).HasMaxLength(32);
        parcel.Property(p => p.Shelf).HasMaxLength(Parcel.MaxShelfLength);
        parcel.HasIndex(p => new { p.Status, p.MissingSince });
        parcel.Ignore(p => p.IsAnonymous);
        parcel.Ignore(p => p.CountsForOrder);
        parcel.OwnsOne(p => p.Measurements, m =>
        {
            m.Property(x => x.WeightKg).HasColumnName("WeightKg").HasPrecision(10, 3);
            m.Property(x => x.LengthCm).HasColumnName("LengthCm").HasPrecision(6, 1);
            m.Property(x => x.WidthCm).HasColumnName("WidthCm").HasPrecision(6, 1);
            m.Property(x => x.HeightCm).HasColumnName("HeightCm").HasPrecision(6, 1);
            m.Ignore(x => x.VolumetricWeightKg);
            m.Ignore(x => x.ChargeableWeightKg);
        });
        parcel.Navigation(p => p.Measurements).IsRequired();
        parcel.PrimitiveCollection(p => p.Warnings).HasField("_warnings").UsePropertyAccessMode(PropertyAccessMode.Field)
            .ElementType(e => e.HasConversion<string>());
        parcel.OwnsMany(p => p.History, h =>
        {
            h.ToTable("ParcelHistory");
            h.WithOwner().HasForeignKey("ParcelId");
            h.Property<int>("Id");
            h.HasKey("Id");
            h.Property(x => x.Action).HasConversion<string>().HasMaxLength(24);
            h.Property(x => x.Status).HasConversion<string>().HasMaxLength(24);
            h.Property(x => x.WarehouseCode).HasMaxLength(Warehouse.MaxCodeLength);
            h.Property(x => x.ActorName).HasMaxLength(200);
            h.Property(x => x.Remark).HasMaxLength(500);
        });
        parcel.Navigation(p => p.History).HasField("_history").UsePropertyAccessMode(PropertyAccessMode.Field);
        parcel.Ignore(p => p.DomainEvents);
    }
}
