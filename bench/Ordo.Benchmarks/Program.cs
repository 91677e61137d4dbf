using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Ordo.Benchmarks.OrderSearchBenchmarks).Assembly).Run(args);
