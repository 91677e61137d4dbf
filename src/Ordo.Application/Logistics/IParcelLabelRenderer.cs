namespace Ordo.Application.Logistics;

/// <summary>A parcel's label as a PDF page for the warehouse's 100 × 150 mm thermal printer.</summary>
public interface IParcelLabelRenderer
{
    /// <summary>The PDF file; an <see cref="ArgumentException"/> if the label cannot be printed as given.</summary>
    byte[] Render(ParcelLabel label);
}
