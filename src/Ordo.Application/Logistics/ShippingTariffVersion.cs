using System.Text.Json;
using Ordo.Domain.Logistics;

namespace Ordo.Application.Logistics;

/// <summary>One version of the shipping tariff, effective from a moment; older versions stay for the record (like the fee tables).</summary>
public sealed class ShippingTariffVersion
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public DateTimeOffset EffectiveFrom { get; init; }

    public DateTimeOffset SetAt { get; init; }

    public Guid SetById { get; init; }

    public string SetByName { get; init; } = string.Empty;

    public string TariffJson { get; init; } = "{}";

    public ShippingTariff Tariff => JsonSerializer.Deserialize<ShippingTariff>(TariffJson, Json) ?? ShippingTariff.Default;

    public static string Serialize(ShippingTariff tariff) => JsonSerializer.Serialize(tariff, Json);
}
