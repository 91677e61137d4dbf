using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ordo.Application.Money.Debts;

internal sealed class OrderBalanceConfiguration : IEntityTypeConfiguration<OrderBalance>
{
    public void Configure(EntityTypeBuilder<OrderBalance> balance)
    {
        balance.ToTable("OrderBalances");
        balance.HasKey(b => b.OrderId);
        balance.Property(b => b.OrderId).ValueGeneratedNever();
        balance.HasIndex(b => new { b.IsOpen, b.DueVnd });
        balance.HasIndex(b => new { b.CustomerId, b.IsOpen });
    }
}
