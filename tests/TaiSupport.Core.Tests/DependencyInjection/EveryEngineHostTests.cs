using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TaiSupport.Core.Communication;
using TaiSupport.Core.Incidents;
using TaiSupport.Core.KnowledgeBase;
using TaiSupport.Core.Lifecycle;
using TaiSupport.Core.OnCall;
using TaiSupport.Core.Policies;
using TaiSupport.Core.Reporting;
using TaiSupport.Core.Sla;
using TaiSupport.Core.Triage;

namespace TaiSupport.Core.Tests.DependencyInjection;

/// <summary>
/// A host whose content root is not the current directory: <c>AddTaiSupport(o => o.UsePolicyFile("tai-policy.json"))</c>
/// reads the pack there and resolves every engine of the library, each built from the pack's section.
/// </summary>
public sealed class EveryEngineHostTests : IDisposable
{
    private readonly DirectoryInfo root = Directory.CreateTempSubdirectory("tai-host-root-");

    public void Dispose() => root.Delete(recursive: true);

    [Fact]
    public void Every_engine_resolves_from_a_pack_under_the_content_root()
    {
        Assert.NotEqual(Path.GetFullPath(Directory.GetCurrentDirectory()), root.FullName);
        var pack = TaiPolicy.Default with
        {
            Incidents = IncidentPolicy.Default with { ServiceCreditPct = 7 },
            Qa = QaPolicy.Default with { SamplePercent = 20 },
            KbUpkeep = KbUpkeepPolicy.Default with { StaleAfterMonths = 3 },
            OnCall = OnCallPolicy.Default with { Fairness = FairnessRules.Default with { MaxWeeksPerQuarter = 3 } },
        };
        File.WriteAllText(Path.Combine(root.FullName, "tai-policy.json"), TaiPolicyJson.Write(pack));

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = root.FullName });
        builder.Services.AddTaiSupport(o => o.UsePolicyFile("tai-policy.json"));
        using var host = builder.Build();
        var services = host.Services;

        Assert.Equal(7, services.GetRequiredService<IncidentEngine>().Policy.ServiceCreditPct);
        Assert.Equal(20, services.GetRequiredService<QaAuditor>().Policy.SamplePercent);
        Assert.Equal(3, services.GetRequiredService<KbReviewer>().Policy.StaleAfterMonths);
        Assert.Same(services.GetRequiredService<SlaEvaluator>(), services.GetRequiredService<QaAuditor>().Sla);
        Assert.Same(services.GetRequiredService<SlaEvaluator>(), services.GetRequiredService<ReportBuilder>().Sla);
        Assert.NotNull(services.GetRequiredService<SlaQueueOrder>());
        Assert.NotNull(services.GetRequiredService<TicketTriage>());
        Assert.NotNull(services.GetRequiredService<TicketAssigner>());
        Assert.NotNull(services.GetRequiredService<TicketLife>());
        Assert.NotNull(services.GetRequiredService<TemplateSuggester>());
        Assert.NotNull(services.GetRequiredService<WordsChecker>());
        Assert.Equal(OnCallPayPolicy.From(pack.OnCall.Compensation).HourlyRate, services.GetRequiredService<OnCallPayroll>().Policy.HourlyRate);
        Assert.Equal(3, services.GetRequiredService<RotaPlanner>().Policy.Fairness.MaxWeeksPerQuarter);
        Assert.Equal(3, services.GetRequiredService<RotaAuditor>().Policy.Fairness.MaxWeeksPerQuarter);
        Assert.Equal(7, services.GetRequiredService<IncidentMessenger>().Policy.ServiceCreditPct);
        Assert.NotNull(services.GetRequiredService<Core.Customers.CustomerHealthMonitor>());
        Assert.NotNull(services.GetRequiredService<IncidentTicketLinker>());
        Assert.Equal(3, services.GetRequiredService<SwapCoordinator>().Policy.Fairness.MaxWeeksPerQuarter);
        Assert.Equal(3, services.GetRequiredService<EquityReporter>().Policy.Fairness.MaxWeeksPerQuarter);
        Assert.Equal(7, services.GetRequiredService<IncidentFollowUpTracker>().Policy.ServiceCreditPct);
    }

    [Fact]
    public void Every_engine_in_the_anatomy_table_is_registered()
    {
        using var provider = new ServiceCollection().AddTaiSupport().BuildServiceProvider();
        foreach (var row in Design.OneAnatomyTests.Engines())
        {
            var engine = (Type)row[0];
            Assert.True(provider.GetService(engine) is not null, $"{engine.Name} is not registered by AddTaiSupport");
        }
    }

    [Fact]
    public void A_missing_pack_under_the_content_root_names_the_full_path()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = root.FullName });
        var e = Assert.Throws<FileNotFoundException>(() => builder.Services.AddTaiSupport(o => o.UsePolicyFile("missing.json")));
        Assert.Equal(Path.Combine(root.FullName, "missing.json"), e.FileName);
    }
}
