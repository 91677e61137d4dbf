using Ordo.Domain.Common;
using Ordo.Domain.Identity;

namespace Ordo.Domain.Money;

/// <summary>
/// A group of customers with terms of its own, such as its own CNY→VND rate (wholesale buyers get a
/// better rate than retail ones, as agents' price lists do).
/// </summary>
public sealed class CustomerGroup : AggregateRoot
{
    private CustomerGroup()
    {
        Name = string.Empty;
    }

    public string Name { get; private set; }

    public static CustomerGroup Create(Actor actor, string? name)
    {
        var group = new CustomerGroup();
        group.Rename(actor, name);
        return group;
    }

    public void Rename(Actor actor, string? name)
    {
        MoneyRules.EnsureAdmin(actor, "customer groups");
        new Check().Required(name, "name", 100).ThrowIfAny();
        Name = name!.Trim();
    }
}
