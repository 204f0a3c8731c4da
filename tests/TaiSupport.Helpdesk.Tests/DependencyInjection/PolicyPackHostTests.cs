using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NodaTime;
using TaiSupport.Core.Communication;
using TaiSupport.Core.DependencyInjection;
using TaiSupport.Core.Escalation;
using TaiSupport.Core.Incidents;
using TaiSupport.Core.KnowledgeBase;
using TaiSupport.Core.OnCall;
using TaiSupport.Core.Policies;
using TaiSupport.Core.Reporting;
using TaiSupport.Core.Sla;
using TaiSupport.Core.Triage;

namespace TaiSupport.Helpdesk.Tests.DependencyInjection;

/// <summary>
/// <c>AddTaiSupport(o => o.UsePolicyFile(…))</c> in a real host whose content root is not the current directory:
/// every engine comes from the pack; a missing file and a second call fail with clear messages.
/// </summary>
public sealed class PolicyPackHostTests : IDisposable
{
    private static readonly TaiPolicy Changed = TaiPolicy.Default with
    {
        Sla = SlaPolicy.Default with { AtRiskLead = Duration.FromMinutes(45) },
        Triage = TaiSupport.Core.Triage.TriagePolicy.Default with
        {
            Escalation = EscalationPolicy.Default with { InactiveFor = Duration.FromDays(21) },
            Assignment = AssignmentPolicy.Default with { EndOfShiftGuard = Duration.FromMinutes(45) },
        },
        Incidents = IncidentPolicy.Default with { ApiDownOver = Duration.FromMinutes(1) },
        OnCall = new OnCallPolicy
        {
            Fairness = FairnessRules.Default with { MaxWeeksPerQuarter = 3 },
            Compensation = CompensationPolicy.Default with { HourlyRate = 30m },
        },
        Reports = ReportPolicy.Default with { TopIssues = 5 },
        Qa = QaPolicy.Default with { SamplePercent = 20m },
        KbUpkeep = KbUpkeepPolicy.Default with { StaleAfterMonths = 9 },
        Templates = CustomerTemplatePolicy.Default with { UsageAlertAtPercent = 80m },
    };

    private readonly string root = Directory.CreateTempSubdirectory("tai-host-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void UsePolicyFile_RelativeToAContentRootThatIsNotTheCurrentDirectory_ResolvesEveryEngineFromThePack()
    {
        Directory.CreateDirectory(Path.Combine(root, "config"));
        File.WriteAllText(Path.Combine(root, "config", "tai-policy.json"), TaiPolicyJson.Write(Changed));
        Assert.NotEqual(Path.GetFullPath(root), Path.GetFullPath(Directory.GetCurrentDirectory()));
        Assert.False(File.Exists(Path.Combine(Directory.GetCurrentDirectory(), "config", "tai-policy.json")));

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = root, DisableDefaults = true });
        builder.Services.AddTaiSupport(o => o.UsePolicyFile(Path.Combine("config", "tai-policy.json")));
        using var host = builder.Build();
        var services = host.Services;

        Assert.Equal(Changed, services.GetRequiredService<TaiPolicy>());
        Assert.Equal(Duration.FromMinutes(45), services.GetRequiredService<SlaPolicy>().AtRiskLead);
        Assert.Equal(Duration.FromMinutes(45), services.GetRequiredService<SlaEvaluator>().Policy.AtRiskLead);
        Assert.NotNull(services.GetRequiredService<SlaQueueOrder>());
        Assert.Equal(Duration.FromDays(21), services.GetRequiredService<TaiSupport.Core.Triage.TriagePolicy>().Escalation.InactiveFor);
        Assert.Equal(Duration.FromDays(21), services.GetRequiredService<TicketTriage>().Policy.Escalation.InactiveFor);
        Assert.Equal(Duration.FromDays(21), services.GetRequiredService<EscalationPolicy>().InactiveFor);
        Assert.Equal(Duration.FromMinutes(45), services.GetRequiredService<AssignmentPolicy>().EndOfShiftGuard);
        Assert.Equal(Duration.FromMinutes(1), services.GetRequiredService<IncidentPolicy>().ApiDownOver);
        Assert.Equal(3, services.GetRequiredService<OnCallPolicy>().Fairness.MaxWeeksPerQuarter);
        Assert.Equal(3, services.GetRequiredService<FairnessRules>().MaxWeeksPerQuarter);
        Assert.Equal(30m, services.GetRequiredService<CompensationPolicy>().HourlyRate);
        Assert.Equal(5, services.GetRequiredService<ReportPolicy>().TopIssues);
        Assert.Equal(20m, services.GetRequiredService<QaPolicy>().SamplePercent);
        Assert.Equal(9, services.GetRequiredService<KbUpkeepPolicy>().StaleAfterMonths);
        Assert.Equal(80m, services.GetRequiredService<CustomerTemplatePolicy>().UsageAlertAtPercent);
        Assert.Equal(80m, services.GetRequiredService<TemplateSuggester>().Policy.UsageAlertAtPercent);
        Assert.Equal(3, services.GetRequiredService<TaiSupportCalendars>().All.Count);
        Assert.NotNull(services.GetRequiredService<IClock>());
    }

    [Fact]
    public void UsePolicyFile_MissingFile_IsFileNotFoundNamingTheFullPathInTheContentRoot()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = root, DisableDefaults = true });

        var error = Assert.Throws<FileNotFoundException>(() => builder.Services.AddTaiSupport(o => o.UsePolicyFile("missing.json")));

        var full = Path.Combine(root, "missing.json");
        Assert.Equal(full, error.FileName);
        Assert.Contains($"'{full}' does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddTaiSupport_Twice_ThrowsInvalidOperationSayingToCallItOnce()
    {
        var services = new ServiceCollection().AddTaiSupport();

        var error = Assert.Throws<InvalidOperationException>(() => services.AddTaiSupport(o => o.UsePolicy(TaiPolicy.Default)));

        Assert.StartsWith("AddTaiSupport was already called on these services. Call it once", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UsePolicyFile_WithAnInvalidPack_ListsEveryProblemWithItsPackPath()
    {
        var pack = System.Text.Json.Nodes.JsonNode.Parse(TaiPolicyJson.Write(TaiPolicy.Default))!;
        pack["sla"]!["atRiskLead"] = "soon";
        pack["qa"]!["samplePercent"] = 500;
        File.WriteAllText(Path.Combine(root, "bad.json"), pack.ToJsonString());
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = root, DisableDefaults = true });

        var error = Assert.Throws<FluentValidation.ValidationException>(() => builder.Services.AddTaiSupport(o => o.UsePolicyFile("bad.json")));

        Assert.Equal(["$.qa.samplePercent", "$.sla.atRiskLead"], error.Errors.Select(e => e.PropertyName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Choices_ApplyInOrder_ASectionAfterThePackReplacesIt()
    {
        File.WriteAllText(Path.Combine(root, "tai-policy.json"), TaiPolicyJson.Write(Changed));
        var sla = SlaPolicy.Default with { AtRiskLead = Duration.FromMinutes(10) };
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = root, DisableDefaults = true });
        builder.Services.AddTaiSupport(o => o.UsePolicyFile("tai-policy.json").UseSlaPolicy(sla));
        using var host = builder.Build();

        Assert.Equal(Duration.FromMinutes(10), host.Services.GetRequiredService<SlaEvaluator>().Policy.AtRiskLead);
        Assert.Equal(20m, host.Services.GetRequiredService<QaPolicy>().SamplePercent);
    }
}
