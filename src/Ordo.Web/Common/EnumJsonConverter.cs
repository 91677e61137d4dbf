using System.Text.Json;
using System.Text.Json.Serialization;
using Ordo.Domain.Common;
using Ordo.Domain.Orders;

namespace Ordo.Web.Common;

/// <summary>
/// Enums as their names, in any letter case, plus the spellings people use for them (<c>1688</c> for
/// <see cref="Marketplace.Alibaba1688"/>). Anything else, numbers included, is refused with the list of names, so a client
/// hears "marketplace must be one of Taobao, Tmall, Alibaba1688, Other" instead of "has a value of the wrong type".
/// </summary>
internal sealed class EnumJsonConverter : JsonConverterFactory
{
    private static readonly Dictionary<Type, Dictionary<string, object>> Aliases = new()
    {
        [typeof(Marketplace)] = new(StringComparer.OrdinalIgnoreCase) { ["1688"] = Marketplace.Alibaba1688 },
    };

    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(Converter<>).MakeGenericType(typeToConvert))!;

    /// <summary>The name or alias <paramref name="text"/> stands for, or null.</summary>
    public static TEnum? Parse<TEnum>(string? text)
        where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        foreach (var name in Enum.GetNames<TEnum>())
        {
            if (string.Equals(name, trimmed, StringComparison.OrdinalIgnoreCase))
            {
                return Enum.Parse<TEnum>(name);
            }
        }

        return Aliases.TryGetValue(typeof(TEnum), out var aliases) && aliases.TryGetValue(trimmed, out var value) ? (TEnum)value : null;
    }

    private sealed class Converter<TEnum> : JsonConverter<TEnum>
        where TEnum : struct, Enum
    {
        public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            (reader.TokenType == JsonTokenType.String ? Parse<TEnum>(reader.GetString()) : null)
            ?? throw new UnknownEnumValueException(Check.OneOf<TEnum>());

        public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToString());

        public override TEnum ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            Parse<TEnum>(reader.GetString()) ?? throw new UnknownEnumValueException(Check.OneOf<TEnum>());

        public override void WriteAsPropertyName(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
            writer.WritePropertyName(value.ToString());
    }
}
