using System.Text.Json;

namespace Ordo.Web.Common;

/// <summary>A JSON value that names no member of its enum; the message is the reason a client reads ("must be one of …").</summary>
public sealed class UnknownEnumValueException : JsonException
{
    public UnknownEnumValueException()
    {
    }

    public UnknownEnumValueException(string reason)
        : base(reason)
    {
    }

    public UnknownEnumValueException(string reason, Exception innerException)
        : base(reason, innerException)
    {
    }
}
