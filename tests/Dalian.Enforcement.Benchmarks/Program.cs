using Dalian.Enforcement.Benchmarks;

// dotnet run -c Release --project tests/Dalian.Enforcement.Benchmarks              due dates for 1,000,000 decisions
// dotnet run -c Release --project tests/Dalian.Enforcement.Benchmarks -- search    public search over 1,000,000 decisions (SQLite)
// dotnet run -c Release --project tests/Dalian.Enforcement.Benchmarks -- search 100000
// dotnet run -c Release --project tests/Dalian.Enforcement.Benchmarks -- audit     audit trail and transparency log at 1,000,000 events
// dotnet run -c Release --project tests/Dalian.Enforcement.Benchmarks -- report    annual-report figures of one agency-year over 1,000,000 decisions
// dotnet run -c Release --project tests/Dalian.Enforcement.Benchmarks -- upload    hashing and storing a 1 GB recording (MB as the next argument)
if (args is ["upload", ..])
{
    await UploadBenchmark.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1024);
}
else if (args is ["audit", ..])
{
    await AuditBenchmark.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000);
}
else if (args is ["report", ..])
{
    await ReportBenchmark.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000);
}
else if (args is ["search", ..])
{
    await SearchBenchmark.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000);
}
else
{
    DueDateBenchmark.Run();
}
