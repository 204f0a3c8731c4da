using System.Collections.Immutable;
using System.Text.RegularExpressions;
using FluentValidation.Results;

namespace TaiSupport.Core.Communication;

/// <summary>
/// A message with named fields written <c>{{name}}</c>, rendered only when every field has a value: a missing or
/// blank field is a validation failure naming it, never a blank in a customer's inbox (manual §7, §3.2).
/// </summary>
/// <remarks>
/// Field names are letters, digits, <c>.</c> and <c>_</c>, case-sensitive. Rendering is one pass: a value is inserted
/// literally and never re-expanded; a value that itself contains <c>{{</c> is refused, so output never shows a
/// placeholder.
/// </remarks>
/// <example>
/// <code>
/// var template = MessageTemplate.Create("A", "Acknowledging ticket", "§7.1", "Hi {{name}}, ... within {{responseSla}}.");
/// var result = template.Render(new Dictionary&lt;string, string&gt; { ["name"] = "Dana", ["responseSla"] = "4 hours" });
/// if (result.IsValid) Send(result.Text);
/// </code>
/// </example>
public sealed partial record MessageTemplate
{
    private MessageTemplate(string id, string title, string source, string body, ImmutableArray<string> fields)
    {
        Id = id;
        Title = title;
        Source = source;
        Body = body;
        Fields = fields;
    }

    /// <summary>A short id, e.g. <c>A</c> or <c>incident.resolved</c>.</summary>
    public string Id { get; }

    /// <summary>The template's title in the manual's words.</summary>
    public string Title { get; }

    /// <summary>The manual section it comes from.</summary>
    public string Source { get; }

    /// <summary>The text with <c>{{field}}</c> placeholders.</summary>
    public string Body { get; }

    /// <summary>The distinct field names, in order of first appearance.</summary>
    public ImmutableArray<string> Fields { get; }

    /// <summary>Creates a template, finding its fields.</summary>
    /// <param name="id">A short id.</param>
    /// <param name="title">The title.</param>
    /// <param name="source">The manual section.</param>
    /// <param name="body">The text with <c>{{field}}</c> placeholders.</param>
    /// <returns>The template.</returns>
    public static MessageTemplate Create(string id, string title, string source, string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var fields = Placeholder().Matches(body).Select(m => m.Groups["name"].Value).Distinct(StringComparer.Ordinal).ToImmutableArray();
        return new MessageTemplate(id, title, source, body, fields);
    }

    /// <summary>Renders the template, or reports every missing, blank or unsafe field.</summary>
    /// <param name="values">Field values by name; extra names are ignored.</param>
    /// <returns>The text, or the problems (each naming its field).</returns>
    public RenderResult Render(IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var problems = new List<ValidationFailure>();
        foreach (var field in Fields)
        {
            if (!values.TryGetValue(field, out var value) || string.IsNullOrWhiteSpace(value))
            {
                problems.Add(new ValidationFailure(field, $"template {Id} ({Title}) needs a value for '{field}'."));
            }
            else if (value.Contains("{{", StringComparison.Ordinal))
            {
                problems.Add(new ValidationFailure(field, $"the value of '{field}' contains '{{{{', which would look like an unfilled placeholder."));
            }
        }

        if (problems.Count > 0)
        {
            return new RenderResult(null, [.. problems]);
        }

        var text = Placeholder().Replace(Body, m => values[m.Groups["name"].Value]);
        return new RenderResult(text, []);
    }

    [GeneratedRegex(@"\{\{(?<name>[A-Za-z0-9_.]+)\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}

/// <summary>The outcome of <see cref="MessageTemplate.Render"/>.</summary>
/// <param name="Text">The rendered text; null when there are problems.</param>
/// <param name="Problems">Each missing, blank or unsafe field, by name.</param>
public sealed record RenderResult(string? Text, ImmutableArray<ValidationFailure> Problems)
{
    /// <summary>True when the text was rendered.</summary>
    public bool IsValid => Text is not null;

    /// <summary>One line per problem.</summary>
    /// <returns>The problems as text.</returns>
    public string DescribeProblems() => string.Join(Environment.NewLine, Problems.Select(p => $"{p.PropertyName}: {p.ErrorMessage}"));
}
