using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ordo.Domain.Buying;

namespace Ordo.Application.Buying;

internal sealed class BuyingAccountConfiguration : IEntityTypeConfiguration<BuyingAccount>
{
    public void Configure(EntityTypeBuilder<BuyingAccount> account)
    {
        account.ToTable("BuyingAccounts");
        account.HasKey(a => a.Id);
        account.Property(a => a.Version).IsConcurrencyToken();
        account.Property(a => a.Marketplace).HasConversion<string>().HasMaxLength(16);
        account.Property(a => a.AccountName).HasMaxLength(BuyingAccount.MaxAccountNameLength);
        account.Property(a => a.NormalizedAccountName).HasMaxLength(BuyingAccount.MaxAccountNameLength);
        // One row per login on each marketplace, also when two administrators save the same one at once.
        account.HasIndex(a => new { a.Marketplace, a.NormalizedAccountName }).IsUnique();
        account.Property(a => a.PaymentKind).HasConversion<string>().HasMaxLength(16);
        account.Property(a => a.PaymentAccount).HasMaxLength(BuyingAccount.MaxPaymentAccountLength);
        account.Property(a => a.Note).HasMaxLength(BuyingAccount.MaxNoteLength);
        account.Ignore(a => a.DomainEvents);

        // The assignments are part of the account (replaced with it, under its version), so an owned collection; in
        // a table of their own rather than a JSON column, because "the accounts given to me" is an indexed filter
        // on every ordering staff member's list and purchase.
        account.OwnsMany(a => a.AssignedStaff, staff =>
        {
            staff.ToTable("BuyingAccountStaff");
            staff.WithOwner().HasForeignKey("BuyingAccountId");
            staff.HasKey("BuyingAccountId", nameof(BuyingAccountAssignment.StaffId));
            staff.Property(s => s.StaffName).HasMaxLength(200);
            staff.HasIndex(s => s.StaffId);
        });
        account.Navigation(a => a.AssignedStaff).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
