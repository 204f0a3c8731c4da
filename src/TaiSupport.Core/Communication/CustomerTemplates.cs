using System.Collections.Immutable;

namespace TaiSupport.Core.Communication;

/// <summary>
/// The manual's seven customer templates (§7.1 standard responses A–D, §7.2 proactive messages E–G) as
/// <see cref="MessageTemplate"/> values with named fields. Every bracketed blank of the manual is a named field, so a
/// template renders only when each blank has a value (a missing one is named in the problems, never left empty).
/// </summary>
/// <remarks>
/// Template B's "Code example (if applicable)" is two templates: <see cref="B"/> without a code block and
/// <see cref="BWithCode"/> (<c>B.code</c>) with one, because a template never has optional blanks.
/// <see cref="TemplateSuggester"/> picks the template for a situation.
/// </remarks>
/// <example>
/// <code>
/// var result = CustomerTemplates.A.Render(new Dictionary&lt;string, string&gt;
/// {
///     ["name"] = "Dana", ["issueSummary"] = "seeing 401 errors from the pricing API",
///     ["responseSla"] = "4 business hours", ["supportTeamName"] = "Marcus",
/// });
/// </code>
/// </example>
public static class CustomerTemplates
{
    /// <summary>Template A, acknowledging a ticket (manual §7.1, sent within 5 minutes).</summary>
    /// <value>Fields: <c>name</c>, <c>issueSummary</c>, <c>responseSla</c>, <c>supportTeamName</c>.</value>
    public static MessageTemplate A { get; } = MessageTemplate.Create("A", "Acknowledging Ticket", "§7.1", """
        Hi {{name}},

        Thanks for reaching out! I've received your ticket and am looking into it now.

        I can see you're {{issueSummary}}. I'll investigate and get back to you with a solution within {{responseSla}}.

        In the meantime, if you have any additional context that might help, feel free to reply here.

        Thanks,
        {{supportTeamName}}
        TAI Support
        """);

    /// <summary>Template B, providing a solution (manual §7.1), without a code example.</summary>
    /// <value>Fields: <c>name</c>, <c>problem</c>, <c>steps</c> (the numbered steps, one per line), <c>kbLink</c>, <c>supportTeamName</c>.</value>
    public static MessageTemplate B { get; } = MessageTemplate.Create("B", "Providing Solution", "§7.1", SolutionBody(withCode: false));

    /// <summary>Template B, providing a solution (manual §7.1), with its code example.</summary>
    /// <value>Fields: those of <see cref="B"/> plus <c>language</c> and <c>code</c>.</value>
    public static MessageTemplate BWithCode { get; } = MessageTemplate.Create("B.code", "Providing Solution (with code example)", "§7.1", SolutionBody(withCode: true));

    /// <summary>Template C, escalating to engineering (manual §7.1).</summary>
    /// <value>Fields: <c>name</c>, <c>findings</c>, <c>engineeringWindow</c> (the manual's "4-24 hours"), <c>meantime</c> (a workaround or the impact), <c>supportTeamName</c>.</value>
    public static MessageTemplate C { get; } = MessageTemplate.Create("C", "Escalating to Engineering", "§7.1", """
        Hi {{name}},

        I've investigated your issue and determined it needs deeper investigation from our engineering team.

        What I found: {{findings}}
        Next steps: I'm escalating to our engineering team, who will investigate further and get back to you within {{engineeringWindow}}.

        In the meantime: {{meantime}}

        I'll be following up with you as soon as we have more information.

        Thanks for your patience!

        {{supportTeamName}}
        TAI Support
        """);

    /// <summary>Template D, a customer threatening to churn (manual §7.1, §4.3).</summary>
    /// <value>Fields: <c>name</c>, <c>offer</c>, <c>workingSession</c>, <c>callWithin</c> (the manual's "2 hours"), <c>phone</c>, <c>supportTeamName</c>, <c>vpProductName</c>, <c>vpProductPhone</c>.</value>
    public static MessageTemplate D { get; } = MessageTemplate.Create("D", "Customer Threatening to Churn", "§7.1", """
        Hi {{name}},

        I'm sorry you're experiencing issues with TAI. That's not the experience we want you to have, and I want to fix this personally.

        Here's what I'm doing right now:
        1. Page our VP Product to prioritize your case
        2. {{offer}}
        3. {{workingSession}}

        I'll call you within {{callWithin}} to discuss next steps and make sure we get you back on track.

        In the meantime, my direct number is {{phone}} if you need me sooner.

        Thank you for giving us a chance to fix this.

        {{supportTeamName}}
        TAI Support
        VP: {{vpProductName}} | {{vpProductPhone}}
        """);

