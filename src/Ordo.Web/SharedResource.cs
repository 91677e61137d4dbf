namespace Ordo.Web;

/// <summary>Marker for the UI's one resource file (<c>Resources/SharedResource.resx</c>, English, and <c>.vi.resx</c>).</summary>
public sealed class SharedResource;
