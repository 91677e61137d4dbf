using MudBlazor;
using Ordo.Application.Buying;
using Ordo.Application.Identity;
using Ordo.Application.Orders;
using Ordo.Domain.Identity;
using Ordo.Domain.Orders;
using Ordo.Web.Components.Buying;
using Ordo.Web.Components.Shared;

namespace Ordo.Web.Components.Orders;

/// <summary>Each allowed action opens its dialog; the dialog runs the use case and keeps its refusal on screen.</summary>
public partial class OrderDetail
{
    private static readonly DialogOptions Small = new() { MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = true };

    /// <summary>Returns the order as the action left it, or null when the dialog was dismissed.</summary>
    private async Task<OrderDetailsDto?> OpenActionAsync(OrderAction action, OrderDetailsDto order)
    {
        OrderDetailsDto? changed = null;
        var (id, version) = (order.Id, order.Version);
        IDialogReference dialog;
        switch (action)
        {
            case OrderAction.Approve:
                dialog = await ShowStaffChoiceAsync(L["Order.ApproveTitle", order.Code], L["Order.ApproveIntro"], L["OrderAction.approve"], order.CsStaff?.Id, staffRequired: false, showRemark: true, Roles.CsStaff,
                    async (staff, remark) => changed = await RunAsync<ReviewOrders, OrderDetailsDto>((review, actor) =>
                        review.ApproveAsync(actor, id, new ReviewOrders.ApproveCommand(staff, remark), version, CancellationToken.None)));
                break;
            case OrderAction.Assign:
                dialog = await ShowStaffChoiceAsync(L["Order.AssignTitle", order.Code], null, L["OrderAction.assign"], order.CsStaff?.Id, staffRequired: true, showRemark: false, Roles.CsStaff,
                    async (staff, _) => changed = await RunAsync<AssignOrder, OrderDetailsDto>((assign, actor) =>
                        assign.HandleAsync(actor, id, new AssignOrder.Command(staff), version, CancellationToken.None)));
                break;
            case OrderAction.AssignBuyer:
                dialog = await ShowStaffChoiceAsync(L["Buying.AssignTitle", order.Code], null, L["OrderAction.assignBuyer"], order.Buyer?.Id, staffRequired: true, showRemark: false, Roles.OrderingStaff,
                    async (staff, _) => changed = await RunAsync<AssignBuyers, OrderDetailsDto>((assign, actor) =>
                        assign.AssignAsync(actor, id, new AssignBuyers.Command(staff), version, CancellationToken.None)));
                break;
            case OrderAction.Claim:
                // Taking an order is one click; a refusal (the claim limit, a colleague was quicker) shows on the page.
                return await RunAsync<AssignBuyers, OrderDetailsDto>((assign, actor) => assign.ClaimAsync(actor, id, version, CancellationToken.None));
            case OrderAction.Purchase:
                var purchase = new DialogParameters<PurchaseDialog>
                {
                    { d => d.Order, order },
                    { d => d.Accounts, await AccountsAsync(order) },
                    {
                        d => d.Submit, async command => changed = await RunAsync<PurchaseOrder, OrderDetailsDto>((use, actor) =>
                            use.HandleAsync(actor, id, command, version, CancellationToken.None))
                    },
                };
                dialog = await Dialogs.ShowAsync<PurchaseDialog>(L["Purchase.Title", order.Code], purchase,
                    new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true, CloseOnEscapeKey = true });
                break;
            case OrderAction.Reject:
                dialog = await ShowReasonAsync(L["Order.RejectTitle", order.Code], L["Order.RejectIntro"], L["OrderAction.reject"], Color.Error,
                    async reason => changed = await RunAsync<ReviewOrders, OrderDetailsDto>((review, actor) =>
                        review.RejectAsync(actor, id, new ReviewOrders.RejectCommand(reason), version, CancellationToken.None)));
                break;
            case OrderAction.Cancel:
                dialog = await ShowReasonAsync(L["Order.CancelTitle", order.Code], L["Order.CancelIntro"], L["Order.CancelConfirm"], Color.Error,
                    async reason => changed = await RunAsync<CloseOrder, OrderDetailsDto>((close, actor) =>
                        close.CancelAsync(actor, id, new CloseOrder.Command(reason), version, CancellationToken.None)));
                break;
            case OrderAction.OutOfStock:
                dialog = await ShowReasonAsync(L["Order.OutOfStockTitle", order.Code], L["Order.OutOfStockIntro"], L["OrderAction.outOfStock"], Color.Warning,
                    async reason => changed = await RunAsync<CloseOrder, OrderDetailsDto>((close, actor) =>
                        close.MarkOutOfStockAsync(actor, id, new CloseOrder.Command(reason), version, CancellationToken.None)));
                break;
            case OrderAction.GiveLateReason:
                var late = new DialogParameters<Buying.LateReasonDialog>
                {
                    { d => d.OrderId, id },
                    { d => d.OrderCode, order.Code },
                    { d => d.OrderVersion, version },
                    { d => d.Initial, order.Late?.Reason },
                    { d => d.InitialText, order.Late?.ReasonText },
                };
                dialog = await Dialogs.ShowAsync<Buying.LateReasonDialog>(L["Late.ReasonTitle", order.Code], late, Small);
                var explained = await dialog.Result;
                return explained is { Canceled: false, Data: OrderDetailsDto withReason } ? withReason : null;
            case OrderAction.Edit:
                var parameters = new DialogParameters<EditOrderDialog> { { d => d.Order, order } };
                dialog = await Dialogs.ShowAsync<EditOrderDialog>(L["Order.EditTitle", order.Code], parameters,
                    new DialogOptions { MaxWidth = MaxWidth.Large, FullWidth = true, CloseOnEscapeKey = true });
                var edited = await dialog.Result;
                return edited is { Canceled: false, Data: OrderDetailsDto details } ? details : null;
            default:
                return null;
        }

