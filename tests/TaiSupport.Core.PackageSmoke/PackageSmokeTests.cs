using System.IO.Compression;
using System.Reflection;
using System.Runtime.Versioning;
using Microsoft.Extensions.DependencyInjection;
using TaiSupport.Core.Calendars;
using TaiSupport.Core.Sla;
using TaiSupport.Core.Tickets;
using TaiSupport.Core.Triage;

namespace TaiSupport.Core.PackageSmoke;

/// <summary>The packed library on .NET 8: the net8.0 lib folder loads and the main capabilities answer.</summary>
public sealed class PackageSmokeTests
{
    private static string Metadata(string key) =>
        typeof(PackageSmokeTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;

    [Fact]
    public void The_library_loaded_is_the_net8_build_of_the_package()
    {
        var library = typeof(BusinessCalendar).Assembly;
        Assert.Equal(".NETCoreApp,Version=v8.0", library.GetCustomAttribute<TargetFrameworkAttribute>()!.FrameworkName);
        // It came from the package (not a project reference): the deps file names the package and its net8.0 lib.
        using var deps = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TaiSupport.Core.PackageSmoke.deps.json")));
        var package = deps.RootElement.GetProperty("libraries").GetProperty($"TaiSupport.Core/{Metadata("TaiSupportCoreVersion")}");
        Assert.Equal("package", package.GetProperty("type").GetString());
        Assert.Contains("\"lib/net8.0/TaiSupport.Core.dll\"", deps.RootElement.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_package_holds_both_targets_its_readme_and_the_default_policy_readings()
    {
        var package = Path.Combine(Metadata("PackageFeed"), $"TaiSupport.Core.{Metadata("TaiSupportCoreVersion")}.nupkg");
        using var zip = ZipFile.OpenRead(package);
        var entries = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("lib/net8.0/TaiSupport.Core.dll", entries);
        Assert.Contains("lib/net10.0/TaiSupport.Core.dll", entries);
        Assert.Contains("lib/net8.0/TaiSupport.Core.xml", entries);
        Assert.Contains("PACKAGE.md", entries);
        Assert.Contains("docs/default-policy.md", entries);
        using var readme = new StreamReader(zip.GetEntry("PACKAGE.md")!.Open());
        Assert.Contains("dotnet add package TaiSupport.Core", readme.ReadToEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_calendar_adds_business_time_across_a_weekend_and_a_dst_change()
    {
        var calendar = BusinessCalendar.For("America/Los_Angeles")
            .OpenWeekdays(new LocalTime(9, 0), new LocalTime(17, 0))
            .Build();
        var created = Instant.FromUtc(2026, 3, 7, 0, 30);                 // Friday 16:30 PST
        var due = calendar.Add(created, Duration.FromHours(4));          // Monday 12:30 PDT
        Assert.Equal(new LocalDateTime(2026, 3, 9, 12, 30), due.InZone(calendar.Zone).LocalDateTime);
        Assert.Equal(Duration.FromHours(4), calendar.Elapsed(created, due));
    }

    [Fact]
    public void Triage_and_the_sla_clocks_answer_with_the_default_policy()
    {
        var now = Instant.FromUtc(2026, 1, 23, 23, 0);
        var triage = TicketTriage.Default.Evaluate(new TriageRequest { Id = "T-1", Tier = Tier.Professional, Subject = "Production down" }, now);
        Assert.Equal(Priority.Critical, triage.Priority);
        Assert.NotEmpty(triage.Trace);

        var ticket = new Ticket { Id = "T-1", Tier = triage.Tier, Priority = triage.Priority, Category = triage.Category, CreatedAt = now };
        var sla = SlaEvaluator.Default.Evaluate(ticket, now);
        Assert.True(sla.FirstResponseDue > now);
        Assert.Equal(SlaState.Pending, sla.FirstResponseState);
        Assert.NotEmpty(sla.Trace);
    }

    [Fact]
    public void AddTaiSupport_registers_the_engines()
    {
        using var provider = new ServiceCollection().AddTaiSupport().BuildServiceProvider();
        Assert.NotNull(provider.GetRequiredService<SlaEvaluator>());
        Assert.NotNull(provider.GetRequiredService<TicketTriage>());
    }
}
