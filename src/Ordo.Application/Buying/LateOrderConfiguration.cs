using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ordo.Domain.Buying;

namespace Ordo.Application.Buying;

internal sealed class LateOrderConfiguration : IEntityTypeConfiguration<LateOrder>
{
    public const string UniqueIndex = "IX_LateOrders_OrderId_Kind";

    public void Configure(EntityTypeBuilder<LateOrder> late)
    {
        late.ToTable("LateOrders");
        late.HasKey(l => l.Id);
        late.Property(l => l.Version).IsConcurrencyToken();
        late.Property(l => l.Kind).HasConversion<string>().HasMaxLength(16);
        late.Property(l => l.OrderCode).HasMaxLength(32);
        late.Property(l => l.BuyerName).HasMaxLength(200);
        late.Property(l => l.Reason).HasConversion<string>().HasMaxLength(32);
        late.Property(l => l.ReasonText).HasMaxLength(LateOrder.MaxReasonTextLength);
        late.Property(l => l.ReasonGivenByName).HasMaxLength(200);
        // The rule itself: one record per order and deadline, however many runs of the job meet at once.
        late.HasIndex(l => new { l.OrderId, l.Kind }).IsUnique().HasDatabaseName(UniqueIndex);
        // The late list (open ones, most overdue first, by kind or not); the same filter on both databases.
        late.HasIndex(l => new { l.DueAt, l.Kind }).HasFilter("\"ResolvedAt\" IS NULL");
        late.Ignore(l => l.IsOpen);
        late.Ignore(l => l.DomainEvents);
    }
}
