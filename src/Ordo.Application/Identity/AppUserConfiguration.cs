using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ordo.Application.Identity;

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> user)
    {
        user.Property(u => u.FullName).HasMaxLength(200);
        user.Property(u => u.Department).HasConversion<string>().HasMaxLength(32);
        user.Property(u => u.Language).HasMaxLength(8);
        user.Property(u => u.ServiceFeePercent).HasPrecision(5, 2);
        user.Property(u => u.CustomerCode).HasMaxLength(16);
        user.HasIndex(u => u.CustomerCode).IsUnique();
        user.Property(u => u.TermsVersion).IsConcurrencyToken();
        user.Ignore(u => u.Terms);
        user.HasIndex(u => u.LoyaltyTierId);
        user.HasIndex(u => u.CustomerGroupId);
    }
}
