using Microsoft.AspNetCore.Identity;
using Ordo.Domain.Identity;
using Ordo.Domain.Money;

namespace Ordo.Application.Identity;

/// <summary>A person who signs in: a customer or a staff member.</summary>
public sealed class AppUser : IdentityUser<Guid>
{
    public string FullName { get; set; } = string.Empty;

    public Department? Department { get; set; }

    public bool IsDisabled { get; set; }

    /// <summary>Set when an administrator resets the password: the person must choose a new one before doing anything else.</summary>
    public bool MustChangePassword { get; set; }

    /// <summary>"vi" or "en": the language of the UI and of notifications.</summary>
    public string Language { get; set; } = "vi";

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Customers only: <c>KH000123</c>, written in bank transfer messages so top-ups match themselves.</summary>
    public string? CustomerCode { get; set; }

    /// <summary>The customer's loyalty level: a service-fee discount and maybe its own deposit %.</summary>
    public Guid? LoyaltyTierId { get; set; }

    /// <summary>A buying-fee percent agreed with this customer, replacing the tiered table.</summary>
    public decimal? ServiceFeePercent { get; set; }

    /// <summary>The customer group whose own exchange rate applies, if any.</summary>
    public Guid? CustomerGroupId { get; set; }

    /// <summary>How many times the terms above were changed: their ETag, so two admins cannot overwrite each other unseen.</summary>
    public int TermsVersion { get; set; }

    public CustomerTerms Terms => new(LoyaltyTierId, ServiceFeePercent, CustomerGroupId);

    /// <summary>Takes the terms a recorded change moved the customer to.</summary>
    public void Apply(CustomerTermsChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        LoyaltyTierId = change.LoyaltyTierId;
        ServiceFeePercent = change.ServiceFeePercent;
        CustomerGroupId = change.CustomerGroupId;
        TermsVersion = change.Version;
    }
}
