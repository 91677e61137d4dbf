namespace Ordo.Domain.Logistics;

/// <summary>One release taken to its customer on a run: delivered (with the cash collected) or failed (with why).</summary>
public sealed class Delivery
{
    private Delivery()
    {
        ReleaseCode = string.Empty;
    }

    internal Delivery(Release release)
    {
        ReleaseId = release.Id;
        ReleaseCode = release.Code;
        CustomerCode = release.CustomerCode;
        Address = release.Address;
        Phone = release.Phone;
        ToCollectVnd = release.ToCollectVnd;
        Status = DeliveryStatus.Out;
    }

    public Guid Id { get; private init; } = Guid.CreateVersion7();

    public Guid ReleaseId { get; private init; }

    public string ReleaseCode { get; private init; }

    public string? CustomerCode { get; private init; }

    public string? Address { get; private init; }

    public string? Phone { get; private init; }

    public decimal ToCollectVnd { get; private init; }

    public DeliveryStatus Status { get; internal set; }

    public decimal CollectedVnd { get; internal set; }

    public string? FailureReason { get; internal set; }

    public DateTimeOffset? At { get; internal set; }
}
