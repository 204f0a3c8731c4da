using System.Collections.Immutable;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TaiSupport.Core.Calendars;
using TaiSupport.Core.Serialization;

namespace TaiSupport.Core.DependencyInjection;

/// <summary>
/// Chooses what <see cref="TaiSupportServiceCollectionExtensions.AddTaiSupport"/> registers. Every loader validates
/// at once and throws a <see cref="ValidationException"/> listing every problem, so a bad file fails at registration.
/// </summary>
/// <remarks>
/// Calendars are registered as keyed singletons (<c>[FromKeyedServices("starter-hours")] BusinessCalendar</c>) and
/// together as a <see cref="TaiSupportCalendars"/>. The three calendars of D1 are always present unless replaced.
/// </remarks>
public sealed class TaiSupportBuilder
{
    private readonly Dictionary<string, BusinessCalendar> calendars = new(StringComparer.Ordinal)
    {
        [BusinessCalendars.StarterHoursId] = BusinessCalendars.StarterHours,
        [BusinessCalendars.ProfessionalHoursId] = BusinessCalendars.ProfessionalHours,
        [BusinessCalendars.AlwaysId] = BusinessCalendars.Always,
    };

    internal TaiSupportBuilder(IServiceCollection services) => Services = services;

    /// <summary>The host's services, for registrations this builder does not cover.</summary>
    public IServiceCollection Services { get; }

    /// <summary>Adds a calendar under <paramref name="id"/>, replacing a default of the same id.</summary>
    /// <param name="id">The calendar's id, such as <c>starter-hours</c>.</param>
    /// <param name="calendar">The calendar.</param>
    /// <returns>This builder.</returns>
    public TaiSupportBuilder AddCalendar(string id, BusinessCalendar calendar)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(calendar);
        calendars[id] = calendar;
        return this;
    }

    /// <summary>Reads a calendar in the JSON format of <see cref="BusinessCalendarJson"/> and adds it under <paramref name="id"/>.</summary>
    /// <param name="id">The calendar's id.</param>
    /// <param name="json">The calendar JSON; read to its end, not closed.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ValidationException">The calendar is invalid; every problem is listed.</exception>
    public TaiSupportBuilder AddCalendar(string id, Stream json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return AddCalendar(id, Load($"calendar '{id}'", ReadAll(json), BusinessCalendarJson.Read));
    }

    /// <summary>Reads a calendar file (see <see cref="BusinessCalendarJson"/>) and adds it under <paramref name="id"/>.</summary>
    /// <param name="id">The calendar's id.</param>
    /// <param name="path">The file's path.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ValidationException">The calendar is invalid or the file cannot be read; every problem is listed.</exception>
    public TaiSupportBuilder AddCalendarFile(string id, string path) =>
        AddCalendar(id, Load($"calendar file '{path}'", ReadFile(path), BusinessCalendarJson.Read));

    /// <summary>Registers what was chosen, with <c>TryAdd*</c> only.</summary>
    internal void Register()
    {
        var set = new TaiSupportCalendars(calendars.ToImmutableDictionary(StringComparer.Ordinal));
        Services.TryAddSingleton(set);
        foreach (var (id, calendar) in set.All)
        {
            Services.TryAddKeyedSingleton(id, calendar);
        }
    }

    /// <summary>Loads with <paramref name="read"/>, turning a failed load into one exception that lists every problem.</summary>
    internal static T Load<T>(string what, string json, Func<string, LoadResult<T>> read)
        where T : class
    {
        var result = read(json);
        return result.Value ?? throw new ValidationException(
            $"The {what} is invalid:{Environment.NewLine}{result.DescribeProblems()}", result.Problems);
    }

    private static string ReadAll(Stream json)
    {
        using var reader = new StreamReader(json, leaveOpen: true);
        return reader.ReadToEnd();
    }

    private static string ReadFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ValidationException($"The file '{path}' cannot be read: {e.Message}", [new FluentValidation.Results.ValidationFailure("$", e.Message)]);
        }
    }
}
