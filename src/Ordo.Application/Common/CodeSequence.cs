namespace Ordo.Application.Common;

/// <summary>The last number handed out for one code series, e.g. <c>PO-2026</c>.</summary>
public sealed class CodeSequence
{
    public required string Key { get; init; }

    public long Last { get; set; }
}
