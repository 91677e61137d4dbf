using System.ComponentModel.DataAnnotations;

namespace Ordo.Application.Settings;

/// <summary>The <c>Ordo</c> configuration section (validated on start).</summary>
public sealed class OrdoOptions
{
    public const string Section = "Ordo";

    public OrdersOptions Orders { get; set; } = new();

    public BuyingOptions Buying { get; set; } = new();

    public LogisticsOptions Logistics { get; set; } = new();

    public DatabaseOptions Database { get; set; } = new();

    public AdminOptions Admin { get; set; } = new();

    public AccountsOptions Accounts { get; set; } = new();

    public bool Demo { get; set; }
}
