using System.Text;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using NodaTime.Testing;
using TaiSupport.Core.Calendars;
using TaiSupport.Core.DependencyInjection;

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
    public void AddTaiSupport_CalledTwice_RegistersEachServiceOnce()
    {
        var services = new ServiceCollection().AddTaiSupport().AddTaiSupport();

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

        var error = Assert.Throws<ValidationException>(() => new ServiceCollection().AddTaiSupport(o => o.AddCalendarFile("x", path)));

        Assert.Contains(path, error.Message);
    }
}
