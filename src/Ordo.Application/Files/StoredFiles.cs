using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ordo.Application.Common;
using Ordo.Application.Data;
using Ordo.Domain.Files;
using Ordo.Domain.Identity;

namespace Ordo.Application.Files;

/// <summary>A file as it is sent and as it is read back: its name, type and bytes.</summary>
public sealed record FileUpload(string? FileName, byte[] Content);

public sealed record StoredFileContent(string FileName, string ContentType, byte[] Content);

/// <summary>Reads a kept file for whoever may see it; anyone else is told it does not exist.</summary>
public sealed class StoredFiles(OrdoDbContext db)
{
    /// <summary>Where a file is read from: what the API answers and the pages link to.</summary>
    public static string UrlOf(Guid id) => $"/api/files/{id}";

    public async Task<StoredFileContent> OpenAsync(Actor actor, Guid id, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var file = await db.StoredFiles.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, ct);
        if (file is null || !file.IsVisibleTo(actor))
        {
            throw new NotFoundException("File", id.ToString());
        }

        return new StoredFileContent(file.FileName, file.ContentType, file.Content);
    }
}

internal sealed class StoredFileConfiguration : IEntityTypeConfiguration<StoredFile>
{
    public void Configure(EntityTypeBuilder<StoredFile> file)
    {
        file.ToTable("StoredFiles");
        file.HasKey(f => f.Id);
        file.Property(f => f.FileName).HasMaxLength(StoredFile.MaxFileNameLength);
        file.Property(f => f.ContentType).HasMaxLength(64);
        file.HasIndex(f => f.CustomerId);
    }
}
