using Microsoft.Playwright;
using Ordo.Browser.Tests.Pages;
using Ordo.Domain.Identity;

namespace Ordo.Browser.Tests.Accessibility;

/// <summary>
/// Every page of the web app, and its main dialogs and menus, as the accessibility scan opens them, and who scans
/// each (<see cref="ScannedBy"/>); a page's tabs are scanned one by one. A new <c>@page</c> that is not listed here
/// fails <see cref="AccessibilityScanCoverageTests.Every_routable_page_is_in_the_accessibility_scan"/>.
/// </summary>
public static class ScannedViews
{
    public static IReadOnlyList<ScannedView> All { get; } =
    [
        Page("/account/login"),
        Page("/account/register"),
        Page("/account/password"),
        // Where sign-in sends a signed-in person whom a page refuses: they see it inside the app's layout.
        Page("/account/access-denied") with { Roles = [PageAccess.Anonymous, Roles.Customer] },
        // Closed once an administrator exists (as in demo mode): it sends the visitor to sign in.
        Page("/setup"),

        Page("/"),
        Dialog(Page("/"), "notification menu", SignedIn, OpenBellAsync),
        Page("/orders"),
        Page("/orders/{IdOrCode}", OrderPath),
        Dialog(Page("/orders/{IdOrCode}", OrderPath), "pay dialog", [Roles.Customer], (page, culture) => OpenDialogAsync(page, MoneyTexts.For(culture).PayBalance)),
        Dialog(Page("/orders/{IdOrCode}", OrderPath), "charge dialog", [Roles.CsManager], (page, culture) => OpenDialogAsync(page, MoneyTexts.For(culture).AddCharge)),
        Page("/orders/new-shipping"),
        Page("/cart"),
        Dialog(Page("/cart"), "cart line dialog", [Roles.Customer], (page, culture) => OpenDialogAsync(page, Texts.For(culture).AddProduct)),
        Page("/wallet"),
        Dialog(Page("/wallet"), "top-up dialog", [Roles.Customer], (page, culture) => OpenDialogAsync(page, MoneyTexts.For(culture).TopUp)),
        Dialog(Page("/wallet"), "withdraw dialog", [Roles.Customer], (page, culture) => OpenDialogAsync(page, MoneyTexts.For(culture).Withdraw)),
        Page("/notifications"),
        Page("/staff/orders"),
        Page("/buying"),
        Page("/buying/late"),
        Page("/warehouse/scan"),
        Page("/warehouse/shipments"),
        Page("/warehouse/receive"),
        Page("/warehouse/parcel-claims"),
        Page("/warehouse/releases"),
        Page("/warehouse/checks"),
        Page("/warehouse/stocktakes"),
        Page("/delivery"),
        Page("/parcels/claims"),
        Page("/parcels"),
        Page("/parcels/delivery"),
        Page("/parcels/{Code}", data => $"/parcels/{data.ParcelCode}"),
        // Staff see an anonymous parcel with the form that gives it its order (a customer is told it is not theirs).
        Page("/parcels/{Code}", data => $"/parcels/{data.AnonymousParcelCode}") with { Name = "/parcels/{Code} (anonymous parcel)" },

        Page("/accounting/top-ups"),
        Page("/accounting/payments"),
        Page("/accounting/withdrawals"),
        Page("/accounting/books"),
        Page("/accounting/debts"),
        Page("/accounting/trial-balance"),

        Page("/admin/customers"),
        Dialog(Page("/admin/customers"), "terms dialog", [Roles.Admin], (page, culture) => OpenDialogAsync(page, CustomerTexts.For(culture).EditTerms)),
        Page("/admin/customers/{CustomerId:guid}/wallet", data => $"/admin/customers/{data.CustomerId}/wallet"),
        Page("/admin/staff"),
        Dialog(Page("/admin/staff"), "staff account dialog", [Roles.Admin], (page, culture) => OpenDialogAsync(page, culture == "vi" ? "Thêm nhân viên" : "New staff account")),
        Page("/admin/money"),
        Page("/admin/outbox"),
        Page("/settings/buying-accounts"),
        Dialog(Page("/settings/buying-accounts"), "account dialog", [Roles.Admin], (page, culture) => OpenDialogAsync(page, BuyingTexts.For(culture).New)),
    ];

    /// <summary>
    /// The views <paramref name="role"/> scans. A visitor and a customer scan every view they open (their pages are
    /// their own); every role scans the home page and its menu (each role has its own navigation); each other view is
    /// scanned by one staff role among those it lets in, the one with the fewest views so far. Staff roles see the same
    /// page with a button more or less, and scanning each page once per role took most of the browser tests' time.
    /// </summary>
    public static IReadOnlyList<ScannedView> ScannedBy(string role) =>
        Plan.TryGetValue(role, out var views) ? views : [];

    private static readonly Dictionary<string, List<ScannedView>> Plan = BuildPlan();

    private static Dictionary<string, List<ScannedView>> BuildPlan()
    {
        var plan = new[] { PageAccess.Anonymous }.Concat(Roles.All).ToDictionary(r => r, _ => new List<ScannedView>(), StringComparer.Ordinal);
        foreach (var view in All)
        {
            if (view.Route == "/")
            {
                view.Roles.ToList().ForEach(r => plan[r].Add(view));
                continue;
            }

            view.Roles.Where(r => r is PageAccess.Anonymous or Roles.Customer).ToList().ForEach(r => plan[r].Add(view));
            var staff = view.Roles.Where(r => r is not (PageAccess.Anonymous or Roles.Customer)).ToList();
            if (staff.Count > 0)
            {
                plan[staff.MinBy(r => plan[r].Count)!].Add(view);
            }
        }

        return plan;
    }

    private static IReadOnlyList<string> SignedIn => Roles.All;

    private static string OrderPath(ScanData data) => $"/orders/{data.OrderCode}";

    private static ScannedView Page(string route, Func<ScanData, string>? path = null) =>
        new(route, route, path ?? (_ => route), PageAccess.WhoOpens(route));

    private static ScannedView Dialog(ScannedView page, string name, IReadOnlyList<string> roles, Func<IPage, string, Task> open) =>
        page with { Name = $"{page.Route} ({name})", Roles = roles, Open = open };

    private static async Task OpenDialogAsync(IPage page, string button)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).First.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Dialog)).ToBeVisibleAsync();
    }

    private static async Task OpenBellAsync(IPage page, string culture)
    {
        var bell = new NotificationPages(page, NotificationTexts.For(culture));
        await bell.OpenBellAsync();
    }
}
