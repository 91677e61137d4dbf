using MudBlazor;

namespace Ordo.Web.Components.Money;

/// <summary>The options every money dialog opens with.</summary>
public static class MoneyDialogs
{
    public static readonly DialogOptions Small = new() { MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = true };
}
