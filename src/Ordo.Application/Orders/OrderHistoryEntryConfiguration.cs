using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ordo.Domain.Orders;

namespace Ordo.Application.Orders;

internal sealed class OrderHistoryEntryConfiguration : IEntityTypeConfiguration<OrderHistoryEntry>
{
    public void Configure(EntityTypeBuilder<OrderHistoryEntry> entry)
    {
        entry.ToTable("OrderHistory");
        entry.HasKey(h => h.Id);
        entry.Property(h => h.Id).ValueGeneratedNever();
        entry.Property(h => h.Action).HasConversion<string>().HasMaxLength(32);
        entry.Property(h => h.From).HasConversion<string>().HasMaxLength(32);
        entry.Property(h => h.To).HasConversion<string>().HasMaxLength(32);
        entry.Property(h => h.ByName).HasMaxLength(200);
        entry.Property(h => h.Remark).HasMaxLength(1000);
        entry.HasIndex(h => new { h.OrderId, h.Sequence });
    }
}
