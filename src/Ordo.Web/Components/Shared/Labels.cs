using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using Ordo.Domain.Identity;
using Ordo.Domain.Orders;

namespace Ordo.Web.Components.Shared;

/// <summary>Localized names of the model's values and of the domain's error reasons.</summary>
public static partial class Labels
{
    public static string Status(this IStringLocalizer l, OrderStatus status) => l[$"OrderStatus.{status}"];

    public static string Kind(this IStringLocalizer l, OrderKind kind) => l[$"OrderKind.{kind}"];

    public static string Action(this IStringLocalizer l, OrderHistoryAction action) => l[$"HistoryAction.{action}"];

    public static string Role(this IStringLocalizer l, string role) => l[$"Role.{role}"];

    public static string Department(this IStringLocalizer l, Department department) => l[$"Department.{department}"];

    public static string Market(this IStringLocalizer l, Marketplace marketplace) => l[$"Marketplace.{marketplace}"];

    /// <summary>A field's name for an error list (<c>lines[0].quantity</c> reads "Line 1 · Quantity").</summary>
    public static string Field(this IStringLocalizer l, string field)
    {
        var match = IndexedField().Match(field);
        if (match.Success)
        {
            var row = int.Parse(match.Groups["index"].Value, CultureInfo.InvariantCulture) + 1;
            var name = l[$"Field.{match.Groups["name"].Value}"];
            return $"{l["Field.Row", row]} · {(name.ResourceNotFound ? match.Groups["name"].Value : name.Value)}";
        }

        var plain = l[$"Field.{field}"];
        return plain.ResourceNotFound ? field : plain.Value;
    }

    /// <summary>
    /// The domain states its reasons in English ("must be at most 200 characters"). Numbers are lifted
    /// out, the rest is looked up as a template ("must be at most {0} characters"); unknown reasons stay as they are.
    /// </summary>
    public static string Reason(this IStringLocalizer l, string reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        var numbers = Numbers().Matches(reason).Select(m => (object)m.Value).ToArray();
        var index = 0;
        var template = Numbers().Replace(reason, _ => $"{{{index++}}}");
        var found = l[$"Err.{template}"];
        return found.ResourceNotFound ? reason : string.Format(CultureInfo.CurrentCulture, found.Value, numbers);
    }

    [GeneratedRegex(@"\d+(?:\.\d+)?")]
    private static partial Regex Numbers();

    [GeneratedRegex(@"^\w+\[(?<index>\d+)\]\.(?<name>\w+)$")]
    private static partial Regex IndexedField();
}
