using System.Text;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using TaiSupport.Core.Calendars;
using TaiSupport.Core.DependencyInjection;
using TaiSupport.Core.Incidents;
using TaiSupport.Core.Policies;
using TaiSupport.Core.Sla;
using TaiSupport.Core.Triage;

namespace TaiSupport.Core.Tests.DependencyInjection;

/// <summary>
/// The registration builder given hostile files (session 7 sweep): each <c>Use…(Stream)</c> / <c>AddCalendar(id, Stream)</c>
/// fed mutated bytes of a valid file either registers or throws the documented <see cref="ValidationException"/> listing
/// problems with JSON paths — never another exception — and a blank calendar id is an <see cref="ArgumentException"/> naming it.
/// </summary>
public sealed class BuilderStreamSweepTests
{
    private static readonly (string Name, string Valid, Action<TaiSupportBuilder, Stream> Use)[] Streams =
    [
        ("sla", SlaPolicyJson.Write(SlaPolicy.Default), (b, s) => b.UseSlaPolicy(s)),
        ("triage", TriagePolicyJson.Write(TriagePolicy.Default), (b, s) => b.UseTriagePolicy(s)),
        ("incidents", IncidentPolicyJson.Write(IncidentPolicy.Default), (b, s) => b.UseIncidentPolicy(s)),
        ("pack", TaiPolicyJson.Write(TaiPolicy.Default), (b, s) => b.UsePolicy(s)),
        ("calendar", BusinessCalendarJson.Write(BusinessCalendars.ProfessionalHours.Definition), (b, s) => b.AddCalendar("night", s)),
        ("schedule", Json.ReaderFuzzTests.Formats["oncall-schedule"].Valid, (b, s) => b.UseOnCallSchedule(s)),
    ];

    public static TheoryData<string> Names() => [.. Streams.Select(s => s.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public void MutatedFiles_RegisterOrThrowTheDocumentedValidationException(string name)
    {
        var (_, valid, use) = Streams.Single(s => s.Name == name);
        var random = new Random(700 + name.Length);
        var faults = new List<string>();
        for (var i = 0; i < 120; i++)
        {
            var text = i == 0 ? valid : i % 2 == 0 ? Json.ReaderFuzzTests.MutateText(valid, random) : Json.ReaderFuzzTests.MutateField(valid, random);
            var bytes = i % 7 == 3 ? [0xFF, 0xFE, .. Encoding.UTF8.GetBytes(text)] : Encoding.UTF8.GetBytes(text);
            try
            {
                using var provider = new ServiceCollection().AddTaiSupport(b => use(b, new MemoryStream(bytes))).BuildServiceProvider();
                _ = provider.GetRequiredService<SlaEvaluator>();
            }
            catch (ValidationException e)
            {
                if (e.Errors.Any(f => !f.PropertyName.StartsWith('$')) && faults.Count < 5)
                {
                    faults.Add($"a problem without a JSON path: {string.Join("; ", e.Errors.Select(f => f.PropertyName))} on {text}");
                }
            }
            catch (Exception e)
            {
                if (faults.Count < 5)
                {
                    faults.Add($"{e.GetType().Name}: {e.Message} on {text}");
                }
            }
        }

        Assert.True(faults.Count == 0, string.Join(Environment.NewLine, faults));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void ABlankCalendarId_IsAnArgumentExceptionNamingIt(string id)
    {
        var e = Assert.ThrowsAny<ArgumentException>(() => new ServiceCollection().AddTaiSupport(b => b.AddCalendar(id, BusinessCalendars.ProfessionalHours)));
        Assert.Equal("id", e.ParamName);
    }
}
