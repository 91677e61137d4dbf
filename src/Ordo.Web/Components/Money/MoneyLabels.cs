using Microsoft.Extensions.Localization;
using Ordo.Domain.Money;

namespace Ordo.Web.Components.Money;

/// <summary>Localized names of the money model's values.</summary>
public static class MoneyLabels
{
    public static string EntryKind(this IStringLocalizer l, JournalEntryKind kind) => l[$"EntryKind.{kind}"];

    public static string TopUpMethod(this IStringLocalizer l, TopUpMethod method) => l[$"TopUpMethod.{method}"];

    public static string TopUpStatus(this IStringLocalizer l, TopUpStatus status) => l[$"TopUpStatus.{status}"];

    public static string PaymentStatus(this IStringLocalizer l, PaymentStatus status) => l[$"PaymentStatus.{status}"];

    public static string PaymentMethod(this IStringLocalizer l, PaymentMethod method) => l[$"PaymentMethod.{method}"];

    public static string ChargeKind(this IStringLocalizer l, ChargeKind kind) => l[$"ChargeKind.{kind}"];
}
