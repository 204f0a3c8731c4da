// TaiSupport.Core benchmarks. Run all (Release, ~minutes per class):
//   dotnet run -c Release --project benchmarks/TaiSupport.Core.Benchmarks -- --filter '*'
// or one capability: --filter '*Calendar*'. Results go to BenchmarkDotNet.Artifacts/; docs/benchmarks.md keeps the tables.
using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
