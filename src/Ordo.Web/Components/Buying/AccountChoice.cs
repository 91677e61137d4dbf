namespace Ordo.Web.Components.Buying;

/// <summary>A marketplace account as the purchase dialog offers it: its id and how it reads (marketplace · login).</summary>
public sealed record AccountChoice(Guid Id, string Name);
