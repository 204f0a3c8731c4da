using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using NodaTime;
using TaiSupport.Core.DependencyInjection;

// In the namespace hosts already import, so `builder.Services.AddTaiSupport(...)` needs no extra using.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the TaiSupport engines in a host's service collection.</summary>
public static class TaiSupportServiceCollectionExtensions
{
    /// <summary>
    /// Registers the policy pack (the default, or one loaded from JSON), every section's policy, the engines built from
    /// them, the business calendars and NodaTime's <see cref="IClock"/> — each with <c>TryAdd*</c>, so anything the host
    /// registered first wins.
    /// </summary>
    /// <param name="services">The host's services.</param>
    /// <param name="configure">Chooses the policy pack and calendars; null keeps every default of <c>default-policy.md</c>.</param>
    /// <returns>The same <paramref name="services"/>, for chaining.</returns>
    /// <exception cref="FluentValidation.ValidationException">
    /// A policy or calendar given to <paramref name="configure"/> is invalid. The exception lists every problem with
    /// its JSON path, so a bad policy stops the host at start-up instead of failing on the first ticket.
    /// </exception>
    /// <exception cref="FileNotFoundException">A policy, calendar or schedule file does not exist; the message names its full path.</exception>
    /// <exception cref="InvalidOperationException">AddTaiSupport was already called on <paramref name="services"/>.</exception>
    /// <remarks>
    /// <para>Registered: <see cref="TaiSupport.Core.Policies.TaiPolicy"/> and each of its sections (<see cref="TaiSupport.Core.Sla.SlaPolicy"/>,
    /// <see cref="TaiSupport.Core.Triage.TriagePolicy"/> with <see cref="TaiSupport.Core.Escalation.EscalationPolicy"/> and <see cref="TaiSupport.Core.Escalation.AssignmentPolicy"/>,
    /// <see cref="TaiSupport.Core.Incidents.IncidentPolicy"/>, <see cref="TaiSupport.Core.OnCall.OnCallPolicy"/> with <see cref="TaiSupport.Core.OnCall.FairnessRules"/> and
    /// <see cref="TaiSupport.Core.OnCall.CompensationPolicy"/>, <see cref="TaiSupport.Core.Reporting.ReportPolicy"/>, <see cref="TaiSupport.Core.Reporting.QaPolicy"/>,
    /// <see cref="TaiSupport.Core.KnowledgeBase.KbUpkeepPolicy"/>, <see cref="TaiSupport.Core.Communication.CustomerTemplatePolicy"/>), the engines
    /// <see cref="TaiSupport.Core.Sla.SlaEvaluator"/>, <see cref="TaiSupport.Core.Sla.SlaQueueOrder"/>, <see cref="TaiSupport.Core.Triage.TicketTriage"/> and
    /// <see cref="TaiSupport.Core.Communication.TemplateSuggester"/>, the calendars (<see cref="TaiSupportCalendars"/> and keyed), and with a
    /// schedule the <see cref="TaiSupport.Core.OnCall.OnCallSchedule"/> and its <see cref="TaiSupport.Core.OnCall.OnCallTimeline"/>. The static engines
    /// (incident declaration and playbook, assignment, on-call pay, QA audit, KB upkeep, reports) take the registered policy.</para>
    /// <para>Relative file paths resolve against <see cref="IHostEnvironment.ContentRootPath"/> when the host registered an
    /// <see cref="IHostEnvironment"/> instance before this call (WebApplication and HostApplicationBuilder do), else
    /// against the current directory.</para>
    /// <para>The engine itself never reads a clock (design property 1): only this DI edge knows <see cref="IClock"/>, and it
    /// registers <c>SystemClock.Instance</c> only when the host has not registered a clock already (tests
    /// register a <c>FakeClock</c>).</para>
    /// </remarks>
    /// <example>
    /// <code>
    /// builder.Services.AddTaiSupport(o => o
    ///     .UsePolicyFile("tai-policy.json")
    ///     .AddCalendarFile("night-shift", "calendars/night-shift.json"));
    /// </code>
    /// </example>
    public static IServiceCollection AddTaiSupport(this IServiceCollection services, Action<TaiSupportBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.Any(d => d.ServiceType == typeof(TaiSupportRegistered)))
        {
            throw new InvalidOperationException(
                "AddTaiSupport was already called on these services. Call it once, and make every choice (policy pack, calendars, on-call schedule) in its configure callback: services.AddTaiSupport(o => o.UsePolicyFile(\"tai-policy.json\")).");
        }

        var builder = new TaiSupportBuilder(services);
        configure?.Invoke(builder);
        builder.Register(ContentRoot(services));
        services.AddSingleton(new TaiSupportRegistered());
#pragma warning disable RS0030 // The DI edge is the one place that may name the system clock.
        services.TryAddSingleton<IClock>(SystemClock.Instance);
#pragma warning restore RS0030
        return services;
    }

    /// <summary>The host's content root when it registered an <see cref="IHostEnvironment"/> instance, else the current directory.</summary>
    private static string ContentRoot(IServiceCollection services) =>
        services.LastOrDefault(d => d.ServiceType == typeof(IHostEnvironment) && !d.IsKeyedService)?.ImplementationInstance is IHostEnvironment { ContentRootPath: { Length: > 0 } root }
            ? root
            : Directory.GetCurrentDirectory();
}
