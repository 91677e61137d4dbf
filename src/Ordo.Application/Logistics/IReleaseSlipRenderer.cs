namespace Ordo.Application.Logistics;

/// <summary>A release's export slip as a printable PDF (A4): its parcels and weights, what is paid and what to collect.</summary>
public interface IReleaseSlipRenderer
{
    byte[] Render(ReleaseDto release, string warehouseName);
}
