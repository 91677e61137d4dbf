using System.Net.Mail;
using Ordo.Domain.Common;

namespace Ordo.Application.Identity;

internal static class AccountRules
{
    public static void Validate(Check check, string? email, string? phone, string? fullName)
    {
        check.Required(email, "email", 256)
            .That(email is null || IsEmail(email), "email", "is not a valid e-mail address")
            .Required(fullName, "fullName", 200)
            .MaxLength(phone, "phone", 32)
            .That(string.IsNullOrWhiteSpace(phone) || IsPhone(phone), "phone", "must be a phone number (digits, spaces, +, - and parentheses; 8 to 15 digits)");
    }

    public static string? Language(string? language) => language?.Trim().ToLowerInvariant() switch
    {
        null or "" => null,
        "vi" => "vi",
        "en" => "en",
        _ => throw new DomainValidationException("language", "must be vi or en"),
    };

    private static bool IsEmail(string email) =>
        MailAddress.TryCreate(email.Trim(), out var address) && address.Address == email.Trim() && email.Contains('.', StringComparison.Ordinal);

    private static bool IsPhone(string phone)
    {
        var digits = phone.Count(char.IsAsciiDigit);
        return digits is >= 8 and <= 15 && phone.All(c => char.IsAsciiDigit(c) || c is ' ' or '+' or '-' or '(' or ')' or '.');
    }
}
