using System.Text;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using NodaTime.Testing;
using TaiSupport.Core.Calendars;
using TaiSupport.Core.DependencyInjection;
using TaiSupport.Core.Incidents;
using TaiSupport.Core.OnCall;
using TaiSupport.Core.Sla;

namespace TaiSupport.Helpdesk.Tests.DependencyInjection;

/// <summary><c>services.AddTaiSupport(o => …)</c>: TryAdd only, eager validation listing every problem.</summary>
public sealed class AddTaiSupportTests
{
    private const string BadCalendar = """
        { "timeZone": "Mars/Olympus", "week": { "funday": [] }, "holidays": ["2026-02-30"] }
        """;

    [Fact]
    public void AddTaiSupport_NoClockRegistered_RegistersTheSystemClock()
    {
        using var provider = new ServiceCollection().AddTaiSupport().BuildServiceProvider();

        Assert.Same(SystemClock.Instance, provider.GetRequiredService<IClock>());
    }

    [Fact]
    public void AddTaiSupport_HostRegisteredAClockFirst_KeepsTheHostsClock()
    {
        var fake = new FakeClock(Instant.FromUtc(2026, 1, 27, 0, 45));
        var services = new ServiceCollection().AddSingleton<IClock>(fake);

        using var provider = services.AddTaiSupport().BuildServiceProvider();

        Assert.Same(fake, provider.GetRequiredService<IClock>());
        Assert.Single(services, d => d.ServiceType == typeof(IClock));
    }

    [Fact]
    public void AddTaiSupport_CalledOnce_RegistersEachServiceOnce()
    {
        var services = new ServiceCollection().AddTaiSupport();

        Assert.Single(services, d => d.ServiceType == typeof(IClock));
        Assert.Single(services, d => d.ServiceType == typeof(TaiSupportCalendars));
    }

    [Fact]
    public void AddTaiSupport_Defaults_RegistersTheThreeCalendarsOfD1ByKey()
    {
        using var provider = new ServiceCollection().AddTaiSupport().BuildServiceProvider();

        Assert.Same(BusinessCalendars.StarterHours, provider.GetRequiredKeyedService<BusinessCalendar>("starter-hours"));
        Assert.Same(BusinessCalendars.ProfessionalHours, provider.GetRequiredKeyedService<BusinessCalendar>("professional-hours"));
        Assert.Same(BusinessCalendars.Always, provider.GetRequiredKeyedService<BusinessCalendar>("always"));
        Assert.Equal(["always", "professional-hours", "starter-hours"], provider.GetRequiredService<TaiSupportCalendars>().All.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AddCalendar_FromJsonStream_IsRegisteredUnderItsId()
    {
        using var json = new MemoryStream(Encoding.UTF8.GetBytes("""
            { "timeZone": "Europe/London", "week": { "monday": [{ "open": "08:00", "close": "16:00" }] } }
            """));

        using var provider = new ServiceCollection().AddTaiSupport(o => o.AddCalendar("london", json)).BuildServiceProvider();

        var london = provider.GetRequiredKeyedService<BusinessCalendar>("london");
        Assert.Equal("Europe/London", london.Zone.Id);
        Assert.True(london.IsOpen(Instant.FromUtc(2026, 1, 26, 9, 0)));   // Monday 09:00 GMT
        Assert.False(london.IsOpen(Instant.FromUtc(2026, 1, 27, 9, 0)));  // Tuesday: closed
    }

    [Fact]
    public void AddCalendar_InvalidJson_FailsAtRegistrationListingEveryProblem()
    {
        using var json = new MemoryStream(Encoding.UTF8.GetBytes(BadCalendar));
        var services = new ServiceCollection();

        var error = Assert.Throws<ValidationException>(() => services.AddTaiSupport(o => o.AddCalendar("bad", json)));

        Assert.Equal(["$.holidays[0]", "$.timeZone", "$.week.funday"], error.Errors.Select(e => e.PropertyName).Order(StringComparer.Ordinal));
        Assert.Contains("calendar 'bad' is invalid", error.Message);
        Assert.Empty(services);
    }

    [Fact]
    public void AddCalendarFile_MissingFile_FailsNamingTheFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"no-such-calendar-{Guid.NewGuid():N}.json");

        var error = Assert.Throws<FileNotFoundException>(() => new ServiceCollection().AddTaiSupport(o => o.AddCalendarFile("x", path)));

        Assert.Contains(path, error.Message);
    }

