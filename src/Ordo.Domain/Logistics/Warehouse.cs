using Ordo.Domain.Common;
using Ordo.Domain.Identity;

namespace Ordo.Domain.Logistics;

/// <summary>
/// A warehouse of the agent's: in China (Guangzhou, Pingxiang…) where the shops' parcels arrive, or in Vietnam (Hà Nội,
/// TP.HCM…) where customers collect them or drivers take them out. Known by a short code the staff type and print.
/// </summary>
public sealed class Warehouse : AggregateRoot
{
    public const int MaxCodeLength = 16;
    public const int MaxNameLength = 100;
    public const int MaxAddressLength = 300;

    private Warehouse()
    {
        Code = Name = Address = string.Empty;
    }

    public string Code { get; private init; }

    public string Name { get; private set; }

    public Country Country { get; private init; }

    public string Address { get; private set; }

    public bool IsActive { get; private set; } = true;

    public static Warehouse Create(Actor actor, string? code, string? name, Country? country, string? address)
    {
        LogisticsRules.EnsureMayManageWarehouses(actor);
        var check = new Check()
            .Required(code, "code", MaxCodeLength)
            .That(code is null || code.Trim().All(c => char.IsAsciiLetterOrDigit(c) || c == '-'), "code", "must hold only letters, digits and hyphens")
            .That(country is not null, "country", "is required");
        if (country is { } given)
        {
            check.Defined(given, "country");
        }

        Validate(check, name, address);
        check.ThrowIfAny();
        return new Warehouse { Code = Normalize(code), Name = name!.Trim(), Country = country!.Value, Address = address!.Trim() };
    }

    /// <summary>The code as kept and looked up: trimmed, upper case.</summary>
    public static string Normalize(string? code) => code?.Trim().ToUpperInvariant() ?? string.Empty;

    public void Change(Actor actor, string? name, string? address, bool isActive)
    {
        LogisticsRules.EnsureMayManageWarehouses(actor);
        var check = new Check();
        Validate(check, name, address);
        check.ThrowIfAny();
        (Name, Address, IsActive) = (name!.Trim(), address!.Trim(), isActive);
    }

    private static void Validate(Check check, string? name, string? address) => check
        .Required(name, "name", MaxNameLength)
        .Required(address, "address", MaxAddressLength);
}
