using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;

namespace TaiSupport.Core.DependencyInjection;

/// <summary>Registers the TaiSupport engine in a host's service collection.</summary>
public static class TaiSupportServiceCollectionExtensions
{
    /// <summary>
    /// Registers the policy (the default, or one loaded from JSON), the engines, the business calendars and NodaTime's
    /// <see cref="IClock"/> — each with <c>TryAdd*</c>, so anything the host registered first wins.
    /// </summary>
    /// <param name="services">The host's services.</param>
    /// <param name="configure">Chooses the policy and calendars; null keeps every default of <c>default-policy.md</c>.</param>
    /// <returns>The same <paramref name="services"/>, for chaining.</returns>
    /// <exception cref="FluentValidation.ValidationException">
    /// A policy or calendar given to <paramref name="configure"/> is invalid. The exception lists every problem with
    /// its JSON path, so a bad policy stops the host at start-up instead of failing on the first ticket.
    /// </exception>
    /// <remarks>
    /// The engine itself never reads a clock (design property 1): only this DI edge knows <see cref="IClock"/>, and it
    /// registers <c>SystemClock.Instance</c> only when the host has not registered a clock already (tests
    /// register a <c>FakeClock</c>).
    /// </remarks>
    /// <example>
    /// <code>
    /// builder.Services.AddTaiSupport(o => o
    ///     .UseSlaPolicyFile("policies/sla.json")
    ///     .AddCalendarFile("night-shift", "calendars/night-shift.json"));
    /// </code>
    /// </example>
    public static IServiceCollection AddTaiSupport(this IServiceCollection services, Action<TaiSupportBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var builder = new TaiSupportBuilder(services);
        configure?.Invoke(builder);
        builder.Register();
#pragma warning disable RS0030 // The DI edge is the one place that may name the system clock.
        services.TryAddSingleton<IClock>(SystemClock.Instance);
#pragma warning restore RS0030
        return services;
    }
}
