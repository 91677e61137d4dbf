using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.Localization;
using Ordo.Application.Files;
using Ordo.Domain.Common;
using Ordo.Domain.Files;

namespace Ordo.Web.Components.Shared;

/// <summary>A photo picked in the browser, read into an upload for a use case; one too large is refused at its field.</summary>
public static class BrowserPhotos
{
    public static async Task<FileUpload> ReadAsync(IBrowserFile photo, IStringLocalizer<SharedResource> l, string field = "photo")
    {
        ArgumentNullException.ThrowIfNull(photo);
        ArgumentNullException.ThrowIfNull(l);
        if (photo.Size > ImageFiles.MaxBytes)
        {
            throw new DomainValidationException(field, l["Claims.PhotoTooLarge", ImageFiles.MaxBytes / 1024 / 1024].Value);
        }

        using var buffer = new MemoryStream();
        await using (var stream = photo.OpenReadStream(ImageFiles.MaxBytes))
        {
            await stream.CopyToAsync(buffer);
        }

        return new FileUpload(photo.Name, buffer.ToArray());
    }
}
