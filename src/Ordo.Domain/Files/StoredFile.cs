using Ordo.Domain.Common;
using Ordo.Domain.Identity;

namespace Ordo.Domain.Files;

/// <summary>
/// A photo kept by Ordo (a claim's proof, a check's evidence): its bytes, what they are, who sent them and whose data it
/// is. Staff see every file; a customer sees the files of their own records only.
/// </summary>
public sealed class StoredFile
{
    public const int MaxFileNameLength = 200;

    private StoredFile()
    {
        FileName = ContentType = string.Empty;
        Content = [];
    }

    public Guid Id { get; private init; } = Guid.CreateVersion7();

    public string FileName { get; private init; }

    public string ContentType { get; private init; }

    public long Length { get; private init; }

    public byte[] Content { get; private init; }

    /// <summary>The customer whose record it belongs to (null: staff only).</summary>
    public Guid? CustomerId { get; private init; }

    public Guid UploadedById { get; private init; }

    public DateTimeOffset UploadedAt { get; private init; }

    /// <summary>A photo: a JPEG, PNG or WebP image by its first bytes (never by the name or the type the browser claims), at most <see cref="ImageFiles.MaxBytes"/>.</summary>
    public static StoredFile Image(Actor actor, string? fileName, byte[] content, Guid? customerId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(content);
        var type = ImageFiles.Validate(content, "photo");
        var name = Path.GetFileName(fileName ?? string.Empty).Trim();
        if (name.Length == 0)
        {
            name = "photo" + ImageFiles.Extension(type);
        }

        return new StoredFile
        {
            FileName = name.Length > MaxFileNameLength ? name[^MaxFileNameLength..] : name,
            ContentType = type,
            Length = content.LongLength,
            Content = content,
            CustomerId = customerId,
            UploadedById = actor.UserId,
            UploadedAt = now,
        };
    }

    public bool IsVisibleTo(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.IsStaff || (CustomerId is { } owner && owner == actor.UserId);
    }
}

/// <summary>Which images Ordo keeps: told by their first bytes, limited in size.</summary>
public static class ImageFiles
{
    public const int MaxBytes = 5 * 1024 * 1024;

    public const string Jpeg = "image/jpeg";
    public const string Png = "image/png";
    public const string WebP = "image/webp";

    /// <summary>The image's type, or a validation error on <paramref name="field"/>: empty, too large, or not a JPEG, PNG or WebP image.</summary>
    public static string Validate(ReadOnlySpan<byte> content, string field)
    {
        if (content.Length == 0)
        {
            throw new DomainValidationException(field, "is empty");
        }

        if (content.Length > MaxBytes)
        {
            throw new DomainValidationException(field, $"must be at most {MaxBytes / 1024 / 1024} MB");
        }

        return Sniff(content) ?? throw new DomainValidationException(field, "must be a JPEG, PNG or WebP image");
    }

    public static string? Sniff(ReadOnlySpan<byte> b)
    {
        if (b.Length >= 3 && b[0] == 0xFF && b[1] == 0xD8 && b[2] == 0xFF)
        {
            return Jpeg;
        }

        if (b.Length >= 8 && b[..8].SequenceEqual((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return Png;
        }

        if (b.Length >= 12 && b[..4].SequenceEqual("RIFF"u8) && b[8..12].SequenceEqual("WEBP"u8))
        {
            return WebP;
        }

        return null;
    }

    public static string Extension(string contentType) => contentType switch
    {
        Jpeg => ".jpg",
        Png => ".png",
        WebP => ".webp",
        _ => string.Empty,
    };
}