    [Fact]
    public void AddTaiSupport_Defaults_RegistersTheDefaultPoliciesAndEngines()
    {
        using var provider = new ServiceCollection().AddTaiSupport().BuildServiceProvider();

        Assert.Same(SlaPolicy.Default, provider.GetRequiredService<SlaPolicy>());
        Assert.Same(SlaEvaluator.Default, provider.GetRequiredService<SlaEvaluator>());
        Assert.Same(SlaEvaluator.Default.QueueOrder, provider.GetRequiredService<SlaQueueOrder>());
        Assert.Same(IncidentPolicy.Default, provider.GetRequiredService<IncidentPolicy>());
        Assert.Null(provider.GetService<OnCallTimeline>()); // no schedule, no timeline
    }

    [Fact]
    public void UseSlaPolicy_FromJsonStream_TheEvaluatorUsesIt()
    {
        var json = SlaPolicyJson.Write(SlaPolicy.Default with { AtRiskLead = Duration.FromMinutes(45) });
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));

        using var provider = new ServiceCollection().AddTaiSupport(o => o.UseSlaPolicy(stream)).BuildServiceProvider();

        Assert.Equal(Duration.FromMinutes(45), provider.GetRequiredService<SlaEvaluator>().Policy.AtRiskLead);
    }

    [Fact]
    public void UseSlaPolicy_InvalidJson_FailsAtRegistrationListingEveryProblem()
    {
        var json = SlaPolicyJson.Write(SlaPolicy.Default)
            .Replace("\"atRiskLead\": \"PT30M\"", "\"atRiskLead\": \"soon\"", StringComparison.Ordinal)
            .Replace("\"timeZone\": \"America/Los_Angeles\"", "\"timeZone\": \"Mars/Olympus\"", StringComparison.Ordinal);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));

        var error = Assert.Throws<ValidationException>(() => new ServiceCollection().AddTaiSupport(o => o.UseSlaPolicy(stream)));

        Assert.True(error.Errors.Count() >= 2, error.Message);
        Assert.Contains(error.Errors, e => e.PropertyName.Contains("atRiskLead", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.PropertyName.Contains("timeZone", StringComparison.Ordinal));
        Assert.StartsWith("The SLA policy is invalid:", error.Message);
    }

    [Fact]
    public void UseSlaPolicy_InvalidObject_FailsAtRegistration()
    {
        var policy = SlaPolicy.Default with { AtRiskLead = Duration.FromMinutes(-5) };

        var error = Assert.Throws<ValidationException>(() => new ServiceCollection().AddTaiSupport(o => o.UseSlaPolicy(policy)));

        Assert.NotEmpty(error.Errors);
    }

    [Fact]
    public void UseIncidentPolicy_InvalidJson_FailsAtRegistrationListingEveryProblem()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("""{"apiDownOver": "three", "errorRateOverPct": 500}"""));

        var error = Assert.Throws<ValidationException>(() => new ServiceCollection().AddTaiSupport(o => o.UseIncidentPolicy(stream)));

        Assert.Equal(2, error.Errors.Count());
    }

    [Fact]
    public void UseOnCallScheduleFile_RegistersTheScheduleAndItsTimeline()
    {
        var file = Path.Combine(AppContext.BaseDirectory, "oncall-schedule.json");

        using var provider = new ServiceCollection().AddTaiSupport(o => o.UseOnCallScheduleFile(file)).BuildServiceProvider();

        var timeline = provider.GetRequiredService<OnCallTimeline>();
        Assert.Same(provider.GetRequiredService<OnCallSchedule>(), timeline.Schedule);
        Assert.NotNull(timeline.Who(OnCallLevel.Engineering, Instant.FromUtc(2026, 3, 8, 12, 0)).OnCall);
    }

    [Fact]
    public void UseOnCallSchedule_InvalidJson_FailsAtRegistration()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("""{"from": "2026-13-01", "shifts": 3}"""));

        var error = Assert.Throws<ValidationException>(() => new ServiceCollection().AddTaiSupport(o => o.UseOnCallSchedule(stream)));

        Assert.True(error.Errors.Count() >= 3, error.Message); // no team, a bad date, shifts not an array, no "to"
    }

    [Fact]
    public void AddCalendar_WithAnIdOfTheSlaPolicy_FailsAtRegistration()
    {
        var error = Assert.Throws<ValidationException>(() =>
            new ServiceCollection().AddTaiSupport(o => o.AddCalendar("starter-hours", BusinessCalendars.Always)));

        Assert.Contains("starter-hours", error.Message);
    }

    [Fact]
    public void AddCalendar_WithANewId_SitsBesideThePolicysCalendars()
    {
        using var provider = new ServiceCollection().AddTaiSupport(o => o.AddCalendar("night-shift", BusinessCalendars.Always)).BuildServiceProvider();

        Assert.Equal(4, provider.GetRequiredService<TaiSupportCalendars>().All.Count);
        Assert.Same(BusinessCalendars.Always, provider.GetRequiredKeyedService<BusinessCalendar>("night-shift"));
    }
}
