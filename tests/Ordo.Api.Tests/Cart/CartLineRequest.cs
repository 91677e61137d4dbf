using System.Text.Json;
using System.Text.Json.Nodes;
using Ordo.Api.Tests.Support;

namespace Ordo.Api.Tests.Cart;

/// <summary>
/// A cart line as a client sends it. <see cref="From"/> makes a valid one; a test changes only what it is
/// about (<c>line with { Quantity = 0 }</c>), or edits the raw JSON to send what no typed client could.
/// </summary>
public sealed record CartLineRequest(
    string? SourceUrl, string? Marketplace, string? ShopId, string? ShopName, string? Title, string? ImageUrl,
    string? Properties, decimal UnitPriceCny, int Quantity, string? Note)
{
    public static CartLineRequest From(Shop shop, string title = "Áo sơ mi nữ flannel", decimal unitPriceCny = 49.90m, int quantity = 1)
    {
        ArgumentNullException.ThrowIfNull(shop);
        return new CartLineRequest(
            $"https://item.taobao.com/item.htm?id={Random.Shared.Next(1_000_000, 9_999_999)}", shop.Marketplace, shop.Id, shop.Name,
            title, "https://img.alicdn.com/demo/flannel.jpg", "颜色: 红格; 尺码: M", unitPriceCny, quantity, null);
    }

    /// <summary>The JSON body with <paramref name="field"/> set to raw JSON, or removed when <paramref name="rawValue"/> is null.</summary>
    public string WithRawField(string field, string? rawValue)
    {
        var json = JsonSerializer.SerializeToNode(this, ApiJson.Options)!.AsObject();
        json.Remove(field);
        if (rawValue is not null)
        {
            json[field] = JsonNode.Parse(rawValue);
        }

        return json.ToJsonString();
    }
}
