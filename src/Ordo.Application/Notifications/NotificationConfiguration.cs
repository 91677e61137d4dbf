using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ordo.Domain.Notifications;

namespace Ordo.Application.Notifications;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> notification)
    {
        notification.ToTable("Notifications");
        notification.HasKey(n => n.Id);
        notification.Ignore(n => n.IsRead);
        notification.Property(n => n.Kind).HasConversion<string>().HasMaxLength(32);
        notification.Property(n => n.OrderCode).HasMaxLength(32);
        notification.Property(n => n.AmountVnd).HasPrecision(18, 0);
        notification.Property(n => n.Detail).HasMaxLength(Notification.MaxDetailLength);
        notification.HasIndex(n => new { n.RecipientId, n.CreatedAt });
        notification.HasIndex(n => new { n.RecipientId, n.ReadAt });
    }
}
