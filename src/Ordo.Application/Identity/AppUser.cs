using Microsoft.AspNetCore.Identity;
using Ordo.Domain.Identity;

namespace Ordo.Application.Identity;

/// <summary>A person who signs in: a customer or a staff member.</summary>
public sealed class AppUser : IdentityUser<Guid>
{
    public string FullName { get; set; } = string.Empty;

    public Department? Department { get; set; }

    public bool IsDisabled { get; set; }

    /// <summary>"vi" or "en": the language of the UI and of notifications.</summary>
    public string Language { get; set; } = "vi";

    public DateTimeOffset CreatedAt { get; set; }
}