        var result = await dialog.Result;
        return result is { Canceled: false } ? changed : null;
    }

    /// <summary>The active accounts the reader may buy with on the order's marketplace (a buyer: their own).</summary>
    private async Task<IReadOnlyList<AccountChoice>> AccountsAsync(OrderDetailsDto order)
    {
        var accounts = await RunAsync<BuyingAccounts, IReadOnlyList<BuyingAccounts.AccountDto>>((use, actor) => use.ListAsync(actor, CancellationToken.None));
        return [.. accounts.Where(a => a.IsActive && Domain.Buying.BuyingAccount.Buys(a.Marketplace, order.Marketplace))
            .Select(a => new AccountChoice(a.Id, $"{L.Market(a.Marketplace)} · {a.AccountName}"))];
    }

    private async Task<IDialogReference> ShowStaffChoiceAsync(
        string title, string? intro, string confirm, Guid? initial, bool staffRequired, bool showRemark, string role, Func<Guid?, string?, Task> submit)
    {
        var staff = await RunAsync<StaffAdministration, IReadOnlyList<StaffRefDtoWithRoles>>((admin, actor) =>
            admin.AssignableAsync(actor, role, CancellationToken.None));
        var buyer = role == Roles.OrderingStaff;
        var parameters = new DialogParameters<StaffChoiceDialog>
        {
            { d => d.Intro, intro },
            { d => d.Staff, staff },
            { d => d.Initial, initial },
            { d => d.StaffRequired, staffRequired },
            { d => d.ShowRemark, showRemark },
            { d => d.ConfirmText, confirm },
            { d => d.Submit, submit },
            { d => d.Label, buyer ? L["Field.buyer"].Value : null },
            { d => d.Field, buyer ? "buyerId" : "csStaffId" },
        };
        return await Dialogs.ShowAsync<StaffChoiceDialog>(title, parameters, Small);
    }

    private Task<IDialogReference> ShowReasonAsync(string title, string intro, string confirm, Color color, Func<string?, Task> submit)
    {
        var parameters = new DialogParameters<ReasonDialog>
        {
            { d => d.Intro, intro },
            { d => d.Label, L["Field.reason"].Value },
            { d => d.ConfirmText, confirm },
            { d => d.ConfirmColor, color },
            { d => d.Submit, submit },
        };
        return Dialogs.ShowAsync<ReasonDialog>(title, parameters, Small);
    }
}
