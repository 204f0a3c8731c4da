using System.Collections.Immutable;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TaiSupport.Core.Calendars;
using TaiSupport.Core.Communication;
using TaiSupport.Core.Customers;
using TaiSupport.Core.Escalation;
using TaiSupport.Core.Incidents;
using TaiSupport.Core.KnowledgeBase;
using TaiSupport.Core.Lifecycle;
using TaiSupport.Core.OnCall;
using TaiSupport.Core.Policies;
using TaiSupport.Core.Reporting;
using TaiSupport.Core.Serialization;
using TaiSupport.Core.Sla;
using TaiSupport.Core.Triage;

namespace TaiSupport.Core.DependencyInjection;

/// <summary>
/// Chooses what <see cref="Microsoft.Extensions.DependencyInjection.TaiSupportServiceCollectionExtensions.AddTaiSupport"/> registers. Every loader validates
/// at registration and throws a <see cref="ValidationException"/> listing every problem with its JSON path, so a bad
/// file stops the host at start-up.
/// </summary>
/// <remarks>
/// <para>The choices apply in the order they are made: <c>UsePolicyFile("tai-policy.json").UseSlaPolicy(p)</c> takes
/// the pack and then replaces its SLA section.</para>
/// <para>A relative file path resolves against the host's content root (<c>IHostEnvironment.ContentRootPath</c>,
/// when the host registered one before calling <c>AddTaiSupport</c>, as <c>WebApplication.CreateBuilder</c> and
/// <c>Host.CreateApplicationBuilder</c> do), else against the current directory. A file that does not exist is a
/// <see cref="FileNotFoundException"/> naming the full path.</para>
/// <para>Without a choice, the policies are the defaults of <c>default-policy.md</c> (<see cref="TaiPolicy.Default"/>).</para>
/// <para>Calendars are registered as keyed singletons (<c>[FromKeyedServices("starter-hours")] BusinessCalendar</c>) and
/// together as a <see cref="TaiSupportCalendars"/>: the SLA policy's calendars plus any added with
/// <see cref="AddCalendar(string, BusinessCalendar)"/> (for shift rotas and the like). An added calendar may not reuse
/// an id of the SLA policy: the SLA clocks would keep the policy's, so the policy file is the one place to change it.</para>
/// </remarks>
public sealed class TaiSupportBuilder
{
    private readonly Dictionary<string, BusinessCalendar> calendars = new(StringComparer.Ordinal);
    private readonly List<Action> steps = [];
    private TaiPolicy pack = TaiPolicy.Default;
    private OnCallSchedule? onCallSchedule;
    private string contentRoot = Directory.GetCurrentDirectory();

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
    /// <exception cref="FileNotFoundException">The file does not exist; the message names the full path.</exception>
    public TaiSupportBuilder AddCalendarFile(string id, string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        steps.Add(() => AddCalendar(id, Load($"calendar file '{path}'", ReadFile(path), BusinessCalendarJson.Read)));
        return this;
    }

    /// <summary>Uses every section of <paramref name="policy"/> (the policy pack) instead of <see cref="TaiPolicy.Default"/>.</summary>
    /// <param name="policy">The pack; validated now, every section at once.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ValidationException">The pack is invalid; every problem is listed with its path in the pack.</exception>
    public TaiSupportBuilder UsePolicy(TaiPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ThrowIfInvalid("policy pack", TaiPolicy.Validate(policy));
        steps.Add(() => pack = policy);
        return this;
    }

    /// <summary>Reads a policy pack in the JSON format of <see cref="TaiPolicyJson"/> and uses it.</summary>
    /// <param name="json">The pack JSON; read to its end, not closed.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ValidationException">The pack is invalid; every problem is listed with its path in the pack.</exception>
    public TaiSupportBuilder UsePolicy(Stream json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var policy = Load("policy pack", ReadAll(json), TaiPolicyJson.Read);
        steps.Add(() => pack = policy);
        return this;
    }

