using Microsoft.Extensions.Localization;
using Ordo.Domain.Buying;

namespace Ordo.Web.Components.Buying;

/// <summary>Localized names of the buying model's values.</summary>
public static class BuyingLabels
{
    public static string PaymentKind(this IStringLocalizer l, PaymentKind kind) => l[$"PaymentKind.{kind}"];
}