    /// <summary>Template E, a usage-based alert (manual §7.2): the customer is near a plan limit.</summary>
    /// <value>Fields: <c>customerName</c>, <c>used</c>, <c>limit</c>, <c>unit</c> (the manual's "SKUs"), <c>currentTier</c>, <c>upgradeTier</c>, <c>upgradePrice</c>, <c>csmName</c>.</value>
    public static MessageTemplate E { get; } = MessageTemplate.Create("E", "Usage-Based Alert", "§7.2", """
        Hi {{customerName}},

        We noticed you're at {{used}}/{{limit}} {{unit}}, approaching your {{currentTier}} tier limit.

        If you want unlimited {{unit}}, I can help you upgrade to our {{upgradeTier}} tier (that's {{upgradePrice}} for many more features).

        Or, if you want to stick with {{currentTier}} tier, here are some ways to use fewer {{unit}}:
        1. Archive inactive products
        2. Consolidate product variants
        3. Delete test data

        Let me know which option works best, or if you want to chat about it!

        Best,
        {{csmName}}
        TAI Customer Success
        """);

    /// <summary>Template F, re-engagement of an inactive customer (manual §7.2, §4.3 "no API call in 14+ days").</summary>
    /// <value>Fields: <c>name</c>, <c>inactiveFor</c> (the manual's "2 weeks"), <c>calendarLink</c>, <c>csmName</c>.</value>
    public static MessageTemplate F { get; } = MessageTemplate.Create("F", "Re-engagement (Inactive Customer)", "§7.2", """
        Hi {{name}},

        We noticed you haven't used TAI in {{inactiveFor}}. Is everything OK?

        Common reasons we hear:
        - Integration is working great and needs no changes (awesome!)
        - Hit a blocker and unsure how to fix
        - Forgot about TAI (happens!)
        - Trying a competitor (we'd love to understand why)

        Whatever it is, I'm here to help. Reply here or let's grab a quick 15-min call: {{calendarLink}}

        What can I do for you?

        {{csmName}}
        TAI Customer Success
        """);

    /// <summary>Template G, a proactive issue fix (manual §7.2).</summary>
    /// <value>Fields: <c>name</c>, <c>issue</c>, <c>impact</c>, <c>fix</c>, <c>before</c>, <c>after</c>, <c>supportTeamName</c>.</value>
    public static MessageTemplate G { get; } = MessageTemplate.Create("G", "Proactive Issue Fix", "§7.2", """
        Hi {{name}},

        We noticed something in your integration that we can help optimize.

        Issue: {{issue}}
        Impact: {{impact}}
        Fix: {{fix}}

        Code change:
        Before:
        {{before}}
        After:
        {{after}}

        This is optional, but we think it'll improve your experience.

        Questions? Just reply here!

        {{supportTeamName}}
        TAI Support
        """);

    /// <summary>Every template, in the manual's order (A, B, B.code, C, D, E, F, G).</summary>
    public static ImmutableArray<MessageTemplate> All { get; } = [A, B, BWithCode, C, D, E, F, G];

    /// <summary>The template with <paramref name="id"/> (case-insensitive: <c>a</c>, <c>B.code</c>…), or null.</summary>
    /// <param name="id">A template id.</param>
    /// <returns>The template or null.</returns>
    public static MessageTemplate? Find(string id) => All.FirstOrDefault(t => string.Equals(t.Id, id, StringComparison.OrdinalIgnoreCase));

    private static string SolutionBody(bool withCode)
    {
        var code = withCode ? "\n\nCode example:\n```{{language}}\n{{code}}\n```" : string.Empty;
        return $$$"""
            Hi {{name}},

            Great news! I found the solution to your issue.

            The problem was: {{problem}}

            Here's how to fix it:
            {{steps}}{{{code}}}

            If you run into any issues, just reply here or check out this KB article for more details: {{kbLink}}

            Let me know if that resolves it!

            Best,
            {{supportTeamName}}
            TAI Support
            """;
    }
}
