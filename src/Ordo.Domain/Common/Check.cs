namespace Ordo.Domain.Common;

/// <summary>Collects every broken field rule of one input so the caller hears all of them at once.</summary>
public sealed class Check
{
    private readonly Dictionary<string, List<string>> _errors = [];

    public bool HasErrors => _errors.Count > 0;

    public Check That(bool condition, string field, string reason)
    {
        if (!condition)
        {
            Add(field, reason);
        }

        return this;
    }

    public Check Required(string? value, string field, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, "is required");
        }
        else
        {
            MaxLength(value, field, maxLength);
        }

        return this;
    }

    /// <summary>
    /// At most <paramref name="maxLength"/> characters and no control characters but tabs and line breaks: a NUL cannot
    /// even be stored in PostgreSQL text, and the others are never meant.
    /// </summary>
    public Check MaxLength(string? value, string field, int maxLength) =>
        That(value is null || value.Length <= maxLength, field, $"must be at most {maxLength} characters")
            .That(value is null || !value.Any(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r')), field, "must not contain control characters");

    public Check Url(string? value, string field, bool required)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return required ? That(false, field, "is required") : this;
        }

        var ok = Uri.TryCreate(value, UriKind.Absolute, out var uri)
                 && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
        return That(ok, field, "must be an absolute http or https URL").MaxLength(value, field, 2000);
    }

    /// <summary>
    /// A page number from 1 and a page size from 1 to <paramref name="maxPageSize"/>, whose first row is a
    /// number the database can skip to (page × size must not overflow).
    /// </summary>
    public Check Paging(int page, int pageSize, int maxPageSize)
    {
        That(page >= 1, "page", "must be 1 or more")
            .That(pageSize >= 1 && pageSize <= maxPageSize, "pageSize", $"must be between 1 and {maxPageSize}");
        return page < 1 || pageSize < 1 ? this : That((long)page * pageSize <= int.MaxValue, "page", $"must be at most {int.MaxValue / pageSize} for this page size");
    }

    /// <summary>A period whose bounds are both optional; when both are given, <c>from</c> is not after <c>to</c>.</summary>
    public Check Period(DateTimeOffset? from, DateTimeOffset? to) =>
        That(from is null || to is null || from <= to, "from", "must not be after 'to'");

    /// <summary>A value of <typeparamref name="TEnum"/> that has a name; the reason lists the names a client may send.</summary>
    public Check Defined<TEnum>(TEnum value, string field)
        where TEnum : struct, Enum =>
        That(Enum.IsDefined(value), field, OneOf<TEnum>());

    /// <summary>"must be one of Taobao, Tmall, Alibaba1688, Other".</summary>
    public static string OneOf<TEnum>()
        where TEnum : struct, Enum =>
        OneOf(typeof(TEnum));

    public static string OneOf(Type enumType) => $"must be one of {string.Join(", ", Enum.GetNames(enumType))}";

    public Check Decimals(decimal value, string field, int decimals) =>
        That(decimal.Round(value, decimals) == value, field, $"must have at most {decimals} decimal places");

    public void Add(string field, string reason)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }

        // The same reason twice (e.g. a taken e-mail that is also a taken user name) is said once.
        if (!list.Contains(reason))
        {
            list.Add(reason);
        }
    }

    public void ThrowIfAny()
    {
        if (HasErrors)
        {
            throw ToException();
        }
    }

    public DomainValidationException ToException() =>
        new(_errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
}
