using Microsoft.Extensions.Localization;
using Ordo.Application.Common;
using Ordo.Domain.Common;

namespace Ordo.Web.Components.Shared;

/// <summary>
/// What a use case refused, ready for a form: field reasons shown next to the inputs, the rest in an alert.
/// Use as <c>catch (Exception ex) when (errors.Capture(ex))</c>: unexpected exceptions are not swallowed.
/// </summary>
public sealed class FormErrors(IStringLocalizer localizer, Func<string, bool>? isInline = null)
{
    private static readonly IReadOnlyDictionary<string, string[]> None = new Dictionary<string, string[]>();
    private readonly Func<string, bool> _isInline = isInline ?? (_ => false);
    private IReadOnlyDictionary<string, string[]> _fields = None;

    /// <summary>The headline of the alert, or null when there is nothing to say.</summary>
    public string? Message { get; private set; }

    /// <summary>Field reasons that have no input on this form, as "Field: reason".</summary>
    public IReadOnlyList<string> Details =>
        [.. _fields.Where(f => !_isInline(f.Key)).Select(f => $"{localizer.Field(f.Key)}: {Join(f.Value)}")];

    public bool HasAny => Message is not null;

    public void Clear()
    {
        _fields = None;
        Message = null;
    }

    public bool Capture(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        Clear();
        switch (exception)
        {
            case DomainValidationException validation:
                _fields = validation.Errors;
                Message = localizer["Error.Validation"];
                return true;
            case ForbiddenActionException:
                Message = localizer["Error.Forbidden"];
                return true;
            case DomainException domain:
                var known = localizer[$"Error.{domain.Code}"];
                var text = known.ResourceNotFound ? domain.Message : known.Value;
                if (domain.Field is { } field && _isInline(field))
                {
                    // A refusal about one input (an expired discount code) belongs next to that input.
                    _fields = new Dictionary<string, string[]> { [field] = [text] };
                    Message = localizer["Error.Validation"];
                    return true;
                }

                Message = text;
                return true;
            case NotFoundException:
                Message = localizer["Error.NotFound"];
                return true;
            case PreconditionFailedException or ConcurrencyConflictException:
                Message = localizer["Error.Stale"];
                return true;
            default:
                return false;
        }
    }

    public bool Has(string field) => _fields.ContainsKey(field);

    /// <summary>The localized reasons for one field, or null (MudBlazor's <c>ErrorText</c>).</summary>
    public string? For(string field) => _fields.TryGetValue(field, out var reasons) ? Join(reasons) : null;

    private string Join(string[] reasons) => string.Join("; ", reasons.Select(localizer.Reason));
}
