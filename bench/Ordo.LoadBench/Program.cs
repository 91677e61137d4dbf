using Ordo.LoadBench;

// ordo-loadbench seed --connection <cs> --orders N [--provider postgres|sqlite] [--out dir]
// ordo-loadbench sqlite --connection <pg cs> --file <sqlite file>  (copies the seeded rows)
// ordo-loadbench scan-seed --connection <cs> [--orders 500000] [--parcels 1000000] --out dir
// ordo-loadbench scan --url URL --token T --numbers FILE --received FILE [--workers 24] [--duration S] [--export-workers 0]
// ordo-loadbench cart --url http://127.0.0.1:port --tokens file --duration S [--workers 32]
var options = Args.Parse(args);
return args.FirstOrDefault() switch
{
    "seed" => await Seeder.RunAsync(options),
    "scan-seed" => await ScanSeeder.RunAsync(options),
    "scan" => await ScanClient.RunAsync(options),
    "cart" => await CartClient.RunAsync(options),
    "sqlite" => await SqliteCopy.RunAsync(options),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: seed --connection CS --orders N [--provider postgres|sqlite] --out DIR | cart --url URL --tokens FILE --duration S");
    return 2;
}
