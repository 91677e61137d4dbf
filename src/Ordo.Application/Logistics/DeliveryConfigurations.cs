using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ordo.Domain.Logistics;

namespace Ordo.Application.Logistics;

internal sealed class ReleaseConfiguration : IEntityTypeConfiguration<Release>
{
    public void Configure(EntityTypeBuilder<Release> release)
    {
        release.ToTable("Releases");
        release.HasKey(r => r.Id);
        release.Property(r => r.Version).IsConcurrencyToken();
        release.Property(r => r.Code).HasMaxLength(32);
        release.HasIndex(r => r.Code).IsUnique();
        release.Property(r => r.CustomerCode).HasMaxLength(16);
        release.Property(r => r.WarehouseCode).HasMaxLength(Warehouse.MaxCodeLength);
        release.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        release.Property(r => r.Address).HasMaxLength(Release.MaxAddressLength);
        release.Property(r => r.Phone).HasMaxLength(Release.MaxPhoneLength);
        release.Property(r => r.Note).HasMaxLength(Release.MaxNoteLength);
        release.Property(r => r.ReleasedByName).HasMaxLength(200);
        release.Property(r => r.CollectedVnd).HasPrecision(18, 0);
        release.HasIndex(r => new { r.Status, r.ReleasedAt });
        release.HasIndex(r => new { r.CustomerId, r.ReleasedAt });
        release.OwnsMany(r => r.Parcels, p =>
        {
            p.ToTable("ReleaseParcels");
            p.WithOwner().HasForeignKey("ReleaseId");
            p.HasKey("ReleaseId", nameof(ReleaseParcel.ParcelId));
            p.Property(x => x.ParcelCode).HasMaxLength(32);
            p.Property(x => x.OrderCode).HasMaxLength(32);
            p.Property(x => x.WeightKg).HasPrecision(10, 3);
            p.Property(x => x.ChargeableWeightKg).HasPrecision(10, 2);
            p.Property(x => x.Shelf).HasMaxLength(Parcel.MaxShelfLength);
        });
        release.Navigation(r => r.Parcels).HasField("_parcels").UsePropertyAccessMode(PropertyAccessMode.Field);
        release.OwnsMany(r => r.Orders, o =>
        {
            o.ToTable("ReleaseOrders");
            o.WithOwner().HasForeignKey("ReleaseId");
            o.HasKey("ReleaseId", nameof(ReleaseOrder.OrderId));
            o.HasIndex(x => x.OrderId);
            o.Property(x => x.OrderCode).HasMaxLength(32);
            o.Property(x => x.TotalVnd).HasPrecision(18, 0);
            o.Property(x => x.PaidVnd).HasPrecision(18, 0);
            o.Property(x => x.ToCollectVnd).HasPrecision(18, 0);
        });
        release.Navigation(r => r.Orders).HasField("_orders").UsePropertyAccessMode(PropertyAccessMode.Field);
        release.Ignore(r => r.ToCollectVnd);
        release.Ignore(r => r.WeightKg);
        release.Ignore(r => r.DomainEvents);
    }
}

internal sealed class DeliveryRunConfiguration : IEntityTypeConfiguration<DeliveryRun>
{
    public void Configure(EntityTypeBuilder<DeliveryRun> run)
    {
        run.ToTable("DeliveryRuns");
        run.HasKey(r => r.Id);
        run.Property(r => r.Version).IsConcurrencyToken();
        run.Property(r => r.Code).HasMaxLength(32);
        run.HasIndex(r => r.Code).IsUnique();
        run.Property(r => r.DriverName).HasMaxLength(200);
        run.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        run.Property(r => r.HandedInVnd).HasPrecision(18, 0);
        run.HasIndex(r => new { r.DriverId, r.PlannedAt });
        run.OwnsMany(r => r.Deliveries, d =>
        {
            d.ToTable("Deliveries");
            d.WithOwner().HasForeignKey("RunId");
            d.HasKey(x => x.Id);
            d.Property(x => x.Id).ValueGeneratedNever();
            d.HasIndex(x => x.ReleaseId);
            d.Property(x => x.ReleaseCode).HasMaxLength(32);
            d.Property(x => x.CustomerCode).HasMaxLength(16);
            d.Property(x => x.Address).HasMaxLength(Release.MaxAddressLength);
            d.Property(x => x.Phone).HasMaxLength(Release.MaxPhoneLength);
            d.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            d.Property(x => x.ToCollectVnd).HasPrecision(18, 0);
            d.Property(x => x.CollectedVnd).HasPrecision(18, 0);
            d.Property(x => x.FailureReason).HasMaxLength(DeliveryRun.MaxReasonLength);
        });
        run.Navigation(r => r.Deliveries).HasField("_deliveries").UsePropertyAccessMode(PropertyAccessMode.Field);
        run.Ignore(r => r.CollectedVnd);
        run.Ignore(r => r.CashHeldVnd);
        run.Ignore(r => r.DomainEvents);
    }
}

