using Ordo.Application.Orders;
using Ordo.Domain.Orders;
using Ordo.Web.Components.Shared;

namespace Ordo.Web.Components.Orders;

/// <summary>The filter panel's state; becomes a <see cref="SearchOrders.Query"/> with the grid's sort and page.</summary>
public sealed class OrderFilter
{
    public string? Q { get; set; }

    public string? Code { get; set; }

    public string? Customer { get; set; }

    public string? Title { get; set; }

    public string? Shop { get; set; }

    public string? TrackingNumber { get; set; }

    public IReadOnlyCollection<OrderStatus> Statuses { get; set; } = [];

    public OrderKind? Kind { get; set; }

    public Guid? CsStaffId { get; set; }

    public bool Unassigned { get; set; }

    public DateTime? From { get; set; }

    public DateTime? To { get; set; }

    /// <summary>Filters given in a link, e.g. <c>?status=Submitted,Approved&amp;unassigned=true</c> from the dashboard.</summary>
    public static OrderFilter FromLink(string? statuses, bool? unassigned) => new()
    {
        Statuses = [.. (statuses ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => Enum.TryParse<OrderStatus>(s, ignoreCase: true, out var status) ? status : (OrderStatus?)null)
            .OfType<OrderStatus>()],
        Unassigned = unassigned == true,
    };

    public bool HasAdvanced =>
        Code is { Length: > 0 } || Customer is { Length: > 0 } || Title is { Length: > 0 } || Shop is { Length: > 0 }
        || TrackingNumber is { Length: > 0 } || CsStaffId is not null || Unassigned;

    /// <summary>Dates are whole days in Vietnam time: "to" includes the whole of its day.</summary>
    public SearchOrders.Query ToQuery(string? sort, int page, int pageSize) => new(
        Q: Blank(Q), Code: Blank(Code), Customer: Blank(Customer), Title: Blank(Title), Shop: Blank(Shop),
        TrackingNumber: Blank(TrackingNumber), Status: Statuses.Count > 0 ? [.. Statuses] : null, Kind: Kind,
        CsStaffId: CsStaffId, Unassigned: Unassigned ? true : null,
        From: From is { } from ? Formats.StartOfDay(from).ToUniversalTime() : null,
        To: To is { } to ? Formats.StartOfDay(to.AddDays(1)).AddTicks(-1).ToUniversalTime() : null,
        Sort: sort, Page: page, PageSize: pageSize);

    public void Reset()
    {
        Q = Code = Customer = Title = Shop = TrackingNumber = null;
        Statuses = [];
        Kind = null;
        CsStaffId = null;
        Unassigned = false;
        From = To = null;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
