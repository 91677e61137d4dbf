using Microsoft.Extensions.Localization;
using Ordo.Domain.Buying;

namespace Ordo.Web.Components.Buying;

/// <summary>Localized names of the buying model's values.</summary>
public static class BuyingLabels
{
    public static string PaymentKind(this IStringLocalizer l, PaymentKind kind) => l[$"PaymentKind.{kind}"];
    public static string LateKind(this IStringLocalizer l, LateKind kind) => l[$"LateKind.{kind}"];

    public static string LateReason(this IStringLocalizer l, LateReason reason) => l[$"LateReason.{reason}"];
}
