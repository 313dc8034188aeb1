using System.Runtime.CompilerServices;
using IceCareers.Benchmarks;

return args.FirstOrDefault() switch
{
    "coldstart" => ColdStart.Run(args.Skip(1).ToArray()),
    "empty" => ColdStart.Empty(),
    "quickstart" => ColdStart.QuickStart(args.Skip(1).ToArray()),
    "allocs" => AllocationBreakdown.Run(),
    "checks" => CheckTime.Run(),
    "linear" => LinearScaling.Run(),
    "linear-roles" => LinearScaling.PerRole(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20_000),
    "cpu" => await CpuTime.RunAsync(quick: args.Skip(1).FirstOrDefault() == "quick"),
    "check" => await AgreementCheck.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 200_000),
    _ => RunBenchmarks(args),
};

// Kept out of line so that the cold-start modes never load BenchmarkDotNet.
[MethodImpl(MethodImplOptions.NoInlining)]
static int RunBenchmarks(string[] args)
{
    BenchmarkDotNet.Running.BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, new BenchConfig());
    return 0;
}
