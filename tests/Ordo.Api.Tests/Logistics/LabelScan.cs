using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Ordo.Api.Tests.Logistics;

/// <summary>
/// A label's page as a printer prints it and a scanner reads it: Debian's pdftoppm (poppler-utils) renders it,
/// zbarimg (zbar-tools) reads its barcode. scripts/setup.sh installs both; without them a test fails, never skips.
/// </summary>
internal static class LabelScan
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary>What a Code 128 scanner reads on the page rendered at 300 dpi.</summary>
    public static async Task<string> ScanBarcodeAsync(byte[] pdf)
    {
        using var folder = new TempFolder();
        var file = await folder.WriteAsync("label.pdf", pdf);
        await RunAsync("pdftoppm", "poppler-utils", "-r", "300", "-png", "-singlefile", file, Path.Combine(folder.Path, "label"));
        var read = await RunAsync("zbarimg", "zbar-tools", "--quiet", "--raw", "-Sdisable", "-Scode128.enable", Path.Combine(folder.Path, "label.png"));
        return read.Trim();
    }

    /// <summary>The page in grey, one byte a pixel, 0 black (pdftoppm's binary PGM: a short text header, then the pixels).</summary>
    public static async Task<GrayImage> RenderGrayAsync(byte[] pdf, int dpi)
    {
        using var folder = new TempFolder();
        var file = await folder.WriteAsync("label.pdf", pdf);
        await RunAsync("pdftoppm", "poppler-utils", "-r", dpi.ToString(CultureInfo.InvariantCulture), "-gray", "-singlefile", file, Path.Combine(folder.Path, "label"));
        var bytes = await File.ReadAllBytesAsync(Path.Combine(folder.Path, "label.pgm"));
        var position = 0;
        string Next()
        {
            while (char.IsWhiteSpace((char)bytes[position]))
            {
                position++;
            }

            var start = position;
            while (!char.IsWhiteSpace((char)bytes[position]))
            {
                position++;
            }

            return Encoding.ASCII.GetString(bytes, start, position - start);
        }

        Assert.Equal("P5", Next());
        var (width, height) = (int.Parse(Next(), CultureInfo.InvariantCulture), int.Parse(Next(), CultureInfo.InvariantCulture));
        Assert.Equal("255", Next());
        var pixels = bytes[(position + 1)..];
        Assert.Equal(width * height, pixels.Length);
        return new GrayImage(width, pixels);
    }

    /// <summary>The tool's standard output; a missing tool, a timeout or a non-zero exit fails the test.</summary>
    private static async Task<string> RunAsync(string tool, string package, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {tool}.");
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException($"{tool} is not installed: scripts/setup.sh installs it (Debian package {package}).", e);
        }

        using (process)
        using (var timeout = new CancellationTokenSource(Timeout))
        {
            var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
            var errors = process.StandardError.ReadToEndAsync(timeout.Token);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{tool} did not finish in {Timeout.TotalSeconds} s.");
            }

            Assert.True(process.ExitCode == 0, $"{tool} {string.Join(' ', args)} exited with {process.ExitCode}: {await errors}");
            return await output;
        }
    }

    internal sealed record GrayImage(int Width, byte[] Pixels)
    {
        public bool IsDark(int x, int y) => Pixels[(y * Width) + x] < 128;
    }

    private sealed class TempFolder : IDisposable
    {
        private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("ordo-label-");

        public string Path => _folder.FullName;

        public async Task<string> WriteAsync(string name, byte[] bytes)
        {
            var file = System.IO.Path.Combine(Path, name);
            await File.WriteAllBytesAsync(file, bytes);
            return file;
        }

        public void Dispose() => _folder.Delete(recursive: true);
    }
}
