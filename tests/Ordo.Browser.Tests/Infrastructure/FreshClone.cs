using System.Net;
using System.Net.Sockets;
using Microsoft.Playwright;

namespace Ordo.Browser.Tests.Infrastructure;

/// <summary>
/// The repository as a newcomer gets it: <c>git clone</c> of this checkout's HEAD into a temp folder (no bin/, obj/
/// or data/; uncommitted changes are not in it), started as the README says — <c>scripts/run-demo.sh</c>, which
/// builds and runs in the Production environment — and, on request, published with <c>dotnet publish</c> and run from
/// there. Each server is started once, on a free loopback port, and stopped with its process tree on dispose.
/// </summary>
public sealed class FreshClone : IAsyncLifetime
{
    private static readonly TimeSpan BuildAndStart = TimeSpan.FromMinutes(12);
    private readonly List<RunningProcess> _processes = [];
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IPlaywright? _playwright;
    private (Uri Address, RunningProcess Process)? _demo;
    private (Uri Address, RunningProcess Process, string Folder)? _published;

    public string Folder { get; private set; } = default!;

    public IBrowser Browser { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        var root = RepositoryRoot();
        Folder = Path.Combine(Directory.CreateTempSubdirectory("ordo-clone-").FullName, "ordo");
        await using var clone = RunningProcess.Start(root, "git", "clone", "--quiet", "--no-hardlinks", root, Folder);
        if (await clone.WaitForExitAsync(TimeSpan.FromMinutes(2)) != 0)
        {
            throw new InvalidOperationException($"git clone failed:\n{clone.Output}");
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await BrowserFixture.LaunchChromiumAsync(_playwright);
    }

    /// <summary><c>scripts/run-demo.sh --urls http://127.0.0.1:PORT</c> in the clone, as the README's first line.</summary>
    public async Task<(Uri Address, RunningProcess Process)> DemoScriptAsync()
    {
        await _gate.WaitAsync();
        try
        {
            if (_demo is null)
            {
                var address = new Uri($"http://127.0.0.1:{FreePort()}");
                var process = Track(RunningProcess.Start(Folder, "bash", "scripts/run-demo.sh", "--urls", address.ToString().TrimEnd('/')));
                await process.WaitUntilHealthyAsync(address, BuildAndStart);
                _demo = (address, process);
            }

            return _demo.Value;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// <c>dotnet publish src/Ordo.Web -c Debug -o publish</c> in the clone, then <c>dotnet Ordo.Web.dll --demo</c> from there.
    /// Debug, the configuration <c>dotnet run</c> builds, so the clone is compiled once for both servers: what differs
    /// between a build and a published folder (assets copied into wwwroot, no build manifest) does not depend on it.
    /// </summary>
    public async Task<(Uri Address, RunningProcess Process, string Folder)> PublishedAsync()
    {
        await _gate.WaitAsync();
        try
        {
            if (_published is null)
            {
                var output = Path.Combine(Folder, "publish");
                await using (var publish = RunningProcess.Start(Folder, "dotnet", "publish", "src/Ordo.Web", "-c", "Debug", "-o", output))
                {
                    if (await publish.WaitForExitAsync(BuildAndStart) != 0)
                    {
                        throw new InvalidOperationException($"dotnet publish failed:\n{publish.Tail()}");
                    }
                }

                var address = new Uri($"http://127.0.0.1:{FreePort()}");
                var process = Track(RunningProcess.Start(output, "dotnet", "Ordo.Web.dll", "--demo", "--urls", address.ToString().TrimEnd('/')));
                await process.WaitUntilHealthyAsync(address, TimeSpan.FromMinutes(2));
                _published = (address, process, output);
            }

            return _published.Value;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        foreach (var process in _processes)
        {
            await process.DisposeAsync();
        }

        _gate.Dispose();
        if (Folder is not null)
        {
            try
            {
                Directory.Delete(Path.GetDirectoryName(Folder)!, recursive: true);
            }
            catch (IOException)
            {
                // A file still held by a dying process: the temp folder is cleaned by the OS later.
            }
        }
    }

    private RunningProcess Track(RunningProcess process)
    {
        _processes.Add(process);
        return process;
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Ordo.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException($"Ordo.slnx not found above {AppContext.BaseDirectory}.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
