using Ordo.Domain.Common;
using Ordo.Domain.Identity;

namespace Ordo.Domain.Logistics;

/// <summary>A customer asks for their parcels waiting in Vietnam to be delivered: which ones, where, and a phone to call.</summary>
public sealed class DeliveryRequest : AggregateRoot
{
    private readonly List<Guid> _parcelIds = [];

    private DeliveryRequest()
    {
        Code = Address = Phone = string.Empty;
    }

    public string Code { get; private init; }

    public Guid CustomerId { get; private init; }

    public string Address { get; private init; }

    public string Phone { get; private init; }

    public string? Note { get; private init; }

    public DeliveryRequestStatus Status { get; private set; }

    public Guid? ReleaseId { get; private set; }

    public DateTimeOffset RequestedAt { get; private init; }

    public IReadOnlyList<Guid> ParcelIds => _parcelIds;

    public static DeliveryRequest Create(
        Actor actor, string code, Guid customerId, IReadOnlyList<Parcel> parcels, string? address, string? phone, string? note, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(parcels);
        LogisticsRules.EnsureMayRequestDelivery(actor, customerId);
        new Check().That(parcels.Count > 0, "parcelIds", "must name at least one parcel")
            .Required(address, "address", Release.MaxAddressLength)
            .Required(phone, "phone", Release.MaxPhoneLength)
            .That(phone is null || phone.Trim().All(c => char.IsAsciiDigit(c) || c is '+' or ' ' or '-' or '.'), "phone", "must be a phone number")
            .MaxLength(note, "note", Release.MaxNoteLength)
            .ThrowIfAny();
        if (parcels.FirstOrDefault(p => p.CustomerId != customerId) is { } foreign)
        {
            throw new ArgumentException($"Parcel {foreign.Code} is not the customer's.", nameof(parcels));
        }

        if (parcels.FirstOrDefault(p => p.Status != ParcelStatus.InVietnamWarehouse) is { } notThere)
        {
            throw new DomainException(LogisticsErrors.IllegalParcelStep, $"Parcel {notThere.Code} is {notThere.Status}: delivery is asked for parcels waiting in Vietnam.");
        }

        var request = new DeliveryRequest
        {
            Code = code, CustomerId = customerId, Address = address!.Trim(), Phone = phone!.Trim(),
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(), Status = DeliveryRequestStatus.Open, RequestedAt = now,
        };
        request._parcelIds.AddRange(parcels.Select(p => p.Id).Distinct());
        return request;
    }

    internal void MarkReleased(Guid releaseId)
    {
        if (Status != DeliveryRequestStatus.Open)
        {
            throw new DomainException(LogisticsErrors.ReleaseBusy, $"Delivery request {Code} was released already.");
        }

        (Status, ReleaseId) = (DeliveryRequestStatus.Released, releaseId);
    }
}
