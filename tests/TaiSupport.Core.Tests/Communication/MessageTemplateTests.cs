using TaiSupport.Core.Communication;

namespace TaiSupport.Core.Tests.Communication;

public sealed class MessageTemplateTests
{
    private static readonly MessageTemplate Acknowledge = MessageTemplate.Create(
        "A", "Acknowledging Ticket", "§7.1", "Hi {{name}},\nI'll get back to you within {{responseSla}}. Thanks, {{name}}!");

    [Fact]
    public void Render_AllFields_FillsEveryPlaceholder()
    {
        var result = Acknowledge.Render(new Dictionary<string, string> { ["name"] = "Dana", ["responseSla"] = "4 hours", ["extra"] = "ignored" });
        Assert.True(result.IsValid);
        Assert.Equal("Hi Dana,\nI'll get back to you within 4 hours. Thanks, Dana!", result.Text);
        Assert.Equal(["name", "responseSla"], Acknowledge.Fields.ToArray());
    }

    [Fact]
    public void Render_MissingOrBlankField_NamesItInsteadOfLeavingABlank()
    {
        var result = Acknowledge.Render(new Dictionary<string, string> { ["name"] = "  " });
        Assert.False(result.IsValid);
        Assert.Null(result.Text);
        Assert.Equal(["name", "responseSla"], result.Problems.Select(p => p.PropertyName));
    }

    [Fact]
    public void Render_ValueThatLooksLikeAPlaceholder_IsRefused()
    {
        var result = Acknowledge.Render(new Dictionary<string, string> { ["name"] = "{{x}}", ["responseSla"] = "1h" });
        Assert.False(result.IsValid);
        Assert.Contains("{{", result.Problems.Single().ErrorMessage);
    }
}