    /// <summary>
    /// Reads a policy pack file (<c>tai policy show</c> prints the default one; see <see cref="TaiPolicyJson"/>) and
    /// registers every engine from it. A relative path resolves against the host's content root.
    /// </summary>
    /// <param name="path">The file's path, such as <c>tai-policy.json</c>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ValidationException">The pack is invalid; every problem is listed with its path, such as <c>$.sla.targets[3].firstResponse</c>.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist (thrown by <c>AddTaiSupport</c>); the message names the full path.</exception>
    /// <example><code>builder.Services.AddTaiSupport(o => o.UsePolicyFile("tai-policy.json"));</code></example>
    public TaiSupportBuilder UsePolicyFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        steps.Add(() => pack = Load($"policy pack file '{path}'", ReadFile(path), TaiPolicyJson.Read));
        return this;
    }

    /// <summary>Uses <paramref name="policy"/> for the SLA clocks instead of <see cref="SlaPolicy.Default"/>.</summary>
    /// <param name="policy">The policy; validated now.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ValidationException">The policy is invalid; every problem is listed.</exception>
    /// <example><code>o.UseSlaPolicy(SlaPolicy.Default with { AtRiskLead = Duration.FromMinutes(45) })</code></example>
    public TaiSupportBuilder UseSlaPolicy(SlaPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ThrowIfInvalid("SLA policy", SlaPolicy.Validate(policy));
        steps.Add(() => pack = pack with { Sla = policy });
        return this;
    }

    /// <summary>Reads an SLA policy in the JSON format of <see cref="SlaPolicyJson"/> and uses it.</summary>
    /// <param name="json">The policy JSON; read to its end, not closed.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ValidationException">The policy is invalid; every problem is listed with its JSON path.</exception>
    public TaiSupportBuilder UseSlaPolicy(Stream json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var policy = Load("SLA policy", ReadAll(json), SlaPolicyJson.Read);
        steps.Add(() => pack = pack with { Sla = policy });
        return this;
    }

    /// <summary>Reads an SLA policy file (see <see cref="SlaPolicyJson"/>) and uses it.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ValidationException">The policy is invalid or the file cannot be read; every problem is listed.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist (thrown by <c>AddTaiSupport</c>); the message names the full path.</exception>
    public TaiSupportBuilder UseSlaPolicyFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        steps.Add(() => pack = pack with { Sla = Load($"SLA policy file '{path}'", ReadFile(path), SlaPolicyJson.Read) });
        return this;
    }

    /// <summary>Uses <paramref name="policy"/> for triage, routing and the §4 escalation trees instead of <see cref="TriagePolicy.Default"/>.</summary>
    /// <param name="policy">The policy; validated now.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ValidationException">The policy is invalid; every problem is listed.</exception>
    public TaiSupportBuilder UseTriagePolicy(TriagePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ThrowIfInvalid("triage policy", TriagePolicy.Validate(policy));
        steps.Add(() => pack = pack with { Triage = policy });
        return this;
    }

    /// <summary>Reads a triage policy in the JSON format of <see cref="TriagePolicyJson"/> and uses it.</summary>
    /// <param name="json">The policy JSON; read to its end, not closed.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ValidationException">The policy is invalid; every problem is listed with its JSON path.</exception>
    public TaiSupportBuilder UseTriagePolicy(Stream json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var policy = Load("triage policy", ReadAll(json), TriagePolicyJson.Read);
        steps.Add(() => pack = pack with { Triage = policy });
        return this;
    }

    /// <summary>Reads a triage policy file (see <see cref="TriagePolicyJson"/>) and uses it.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ValidationException">The policy is invalid or the file cannot be read; every problem is listed.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist (thrown by <c>AddTaiSupport</c>); the message names the full path.</exception>
    public TaiSupportBuilder UseTriagePolicyFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        steps.Add(() => pack = pack with { Triage = Load($"triage policy file '{path}'", ReadFile(path), TriagePolicyJson.Read) });
        return this;
    }

    /// <summary>Uses <paramref name="policy"/> for incident declaration and the playbook clocks instead of <see cref="IncidentPolicy.Default"/>.</summary>
    /// <param name="policy">The policy; validated now.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ValidationException">The policy is invalid; every problem is listed.</exception>
    public TaiSupportBuilder UseIncidentPolicy(IncidentPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ThrowIfInvalid("incident policy", new IncidentPolicyValidator().Validate(policy));
        steps.Add(() => pack = pack with { Incidents = policy });
        return this;
    }

    /// <summary>Reads an incident policy in the JSON format of <see cref="IncidentPolicyJson"/> and uses it.</summary>
    /// <param name="json">The policy JSON; read to its end, not closed.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ValidationException">The policy is invalid; every problem is listed with its JSON path.</exception>
    public TaiSupportBuilder UseIncidentPolicy(Stream json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var policy = Load("incident policy", ReadAll(json), text => IncidentPolicyJson.Read(text));
        steps.Add(() => pack = pack with { Incidents = policy });
        return this;
    }

    /// <summary>Reads an incident policy file (see <see cref="IncidentPolicyJson"/>) and uses it.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ValidationException">The policy is invalid or the file cannot be read; every problem is listed.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist (thrown by <c>AddTaiSupport</c>); the message names the full path.</exception>
    public TaiSupportBuilder UseIncidentPolicyFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        steps.Add(() => pack = pack with { Incidents = Load($"incident policy file '{path}'", ReadFile(path), text => IncidentPolicyJson.Read(text)) });
        return this;
    }

    /// <summary>
    /// Registers an on-call schedule and its compiled <see cref="OnCallTimeline"/> (who is on call at any instant,
    /// manual §5.1). There is no default: without a schedule neither is registered.
    /// </summary>
    /// <param name="schedule">The schedule; validated now.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ValidationException">The schedule is invalid; every problem is listed.</exception>
    public TaiSupportBuilder UseOnCallSchedule(OnCallSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ThrowIfInvalid("on-call schedule", schedule.Validate());
        steps.Add(() => onCallSchedule = schedule);
        return this;
    }

    /// <summary>Reads an on-call schedule in the JSON format of <see cref="OnCallJson"/> and registers it.</summary>
    /// <param name="json">The schedule JSON; read to its end, not closed.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ValidationException">The schedule is invalid; every problem is listed with its JSON path.</exception>
    public TaiSupportBuilder UseOnCallSchedule(Stream json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var schedule = Load("on-call schedule", ReadAll(json), OnCallJson.ReadSchedule);
        steps.Add(() => onCallSchedule = schedule);
        return this;
    }

    /// <summary>Reads an on-call schedule file (see <see cref="OnCallJson"/>, as <c>tai oncall plan</c> writes it) and registers it.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ValidationException">The schedule is invalid or the file cannot be read; every problem is listed.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist (thrown by <c>AddTaiSupport</c>); the message names the full path.</exception>
    public TaiSupportBuilder UseOnCallScheduleFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        steps.Add(() => onCallSchedule = Load($"on-call schedule file '{path}'", ReadFile(path), OnCallJson.ReadSchedule));
        return this;
    }

    /// <summary>Applies the choices in order (reading files against <paramref name="root"/>) and registers them, with <c>TryAdd*</c> only.</summary>
    internal void Register(string root)
    {
        contentRoot = root;
        foreach (var step in steps)
        {
            step();
        }

        var slaPolicy = pack.Sla;
        var clash = calendars.Keys.Where(slaPolicy.Calendars.ContainsKey).Order(StringComparer.Ordinal).ToList();
        if (clash.Count > 0)
        {
            throw new ValidationException(
                $"The calendar ids {string.Join(", ", clash)} are the SLA policy's; change those calendars in the policy, or add yours under other ids.",
                clash.Select(id => new FluentValidation.Results.ValidationFailure($"calendars['{id}']", "is defined by the SLA policy.")));
        }

        Services.TryAddSingleton(pack);
        Services.TryAddSingleton(slaPolicy);
        Services.TryAddSingleton(sp => ReferenceEquals(sp.GetRequiredService<SlaPolicy>(), SlaPolicy.Default)
            ? SlaEvaluator.Default
            : new SlaEvaluator(sp.GetRequiredService<SlaPolicy>()));
        Services.TryAddSingleton(sp => sp.GetRequiredService<SlaEvaluator>().QueueOrder);
        Services.TryAddSingleton(pack.Incidents);
        Services.TryAddSingleton(pack.Triage);
        Services.TryAddSingleton(pack.Triage.Escalation);
        Services.TryAddSingleton(pack.Triage.Assignment);
        Services.TryAddSingleton(sp => TicketTriage.Create(sp.GetRequiredService<TriagePolicy>(), sp.GetRequiredService<TaiSupportCalendars>().All));
        Services.TryAddSingleton(pack.OnCall);
        Services.TryAddSingleton(pack.OnCall.Fairness);
        Services.TryAddSingleton(pack.OnCall.Compensation);
        Services.TryAddSingleton(pack.Reports);
        Services.TryAddSingleton(pack.Qa);
        Services.TryAddSingleton(pack.KbUpkeep);
        Services.TryAddSingleton(pack.Templates);
        Services.TryAddSingleton(sp => ReferenceEquals(sp.GetRequiredService<CustomerTemplatePolicy>(), CustomerTemplatePolicy.Default)
            ? TemplateSuggester.Default
            : new TemplateSuggester(sp.GetRequiredService<CustomerTemplatePolicy>()));

        // One anatomy (docs/architecture.md): every engine built once from its validated section of the pack.
        Services.TryAddSingleton(sp => new IncidentEngine(sp.GetRequiredService<IncidentPolicy>()));
        Services.TryAddSingleton(sp => new TicketAssigner(sp.GetRequiredService<AssignmentPolicy>()));
        Services.TryAddSingleton(sp => new OnCallPayroll(OnCallPayPolicy.From(sp.GetRequiredService<CompensationPolicy>())));
        Services.TryAddSingleton(sp => new QaAuditor(sp.GetRequiredService<QaPolicy>(), sp.GetRequiredService<SlaEvaluator>()));
        Services.TryAddSingleton(sp => new ReportBuilder(sp.GetRequiredService<ReportPolicy>(), sp.GetRequiredService<SlaEvaluator>()));
        Services.TryAddSingleton(sp => new KbReviewer(sp.GetRequiredService<KbUpkeepPolicy>()));
        Services.TryAddSingleton(TicketLife.Default);   // its policy is not in the pack yet (issue 14)
        Services.TryAddSingleton(WordsChecker.Default); // its policy is not in the pack yet
        Services.TryAddSingleton(sp => new RotaPlanner(sp.GetRequiredService<OnCallPolicy>()));
        Services.TryAddSingleton(sp => new RotaAuditor(sp.GetRequiredService<OnCallPolicy>()));
        Services.TryAddSingleton(sp => new IncidentMessenger(sp.GetRequiredService<IncidentPolicy>()));
        Services.TryAddSingleton(CustomerHealthMonitor.Default); // its policy is not in the pack yet
        Services.TryAddSingleton(IncidentTicketLinker.Default);  // its policy is not in the pack yet
        Services.TryAddSingleton(sp => new SwapCoordinator(sp.GetRequiredService<OnCallPolicy>()));
        Services.TryAddSingleton(sp => new EquityReporter(sp.GetRequiredService<OnCallPolicy>()));
        Services.TryAddSingleton(sp => new IncidentFollowUpTracker(sp.GetRequiredService<IncidentPolicy>()));
        if (onCallSchedule is { } schedule)
        {
            Services.TryAddSingleton(schedule);
            Services.TryAddSingleton(sp => sp.GetRequiredService<OnCallSchedule>().Compile());
        }

        var set = new TaiSupportCalendars(slaPolicy.Calendars.ToImmutableDictionary(StringComparer.Ordinal).SetItems(calendars));
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

    private static void ThrowIfInvalid(string what, FluentValidation.Results.ValidationResult validation)
    {
        if (!validation.IsValid)
        {
            throw new ValidationException(
                $"The {what} is invalid:{Environment.NewLine}{string.Join(Environment.NewLine, validation.Errors.Select(e => $"{e.PropertyName}: {e.ErrorMessage}"))}",
                validation.Errors);
        }
    }

    private static string ReadAll(Stream json)
    {
        using var reader = new StreamReader(json, leaveOpen: true);
        return reader.ReadToEnd();
    }

    private string ReadFile(string path)
    {
        var full = Path.GetFullPath(path, contentRoot);
        try
        {
            return File.ReadAllText(full);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new FileNotFoundException(
                $"The file '{full}' does not exist ('{path}' resolved against the content root '{contentRoot}').", full, e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ValidationException($"The file '{full}' cannot be read: {e.Message}", [new FluentValidation.Results.ValidationFailure("$", e.Message)]);
        }
    }
}
