using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Ordo.Application.Buying;
using Ordo.Application.Common;
using Ordo.Application.Common.Outbox;
using Ordo.Application.Customers;
using Ordo.Application.Identity;
using Ordo.Application.Money;
using Ordo.Application.Money.Debts;
using Ordo.Application.Notifications;
using Ordo.Application.Orders;

namespace Ordo.Application;

public static class DependencyInjection
{
    /// <summary>Every use case, registered by hand: the list is the application's table of contents.</summary>
    public static IServiceCollection AddOrdoApplication(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<OrderCodeGenerator>();
        services.AddScoped<CartOperations>();
        services.AddScoped<SubmitCart>();
        services.AddScoped<CreateShippingOrder>();
        services.AddScoped<EditOrder>();
        services.AddScoped<ReviewOrders>();
        services.AddScoped<AssignOrder>();
        services.AddScoped<CloseOrder>();
        services.AddScoped<AssignBuyers>();
        services.AddScoped<PurchaseOrder>();
        services.AddScoped<TrackingNumberEntry>();
        services.AddScoped<TrackingNumberRegistry>();
        services.AddScoped<ShippingParcels>();
        services.AddScoped<LateOrders>();
        services.AddScoped<MarkLateOrders>();
        services.AddScoped<OrderCosts>();
        services.AddScoped<ShopOrderNumberChanges>();
        services.AddScoped<NotificationInbox>();
        services.AddScoped<GetOrder>();
        services.AddScoped<SearchOrders>();
        services.AddScoped<Ledger>();
        services.AddScoped<MoneySettings>();
        services.AddScoped<OrderCharges>();
        services.AddScoped<PayDeposit>();
        services.AddScoped<TopUps>();
        services.AddScoped<WalletQueries>();
        services.AddScoped<LedgerReports>();
        services.AddScoped<OrderBalanceProjection>();
        services.AddSingleton<OrderBalanceInterceptor>();
        services.AddScoped<DebtReports>();
        services.AddScoped<LedgerLines>();
        services.AddScoped<OrderPayments>();
        services.AddScoped<OrderAdjustments>();
        services.AddScoped<Withdrawals>();
        services.AddScoped<WalletAdjustments>();
        services.AddScoped<MoneyAdministration>();
        services.AddScoped<ImportBankStatement>();
        services.AddScoped<RegisterCustomer>();
        services.AddScoped<StaffAdministration>();
        services.AddScoped<CustomerDirectory>();
        services.AddScoped<Logistics.Warehouses>();
        services.AddScoped<Logistics.ScanParcel>();
        services.AddScoped<Logistics.Parcels>();
        services.AddDomainEventHandler<Domain.Logistics.Events.ParcelReceived, Logistics.OrderFollowsParcels>();
        services.AddDomainEventHandler<Domain.Logistics.Events.ParcelMatched, Logistics.OrderFollowsParcels>();
        services.AddDomainEventHandler<Domain.Logistics.Events.ParcelMoved, Logistics.OrderFollowsParcels>();
        services.AddDomainEventHandler<Domain.Logistics.Events.ParcelArrivedInVietnam, Logistics.ChargeInternationalShipping>();
        services.AddScoped<Logistics.MatchParcel>();
        services.AddScoped<Logistics.Shipments>();
        services.AddScoped<Logistics.VietnamReceipt>();
        services.AddScoped<Logistics.Stocktakes>();
        services.AddScoped<Logistics.MarkLostParcels>();
        services.AddScoped<Logistics.CompleteDeliveredOrders>();
        services.AddScoped<Logistics.ShippingTariffs>();
        services.AddScoped<Logistics.DeliveryRequests>();
        services.AddScoped<Logistics.Releases>();
        services.AddScoped<Logistics.DeliveryRuns>();
        services.AddScoped<Logistics.GoodsChecks>();
        services.AddScoped<Logistics.OrderCompletion>();
        services.AddScoped<Logistics.OrderProfit>();
        services.AddScoped<Logistics.ParcelClaims>();
        services.AddDomainEventHandler<Domain.Logistics.Events.ParcelMatched, Logistics.ClaimsFollowMatches>();
        services.AddScoped<Files.StoredFiles>();
        services.AddScoped<CustomerAccountStatus>();
        services.AddScoped<AccountSecurity>();
        services.AddScoped<CustomerOwnTerms>();
        services.AddScoped<BuyingAccounts>();
        services.AddScoped<ExpireCartLines>();
        services.AddScoped<PruneIdempotencyKeys>();
        services.AddScoped<OutboxAdministration>();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<OutboxWakeInterceptor>();
        services.AddSingleton<AccountStates>();
        services.AddSingleton<AccountChangeInterceptor>();
        services.AddSingleton<AccountCommitInterceptor>();
        services.AddSingleton<OutboxDispatcher>();
        return services;
    }
}