internal sealed class DeliveryRequestConfiguration : IEntityTypeConfiguration<DeliveryRequest>
{
    public void Configure(EntityTypeBuilder<DeliveryRequest> request)
    {
        request.ToTable("DeliveryRequests");
        request.HasKey(r => r.Id);
        request.Property(r => r.Version).IsConcurrencyToken();
        request.Property(r => r.Code).HasMaxLength(32);
        request.HasIndex(r => r.Code).IsUnique();
        request.Property(r => r.Address).HasMaxLength(Release.MaxAddressLength);
        request.Property(r => r.Phone).HasMaxLength(Release.MaxPhoneLength);
        request.Property(r => r.Note).HasMaxLength(Release.MaxNoteLength);
        request.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        request.HasIndex(r => new { r.CustomerId, r.RequestedAt });
        request.HasIndex(r => new { r.Status, r.RequestedAt });
        request.PrimitiveCollection(r => r.ParcelIds).HasField("_parcelIds").UsePropertyAccessMode(PropertyAccessMode.Field);
        request.Ignore(r => r.DomainEvents);
    }
}

internal sealed class GoodsCheckConfiguration : IEntityTypeConfiguration<GoodsCheck>
{
    public void Configure(EntityTypeBuilder<GoodsCheck> check)
    {
        check.ToTable("GoodsChecks");
        check.HasKey(c => c.Id);
        check.Property(c => c.Version).IsConcurrencyToken();
        check.Property(c => c.Code).HasMaxLength(32);
        check.HasIndex(c => c.Code).IsUnique();
        check.Property(c => c.OrderCode).HasMaxLength(32);
        check.HasIndex(c => c.OrderId);
        check.HasIndex(c => new { c.Status, c.CreatedAt });
        check.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        check.Property(c => c.Note).HasMaxLength(GoodsCheck.MaxNoteLength);
        check.Property(c => c.CreatedByName).HasMaxLength(200);
        check.Property(c => c.CheckedByName).HasMaxLength(200);
        check.OwnsMany(c => c.Lines, l =>
        {
            l.ToTable("GoodsCheckLines");
            l.WithOwner().HasForeignKey("CheckId");
            l.HasKey("CheckId", nameof(CheckLine.LineId));
            l.Property(x => x.Name).HasMaxLength(500);
            l.Ignore(x => x.Missing);
            l.Ignore(x => x.Excess);
            l.Ignore(x => x.IsMismatch);
        });
        check.Navigation(c => c.Lines).HasField("_lines").UsePropertyAccessMode(PropertyAccessMode.Field);
        check.PrimitiveCollection(c => c.PhotoIds).HasField("_photoIds").UsePropertyAccessMode(PropertyAccessMode.Field);
        check.Ignore(c => c.DomainEvents);
    }
}

internal sealed class ShippingTariffVersionConfiguration : IEntityTypeConfiguration<ShippingTariffVersion>
{
    public void Configure(EntityTypeBuilder<ShippingTariffVersion> version)
    {
        version.ToTable("ShippingTariffs");
        version.HasKey(v => v.Id);
        version.Property(v => v.SetByName).HasMaxLength(200);
        version.Ignore(v => v.Tariff);
        version.HasIndex(v => v.EffectiveFrom);
    }
}
