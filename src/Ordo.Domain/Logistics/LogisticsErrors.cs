namespace Ordo.Domain.Logistics;

/// <summary>Stable error codes of the logistics rules (problem details' <c>code</c>).</summary>
public static class LogisticsErrors
{
    public const string RoleNotAllowed = "logistics.role_not_allowed";
    public const string WarehouseInactive = "logistics.warehouse_inactive";
    public const string WrongCountry = "logistics.wrong_country";
    public const string CodeTaken = "logistics.code_taken";
    public const string NoDestination = "logistics.no_destination";
    public const string AnonymousNumber = "logistics.anonymous_number";
    public const string NotMatchable = "logistics.not_matchable";
    public const string IllegalParcelStep = "logistics.illegal_parcel_step";
    public const string AlreadyPacked = "logistics.already_packed";
    public const string ParcelUnowned = "logistics.parcel_unowned";
    public const string WrongDestination = "logistics.wrong_destination";
    public const string WrongWarehouse = "logistics.wrong_warehouse";
    public const string AlreadyArrived = "logistics.already_arrived";
    public const string ShipmentNotOpen = "logistics.shipment_not_open";
    public const string ShipmentEmpty = "logistics.shipment_empty";
    public const string ShipmentNotDispatched = "logistics.shipment_not_dispatched";
    public const string ShipmentAlreadyArrived = "logistics.shipment_already_arrived";
    public const string ShipmentNotArrived = "logistics.shipment_not_arrived";
    public const string NotInShipment = "logistics.not_in_shipment";
    public const string Unpaid = "logistics.unpaid";
    public const string CashOnDeliveryPending = "logistics.cod_pending";
    public const string MixedCustomers = "logistics.mixed_customers";
    public const string CheckPending = "logistics.check_pending";
    public const string NotReleased = "logistics.not_released";
    public const string ReleaseBusy = "logistics.release_busy";
    public const string DeliveryClosed = "logistics.delivery_closed";
    public const string NotYourDelivery = "logistics.not_your_delivery";
    public const string NotADriver = "logistics.not_a_driver";
    public const string CollectedWrong = "logistics.collected_wrong";
    public const string CheckNotOpen = "logistics.check_not_open";
    public const string NoInspection = "logistics.no_inspection";
    public const string CheckExists = "logistics.check_exists";
    public const string HandInTooMuch = "logistics.hand_in_too_much";
    public const string AlreadyOwned = "logistics.already_owned";
    public const string ClaimDecided = "logistics.claim_decided";
    public const string ClaimPending = "logistics.claim_pending";
    public const string ClaimOrderClosed = "logistics.claim_order_closed";
    public const string StocktakeClosed = "logistics.stocktake_closed";
    public const string StocktakeOpen = "logistics.stocktake_open";
    public const string StocktakeRunning = "logistics.stocktake_running";
    public const string NotMissingAtStocktake = "logistics.not_missing_at_stocktake";
}
