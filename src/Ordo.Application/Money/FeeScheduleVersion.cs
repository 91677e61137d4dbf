using System.Text.Json;
using Ordo.Domain.Money;

namespace Ordo.Application.Money;

/// <summary>One version of the fee tables, effective from a moment; older versions stay for the record.</summary>
public sealed class FeeScheduleVersion
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public DateTimeOffset EffectiveFrom { get; init; }

    public DateTimeOffset SetAt { get; init; }

    public Guid SetById { get; init; }

    public string SetByName { get; init; } = string.Empty;

    public string ScheduleJson { get; init; } = "{}";

    public FeeSchedule Schedule => JsonSerializer.Deserialize<FeeSchedule>(ScheduleJson, Json) ?? FeeSchedule.Default;

    public static string Serialize(FeeSchedule schedule) => JsonSerializer.Serialize(schedule, Json);
}
