using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Text;

namespace Ordo.Browser.Tests.Infrastructure;

/// <summary>
/// The real Ordo.Web, started as its own process with demo data on a fresh SQLite file and a free
/// loopback port, exactly as an operator would run it. Stopped (whole process tree) on dispose.
/// </summary>
public sealed class OrdoServer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _dataDirectory;
    private readonly StringBuilder _output = new();

    private OrdoServer(Process process, string dataDirectory, Uri baseAddress)
    {
        _process = process;
        _dataDirectory = dataDirectory;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>
    /// The server's SQLite file. The server runs on the real clock, so a test that needs time to have passed (a buying
    /// deadline) moves one row's timestamp back here instead of waiting.
    /// </summary>
    public string DatabasePath => Path.Combine(_dataDirectory, "ordo.db");

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static async Task<OrdoServer> StartAsync()
    {
        var web = WebProjectOutput();
        var port = FreePort();
        var dataDirectory = Directory.CreateTempSubdirectory("ordo-browser-").FullName;
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(web))))!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { web, "--urls", $"http://127.0.0.1:{port}", "--demo" })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ConnectionStrings__Ordo"] = $"Data Source={Path.Combine(dataDirectory, "ordo.db")}";
        start.Environment["Ordo__Database__Provider"] = "Sqlite";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        // Every two seconds instead of five minutes, so an order whose deadline a test moved back is marked late at once.
        start.Environment["Ordo__Jobs__MarkLateOrders"] = "0/2 * * * * ?";

        // Every test registers and signs in customers of its own from one address; the limits themselves are proved by the API tests.
        foreach (var policy in new[] { "SignIn", "SignInPerAccount", "Registration" })
        {
            start.Environment[$"Ordo__RateLimits__{policy}__PermitLimit"] = "100000";
        }
        start.Environment.Remove("ASPNETCORE_URLS");
        start.Environment.Remove("ASPNETCORE_HTTP_PORTS");

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start Ordo.Web.");
        var server = new OrdoServer(process, dataDirectory, new Uri($"http://127.0.0.1:{port}"));
        process.OutputDataReceived += (_, e) => server.Append(e.Data);
        process.ErrorDataReceived += (_, e) => server.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await server.WaitUntilHealthyAsync(TimeSpan.FromSeconds(120));
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by the dying process: the temp directory is cleaned by the OS later.
        }
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private async Task WaitUntilHealthyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"Ordo.Web exited with code {_process.ExitCode}:\n{Output}");
            }

            try
            {
                using var response = await http.GetAsync("/health");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"Ordo.Web did not become healthy within {timeout}:\n{Output}");
    }

    /// <summary>Ordo.Web's own build output (it holds the static web assets manifest), same configuration as the tests.</summary>
    private static string WebProjectOutput()
    {
        var configuration = typeof(OrdoServer).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Ordo.slnx")))
        {
            directory = directory.Parent;
        }

        if (directory is null)
        {
            throw new InvalidOperationException($"Ordo.slnx not found above {AppContext.BaseDirectory}.");
        }

        var dll = Path.Combine(directory.FullName, "src", "Ordo.Web", "bin", configuration, "net10.0", "Ordo.Web.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("Build Ordo.Web first.", dll);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
