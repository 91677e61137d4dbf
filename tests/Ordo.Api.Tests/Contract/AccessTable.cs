namespace Ordo.Api.Tests.Contract;

/// <summary>
/// Who may call what: one row per operationId of the OpenAPI document, one answer per <see cref="Caller"/> column.
/// <c>ok</c> = past authorization (2xx, or 400/409/422 for the minimal body, see <see cref="Answer.Allowed"/>),
/// <c>401</c> = not signed in, <c>403</c> = the role may not, <c>404</c> = not theirs to see. The resource a path names
/// belongs to <see cref="Caller.Owner"/>; <see cref="Caller.OtherCustomer"/> is any other customer. A new endpoint
/// adds its row here; the test names any operation without one.
/// </summary>
public static class AccessTable
{
    private const string Reason = """{"reason":"Contract test"}""";

    /// <summary>Operations that end every session of the caller: called after all others, so later calls keep their tokens.</summary>
    public static IReadOnlySet<string> EndsSessions { get; } = new HashSet<string>(StringComparer.Ordinal) { "SignOut" };

    public static IReadOnlyList<AccessRule> Rules { get; } =
    [
        // Identity                              anon own other csm cs  om  buy acc fwd cnw vnw dlv adm
        new("IssueToken",                       "ok   ok  ok   ok  ok  ok  ok  ok  ok  ok  ok  ok  ok"),
        new("RegisterCustomer",                 "ok   ok  ok   ok  ok  ok  ok  ok  ok  ok  ok  ok  ok"),
        new("GetMe",                            "401  ok  ok   ok  ok  ok  ok  ok  ok  ok  ok  ok  ok"),
        new("ListStaff",                        "401  403 403  403 403 403 403 403 403 403 403 403 ok"),
        new("CreateStaff",                      "401  403 403  403 403 403 403 403 403 403 403 403 ok"),
        new("UpdateStaff",                      "401  403 403  403 403 403 403 403 403 403 403 403 ok"),
        new("ListAssignableStaff",              "401  403 403  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok"),
        new("ChangePassword",                   "401  ok  ok   ok  ok  ok  ok  ok  ok  ok  ok  ok  ok"),
        new("SignOut",                          "401  ok  ok   ok  ok  ok  ok  ok  ok  ok  ok  ok  ok"),
        new("ResetPassword",                    "401  403 403  403 403 403 403 403 403 403 403 403 ok", """{"temporaryPassword":"short"}"""),

        // Customers                             anon own other csm cs  om  buy acc fwd cnw vnw dlv adm
        new("SearchCustomers",                  "401  403 403  ok  403 403 403 ok  403 403 403 403 ok"),
        new("GetCustomer",                      "401  403 403  ok  403 403 403 ok  403 403 403 403 ok"),
        new("GetCustomerTermsHistory",          "401  403 403  ok  403 403 403 ok  403 403 403 403 ok"),
        new("SetCustomerTerms",                 "401  403 403  403 403 403 403 403 403 403 403 403 ok"),
        new("DisableCustomer",                  "401  403 403  403 403 403 403 403 403 403 403 403 ok"),
        new("EnableCustomer",                   "401  403 403  403 403 403 403 403 403 403 403 403 ok"),
        new("GetMyTerms",                       "401  ok  ok   403 403 403 403 403 403 403 403 403 403"),

        // Cart                                  anon own other csm cs  om  buy acc fwd cnw vnw dlv adm
        new("ListCartLines",                    "401  ok  ok   403 403 403 403 403 403 403 403 403 403"),
        new("AddCartLine",                      "401  ok  ok   403 403 403 403 403 403 403 403 403 403"),
        new("UpdateCartLine",                   "401  ok  404  403 403 403 403 403 403 403 403 403 403", CartLine),
        new("RemoveCartLine",                   "401  ok  404  403 403 403 403 403 403 403 403 403 403"),
        new("SubmitCart",                       "401  ok  ok   403 403 403 403 403 403 403 403 403 403"),

        // Orders                                anon own other csm cs  om  buy acc fwd cnw vnw dlv adm
        new("CreateShippingOrder",              "401  ok  ok   403 403 403 403 403 403 403 403 403 403", Parcel),
        new("SearchOrders",                     "401  ok  ok   ok  ok  ok  ok  ok  ok  ok  ok  ok  ok"),
        new("GetOrder",                         "401  ok  404  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok"),
        new("EditOrder",                        "401  ok  404  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok"),
        new("GetOrderHistory",                  "401  ok  404  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok"),
        new("ApproveOrder",                     "401  403 404  ok  403 403 403 403 403 403 403 403 ok"),
        new("RejectOrder",                      "401  403 404  ok  403 403 403 403 403 403 403 403 ok", Reason),
        new("AssignOrder",                      "401  403 404  ok  403 403 403 403 403 403 403 403 ok", """{"csStaffId":"{csStaffId}"}"""),
        new("CancelOrder",                      "401  ok  404  ok  ok  ok  403 403 403 403 403 403 ok", Reason),
        new("MarkOrderOutOfStock",              "401  403 404  ok  403 ok  ok  403 403 403 403 403 ok", Reason),
        new("AddShippingItem",                  "401  ok  404  ok  ok  403 403 403 403 403 403 403 ok", ParcelItem),
        new("RemoveShippingItem",               "401  ok  404  ok  ok  403 403 403 403 403 403 403 ok"),
        new("ApproveOrders",                    "401  403 403  ok  403 403 403 403 403 403 403 403 ok"),
        new("RejectOrders",                     "401  403 403  ok  403 403 403 403 403 403 403 403 ok", """{"orderIds":["{ownerId}"],"reason":"Contract test"}"""),

        // Logistics                             anon own other csm cs  om  buy acc fwd cnw vnw dlv adm
        new("ListWarehouses",                   "401  ok  ok   ok  ok  ok  ok  ok  ok  ok  ok  ok  ok"),
        new("CreateWarehouse",                  "401  403 403  403 403 403 403 403 403 403 403 403 ok"),
        new("UpdateWarehouse",                  "401  403 403  403 403 403 403 403 403 403 403 403 ok"),
        new("ScanParcel",                       "401  403 403  403 403 403 403 403 ok  ok  403 403 ok"),
        new("ListParcels",                      "401  ok  ok   ok  ok  ok  ok  ok  ok  ok  ok  ok  ok"),
        new("GetParcel",                        "401  ok  404  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok"),
        new("MatchParcel",                      "401  403 403  ok  ok  403 403 403 ok  ok  403 403 ok"),
        new("GetParcelLabel",                   "401  403 403  403 403 403 403 403 ok  ok  ok  403 ok"),
        new("ShelveParcel",                     "401  403 403  403 403 403 403 403 ok  403 ok  403 ok"),
        new("FindAnonymousParcels",             "401  ok  ok   ok  ok  ok  ok  ok  ok  ok  ok  ok  ok"),
        new("ClaimParcel",                      "401  ok  ok   403 403 403 403 403 403 403 403 403 403"),
        new("ListParcelClaims",                 "401  ok  ok   ok  ok  ok  ok  ok  ok  ok  ok  ok  ok"),
        new("GetParcelClaim",                   "401  ok  404  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok"),
        new("ConfirmParcelClaim",               "401  403 403  ok  ok  403 403 403 ok  ok  403 403 ok"),
        new("RejectParcelClaim",                "401  403 403  ok  ok  403 403 403 ok  ok  403 403 ok", Reason),
        new("GetFile",                          "401  ok  404  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok"),

        // Shipments                             anon own other csm cs  om  buy acc fwd cnw vnw dlv adm
        new("ListShipments",                    "401  403 403  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok"),
        new("OpenShipment",                     "401  403 403  403 403 403 403 403 ok  ok  403 403 ok"),
        new("GetShipment",                      "401  403 403  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok"),
        new("PackParcel",                       "401  403 403  403 403 403 403 403 ok  ok  403 403 ok"),
        new("UnpackParcel",                     "401  403 403  403 403 403 403 403 ok  ok  403 403 ok"),
        new("DispatchShipment",                 "401  403 403  403 403 403 403 403 ok  ok  403 403 ok"),
        new("FinishReceivingShipment",          "401  403 403  403 403 403 403 403 ok  403 ok  403 ok"),
        new("ReceiveShipment",                  "401  403 403  403 403 403 403 403 ok  403 ok  403 ok"),
        new("ReceiveParcelInVietnam",           "401  403 403  403 403 403 403 403 ok  403 ok  403 ok"),
        new("ListStocktakes",                   "401  403 403  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok"),
        new("StartStocktake",                   "401  403 403  403 403 403 403 403 ok  ok  ok  403 ok"),
        new("GetStocktake",                     "401  403 403  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok"),
        new("ScanAtStocktake",                  "401  403 403  403 403 403 403 403 ok  403 ok  403 ok", """{"parcelCode":"PK-1999-000001"}"""),
        new("CloseStocktake",                   "401  403 403  403 403 403 403 403 ok  403 ok  403 ok"),
        new("MarkLostAtStocktake",              "401  403 403  403 403 403 403 403 ok  403 ok  403 ok"),
        new("GetShippingTariffs",               "401  403 403  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok"),
        new("SetShippingTariffs",               "401  403 403  403 403 403 403 403 403 403 403 403 ok"),

        // Checks, delivery                      anon own other csm cs  om  buy acc fwd cnw vnw dlv adm
        new("ListChecks",                       "401  ok  ok   ok  ok  ok  ok  ok  ok  ok  ok  ok  ok"),
        new("CreateCheck",                      "401  403 403  403 403 403 403 403 ok  403 403 403 ok"),
        new("GetCheck",                         "401  ok  404  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok"),
        new("RecordCheckResult",                "401  403 403  403 403 403 403 403 ok  403 ok  403 ok"),
        new("AddCheckPhoto",                    "401  403 403  403 403 403 403 403 ok  403 ok  403 ok"),
        new("ListDeliveryRequests",             "401  ok  ok   ok  ok  ok  ok  ok  ok  ok  ok  ok  ok"),
        new("CreateDeliveryRequest",            "401  ok  ok   ok  ok  403 403 403 ok  403 403 403 ok"),
        new("ListReleases",                     "401  ok  ok   ok  ok  ok  ok  ok  ok  ok  ok  ok  ok"),
        new("CreateRelease",                    "401  403 403  403 403 403 403 403 ok  403 403 403 ok"),
        new("GetRelease",                       "401  ok  404  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok"),
        new("GetReleaseSlip",                   "401  403 403  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok"),
        new("ListDeliveryRuns",                 "401  403 403  403 403 403 403 ok  ok  403 403 ok  ok"),
        new("PlanDeliveryRun",                  "401  403 403  403 403 403 403 403 ok  403 403 403 ok"),
        new("GetDeliveryRun",                   "401  404 404  404 404 404 404 ok  ok  404 404 ok  ok"),
        new("HandInDeliveryCash",               "401  403 403  403 403 403 403 ok  403 403 403 403 ok"),
        new("ConfirmDelivery",                  "401  404 404  404 404 404 404 403 ok  404 404 ok  ok"),
        new("FailDelivery",                     "401  404 404  404 404 404 404 403 ok  404 404 ok  ok"),
        new("ConfirmReceipt",                   "401  ok  404  ok  ok  403 403 403 403 403 403 403 ok"),
        new("GetOrderProfit",                   "401  403 403  ok  403 ok  403 ok  ok  403 403 403 ok"),

        // Buying                                anon own other csm cs  om  buy acc fwd cnw vnw dlv adm
        new("AssignBuyer",                      "401  403 404  403 403 ok  403 403 403 403 403 403 ok", """{"buyerId":"{csStaffId}"}"""),
        new("AssignBuyerToOrders",              "401  403 403  403 403 ok  403 403 403 403 403 403 ok", """{"orderIds":["{ownerId}"],"buyerId":"{csStaffId}"}"""),
        new("ClaimOrder",                       "401  403 403  403 403 403 ok  403 403 403 403 403 ok"),
        new("PurchaseOrder",                    "401  403 403  403 403 ok  ok  403 403 403 403 403 ok"),
        new("AddTrackingNumber",                "401  403 403  403 403 ok  ok  403 403 403 403 403 ok"),
        new("RemoveTrackingNumber",             "401  403 403  403 403 ok  ok  403 403 403 403 403 ok"),
        new("RequestShopOrderNumberChange",     "401  403 403  403 403 ok  ok  403 403 403 403 403 ok"),
        new("ListShopOrderNumberChanges",       "401  403 403  403 403 ok  ok  403 403 403 403 403 ok"),
        new("ApproveShopOrderNumberChange",     "401  403 403  403 403 ok  403 403 403 403 403 403 ok"),
        new("RefuseShopOrderNumberChange",      "401  403 403  403 403 ok  403 403 403 403 403 403 ok", Reason),
        new("GetOrderCosts",                    "401  403 403  403 403 ok  ok  ok  403 403 403 403 ok"),
        new("ListLateOrders",                   "401  403 403  403 403 ok  ok  403 403 403 403 403 ok"),
        new("GiveLateReason",                   "401  403 403  403 403 ok  ok  403 403 403 403 403 ok"),

        // Order money                           anon own other csm cs  om  buy acc fwd cnw vnw dlv adm
        new("GetOrderCharges",                  "401  ok  404  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok"),
        new("PayDeposit",                       "401  ok  404  ok  403 403 403 ok  403 403 403 403 ok"),
        new("PayOrderBalance",                  "401  ok  404  ok  403 403 403 ok  403 403 403 403 ok"),
        new("ListPayments",                     "401  ok  ok   ok  403 403 403 ok  403 403 403 403 ok"),
        new("ConfirmPayment",                   "401  403 404  403 403 403 403 ok  403 403 403 403 ok"),
        new("RejectPayment",                    "401  403 403  403 403 403 403 ok  403 403 403 403 ok"),
        new("AddOrderCharge",                   "401  403 404  ok  ok  ok  ok  ok  403 403 403 403 ok", """{"kind":"Supplementary","amountVnd":10000,"reason":"Contract test"}"""),
        new("ApplyDiscountCode",                "401  ok  404  ok  ok  403 403 403 403 403 403 403 ok"),

        // Wallet and books                      anon own other csm cs  om  buy acc fwd cnw vnw dlv adm
        new("GetWallet",                        "401  ok  404  ok  404 404 404 ok  404 404 404 404 ok", Query: "customerId={ownerId}"),
        new("GetWalletStatement",               "401  ok  404  ok  404 404 404 ok  404 404 404 404 ok", Query: "customerId={ownerId}"),
        new("ExportWalletStatement",            "401  ok  404  ok  404 404 404 ok  404 404 404 404 ok", Query: "customerId={ownerId}"),
        new("RequestTopUp",                     "401  ok  ok   403 403 403 403 403 403 403 403 403 403"),
        new("ListTopUps",                       "401  ok  ok   403 403 403 403 ok  403 403 403 403 ok"),
        new("ConfirmTopUp",                     "401  403 403  403 403 403 403 ok  403 403 403 403 ok"),
        new("RejectTopUp",                      "401  403 403  403 403 403 403 ok  403 403 403 403 ok"),
        new("ImportBankStatement",              "401  ok  ok   ok  ok  ok  ok  ok  ok  ok  ok  ok  ok"),
        new("RequestWithdrawal",                "401  ok  ok   403 403 403 403 403 403 403 403 403 403"),
        new("ListWithdrawals",                  "401  ok  ok   403 403 403 403 ok  403 403 403 403 ok"),
        new("PayWithdrawal",                    "401  403 403  403 403 403 403 ok  403 403 403 403 ok"),
        new("RejectWithdrawal",                 "401  403 403  403 403 403 403 ok  403 403 403 403 ok"),
        new("GetTrialBalance",                  "401  403 403  403 403 403 403 ok  403 403 403 403 ok"),
        new("GetMoneyBook",                     "401  403 403  403 403 403 403 ok  403 403 403 403 ok"),
        new("GetDebts",                         "401  403 403  403 403 403 403 ok  403 403 403 403 ok"),
        new("ListOrderDebts",                   "401  403 403  403 403 403 403 ok  403 403 403 403 ok"),

        // Money settings                        anon own other csm cs  om  buy acc fwd cnw vnw dlv adm
        new("ListExchangeRates",                "401  403 403  403 403 403 403 403 403 403 403 403 ok"),
        new("SetExchangeRate",                  "401  403 403  403 403 403 403 403 403 403 403 403 ok"),
        new("GetFees",                          "401  403 403  403 403 403 403 403 403 403 403 403 ok"),
        new("SetFees",                          "401  403 403  403 403 403 403 403 403 403 403 403 ok", """{"schedule":{}}"""),
        new("ListLoyaltyTiers",                 "401  403 403  ok  403 403 403 ok  403 403 403 403 ok"),
        new("CreateLoyaltyTier",                "401  403 403  403 403 403 403 403 403 403 403 403 ok"),
        new("UpdateLoyaltyTier",                "401  403 403  403 403 403 403 403 403 403 403 403 ok"),
        new("ListDiscountCodes",                "401  403 403  403 403 403 403 403 403 403 403 403 ok"),
        new("CreateDiscountCode",               "401  403 403  403 403 403 403 403 403 403 403 403 ok", DiscountCode),
        new("UpdateDiscountCode",               "401  403 403  403 403 403 403 403 403 403 403 403 ok", DiscountCode),
        new("ListCustomerGroups",               "401  403 403  ok  403 403 403 ok  403 403 403 403 ok"),
        new("CreateCustomerGroup",              "401  403 403  403 403 403 403 403 403 403 403 403 ok"),
        new("RenameCustomerGroup",              "401  403 403  403 403 403 403 403 403 403 403 403 ok"),
        new("AdjustWallet",                     "401  403 403  403 403 403 403 403 403 403 403 403 ok"),
        new("ReverseJournalEntry",              "401  403 403  403 403 403 403 403 403 403 403 403 ok"),

        // Buying                                anon own other csm cs  om  buy acc fwd cnw vnw dlv adm
        new("ListBuyingAccounts",               "401  403 403  403 403 ok  ok  403 403 403 403 403 ok"),
        new("CreateBuyingAccount",              "401  403 403  403 403 403 403 403 403 403 403 403 ok"),
        new("GetBuyingAccount",                 "401  403 403  403 403 ok  404 403 403 403 403 403 ok"),
        new("UpdateBuyingAccount",              "401  403 403  403 403 403 403 403 403 403 403 403 ok"),

        // Notifications                         anon own other csm cs  om  buy acc fwd cnw vnw dlv adm
        new("ListNotifications",                "401  ok  ok   ok  ok  ok  ok  ok  ok  ok  ok  ok  ok"),
        new("MarkNotificationRead",             "401  ok  404  404 404 404 404 404 404 404 404 404 404"),
        new("MarkAllNotificationsRead",         "401  ok  ok   ok  ok  ok  ok  ok  ok  ok  ok  ok  ok"),

        // Outbox                                anon own other csm cs  om  buy acc fwd cnw vnw dlv adm
        new("ListOutboxMessages",               "401  403 403  403 403 403 403 403 403 403 403 403 ok"),
        new("RetryOutboxMessage",               "401  403 403  403 403 403 403 403 403 403 403 403 ok"),
    ];

    private static string CartLine =>
        """{"sourceUrl":"https://item.taobao.com/item.htm?id=1","marketplace":"Taobao","shopId":"s1","shopName":"Shop 1","title":"Áo khoác","unitPriceCny":89.5,"quantity":2}""";

    private static string Parcel =>
        """{"items":[{"trackingNumber":"YT1000000000001","description":"Quần áo","quantity":1,"declaredValueCny":10}]}""";

    private static string ParcelItem =>
        """{"trackingNumber":"YT1000000000002","description":"Quần áo","quantity":1,"declaredValueCny":10}""";

    private static string DiscountCode =>
        """{"code":"CONTRACT5","kind":"Percent","value":5,"validFrom":"2026-01-01T00:00:00Z","validTo":"2036-01-01T00:00:00Z"}""";
}
